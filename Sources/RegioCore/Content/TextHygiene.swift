import Foundation
import RegioMarkdown

/// What a file's bytes say before any YAML or Markdown sees them: text from other programs
/// (UTF-16 from Windows tools, stray control characters from copy and paste, git's conflict
/// markers after a merge, classic Mac line ends). Each finding stops the file with a diagnostic
/// at its line and column; the only repair made silently is the line ends.
enum TextHygiene {
    /// What kind of file this is when it is not text at all, told by its first bytes, in the words an
    /// author knows ("een Word-document"); nil for anything that may be text.
    static func binaryKind(_ data: Data) -> String? {
        let head = [UInt8](data.prefix(8))
        let kinds: [(magic: [UInt8], name: String)] = [
            ([0x50, 0x4B, 0x03, 0x04], "een Word-, Excel- of OpenDocument-bestand (of een ander zip-bestand)"),
            ([0xD0, 0xCF, 0x11, 0xE0], "een oud Word- of Excel-bestand (.doc, .xls)"),
            (Array("%PDF".utf8), "een pdf"),
            (Array("{\\rtf".utf8), "een RTF-document uit WordPad of Word"),
            ([0x89, 0x50, 0x4E, 0x47], "een afbeelding (png)"),
            ([0xFF, 0xD8, 0xFF], "een afbeelding (jpg)"),
            (Array("GIF8".utf8), "een afbeelding (gif)"),
            ([0x7F, 0x45, 0x4C, 0x46], "een programma"),
        ]
        // Other bytes that are not text (a NUL in a text) are reported at their line as control characters.
        return kinds.first { head.starts(with: $0.magic) }?.name
    }

    /// UTF-16, told by its byte-order mark or by the zero bytes beside every ASCII letter.
    static func looksLikeUTF16(_ data: Data) -> Bool {
        let head = data.prefix(64)
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return true }
        guard head.count >= 8 else { return false }
        let evenZeros = stride(from: 0, to: head.count, by: 2).filter { head[head.startIndex + $0] == 0 }.count
        let oddZeros = stride(from: 1, to: head.count, by: 2).filter { head[head.startIndex + $0] == 0 }.count
        let half = head.count / 2
        return (evenZeros * 4 >= half * 3) != (oddZeros * 4 >= half * 3)
    }

    /// The first control character other than tab, line feed and carriage return.
    static func firstControlCharacter(in text: String, file: String) -> Diagnostic? {
        // A byte scan first: nearly every file has none, and counting columns costs more. 0xC2 leads
        // U+0080…U+00BF, among them the C1 controls that Windows-1252 quotes become when text is
        // converted twice (and also the harmless no-break space, which the slow pass lets through).
        guard text.containsUTF8(where: { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D) || $0 == 0x7F || $0 == 0xC2 }) else { return nil }
        var line = 1, column = 1
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A:
                line += 1
                column = 1
                continue
            case 0x09, 0x0D:
                break
            case 0x00...0x1F, 0x7F...0x9F:
                let code = String(scalar.value, radix: 16, uppercase: true)
                let name = scalar.value == 0 ? "een NUL-byte" : "het stuurteken U+\(String(repeating: "0", count: 4 - code.count) + code)"
                let notes = scalar.value >= 0x80 ? ["tekens als “ ” ‘ ’ – uit Windows-1252 worden zo als tekst twee keer is omgezet"] : []
                return Diagnostic(.controlCharacter, "het bestand bevat \(name), dat in tekst niet thuishoort",
                                  at: SourceLocation(file: file, line: line, column: column), notes: notes,
                                  fixIt: "verwijder het onzichtbare teken op deze plek (vaak meegekomen bij kopiëren of een beschadigd bestand)")
            default:
                break
            }
            column += 1
        }
        return nil
    }

    /// The first line git writes to open a merge conflict, with where the conflict closes.
    static func firstConflictMarker(in text: String, file: String) -> Diagnostic? {
        // A byte scan for `<<<<<<<` at the start of a line first: `String.contains` compares
        // Characters and was a thirtieth of a build at 10,000 documents.
        guard hasLineStarting(with: Array("<<<<<<<".utf8), in: text) else { return nil }
        var opening: Int?
        var notes: [String] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if opening == nil, line.hasPrefix("<<<<<<<") {
                opening = index + 1
            } else if opening != nil, line.hasPrefix("=======") || line.hasPrefix(">>>>>>>") {
                notes.append("`\(line.prefix(7))` op regel \(index + 1)")
                if line.hasPrefix(">>>>>>>") { break }
            }
        }
        guard let opening else { return nil }
        return Diagnostic(.conflictMarker, "het bestand bevat nog een samenvoegconflict van git",
                          at: SourceLocation(file: file, line: opening, column: 1), notes: notes,
                          fixIt: "kies welke versie blijft en verwijder de regels met <<<<<<<, ======= en >>>>>>>")
    }

    private static func hasLineStarting(with marker: [UInt8], in text: String) -> Bool {
        let candidates = text.utf8Offsets(of: marker[0])
        guard !candidates.isEmpty else { return false }
        return text.withUTF8Buffer { bytes in
            candidates.contains { at in
                (at == 0 || bytes[at - 1] == 0x0A) && at + marker.count <= bytes.count
                    && bytes[at..<at + marker.count].elementsEqual(marker)
            }
        }
    }

    /// Classic Mac line ends (a lone carriage return) become line feeds, so that lines and columns
    /// mean the same to YAML, cmark and the diagnostics. Windows line ends are kept as they are.
    static func normalizingLoneCarriageReturns(_ text: String) -> String {
        guard text.containsUTF8(0x0D) else { return text }
        var bytes = Array(text.utf8)
        var changed = false
        for index in bytes.indices where bytes[index] == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A) {
            bytes[index] = 0x0A
            changed = true
        }
        return changed ? String(decoding: bytes, as: UTF8.self) : text
    }
}
