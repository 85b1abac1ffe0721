import Foundation

/// The address a site will be served from, `https://example.nl/huiselijk-geweld/`. Canonical links,
/// the sitemap, the feeds and the 404 page use it: pages link relatively so they work at any address.
public struct BaseURL: Sendable, Hashable, CustomStringConvertible {
    /// Always ends in `/`, so page paths can be appended.
    public let description: String
    /// The path part, from the host's root: `/huiselijk-geweld/`. Links from a page that a host shows
    /// at any address (the 404 page) use it, so that they are on the visitor's own host and scheme.
    public let path: String

    /// Nil unless `text` is an address a site can be served from (`problem(with:)` says why not).
    public init?(_ text: String) {
        guard Self.problem(with: text) == nil, let components = URLComponents(string: text) else { return nil }
        description = text.hasSuffix("/") ? text : text + "/"
        let path = components.percentEncodedPath
        self.path = path.isEmpty ? "/" : (path.hasSuffix("/") ? path : path + "/")
    }

    /// What is wrong with `text` as the address of a site, in Dutch; nil when nothing is. An address
    /// copied from the browser's address bar often ends in `index.html`, and every address Regio
    /// makes from it would then be wrong.
    public static func problem(with text: String) -> String? {
        if text.contains(where: \.isWhitespace) { return "er staat een spatie in; een webadres heeft er geen (een map met een spatie schrijft u als %20)" }
        guard let components = URLComponents(string: text),
              let scheme = components.scheme?.lowercased(), ["http", "https"].contains(scheme),
              let host = components.host, !host.isEmpty
        else { return "het is geen volledig webadres: het begint met https:// en de naam van de website" }
        if components.user != nil || components.password != nil {
            return "er staan een gebruikersnaam of wachtwoord in; die komen op elke pagina te staan"
        }
        if components.query != nil || components.fragment != nil { return "er staat een ? of # in; het adres van een map heeft die niet" }
        let last = components.path.split(separator: "/").last.map(String.init) ?? ""
        if last.lowercased().hasSuffix(".html") || last.lowercased().hasSuffix(".htm") {
            return "het eindigt op `\(last)`, een pagina; het adres van de map is `\(text.dropLast(last.count))`"
        }
        if components.path.contains("//") { return "er staan twee / achter elkaar in de map" }
        return nil
    }
}
