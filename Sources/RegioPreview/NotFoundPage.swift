import Foundation
import RegioCore

/// The site's 404 page as the preview answers it: for a missing page in a subfolder with its links
/// made relative to that subfolder (the page links relative to the root, from where a host shows
/// it), and for a document that has no page yet, or no longer, with words that say so.
enum NotFoundPage {
    /// The 404 page as the address of a document that has no page yet because of an error (new, or
    /// broken since the preview started): its title and heading say so and what to do, instead of
    /// "not found, perhaps it moved", which sent authors looking for a moved file. The rest of the
    /// theme's page (its first paragraph aside) stays, with its links to the start and the search.
    /// A theme whose 404 page has no `<h1>` keeps its own words; the panel says it all the same.
    static func notYet(_ html: String, file: String) -> String {
        explained(html, heading: "Deze pagina is er nog niet",
                  lead: "\(HTMLEscaping.escape(file)) heeft een fout die de pagina tegenhoudt; "
                      + "de melding staat onderaan. Herstel de fout en sla op: dan verschijnt de pagina hier vanzelf.")
    }

    /// The 404 page as the address of a document whose file was deleted or moved away while the
    /// preview ran: the page the author had open says which file went, not "perhaps it moved".
    static func removed(_ html: String, file: String) -> String {
        explained(html, heading: "Deze pagina is er niet meer",
                  lead: "\(HTMLEscaping.escape(file)) is verwijderd of verplaatst. Was dat niet de bedoeling, "
                      + "zet het bestand dan terug (staat het in git: <code>git checkout -- \(HTMLEscaping.escape(file))</code>); "
                      + "dan verschijnt de pagina hier vanzelf.")
    }

    /// `html` with its title and heading replaced by `heading`, and the theme's first paragraph
    /// after the heading (its "not found" explanation) by `lead`, which is HTML.
    private static func explained(_ html: String, heading: String, lead: String) -> String {
        var page = html
        if let title = page.range(of: #"<title>[^<]*</title>"#, options: .regularExpression) {
            page.replaceSubrange(title, with: "<title>\(heading)</title>")
        }
        guard let h1 = page.range(of: #"<h1[^>]*>[\s\S]*?</h1>"#, options: .regularExpression) else { return page }
        var end = h1.upperBound
        if let own = page[end...].range(of: #"^\s*<p[^>]*>[\s\S]*?</p>"#, options: .regularExpression) { end = own.upperBound }
        page.replaceSubrange(h1.lowerBound..<end, with: "<h1>\(heading)</h1>\n<p class=\"lead\">\(lead)</p>")
        return page
    }

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
