// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "EngineBench",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/stencilproject/Stencil", exact: "0.15.1"),
        .package(url: "https://github.com/vapor/leaf-kit", exact: "1.14.3"),
        .package(url: "https://github.com/apple/swift-nio.git", exact: "2.101.3"),
    ],
    targets: [
        .executableTarget(name: "EngineBench", dependencies: [
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "Stencil", package: "Stencil"),
            .product(name: "LeafKit", package: "leaf-kit"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOEmbedded", package: "swift-nio"),
        ]),
    ]
)
