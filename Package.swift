// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Regio",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "regio", targets: ["regio"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "RegioMarkdown", dependencies: ["CCmark"]),
        .target(
            name: "RegioCore",
            dependencies: [
                "RegioMarkdown",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // The preview server (`regio serve`) and its HTTP stack live apart from the core, so that the
        // pipeline and its tests never depend on them.
        .target(
            name: "RegioPreview",
            dependencies: [
                "RegioCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "RegioCLI",
            dependencies: [
                "RegioCore",
                "RegioPreview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "regio", dependencies: ["RegioCLI"]),
        .target(name: "RegioTestSupport", dependencies: ["RegioCore"]),
        // The libFuzzer target (scripts/fuzz.sh); without -DFUZZING it is a stub.
        .executableTarget(name: "regio-fuzz", dependencies: ["RegioCore", "RegioTestSupport"]),
        .testTarget(name: "RegioMarkdownTests", dependencies: ["RegioMarkdown"]),
        .testTarget(
            name: "RegioCoreTests",
            dependencies: ["RegioCore", "RegioTestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "RegioPreviewTests",
            dependencies: [
                "RegioPreview", "RegioTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(
            name: "RegioCLITests",
            dependencies: ["RegioCLI", "RegioTestSupport", "regio", .product(name: "Yams", package: "Yams")],
            exclude: ["Schemas"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
