import Foundation

/// How text becomes search terms. `assets/zoeken.js` folds queries the same way, so the two must
/// change together: lowercase, compatibility decomposition (so `ĳ` becomes `ij`), accents dropped,
/// then runs of `a`–`z` and `0`–`9`; terms shorter than two letters are not kept.
enum SearchText {
    static let minimumLength = 2

    static func fold(_ text: String) -> String {
        let decomposed = text.lowercased().decomposedStringWithCompatibilityMapping
        return String(String.UnicodeScalarView(decomposed.unicodeScalars.filter { !(0x300...0x36F).contains($0.value) }))
    }

    /// The folded terms of `text`, in order, stopwords included (the index decides what to drop).
    static func terms(_ text: String) -> [String] {
        var terms: [String] = []
        var current = ""
        for scalar in fold(text).unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                if current.count >= minimumLength { terms.append(current) }
                current = ""
            }
        }
        if current.count >= minimumLength { terms.append(current) }
        return terms
    }
}
