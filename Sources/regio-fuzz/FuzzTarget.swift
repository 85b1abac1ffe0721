// A libFuzzer target over what a content file goes through: the front matter split, YAML, the
// validation of every field, the site rules, and the page rendered from it. Built only for
// fuzzing (scripts/fuzz.sh); a plain `swift build` makes a stub that says how to run it.
#if FUZZING
import Foundation
import RegioCore
import RegioTestSupport

/// The valid test site, with the fuzzer's bytes as one more plan of Delft.
private let site = SiteFixture.valid.fileSystem.files
private let theme = DiskFileSystem(root: URL(fileURLWithPath: ProcessInfo.processInfo.environment["REGIO_THEMA"] ?? "themes/default"))

// SwiftPM names an executable's entry point after its module and points `main` at it, so
// libFuzzer's own `main` is not used: this entry point hands control to libFuzzer's driver.
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ test: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

@_cdecl("regio_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc, argv = argv
    return runDriver(&argc, &argv, fuzz)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    var files = site
    files["haaglanden/delft/vijandig.md"] = Data(bytes: bytes, count: count)
    let options = BuildOptions(content: InMemoryFileSystem(files: files), theme: theme, today: testToday)
    let done = DispatchSemaphore(value: 0)
    Task {
        var onDemand = options
        onDemand.rendersOnDemand = true
        let result = await BuildPipeline.run(onDemand)
        // Every finding must point into a file of the site, at a real line.
        for diagnostic in result.diagnostics where diagnostic.location.line < 1 || diagnostic.location.file.isEmpty {
            fail("melding zonder plek: \(diagnostic)")
        }
        if let page = await result.onDemandSite?.file(at: "haaglanden/delft/vijandig.html") {
            // The page must never carry a script: the theme has none, and content may not add one.
            if String(decoding: page, as: UTF8.self).lowercased().contains("<script") { fail("script op de pagina") }
        }
        done.signal()
    }
    done.wait()
    return 0
}
/// A finding for libFuzzer: it saves the input that made the process abort.
private func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("regio-fuzz: \(message)\n".utf8))
    abort()
}
#else
@main
enum FuzzStub {
    static func main() {
        print("regio-fuzz is een libFuzzer-doel; start het met scripts/fuzz.sh")
    }
}
#endif
