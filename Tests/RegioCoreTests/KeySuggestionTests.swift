import Testing
@testable import RegioCore

@Suite("Suggesties: afstand tussen namen")
struct KeySuggestionTests {
    /// The textbook table, as a reference that shares no code with the one under test.
    private func reference(_ a: [Character], _ b: [Character]) -> Int {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in stride(from: 1, through: a.count, by: 1) {
            for j in stride(from: 1, through: b.count, by: 1) {
                table[i][j] = Swift.min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
        }
        return table[a.count][b.count]
    }

    @Test("met een grens: dezelfde afstand als de hele tabel binnen de grens, nil erbuiten; ook leeg en met accenten")
    func boundedDistance() {
        let words = ["", "a", "visie", "visei", "regiovisie", "regiovisie-2023-2026", "regiovisie-2023-2027", "beleidsplan", "beleidsplannen",
                     "café", "cafe", "vastgesteld_op", "vastgesteld", "themas", "thema's", "ĳs", "ijs"]
        for a in words {
            for b in words {
                let full = reference(Array(a), Array(b))
                #expect(KeySuggestion.distance(a, b) == full, "\(a) \(b)")
                for limit in 0...4 {
                    #expect(KeySuggestion.distance(a, b, atMost: limit) == (full <= limit ? full : nil), "\(a) \(b) \(limit)")
                }
            }
        }
    }

    @Test("een naam die afgebroken is, vindt de enige naam die zo begint; een te kort of dubbelzinnig begin niets")
    func unfinishedName() {
        let themes = ["kindermishandeling", "partnergeweld", "plegeraanpak", "preventie", "ouderenmishandeling"]
        #expect(KeySuggestion.suggestion(for: "kindermishand", among: themes) == "kindermishandeling")
        #expect(KeySuggestion.suggestion(for: "Partner", among: themes) == "partnergeweld")
        #expect(KeySuggestion.suggestion(for: "pleg", among: themes) == "plegeraanpak")
        #expect(KeySuggestion.suggestion(for: "p", among: themes) == nil)
        #expect(KeySuggestion.suggestion(for: "pre", among: ["preventie", "prevalentie"]) == nil)
        #expect(KeySuggestion.suggestion(for: "prev", among: ["preventie", "prevalentie"]) == nil)
    }
}
