// A libFuzzer target over what a content file goes through: the front matter split, YAML, the
// validation of every field, the site rules, and the page rendered from it; and over `regio serve`'s
// short way after a save, which must give what the whole pipeline gives. Built only for
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
    let input = Data(bytes: bytes, count: count)
    files["haaglanden/delft/vijandig.md"] = input
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
        await checkShortWay(input)
        done.signal()
    }
    done.wait()
    return 0
}
/// `regio serve`'s short way after a save (`DocumentEdit`) must give what the whole pipeline gives:
/// the bytes saved as the body of Delft's plan (its front matter kept) and as the whole plan, and
/// the same as a new plan of Delft.
private func checkShortWay(_ bytes: Data) async {
    let plan = "haaglanden/delft/plan-2024.md", new = "haaglanden/delft/nieuw-plan.md"
    let original = site[plan]!
    // Everything up to and with the closing fence of the front matter.
    let fence = original.range(of: Data("\n---\n".utf8), in: 4..<original.count)!
    for saved in [original[..<fence.upperBound] + bytes, bytes] {
        for (path, edits) in [(plan, ContentEdits(saved: [plan])), (new, ContentEdits(added: [new]))] {
            var after = site
            after[path] = Data(saved)
            let previous = await unchangedSite.result()
            guard let quick = await BuildPipeline.rebuild(after: edits, previous: previous, options: onDemand(after)) else { continue }
            let full = await build(after)
            if quick.diagnostics != full.diagnostics { fail("de korte weg geeft andere meldingen dan een volledige build") }
            let pages = ["haaglanden/delft/plan-2024.html", "haaglanden/delft/nieuw-plan.html", "haaglanden/delft/index.html",
                         "haaglanden/regiovisie-2023-2026.html", "haaglanden/index.html", "factsheets/landelijk.html"]
            for page in pages {
                let one = await quick.onDemandSite?.file(at: page), other = await full.onDemandSite?.file(at: page)
                if one != other { fail("de korte weg geeft een andere \(page) dan een volledige build") }
            }
        }
    }
}

/// The build of the site before the save, made once: each save starts from a copy of it.
private let unchangedSite = UnchangedSite()

private actor UnchangedSite {
    private var made: BuildResult?

    func result() async -> BuildResult {
        if let made { return made }
        let result = await build(site)
        made = result
        return result
    }
}

private func onDemand(_ files: [String: Data]) -> BuildOptions {
    var options = BuildOptions(content: InMemoryFileSystem(files: files), theme: theme, today: testToday)
    options.rendersOnDemand = true
    return options
}

private func build(_ files: [String: Data]) async -> BuildResult {
    await BuildPipeline.run(onDemand(files))
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
