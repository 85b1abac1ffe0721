import Foundation
import RegioCore

/// Prints diagnostics the way editors and CI read them: `file:line:col: fout: message [code]`,
/// then the source line with a caret, then notes and the fix.
///
/// Text is for people: past `shownPerKind` findings of one code in one file, the rest are counted in
/// one line instead of printed (a file with 400,000 broken links would otherwise scroll for minutes and
/// say nothing more). JSON, GitHub annotations and SARIF are for tools, which filter for themselves:
/// they keep every finding. The summary line counts every finding too.
struct DiagnosticPrinter {
    let sources: [String: SourceFile]
    /// The content folder as the user named it, so printed paths open from where they ran Regio.
    let contentLabel: String

    /// The theme folder as the user named it; theme diagnostics already carry it.
    var themeLabel = "themes/default"

    /// How many findings of one code one file shows in text.
    var shownPerKind = 50

    /// The file as the user can open it from where they ran Regio: content files under the content folder.
    func path(_ location: SourceLocation) -> String {
        if location.file.hasPrefix(themeLabel) { return location.file }
        if location.file == "." { return contentLabel }
        // `--content .` (a region's own repository): paths as the repository names them, which is
        // what GitHub annotations and code scanning match files by.
        if contentLabel == "." || contentLabel == "./" { return location.file }
        return (contentLabel.hasSuffix("/") ? contentLabel : contentLabel + "/") + location.file
    }

    /// Every finding in the order given, up to `shownPerKind` of each code per file; the source lines
    /// of each file are found once, however many findings point into it.
    func text(for diagnostics: [Diagnostic]) -> String {
        var totals: [Kind: Int] = [:]
        for diagnostic in diagnostics { totals[Kind(diagnostic), default: 0] += 1 }
        var shown: [Kind: Int] = [:]
        var lines: [String: SourceLines] = [:]
        var text = ""
        for diagnostic in diagnostics {
            let file = diagnostic.location.file
            if lines[file] == nil, let source = sources[file] { lines[file] = SourceLines(source.text) }
            let kind = Kind(diagnostic)
            let count = shown[kind, default: 0] + 1
            shown[kind] = count
            guard count <= shownPerKind else { continue }
            text += self.text(for: diagnostic, lines: lines[file])
            let total = totals[kind] ?? 0
            if count == shownPerKind, total > count { text += Self.more(total - count, of: diagnostic.id) }
        }
        return text
    }

    /// The line that stands for the findings of one kind that are not printed.
    static func more(_ count: Int, of id: String) -> String {
        "… en nog \(dutchNumber(count)) \(count == 1 ? "melding" : "meldingen") van deze soort in dit bestand [\(id)]\n"
            + "  = `regio check --format json` toont ze allemaal\n"
    }

    private func text(for diagnostic: Diagnostic, lines source: SourceLines?) -> String {
        let location = diagnostic.location
        var lines = ["\(path(location)):\(location.line):\(location.column): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.id)]"]
        if let source, let excerpt = SourceExcerpt(line: source.line(location.line), number: location.line, column: location.column) {
            lines += excerpt.lines
        }
        lines += diagnostic.notes.map { "  = \($0)" }
        if let fix = diagnostic.fixIt { lines.append("  = oplossing: \(fix)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One code in one file: the unit that `shownPerKind` limits.
    private struct Kind: Hashable {
        let file: String
        let id: String

        init(_ diagnostic: Diagnostic) {
            file = diagnostic.location.file
            id = diagnostic.id
        }
    }

    /// One JSON object per diagnostic, in an array, for tools: every finding, however many.
    func json(for diagnostics: [Diagnostic]) -> String {
        let findings = diagnostics.map { diagnostic in
            JSONFinding(bestand: path(diagnostic.location), regel: diagnostic.location.line, kolom: diagnostic.location.column,
                        ernst: diagnostic.severity.rawValue, code: diagnostic.id, melding: diagnostic.message,
                        notities: diagnostic.notes, oplossing: diagnostic.fixIt)
        }
        return Self.encoded(findings) ?? "[]"
    }

    /// Pretty, with sorted keys. Encodable values and `JSONEncoder`, not `[String: Any]` and
    /// `JSONSerialization`: bridging every value was 25 s for 400,000 findings, this is about one.
    static func encoded(_ value: some Encodable, escapingSlashes: Bool = true) -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = escapingSlashes ? [.prettyPrinted, .sortedKeys] : [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// A finding as `--format json` gives it; the keys are Dutch and stable.
    private struct JSONFinding: Encodable {
        let bestand: String
        let regel: Int
        let kolom: Int
        let ernst: String
        let code: String
        let melding: String
        let notities: [String]
        /// Left out when there is no fix.
        let oplossing: String?
    }

    /// GitHub Actions workflow commands, so findings show up on the changed lines of a pull request.
    func github(for diagnostics: [Diagnostic]) -> String {
        diagnostics.map { diagnostic in
            let kind = diagnostic.severity == .error ? "error" : "warning"
            let message = Self.escapedForWorkflow(([diagnostic.message] + diagnostic.notes + (diagnostic.fixIt.map { ["oplossing: \($0)"] } ?? []))
                .joined(separator: "\n"))
            let location = diagnostic.location
            return "::\(kind) file=\(path(location)),line=\(location.line),col=\(location.column),title=\(diagnostic.id)::\(message)\n"
        }.joined()
    }
}

extension DiagnosticPrinter {
    /// `%`, `\r` and `\n` as workflow commands escape them, in one pass: Foundation's
    /// `replacingOccurrences`, three times per finding, was most of the time of 400,000 annotations.
    static func escapedForWorkflow(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x25 || $0 == 0x0D || $0 == 0x0A }) else { return text }
        var escaped = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": escaped += "%25".unicodeScalars
            case "\r": escaped += "%0D".unicodeScalars
            case "\n": escaped += "%0A".unicodeScalars
            default: escaped.append(scalar)
            }
        }
        return String(escaped)
    }
}

/// A count as Dutch writes it: `399.950`, with a point between thousands.
func dutchNumber(_ number: Int) -> String {
    let digits = String(number.magnitude)
    var grouped = ""
    for (index, digit) in digits.enumerated() {
        if index > 0, (digits.count - index) % 3 == 0 { grouped.append(".") }
        grouped.append(digit)
    }
    return (number < 0 ? "-" : "") + grouped
}
