/// What an author meant by a value that is not a number as Regio reads it (`31,7`, `1.905 meldingen`,
/// `1 336` from Word or Excel, `€ 1.200`), so that the fix can show their own number written the right way.
extension FigureValue {
    public struct Meant: Sendable {
        /// The number as Regio reads it: for `1,336` the Dutch reading, 1.336.
        public let number: FigureValue
        /// The other reading when the comma may group thousands the English way (`1,336` is then 1336).
        public let thousands: FigureValue?
        /// What followed the number (or stood before it, `€`): a word, which belongs in `eenheid`.
        public let unit: String?
    }

    /// Nil when no number can be read from `text`, or when what follows the number is not a word
    /// (a unit is letters or `%`; digits after a number are no unit).
    public static func meant(by text: String) -> Meant? {
        var rest = Substring(text).drop(while: \.isGroupSpace)
        rest = rest.prefix(upTo: rest.lastIndex { !$0.isGroupSpace }.map(rest.index(after:)) ?? rest.startIndex)
        var unit: String?
        if rest.first == "€" {
            unit = "euro"
            rest = rest.dropFirst().drop(while: \.isGroupSpace)
        }
        if let exponent = ExponentNotation(rest) {
            return exponent.plain.map { Meant(number: $0, thousands: nil, unit: unit) }
        }
        let (written, after) = numberPrefix(of: rest)
        let trailing = after.drop(while: \.isGroupSpace)
        if let first = trailing.first {
            guard unit == nil || trailing == "€" else { return nil }
            guard first.isLetter || first == "%" || first == "€" else { return nil }
            unit = trailing == "€" ? "euro" : String(trailing)
        }
        let digits = written.filter { !$0.isGroupSpace && $0 != "_" && $0 != "'" }
        return readings(of: digits).map { Meant(number: $0.number, thousands: $0.thousands, unit: unit) }
    }

    /// The number at the start of `text`: a sign, digits, `.` and `,` before a digit, and a group
    /// separator (a space of any kind, `_`, `'`) only before a group of exactly three digits.
    private static func numberPrefix(of text: Substring) -> (number: Substring, rest: Substring) {
        var index = text.startIndex
        if text.first == "-" { index = text.index(after: index) }
        func isDigit(_ at: Substring.Index) -> Bool { at < text.endIndex && text[at].isASCII && text[at].isNumber }
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character.isASCII, character.isNumber {
                index = next
            } else if character == "." || character == ",", index > text.startIndex, isDigit(next) {
                index = next
            } else if character.isGroupSpace || character == "_" || character == "'", index > text.startIndex, isDigit(text.index(before: index)) {
                let group = text[next...].prefix { $0.isASCII && $0.isNumber }
                guard group.count == 3 else { break }
                index = next
            } else {
                break
            }
        }
        return (text[..<index], text[index...])
    }

    /// `1.905,0` (Dutch), `1,905.5` and `1,336,000` (English), `31,7`; `1,336` either way.
    private static func readings(of text: String) -> (number: FigureValue, thousands: FigureValue?)? {
        let commas = text.filter { $0 == "," }.count
        guard commas > 0 else {
            return FigureValue(looksGroupedByThousands(text) ? text.replacingOccurrences(of: ".", with: "") : text).map { ($0, nil) }
        }
        let dutch = FigureValue(text.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: "."))
        let english = FigureValue(text.replacingOccurrences(of: ",", with: ""))
        let groupedByCommas = looksGroupedByThousands(text.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: "."))
        if text.contains("."), let lastDot = text.lastIndex(of: "."), let lastComma = text.lastIndex(of: ",") {
            return (lastDot > lastComma ? english : dutch).map { ($0, nil) }
        }
        if commas > 1 { return groupedByCommas ? english.map { ($0, nil) } : nil }
        // One comma before three digits: a Dutch decimal comma, or thousands the English way.
        guard let dutch else { return nil }
        return (dutch, groupedByCommas ? english : nil)
    }
}

/// `1e3`, `2,5E-2`: how Excel writes a number that does not fit its column.
private struct ExponentNotation {
    let mantissa: Substring
    let exponent: Int

    init?(_ text: Substring) {
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return nil }
        let mantissa = text[..<e]
        let digits = mantissa.hasPrefix("-") ? mantissa.dropFirst() : mantissa
        guard let first = digits.first, first.isASCII, first.isNumber,
              digits.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "." || $0 == "," }),
              let exponent = Int(text[text.index(after: e)...]) else { return nil }
        self.mantissa = mantissa
        self.exponent = exponent
    }

    /// The number written out in digits; nil when that would be more than fifteen digits.
    var plain: FigureValue? {
        guard abs(exponent) <= 15 else { return nil }
        let negative = mantissa.hasPrefix("-")
        let unsigned = (negative ? mantissa.dropFirst() : mantissa).replacingOccurrences(of: ",", with: ".")
        let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        var digits = parts.joined()
        var point = parts[0].count + exponent
        if point <= 0 {
            digits = String(repeating: "0", count: 1 - point) + digits
            point = 1
        }
        if point > digits.count { digits += String(repeating: "0", count: point - digits.count) }
        var whole = String(digits.prefix(point)).drop { $0 == "0" }
        if whole.isEmpty { whole = "0" }
        let fraction = String(digits.dropFirst(point).reversed().drop { $0 == "0" }.reversed())
        return FigureValue((negative ? "-" : "") + whole + (fraction.isEmpty ? "" : "." + fraction))
    }
}

extension Character {
    /// A space between digit groups: ordinary, or the no-break spaces Word and Excel write (U+00A0, U+202F).
    var isGroupSpace: Bool { self == " " || self == "\u{A0}" || self == "\u{202F}" }
}
