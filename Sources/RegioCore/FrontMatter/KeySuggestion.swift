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
        let scored = known.compactMap { name -> (String, Int)? in
            let allowed = allowedDistance(for: name)
            return distance(lowered, name, atMost: allowed).map { (name, $0) }
        }
        if let nearest = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) })?.0 { return nearest }
        // `kindermishand`: the start of one name, cut off or left unfinished.
        let completed = known.filter { $0.hasPrefix(lowered) }
        if lowered.count >= 4, completed.count == 1 { return completed[0] }
        // `periode_tot`, `bron.url`: a key written out with a part of its value.
        return known.filter { name in ["_", "-", "."].contains { lowered.hasPrefix(name + $0) } }.max { $0.count < $1.count }
    }

    /// The known id that keeps every word of `id`, or whose words `id` all keeps, in order
    /// (`bereik-van-veilig-thuis` for `bereik-veilig-thuis`): an id renamed by a word added or
    /// dropped, too far for edit distance. The nearest of several; nil when none.
    public static func reworded(_ id: String, among known: [String]) -> String? {
        let words = id.lowercased().split(separator: "-")
        return known.filter { name in
            let other = name.split(separator: "-")
            return words.count != other.count && (keepsInOrder(other, words) || keepsInOrder(words, other))
        }.min { (distance(id, $0), $0) < (distance(id, $1), $1) }
    }

    /// Whether every one of `part` stands in `whole`, in the same order.
    private static func keepsInOrder(_ whole: [Substring], _ part: [Substring]) -> Bool {
        var rest = whole[...]
        for word in part {
            guard let index = rest.firstIndex(of: word) else { return false }
            rest = rest[(index + 1)...]
        }
        return !part.isEmpty
    }

    /// Short names allow one edit; longer ones two or three, so `visei` still finds `visie`.
    static func allowedDistance(for name: String) -> Int {
        name.count <= 3 ? 1 : max(2, min(3, name.count / 3))
    }

    /// Levenshtein distance over characters.
    static func distance(_ a: String, _ b: String) -> Int {
        distance(a, b, atMost: .max) ?? .max
    }

    /// The distance when it is at most `limit`, else nil. It gives up as soon as a whole row of the
    /// table exceeds the limit (no later row can be smaller), and when the lengths alone differ by
    /// more: suggestions only want near names, and a content folder has thousands to compare.
    static func distance(_ a: String, _ b: String, atMost limit: Int) -> Int? {
        let a = Array(a), b = Array(b)
        guard abs(a.count - b.count) <= limit else { return nil }
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
