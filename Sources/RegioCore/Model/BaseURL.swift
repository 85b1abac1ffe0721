import Foundation

/// The address a site will be served from, `https://example.nl/huiselijk-geweld/`. Only canonical
/// links, the sitemap and the feeds use it: pages link relatively so they work at any address.
public struct BaseURL: Sendable, Hashable, CustomStringConvertible {
    /// Always ends in `/`, so page paths can be appended.
    public let description: String

    /// Nil unless `text` is an absolute http(s) address without query or fragment.
    public init?(_ text: String) {
        guard let components = URLComponents(string: text),
              let scheme = components.scheme?.lowercased(), ["http", "https"].contains(scheme),
              let host = components.host, !host.isEmpty,
              components.query == nil, components.fragment == nil
        else { return nil }
        description = text.hasSuffix("/") ? text : text + "/"
    }
}
