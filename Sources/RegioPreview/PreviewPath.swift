import Foundation

/// A request path made safe to look up in the built site, or the reason it is refused.
///
/// The site is served from memory by output path, so nothing outside it can be read anyway; this
/// refuses what a browser never sends, so a probe gets a clear 400 instead of a lookup: `..` and `.`
/// segments (also percent-encoded, in any case, or encoded twice), backslashes, NUL and other control
/// characters, and paths that are not absolute (`GET ../x`, `GET http://…`).
enum PreviewPath: Equatable {
    /// A file of the site: relative, `/`-separated, without `.` or `..`.
    case file(String)
    /// The live-reload event stream and script, which only the preview has.
    case events, reloadScript
    case refused(String)

    static let eventsPath = "/_regio/gebeurtenissen"
    static let scriptPath = "/_regio/herladen.js"

    init(requestPath raw: String) {
        let path = raw.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        guard path.hasPrefix("/"), !path.hasPrefix("//") else {
            self = .refused("het pad moet met één / beginnen")
            return
        }
        if path == Self.eventsPath { self = .events; return }
        if path == Self.scriptPath { self = .reloadScript; return }
        // Decoded until nothing changes, so `%252e%252e` is judged as `..` too.
        var decoded = path
        for _ in 0..<4 {
            guard let next = decoded.removingPercentEncoding else {
                self = .refused("het pad is niet goed gecodeerd")
                return
            }
            if next == decoded { break }
            decoded = next
        }
        guard !decoded.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "\\" || $0.value == 0x7F }) else {
            self = .refused("het pad bevat tekens die in een webadres niet thuishoren")
            return
        }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        guard !segments.contains(where: { $0 == ".." || $0 == "." }) else {
            self = .refused("het pad mag niet naar een bovenliggende map wijzen")
            return
        }
        var parts = segments.filter { !$0.isEmpty }.map(String.init)
        if decoded.hasSuffix("/") || parts.isEmpty { parts.append("index.html") }
        self = .file(parts.joined(separator: "/"))
    }
}
