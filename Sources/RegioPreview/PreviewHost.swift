import Foundation

/// The Host a request is addressed to, judged. The server binds 127.0.0.1, which keeps the network
/// out, but not a web page whose own name is made to resolve to 127.0.0.1 (DNS rebinding): the
/// browser then sends that name as Host, and the page could read unpublished work. So only this
/// computer's names are answered: `127.0.0.1`, `localhost` and `[::1]`, with or without the port the
/// server listens on. A request without Host comes from no browser (HTTP/1.0, a script) and is let in.
enum PreviewHost {
    static let names: Set<String> = ["127.0.0.1", "localhost", "[::1]"]

    /// Whether `authority` (a Host header: a name, and `:port` or not) names this computer on `port`.
    static func accepts(_ authority: String?, port: Int) -> Bool {
        guard let authority else { return true }
        let lowered = authority.lowercased()
        // `[::1]:8080`: the port follows the bracket; `localhost:8080`: the last colon.
        let end = lowered.hasPrefix("[") ? lowered.firstIndex(of: "]").map(lowered.index(after:)) : lowered.lastIndex(of: ":")
        let name = end.map { lowered[..<$0] } ?? lowered[...]
        guard names.contains(String(name)) else { return false }
        let rest = lowered[name.endIndex...]
        guard !rest.isEmpty else { return true }
        return rest.hasPrefix(":") && rest.dropFirst().allSatisfy { ("0"..."9").contains($0) } && Int(rest.dropFirst()) == port
    }

    /// The answer to a request addressed to another name.
    static let refusal = PreviewResponse.text(
        403, "Regio: geweigerd: dit voorbeeld is alleen te openen op deze computer, via 127.0.0.1 of localhost"
    )
}
