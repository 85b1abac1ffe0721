import RegioMarkdown

/// Decides whether a heading is one of a requirement's accepted section names. Both are folded the
/// way heading ids are (case, accents and punctuation do not count) and leading numbering such as
/// `3.2` is ignored. A heading also matches when it starts with the name as whole words, so that
/// `Analyse: aard en omvang` counts as `Analyse` and `Meldcode en afwegingskader 2019` as
/// `Meldcode en afwegingskader`.
///
/// A document's headings are folded once (`FoldedHeading`) and compared with every requirement;
/// folding per comparison was most of `regio check` at 10,000 documents.
enum HeadingMatcher {
    struct FoldedHeading {
        let heading: DocumentHeading
        let folded: String
    }

    /// A heading as it is compared: its slug without a leading chapter number (`2.1 Preventie`) or
    /// article (`Het advies- en meldpunt`, `De meldcode`), which name the same chapter.
    static func fold(_ text: String) -> String {
        // A slug's words are joined by single hyphens, so most headings, which start with neither,
        // are their slug as it is, without a new string: every heading of every document comes here.
        // Only the first words are looked at: splitting the whole slug was 1.5% of a check.
        let slug = HeadingIDMaker.slug(text)
        var rest = slug[...]
        while let word = firstWord(of: rest), word.allSatisfy(\.isNumber) { rest = after(word, in: rest) }
        if let word = firstWord(of: rest), word.endIndex < rest.endIndex, articles.contains(where: { $0 == word }) { rest = after(word, in: rest) }
        return rest.startIndex == slug.startIndex ? slug : String(rest)
    }

    private static func firstWord(of slug: Substring) -> Substring? {
        slug.isEmpty ? nil : slug[..<(slug.firstIndex(of: "-") ?? slug.endIndex)]
    }

    private static func after(_ word: Substring, in slug: Substring) -> Substring {
        word.endIndex == slug.endIndex ? slug[slug.endIndex...] : slug[slug.index(after: word.endIndex)...]
    }

    static let articles = ["de", "het", "een", "the", "a", "an"]

    static func fold(_ headings: [DocumentHeading]) -> [FoldedHeading] {
        headings.map { FoldedHeading(heading: $0, folded: fold($0.text)) }
    }

    /// The heading that matches one of `names` (already folded) and passes `filter`: the first that is
    /// the name itself, else the first that starts with it. A chapter `Veilig Thuis` is the proof,
    /// not a paragraph `Veilig Thuis landelijk` of figures that happens to come before it.
    static func firstMatch(
        in headings: [FoldedHeading], foldedNames names: [String], where filter: (DocumentHeading) -> Bool = { _ in true }
    ) -> DocumentHeading? {
        var firstLonger: DocumentHeading?
        for candidate in headings where filter(candidate.heading) {
            for name in names where matches(folded: candidate.folded, foldedName: name) {
                if candidate.folded.utf8.count == name.utf8.count { return candidate.heading }
                if firstLonger == nil { firstLonger = candidate.heading }
            }
        }
        return firstLonger
    }

    static func matches(folded heading: String, foldedName name: String) -> Bool {
        // Compared as bytes, without making `name + "-"` for each of a document's headings.
        let heading = heading.utf8, name = name.utf8
        guard !name.isEmpty, heading.starts(with: name) else { return false }
        return heading.count == name.count || heading.dropFirst(name.count).first == 0x2D
    }

    /// The heading that looks most like one of `names` without matching, for a "did you mean": a
    /// name with a typo, or a name with words before it (`Onze visie` for `Visie`), which does not
    /// count because a heading must start with the name.
    static func nearMiss(among headings: [FoldedHeading], names: [String]) -> (heading: DocumentHeading, name: String)? {
        var best: (heading: DocumentHeading, name: String, distance: Int)?
        let foldedNames = names.map { ($0, fold($0)) }
        for candidate in headings {
            for (name, folded) in foldedNames {
                let wordsBefore = !folded.isEmpty && (candidate.folded.hasSuffix("-" + folded) || candidate.folded.contains("-" + folded + "-"))
                guard let distance = wordsBefore ? 1 : KeySuggestion.distance(candidate.folded, folded, atMost: max(2, folded.count / 5)),
                      distance < best?.distance ?? .max else { continue }
                best = (candidate.heading, name, distance)
            }
        }
        return best.map { ($0.heading, $0.name) }
    }
}
