import Foundation
import CYaml

/// Finds a `#` that cuts a plain value short. In YAML, `#` after a space starts a comment, so
/// `titel: Beleidsplan #1 Den Haag` gives the title "Beleidsplan" and nothing says so. Authors of
/// front matter rarely mean a comment there, so each such comment is a warning.
enum YAMLComments {
    static func warnings(in text: String, source: YAMLSource) -> [Diagnostic] {
        // Most front matter has no ` #` at all: no second parse for it.
        guard text.utf8.indices.contains(where: { index in
            text.utf8[index] == UInt8(ascii: "#") && index > text.utf8.startIndex
                && [UInt8(ascii: " "), UInt8(ascii: "\t")].contains(text.utf8[text.utf8.index(before: index)])
        }) else { return [] }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var warnings: [Diagnostic] = []
        YAMLEvents.forEach(in: text) { event in
            guard event.type == YAML_SCALAR_EVENT, event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE, event.data.scalar.length > 0 else { return true }
            // libyaml counts lines from 0 and columns in characters.
            let end = event.end_mark
            guard Int(end.line) < lines.count else { return true }
            let rest = lines[Int(end.line)].unicodeScalars.dropFirst(Int(end.column))
            let comment = rest.drop { $0 == " " || $0 == "\t" }
            guard comment.first == "#", comment.startIndex != rest.startIndex else { return true }
            let column = Int(end.column) + rest.distance(from: rest.startIndex, to: comment.startIndex) + 1
            let value = String(decoding: lines[Int(end.line)].utf8, as: UTF8.self)
            let cut = String(String.UnicodeScalarView(comment)).trimmingCharacters(in: .whitespaces)
            warnings.append(Diagnostic(
                .valueComment, "`\(cut)` telt niet mee: in YAML begint `#` na een spatie een opmerking",
                at: SourceLocation(file: source.file, line: Int(end.line) + 1 + source.lineOffset, column: column),
                fixIt: "bedoelt u het als deel van de waarde, zet die dan tussen aanhalingstekens: \(quoted(value)); is het een opmerking, zet die dan op een eigen regel"
            ))
            return true
        }
        return warnings
    }

    /// The line as it should be written: the value after the key (or the list dash) in quotes.
    private static func quoted(_ line: String) -> String {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        let (head, value): (String, Substring) = if let colon = trimmed.range(of: ": ") {
            (String(trimmed[..<colon.upperBound]), trimmed[colon.upperBound...])
        } else if trimmed.hasPrefix("- ") {
            ("- ", trimmed.dropFirst(2))
        } else {
            ("", trimmed[...])
        }
        let escaped = value.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "`\(head)\"\(escaped)\"`"
    }
}
