/// Finds the known key an author probably meant, for "bedoelde u `titel`?".
public enum KeySuggestion {
    /// English and common alternative names that are too far from the Dutch key for edit distance.
    static let aliases: [String: String] = [
        "title": "titel", "summary": "samenvatting", "date": "vastgesteld_op", "adopted": "vastgesteld_op",
        "vastgesteld": "vastgesteld_op", "datum": "vastgesteld_op", "region": "regio", "municipality": "gemeente",
        "period": "periode", "from": "van", "to": "tot", "source": "bron", "value": "waarde", "unit": "eenheid",
        "year": "jaar", "tags": "trefwoorden", "keywords": "trefwoorden", "themes": "themas", "thema": "themas",
        "version": "versie", "name": "naam", "previous": "vorige", "frameworks": "kaders", "kind": "soort",
        "scale": "schaal", "figures": "cijfers", "description": "omschrijving", "language": "taal",
        "municipalities": "gemeenten", "label": "label", "note": "toelichting", "base_url": "basis_url",
    ]

    public static func suggestion(for key: String, among known: [String]) -> String? {
        let lowered = key.lowercased()
        if let alias = aliases[lowered], known.contains(alias) { return alias }
        let scored = known.map { ($0, distance(lowered, $0)) }.filter { $0.1 <= allowedDistance(for: $0.0) }
        return scored.min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }

    /// Short names allow one edit; longer ones two or three, so `visei` still finds `visie`.
    static func allowedDistance(for name: String) -> Int {
        name.count <= 3 ? 1 : max(2, min(3, name.count / 3))
    }

    /// Levenshtein distance over characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
