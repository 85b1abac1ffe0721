import Foundation
import RegioCore

/// Prints diagnostics the way editors and CI read them: `file:line:col: fout: message [code]`,
/// then the source line with a caret, then notes and the fix.
struct DiagnosticPrinter {
    let sources: [String: SourceFile]
    /// The content folder as the user named it, so printed paths open from where they ran Regio.
    let contentLabel: String

    /// The theme folder as the user named it; theme diagnostics already carry it.
    var themeLabel = "themes/default"

    /// The file as the user can open it from where they ran Regio: content files under the content folder.
    func path(_ location: SourceLocation) -> String {
        if location.file.hasPrefix(themeLabel) { return location.file }
        if location.file == "." { return contentLabel }
        // `--content .` (a region's own repository): paths as the repository names them, which is
        // what GitHub annotations and code scanning match files by.
        if contentLabel == "." || contentLabel == "./" { return location.file }
        return (contentLabel.hasSuffix("/") ? contentLabel : contentLabel + "/") + location.file
    }

    func text(for diagnostics: [Diagnostic]) -> String {
        diagnostics.map(text(for:)).joined()
    }

    func text(for diagnostic: Diagnostic) -> String {
        let location = diagnostic.location
        var lines = ["\(path(location)):\(location.line):\(location.column): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.id)]"]
        if let source = sources[location.file] {
            // Control characters are drawn as symbols (␀, ␛, �): printed as they are they would move
            // the cursor, start an escape sequence or cut the line short in a terminal.
            let line = String(String.UnicodeScalarView(source.line(location.line).unicodeScalars.map { scalar in
                switch scalar.value {
                case 0x09: scalar
                case 0x00..<0x20: Unicode.Scalar(0x2400 + scalar.value) ?? scalar
                case 0x7F: "\u{2421}"
                case 0x80...0x9F: "\u{FFFD}"
                default: scalar
                }
            }))
            if !line.isEmpty {
                let number = String(location.line)
                let gutter = String(repeating: " ", count: number.count)
                let caretOffset = line.prefix(max(0, location.column - 1)).map { $0 == "\t" ? "\t" : " " }.joined()
                lines.append(" \(number) | \(line)")
                lines.append(" \(gutter) | \(caretOffset)^")
            }
        }
        lines += diagnostic.notes.map { "  = \($0)" }
        if let fix = diagnostic.fixIt { lines.append("  = oplossing: \(fix)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One JSON object per diagnostic, in an array, for tools.
    func json(for diagnostics: [Diagnostic]) -> String {
        let objects: [[String: Any]] = diagnostics.map { diagnostic in
            var object: [String: Any] = [
                "bestand": path(diagnostic.location), "regel": diagnostic.location.line, "kolom": diagnostic.location.column,
                "ernst": diagnostic.severity.rawValue, "code": diagnostic.id, "melding": diagnostic.message,
                "notities": diagnostic.notes,
            ]
            if let fix = diagnostic.fixIt { object["oplossing"] = fix }
            return object
        }
        let data = (try? JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys])) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// GitHub Actions workflow commands, so findings show up on the changed lines of a pull request.
    func github(for diagnostics: [Diagnostic]) -> String {
        diagnostics.map { diagnostic in
            let kind = diagnostic.severity == .error ? "error" : "warning"
            let message = ([diagnostic.message] + diagnostic.notes + (diagnostic.fixIt.map { ["oplossing: \($0)"] } ?? []))
                .joined(separator: "\n")
                .replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
            let location = diagnostic.location
            return "::\(kind) file=\(path(location)),line=\(location.line),col=\(location.column),title=\(diagnostic.id)::\(message)\n"
        }.joined()
    }
}
