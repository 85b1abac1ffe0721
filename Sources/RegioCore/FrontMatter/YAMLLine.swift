/// One line of YAML as written, split where its value starts: after `sleutel: ` or a list dash.
/// Only for explaining a finding at that line in the author's own words; what the line means is
/// libyaml's to decide.
struct YAMLLine {
    let text: Substring
    /// The first character of the value; nil when the line has no `: ` and is no list entry.
    let valueStart: Substring.Index?

    init(_ text: Substring) {
        self.text = text
        let start: Substring.Index? = if let colon = text.range(of: ": ") {
            colon.upperBound
        } else if text.drop(while: { $0 == " " }).hasPrefix("- ") {
            text.index(text.firstIndex(of: "-")!, offsetBy: 2)
        } else {
            nil
        }
        valueStart = start.map { start in text[start...].firstIndex { $0 != " " } ?? text.endIndex }
    }

    /// The value up to the end of the line, without trailing spaces.
    var value: Substring? {
        guard let valueStart else { return nil }
        let end = text[valueStart...].lastIndex { $0 != " " }.map { text.index(after: $0) } ?? valueStart
        return text[valueStart..<end]
    }

    /// 1-based, in characters, as diagnostics count.
    var valueColumn: Int? {
        valueStart.map { column(of: $0) }
    }

    func column(of index: Substring.Index) -> Int {
        text.distance(from: text.startIndex, to: index) + 1
    }

    /// The line as it should be written, in backticks: what comes before the value, then `value`
    /// between double quotes (indentation left out).
    func withQuotedValue(_ value: some StringProtocol) -> String {
        let head = text[..<(valueStart ?? text.startIndex)].drop { $0 == " " }
        return "`\(head)\(Self.doubleQuoted(value))`"
    }

    /// `text` between double quotes, with the two characters that mean something there escaped.
    static func doubleQuoted(_ text: some StringProtocol) -> String {
        var quoted = "\""
        for character in text {
            if character == "\\" || character == "\"" { quoted.append("\\") }
            quoted.append(character)
        }
        return quoted + "\""
    }
}
