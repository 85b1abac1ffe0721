import Foundation
import RegioCore

/// Follows every `href` and `src` of every page of a site written to disk, as a browser would from
/// `file://`: each relative link must reach a written file inside the site, each `#id` an element.
public struct LinkAudit {
    public var checked = 0
    public var broken: [String] = []
    /// Links that start at `/` or climb out of the site: they break in a subfolder or a copied folder.
    public var escaping: [String] = []

    public static func run(_ site: RenderedSite) throws -> LinkAudit {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("regio-links-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("site")
        try DiskSiteWriter(output: output).write(site)
        var audit = LinkAudit()
        let attribute = try Regex(#"(?:href|src)="([^"]*)""#)
        for file in site.files where file.path.description.hasSuffix(".html") && file.path.description != "404.html" {
            let html = String(decoding: file.data, as: UTF8.self)
            let page = output.appendingPathComponent(file.path.description)
            for match in html.matches(of: attribute) {
                let link = String(match.output[1].substring ?? "")
                if link.hasPrefix("https://") || link.hasPrefix("http://") || link.hasPrefix("mailto:") || link.hasPrefix("tel:") { continue }
                audit.checked += 1
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                // A query (`zoeken.html?q=Opvang`, a theme's search) asks the same file.
                let withoutQuery = parts[0].split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0]
                let path = String(withoutQuery).removingPercentEncoding ?? String(withoutQuery)
                let target = path.isEmpty ? page : page.deletingLastPathComponent().appendingPathComponent(path).standardizedFileURL
                guard !link.hasPrefix("/"), target.path.hasPrefix(output.path + "/") else {
                    audit.escaping.append("\(file.path): \(link)")
                    continue
                }
                guard FileManager.default.fileExists(atPath: target.path) else {
                    audit.broken.append("\(file.path): \(link)")
                    continue
                }
                if parts.count == 2, !parts[1].isEmpty {
                    let targetHTML = try String(contentsOf: target, encoding: .utf8)
                    if !targetHTML.contains(#"id="\#(parts[1])""#) { audit.broken.append("\(file.path): \(link) (anker)") }
                }
            }
        }
        return audit
    }
}
