import Foundation
import RegioMarkdown
import Testing

/// One example of the CommonMark spec: Markdown in, HTML out.
struct SpecExample: CustomTestStringConvertible, Sendable {
    let number: Int
    let section: String
    let markdown: String
    let html: String

    var testDescription: String { "voorbeeld \(number) (\(section))" }

    /// The spec lives beside the checkout (`../shared/data/commonmark/`), never in the repository.
    static let specURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/data/commonmark/spec-0.30.txt")

    static let specIsPresent = FileManager.default.fileExists(atPath: specURL.path)

    static let all: [SpecExample] = {
        guard let text = try? String(contentsOf: specURL, encoding: .utf8) else { return [] }
        return parse(text)
    }()

    static func parse(_ text: String) -> [SpecExample] {
        let fence = String(repeating: "`", count: 32)
        var examples: [SpecExample] = []
        var section = ""
        var state = 0 // 0 outside, 1 markdown, 2 html
        var markdown: [Substring] = []
        var html: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            switch state {
            case 0:
                if line.hasPrefix("#") { section = line.drop { $0 == "#" || $0 == " " }.description }
                if line == fence + " example" { state = 1; markdown = []; html = [] }
            case 1:
                if line == "." { state = 2 } else { markdown.append(line) }
            default:
                if line == fence {
                    let tab = { (lines: [Substring]) in lines.map { $0 + "\n" }.joined().replacingOccurrences(of: "→", with: "\t") }
                    examples.append(SpecExample(number: examples.count + 1, section: section, markdown: tab(markdown), html: tab(html)))
                    state = 0
                } else {
                    html.append(line)
                }
            }
        }
        return examples
    }
}

@Suite("CommonMark-spec 0.30 via RegioMarkdown")
struct CommonMarkSpecTests {
    @Test("de spec heeft 652 voorbeelden", .enabled(if: SpecExample.specIsPresent, "spec-0.30.txt staat niet naast de checkout"))
    func specHasAllExamples() {
        #expect(SpecExample.all.count == 652)
    }

    /// The bridge with Regio's additions off gives cmark's reference output (the spec is written for unsafe mode).
    @Test(.enabled(if: SpecExample.specIsPresent, "spec-0.30.txt staat niet naast de checkout"), arguments: SpecExample.all)
    func plainOutputMatchesSpec(_ example: SpecExample) {
        let options = MarkdownOptions(headingIDs: false, allowRawHTML: true)
        #expect(MarkdownRenderer.render(example.markdown, options: options).html == example.html)
    }

    /// With heading ids on, the only difference is the `id` attribute on headings.
    @Test(.enabled(if: SpecExample.specIsPresent, "spec-0.30.txt staat niet naast de checkout"), arguments: SpecExample.all)
    func headingIDsChangeNothingElse(_ example: SpecExample) throws {
        let options = MarkdownOptions(headingIDs: true, allowRawHTML: true)
        let html = MarkdownRenderer.render(example.markdown, options: options).html
        let withoutIDs = html.replacing(try Regex(#"<h([1-6]) id="[a-z0-9-]+">"#)) { match in "<h\(match.output[1].substring ?? "")>" }
        #expect(withoutIDs == example.html)
    }
}
