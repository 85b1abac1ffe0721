import Foundation

/// The site's 404 page, which links relative to the root (a host shows it from there), as the
/// preview answers it for a missing page in a subfolder: without this its style and links would
/// point into that subfolder.
enum NotFoundPage {
    /// `html` with each relative address in `href`, `src`, `action` and `data-index` moved `depth`
    /// folders up. Anchors (`#inhoud`), absolute paths and addresses with a scheme stay as they are.
    static func relocated(_ html: String, depth: Int) -> String {
        guard depth > 0 else { return html }
        let up = String(repeating: "../", count: depth)
        let pattern = #"(\s(?:href|src|action|data-index)=")(?![#/]|[a-zA-Z][a-zA-Z0-9+.-]*:)"#
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return html }
        let range = NSRange(html.startIndex..., in: html)
        return expression.stringByReplacingMatches(in: html, range: range, withTemplate: "$1" + NSRegularExpression.escapedTemplate(for: up))
    }
}
