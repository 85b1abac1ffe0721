/// Curly quotes around a whole value, as Word types them: `titel: “Beleidsplan Emmen”`.
///
/// YAML's quotes are only the straight `"` and `'`, so a curly one is part of the text: the title
/// is published with its quotes, and a `: ` inside is read as a second key. A quotation inside a
/// value (`Het “Geweld hoort nergens thuis”-programma`) is the author's text and is left alone;
/// so is `’s-Hertogenbosch`, whose apostrophe is a curly closing quote.
struct CurlyQuotes {
    /// The quote at the start and at the end, either of which may be missing (not both).
    let opening: Character?
    let closing: Character?
    /// The value without them: what goes between straight quotes.
    let inner: Substring

    private static let doubleOpenings: Set<Character> = ["“", "„", "”"]
    private static let doubleClosings: Set<Character> = ["”", "“"]

    /// `value` read as wrapped in curly quotes; nil when it is not.
    init?(_ value: Substring) {
        guard value.count >= 2, let first = value.first, let last = value.last else { return nil }
        if Self.doubleOpenings.contains(first) {
            // The first closing quote ends the quotation; before the end, the value only starts with one.
            let close = value.dropFirst().firstIndex { Self.doubleClosings.contains($0) }
            guard close == nil || close == value.index(before: value.endIndex) else { return nil }
            opening = first
            closing = close.map { value[$0] }
            inner = value.dropFirst().dropLast(close == nil ? 0 : 1)
        } else if first == "‘", last == "’" {
            (opening, closing, inner) = (first, last, value.dropFirst().dropLast())
        } else if last == "”", !value.contains(where: { Self.doubleOpenings.contains($0) && $0 != "”" }) {
            (opening, closing, inner) = (nil, last, value.dropLast())
        } else {
            return nil
        }
    }

    /// The quotes as the author sees them, for a message: "`“` en `”`".
    var named: String {
        [opening, closing].compactMap { $0.map { "`\($0)`" } }.joined(separator: " en ")
    }

    private var isPair: Bool { opening != nil && closing != nil }

    /// What is wrong, for a value that was read.
    var warning: String {
        "\(named) \(isPair ? "zijn gekrulde aanhalingstekens" : "is een gekruld aanhalingsteken") uit Word: "
            + "YAML ziet \(isPair ? "ze niet als aanhalingstekens" : "het niet als aanhalingsteken"), dus \(isPair ? "ze komen" : "het komt") mee in de tekst op de pagina"
    }

    /// What is wrong, for a value YAML could not read.
    var error: String {
        "\(named) \(isPair ? "zijn gekrulde aanhalingstekens" : "is een gekruld aanhalingsteken") uit Word, "
            + "die YAML niet als aanhalingsteken\(isPair ? "s" : "") ziet"
    }

    /// The fix, with the line as it should be written (in backticks).
    func fixIt(writing line: String) -> String {
        "vervang \(isPair ? "ze" : "het") door gewone aanhalingstekens (\"): \(line)"
    }
}
