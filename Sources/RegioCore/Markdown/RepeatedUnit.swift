/// A quoted figure comes with its unit (`[](cijfer:…)` shows "127.340 meldingen"), so a unit written
/// after the quote as well is on the page twice: "127.340 meldingen meldingen".
enum RepeatedUnit {
    /// Little words a unit may hold (`procent van de meldingen`, `per 1.000 inwoners`) that a sentence
    /// goes on with just as well: "28,5 procent van de meldingen van de regio" repeats no unit.
    private static let linkWords: Set<String> = ["aan", "bij", "de", "een", "en", "het", "in", "met", "naar", "of", "op", "over", "per", "te", "tot", "uit", "van", "voor"]
    private static let punctuation: Set<Character> = [".", ",", ";", ":", "!", "?", "(", ")", "[", "]", "\"", "'", "“", "”", "‘", "’", "«", "»", "…"]

    /// The word right after a quote (`wordsAfter`, as a reader reads on) when it repeats a word of
    /// the figure's unit, in any capitals, also as a simple plural or singular (`melding` for
    /// `meldingen`); nil when it does not.
    static func word(after wordsAfter: String, unit: String?) -> String? {
        guard let unit, let first = wordsAfter.split(whereSeparator: \.isWhitespace).first.map(bare), !first.isEmpty else { return nil }
        let written = first.lowercased()
        let repeats = unit.split(whereSeparator: \.isWhitespace).map { bare($0).lowercased() }.contains { word in
            guard word == "%" || word.contains(where: \.isLetter), !linkWords.contains(word) else { return false }
            return sameNoun(word, written)
        }
        return repeats ? first : nil
    }

    /// Equal, or one the other with a plural ending: `melding`, `meldingen`; `procent`, `procenten`.
    private static func sameNoun(_ one: String, _ other: String) -> Bool {
        let (short, long) = one.count <= other.count ? (one, other) : (other, one)
        return long == short || ["en", "n", "s", "'s"].contains { long == short + $0 }
    }

    /// A word without the punctuation around it: `meldingen.` is `meldingen`; `%` stays.
    private static func bare(_ word: Substring) -> String {
        String(word.drop { punctuation.contains($0) }.reversed().drop { punctuation.contains($0) }.reversed())
    }
}
