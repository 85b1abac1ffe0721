import Foundation
import RegioTestSupport
import Testing

/// The default theme's colours, light and dark (`prefers-color-scheme: dark`), read from regio.css
/// and measured as WCAG 2.1 measures them: text at least 4.5:1 on each background it stands on,
/// focus rings, borders of fields and chart marks at least 3:1.
@Suite("Kleuren: contrast in licht en donker")
struct ColourContrastTests {
    static func css() throws -> String {
        try String(contentsOf: RepositoryPaths.defaultTheme.appendingPathComponent("assets/regio.css"), encoding: .utf8)
    }

    /// The custom properties of the first `:root { … }` after `marker` (the file's start: the light palette).
    static func variables(_ css: String, after marker: String? = nil) throws -> [String: String] {
        let start = try marker.map { try #require(css.range(of: $0)).upperBound } ?? css.startIndex
        let root = try #require(css[start...].range(of: ":root {"))
        let block = try #require(css[root.upperBound...].split(separator: "}", maxSplits: 1).first)
        return Dictionary(block.matches(of: #/--([a-z-]+):\s*(#[0-9a-fA-F]{6})\s*;/#).map { (String($0.output.1), String($0.output.2)) }) { first, _ in first }
    }

    /// The light palette, and the dark one: the light values with the dark block's on top.
    static func palettes() throws -> [(name: String, colours: [String: String])] {
        let css = try css()
        let light = try variables(css)
        let dark = light.merging(try variables(css, after: "@media screen and (prefers-color-scheme: dark) {")) { _, dark in dark }
        return [("licht", light), ("donker", dark)]
    }

    /// Text colour on background, as the style sheet puts them together.
    static let text: [(String, String)] = [
        ("ink", "paper"), ("ink", "tint"), ("ink", "ins"), ("ink", "del"), ("ink", "banner"),
        ("muted", "paper"), ("muted", "tint"),
        ("accent", "paper"), ("accent", "tint"), ("accent", "banner"), ("accent-dark", "paper"), ("accent-dark", "tint"),
        ("ok", "paper"), ("old", "paper"), ("missing", "paper"), ("ok", "tint"), ("old", "tint"), ("missing", "tint"),
        ("on-header", "header"), ("on-accent", "accent"), ("on-accent", "accent-dark"), ("on-focus", "focus"),
    ]

    /// Rings, field borders, the status borders and chart marks against what is around them.
    static let marks: [(String, String)] = [
        ("focus", "header"), ("muted", "paper"), ("accent", "paper"),
        ("ok", "paper"), ("old", "paper"), ("missing", "paper"), ("old", "banner"),
    ]

    static func contrast(_ one: String, _ other: String) throws -> Double {
        func luminance(_ hex: String) throws -> Double {
            let value = try #require(Int(hex.dropFirst(), radix: 16))
            let bytes: [Int] = [value >> 16, (value >> 8) & 0xFF, value & 0xFF]
            let channels: [Double] = bytes.map { byte in
                let c = Double(byte) / 255
                return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
            }
            let red: Double = 0.2126 * channels[0], green: Double = 0.7152 * channels[1], blue: Double = 0.0722 * channels[2]
            return red + green + blue
        }
        let (a, b) = (try luminance(one), try luminance(other))
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    @Test("elke tekstkleur haalt 4,5:1 op elke achtergrond waar ze op staat, in licht en donker")
    func textContrast() throws {
        for (name, colours) in try Self.palettes() {
            for (ink, background) in Self.text {
                let ratio = try Self.contrast(try #require(colours[ink], "--\(ink)"), try #require(colours[background], "--\(background)"))
                #expect(ratio >= 4.5, "\(name): --\(ink) op --\(background) is \(String(format: "%.2f", ratio)):1")
            }
        }
    }

    @Test("focusringen, veldranden, statusranden en grafieklijnen halen 3:1, in licht en donker")
    func markContrast() throws {
        for (name, colours) in try Self.palettes() {
            for (mark, background) in Self.marks {
                let ratio = try Self.contrast(try #require(colours[mark]), try #require(colours[background]))
                #expect(ratio >= 3, "\(name): --\(mark) op --\(background) is \(String(format: "%.2f", ratio)):1")
            }
            // The focus ring is yellow with an ink ring inside: one of the two carries it on the page.
            let ring = max(try Self.contrast(colours["focus"]!, colours["paper"]!), try Self.contrast(colours["ink"]!, colours["paper"]!))
            #expect(ring >= 3, "\(name): focusring \(ring)")
        }
    }

    @Test("donkere modus: color-scheme in de css en de kop van elke pagina; alleen op het scherm; buiten de paletten en de printstijl geen vaste kleur")
    func darkModeWiring() throws {
        let css = try Self.css()
        #expect(css.contains("color-scheme: light dark;"))
        let layout = try String(contentsOf: RepositoryPaths.defaultTheme.appendingPathComponent("templates/layout.mustache"), encoding: .utf8)
        #expect(layout.contains(#"<meta name="color-scheme" content="light dark">"#))
        // Paper keeps the light palette: print is never dark.
        #expect(!css.contains("@media (prefers-color-scheme: dark)"))
        let dark = try Self.variables(css, after: "@media screen and (prefers-color-scheme: dark) {")
        #expect(dark.count >= 10)
        // A colour written into a rule would stay the same in the dark: every one is a variable,
        // apart from the palettes and print's black on white.
        let print = try #require(css.range(of: "@media print {"))
        var depth = 0, end = print.lowerBound
        for index in css[print.lowerBound...].indices {
            if css[index] == "{" { depth += 1 }
            if css[index] == "}" { depth -= 1; if depth == 0 { end = css.index(after: index); break } }
        }
        var rules = String(css[..<print.lowerBound] + css[end...])
        for block in rules.matches(of: #/:root \{[^}]*\}/#).reversed() { rules.removeSubrange(block.range) }
        #expect(rules.matches(of: #/#[0-9a-fA-F]{3,6}\b/#).isEmpty, "\(rules.matches(of: #/[^\n]*#[0-9a-fA-F]{3,6}\b[^\n]*/#).map { $0.output })")
    }
}
