import Foundation

/// The one rule by which text is compared without case and accents: heading ids (and so anchors, slugs
/// and checklist section names) and search terms fold alike, so a heading "Ĳsselland" has the id a
/// search for "ijsselland" finds. `assets/zoeken.js` folds queries by the same rule.
///
/// Lowercase, then compatibility decomposition (`ĳ` becomes `ij`, `ﬁ` `fi`, `²` `2`), combining marks
/// dropped (`é` becomes `e`), and `ß` written `ss`, as Dutch and German readers type it.
public enum TextFolding {
    public static func fold(_ text: String) -> String {
        let decomposed = text.lowercased().decomposedStringWithCompatibilityMapping
        var folded = String.UnicodeScalarView()
        for scalar in decomposed.unicodeScalars where !(0x300...0x36F).contains(scalar.value) {
            if scalar == "ß" { folded.append(contentsOf: "ss".unicodeScalars) } else { folded.append(scalar) }
        }
        return String(folded)
    }
}
