import RegioCore
import Testing

@Suite("Regels en kolommen van een bron")
struct SourceLinesTests {
    @Test("regels op nummer: zonder regeleinde, ook na \\r\\n, leeg buiten het bestand")
    func lines() {
        let lines = SourceLines("een\r\ntwee\n\nvier é\n")
        #expect(lines.count == 5)
        #expect(lines.line(1) == "een")
        #expect(lines.line(2) == "twee")
        #expect(lines.line(3) == "")
        #expect(lines.line(4) == "vier é")
        #expect(lines.line(5) == "")
        #expect(lines.line(0) == "")
        #expect(lines.line(6) == "")
        #expect(SourceLines("").line(1) == "")
        #expect(SourceLines("zonder einde").line(1) == "zonder einde")
    }

    @Test("kolommen tellen tekens, ook van meer bytes of meer scalars", arguments: [
        // (line, UTF-8 offset, column)
        ("abc", 0, 1), ("abc", 2, 3), ("abc", 3, 4), ("abc", 99, 4),
        ("é[x]", 2, 2), ("e\u{301}[x]", 3, 2), ("👩‍👩‍👧 [x]", 19, 3),
        ("a\tb", 2, 3), ("ab\r", 2, 3), ("ab\r", 3, 4),
        // Inside a Character: the column after it, as counting the bytes before did.
        ("éa", 1, 2),
    ])
    func columns(line: String, offset: Int, column: Int) {
        var cursor = ColumnCursor(line[...])
        #expect(cursor.advance(toUTF8Offset: offset) == column)
    }

    @Test("één cursor voor vele plaatsen op een regel, in volgorde")
    func manyOnOneLine() {
        let piece = "[é](x.md) "
        let line = "Één 👩‍👩‍👧 " + String(repeating: piece, count: 1_000)
        let lead = "Één 👩‍👩‍👧 "
        var cursor = ColumnCursor(line[...])
        for index in 0..<1_000 {
            let offset = lead.utf8.count + index * piece.utf8.count
            #expect(cursor.advance(toUTF8Offset: offset) == lead.count + index * piece.count + 1)
        }
    }

    @Test("naar een kolom, en het einde van de regel")
    func toColumn() {
        var cursor = ColumnCursor("é👩‍👩‍👧x"[...])
        cursor.advance(toColumn: 3)
        #expect(cursor.column == 3)
        #expect(cursor.utf8Offset == 20)
        #expect(!cursor.isAtEnd)
        cursor.advance(toColumn: 10)
        #expect(cursor.column == 4)
        #expect(cursor.isAtEnd)
    }
}
