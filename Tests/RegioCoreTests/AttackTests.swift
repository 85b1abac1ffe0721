import Foundation
import RegioCore
import RegioTestSupport
import Testing

/// Content written by an attacker (Tests/RegioCoreTests/Fixtures/aanvallen): script in every
/// front-matter value a template shows (titles, summaries, names, figure labels, units, notes,
/// waiver reasons), raw HTML, SVG, event handlers and javascript:, vbscript: and data: links in
/// Markdown, Mustache tags in titles. The browser test loads it in Chromium; this one reads the HTML.
@Suite("Aanvallen in de inhoud")
struct AttackTests {
    static func fixture() throws -> SiteFixture {
        let site = try SiteFixture(folder: RepositoryPaths.root.appendingPathComponent("Tests/RegioCoreTests/Fixtures/aanvallen"))
        // A file name with quotes and a tag, linked (percent-encoded) from the vision: made here, as
        // such a name does not belong in a repository that is checked out on Windows.
        let vision = site.files["haaglanden/regiovisie-2023-2026.md"] ?? ""
        return site.with("""
            === \(hostileFileName)
            %PDF-1.4
            === haaglanden/regiovisie-2023-2026.md
            \(vision)
            Zie [de bijlage](bijlage%20%22onmouseover=alert('naam')%22%20%3Csvg%20onload=alert('naam2')%3E.pdf).
            """)
    }

    static let hostileFileName = "haaglanden/bijlage \"onmouseover=alert('naam')\" <svg onload=alert('naam2')>.pdf"

    @Test("elke pagina heeft de Content-Security-Policy en geen script, handler of gevaarlijke link uit de inhoud")
    func noExecutableMarkup() async throws {
        let result = await build(try Self.fixture())
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics.map(\.message))")
        let site = try #require(result.site)
        let pages = site.files.filter { $0.path.description.hasSuffix(".html") }
        #expect(pages.count >= 15)
        for (path, data) in pages {
            let html = String(decoding: data, as: UTF8.self)
            #expect(html.contains(#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'"#), "\(path)")
            for (tag, attributes) in try tags(in: html) {
                #expect(!["script", "iframe", "object", "embed", "base"].contains(tag) || (tag == "script" && attributes["src"] == "assets/zoeken.js"),
                        "\(path): <\(tag)> \(attributes)")
                #expect(!attributes.keys.contains { $0.hasPrefix("on") }, "\(path): <\(tag)> \(attributes)")
                for name in ["href", "src", "action", "formaction"] {
                    let value = (attributes[name] ?? "").filter { !$0.isWhitespace }.lowercased()
                    #expect(!value.hasPrefix("javascript:") && !value.hasPrefix("vbscript:") && !value.hasPrefix("data:"), "\(path): \(name)=\(value)")
                }
                #expect(!(tag == "meta" && attributes["http-equiv"]?.lowercased() == "refresh"), "\(path)")
            }
        }
        // The file with the hostile name is copied as it is, and linked without breaking out of the attribute.
        #expect(site.files.contains { $0.path.description == Self.hostileFileName })
        #expect(site.html("haaglanden/regiovisie-2023-2026.html")?.contains(#"<a href="bijlage%20%22onmouseover=alert(&#x27;naam&#x27;)%22%20%3Csvg"#) == true)
        // Mustache tags in a title are text, not template.
        let vision = try #require(site.html("haaglanden/regiovisie-2023-2026.html"))
        #expect(vision.contains("{{#t}}{{/t}}"))
    }
}

/// Every start tag of the page with its attributes, as the HTML tokenizer reads them: attribute
/// values in quotes are values, so escaped text in them (`&lt;img onerror=`) is not a tag.
private func tags(in html: String) throws -> [(String, [String: String])] {
    let tag = try Regex(#"<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*/?>"#)
    let attribute = try Regex(#"([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?"#)
    return html.matches(of: tag).map { match in
        let name = String(match.output[1].substring ?? "").lowercased()
        var attributes: [String: String] = [:]
        for found in String(match.output[2].substring ?? "").matches(of: attribute) {
            let key = String(found.output[1].substring ?? "").lowercased()
            var value = String(found.output[2].substring ?? "")
            if value.hasPrefix("\"") || value.hasPrefix("'") { value = String(value.dropFirst().dropLast()) }
            attributes[key] = value
        }
        return (name, attributes)
    }
}
