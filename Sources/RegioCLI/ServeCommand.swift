import ArgumentParser
import Foundation
import RegioCore
import RegioPreview

/// `regio serve`: a preview on this computer that rebuilds when the content or the theme changes
/// and reloads the open page.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Toont de site op deze computer en werkt hem bij zodra u een bestand opslaat.",
        discussion: """
        De site is alleen te zien op deze computer (127.0.0.1), niet op het netwerk. Na elke wijziging in de \
        inhoud of het thema wordt opnieuw gecontroleerd en herlaadt de open pagina vanzelf. Fouten staan onder \
        in de pagina en in de terminal; ook met fouten ziet u de site zoals hij nu is. Een document dat geen \
        pagina oplevert (onleesbare front matter) houdt zijn laatste pagina; pagina en terminal zeggen welke \
        versie u ziet. Een git-commit of -checkout werkt de geschiedenis en verhuisde pagina's bij. \
        Er wordt niets naar schijf geschreven: gebruik `regio build` om te publiceren. \
        Werkt u via SSH op een andere computer, maak dan een tunnel vanaf uw eigen computer \
        (`ssh -L 8000:127.0.0.1:8000 server`, met `regio serve --port 8000` op de server) en open \
        http://127.0.0.1:8000/ in uw eigen browser.
        """,
        aliases: ["voorbeeld"]
    )

    @OptionGroup var options: ContentOptions

    // Unconditional: else `-1` would be read as an option and the value called missing, where the
    // range is what is wrong.
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("De poort op 127.0.0.1 (0: een vrije poort).", valueName: "poort"))
    var port: Int = 8080

    func validate() throws {
        guard (0...65535).contains(port) else {
            throw ValidationError("--port moet tussen 0 en 65535 liggen")
        }
    }

    func run() async throws {
        let runner = BuildRunner(options: options, historyCache: HistoryCache(contentFolder: URL(fileURLWithPath: options.content)))
        _ = try runner.makeOptions()
        let paths = DiagnosticPrinter(sources: [:], contentLabel: options.content, themeLabel: options.theme)
        let contentLabel = options.content, themeLabel = options.theme
        let saidLimitation = Flag(), saidReminders = LastSaid()
        let session = PreviewSession(configuration: PreviewConfiguration(
            makeOptions: { try runner.makeOptions() },
            contentFolder: URL(fileURLWithPath: options.content).standardizedFileURL,
            themeFolder: URL(fileURLWithPath: options.theme).standardizedFileURL,
            place: { paths.path($0) },
            report: { result, duration in
                let printing = ContinuousClock.now
                let printer = DiagnosticPrinter(sources: result.sources, contentLabel: contentLabel, themeLabel: themeLabel)
                let findings = printer.text(for: result.diagnostics)
                // Unbuffered, also into a pipe or a log file: each build's report must show when it is made.
                // The time is the rebuild's and the report's together, as for `check` and `build`.
                say(findings + Summary(result: result, duration: duration + (.now - printing)).line)
                if let limitation = result.historyLimitation, saidLimitation.set() { printError("regio: let op: \(limitation)") }
                // What is coming (a vision that ends soon) at the start, and again only when it changes.
                if saidReminders.changed(to: result.reminders) { result.reminders.forEach { printError("regio: let op: \($0)") } }
            },
            announce: { say($0) }
        ))
        // The port is tried before the first build: its findings, hundreds of lines in a large
        // site, buried the one line that said the port was taken.
        if let code = Self.bindFailure(port: port) {
            printError(Self.cannotStart(port: port, reason: Self.reason(forErrno: code)))
            throw RegioExit.usage
        }
        await session.rebuild()
        let app = PreviewServer(session: session).application(port: port) { actual in
            say("regio: voorbeeld op http://\(PreviewServer.host):\(actual)/ (stoppen met Ctrl-C)")
        }
        let contentFolder = URL(fileURLWithPath: options.content).standardizedFileURL
        let watcher = ContentWatcher(folders: [contentFolder, URL(fileURLWithPath: options.theme).standardizedFileURL],
                                     repository: GitRefs.locate(for: contentFolder))
        // Ctrl-C stops at once: a graceful shutdown would wait for every open page's event stream,
        // which never ends, and a preview has nothing to save. The exit code is 130, as for a build
        // stopped with Ctrl-C: a script that runs the preview sees it did not end by itself.
        let signals = Self.exitOnSignals()
        defer { signals.forEach { $0.cancel() } }
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await app.runService(gracefulShutdownSignals: []) }
                group.addTask { await watcher.watch { await session.rebuild(after: $0) } }
                try await group.next()
                group.cancelAll()
            }
        } catch {
            printError(Self.cannotStart(port: port, reason: Self.reason(forBindFailure: error)))
            throw RegioExit.usage
        }
    }
}

private func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

extension ServeCommand {
    /// Why the server could not listen, in Dutch. Hummingbird passes on SwiftNIO's `IOError`, whose
    /// description ends in the system's error number (`(errno: 98)`); that number is what is read.
    static func reason(forBindFailure error: any Error) -> String {
        let text = "\(error)"
        guard let range = text.range(of: #"errno: [0-9]+"#, options: .regularExpression),
              let code = Int32(text[range].dropFirst("errno: ".count)) else { return "onbekende fout" }
        return reason(forErrno: code)
    }

    static func cannotStart(port: Int, reason: String) -> String {
        "regio: de voorbeeldserver kan niet starten op poort \(port): \(reason); kies een andere met --port, of --port 0 voor een vrije"
    }

    /// The system's error number when `port` on 127.0.0.1 cannot be listened on, or nil when it can.
    /// Port 0 (any free one) always can. `SO_REUSEADDR`, as the server sets it, so that a port just
    /// freed by a preview stopped a moment ago is not taken for a busy one.
    static func bindFailure(port: Int) -> Int32? {
        guard port != 0 else { return nil }
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return nil }
        defer { close(socket) }
        var yes: Int32 = 1
        setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr(PreviewServer.host)
        let bound = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        return bound == 0 ? nil : errno
    }

    static func reason(forErrno code: Int32) -> String {
        switch code {
        case EADDRINUSE: "de poort is al in gebruik"
        case EACCES, EPERM: "geen toestemming voor deze poort (poorten onder 1024 zijn voor de beheerder)"
        case EADDRNOTAVAIL: "het adres \(PreviewServer.host) is op deze computer niet beschikbaar"
        default: "systeemfout \(code)"
        }
    }

    static func exitOnSignals() -> [any DispatchSourceSignal] {
        [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                say("regio: voorbeeld gestopt")
                Foundation.exit(RegioExit.interrupted.rawValue)
            }
            source.resume()
            return source
        }
    }
}

/// Set once, from any task.
/// The reminders said last, so that a save that leaves them as they were does not repeat them.
private final class LastSaid: @unchecked Sendable {
    private let lock = NSLock()
    private var said: [String] = []

    /// True when `reminders` differ from those said last (and are now those).
    func changed(to reminders: [String]) -> Bool {
        lock.withLock {
            defer { said = reminders }
            return said != reminders
        }
    }
}

private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var isSet = false

    /// True the first time only.
    func set() -> Bool {
        lock.withLock {
            defer { isSet = true }
            return !isSet
        }
    }
}
