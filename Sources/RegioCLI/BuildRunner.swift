import Foundation
import RegioCore

/// Runs the pipeline for a command; shared by `build`, `check` and `serve`.
struct BuildRunner: Sendable {
    let options: ContentOptions
    /// For `serve`: history kept between builds until HEAD moves; nil reads it every time.
    var historyCache: HistoryCache?

    func run(scope: SiteMap.Scope = .whole, baseURL: BaseURL? = nil, rendersSite: Bool = true, sink: (any SiteSink)? = nil) async throws -> BuildResult {
        var buildOptions = try makeOptions(scope: scope, baseURL: baseURL, needsTheme: rendersSite)
        buildOptions.rendersSite = rendersSite
        buildOptions.sink = sink
        // `check` and `build` end with this run; `serve` builds with `makeOptions` and keeps going.
        buildOptions.leavesMemoryToExit = true
        let result = await BuildPipeline.run(buildOptions)
        // Said once, on standard error so that JSON and SARIF on standard output stay clean.
        if let limitation = result.historyLimitation { printError("regio: let op: \(limitation)") }
        for note in result.notes + result.reminders { printError("regio: let op: \(note)") }
        if !buildOptions.checksTheme {
            printError("regio: let op: het thema is niet gecontroleerd, want Regio vond het standaardthema niet (\(ThemeFolder.searchedText)); de inhoud is wel helemaal gecontroleerd")
        }
        return result
    }

    /// The pipeline's options for the folders on the command line; exits with 64 when one is missing.
    /// A check (`needsTheme` false) runs without the default theme when it is not found: the theme
    /// only matters for pages, and an author who checks their text should not need one.
    /// Git history is read here, so each call sees the repository as it is now.
    func makeOptions(scope: SiteMap.Scope = .whole, baseURL: BaseURL? = nil, needsTheme: Bool = true) throws -> BuildOptions {
        let contentURL = URL(fileURLWithPath: options.content)
        try ContentFolder.require(options.content)
        let themeIsMissing = !FileManager.default.fileExists(atPath: URL(fileURLWithPath: options.theme).path)
        let defaultTheme = options.themeOption == ThemeFolder.defaultName
        if themeIsMissing, needsTheme || !defaultTheme {
            printError(defaultTheme ? ThemeFolder.notFoundMessage
                : "regio: de themamap `\(options.theme)` bestaat niet; geef met --theme de map van het thema op (de map met templates/, assets/ en strings/)")
            throw RegioExit.usage
        }
        var buildOptions = BuildOptions(
            content: DiskFileSystem(root: contentURL),
            theme: themeIsMissing ? InMemoryFileSystem(files: [:]) : DiskFileSystem(root: URL(fileURLWithPath: options.theme)),
            themeLabel: options.theme,
            parallelism: ProcessInfo.processInfo.activeProcessorCount,
            today: try options.buildDate(),
            scope: scope,
            baseURL: baseURL,
            history: historyCache?.read() ?? GitHistoryReader(contentFolder: contentURL).read()
        )
        buildOptions.checksTheme = !themeIsMissing
        if ProcessInfo.processInfo.environment["REGIO_STAGES"] == "1" {
            let processor = ProcessorTime()
            buildOptions.stageReport = { stage, duration in
                // Processor time beside wall time: a stage that does not use every core shows here.
                printError("regio: \(stage): \(duration), processor \(processor.lap()), piekgeheugen \(peakMemoryMB()) MB")
            }
        }
        return buildOptions
    }
}

/// The processor time (user and system, all threads) the process used since the previous lap, for `REGIO_STAGES=1`.
private final class ProcessorTime: @unchecked Sendable {
    private let lock = NSLock()
    private var last = ProcessorTime.used()

    func lap() -> Duration {
        lock.withLock {
            let now = Self.used()
            defer { last = now }
            return now - last
        }
    }

    private static func used() -> Duration {
        let usage = resourceUsage()
        func duration(_ time: timeval) -> Duration { .seconds(time.tv_sec) + .microseconds(time.tv_usec) }
        return duration(usage.ru_utime) + duration(usage.ru_stime)
    }
}

/// The process's peak resident memory so far, for `REGIO_STAGES=1`.
private func peakMemoryMB() -> Int {
    #if os(Linux)
    resourceUsage().ru_maxrss / 1024  // kilobytes on Linux
    #else
    resourceUsage().ru_maxrss / 1_048_576  // bytes on macOS
    #endif
}

/// What the process has used so far: processor time, peak memory.
private func resourceUsage() -> rusage {
    var usage = rusage()
    #if os(Linux)
    getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
    getrusage(RUSAGE_SELF, &usage)
    #endif
    return usage
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
