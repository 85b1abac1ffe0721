import RegioMarkdown

/// Decides whether a heading is one of a requirement's accepted section names. Both are folded the
/// way heading ids are (case, accents and punctuation do not count) and leading numbering such as
/// `3.2` is ignored. A heading also matches when it starts with the name as whole words, so that
/// `Analyse: aard en omvang` counts as `Analyse` and `Meldcode en afwegingskader 2019` as
/// `Meldcode en afwegingskader`.
enum HeadingMatcher {
    static func fold(_ text: String) -> String {
        let words = HeadingIDMaker.slug(text).split(separator: "-")
        return words.drop { $0.allSatisfy(\.isNumber) }.joined(separator: "-")
    }

    static func matches(_ heading: String, name: String) -> Bool {
        let heading = fold(heading), name = fold(name)
        return !name.isEmpty && (heading == name || heading.hasPrefix(name + "-"))
    }

    /// The heading that looks most like one of `names` without matching, for a "did you mean".
    static func nearMiss(among headings: [DocumentHeading], names: [String]) -> (heading: DocumentHeading, name: String)? {
        var best: (heading: DocumentHeading, name: String, distance: Int)?
        for heading in headings {
            let folded = fold(heading.text)
            for name in names {
                let distance = KeySuggestion.distance(folded, fold(name))
                guard distance <= max(2, fold(name).count / 5), distance < best?.distance ?? .max else { continue }
                best = (heading, name, distance)
            }
        }
        return best.map { ($0.heading, $0.name) }
    }
}
