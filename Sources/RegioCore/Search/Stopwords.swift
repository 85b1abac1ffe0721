/// Words too common to find anything with; leaving them out keeps the index small. The list travels
/// with the index, so the search script ignores the same words in a query. Question words are on it:
/// a reader types "hoeveel meldingen", and a document that happens to say "hoeveel" is not what they mean.
enum Stopwords {
    static func list(for language: SiteSettings.Language) -> Set<String> {
        switch language {
        case .nl: dutch
        case .en: english.union(dutch)
        }
    }

    private static let dutch: Set<String> = [
        "aan", "al", "als", "bij", "dan", "dat", "de", "deze", "die", "dit", "door", "en", "er", "een", "geen",
        "had", "heb", "hebben", "heeft", "het", "hij", "hoe", "hun", "ik", "in", "is", "je", "kan", "kunnen",
        "maar", "me", "meer", "met", "na", "naar", "niet", "nog", "nu", "of", "om", "onder", "ons", "ook", "op",
        "over", "te", "tot", "tussen", "uit", "van", "voor", "was", "wat", "we", "wel", "werd", "wij", "wordt",
        "worden", "zal", "ze", "zich", "zij", "zijn", "zo", "zoals",
        // Question words.
        "hoeveel", "hoelang", "waar", "waarom", "waarmee", "waarover", "waarvoor", "wanneer", "welk", "welke", "wie", "wiens",
    ]

    private static let english: Set<String> = [
        "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "is", "it", "its", "of",
        "on", "or", "that", "the", "this", "to", "was", "were", "which", "with",
        "how", "what", "when", "where", "who", "whom", "whose", "why",
    ]
}
