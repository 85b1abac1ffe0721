/// Every document's search terms with their weights, each term string stored once. At 10,000
/// documents a dictionary of strings per document was 200 MB at the end of a build; a term here is
/// an index into `terms` packed with its weight in one `UInt64`.
struct TermTable: Sendable {
    /// Term by id, in the order they were first met (documents in path order, so ids are stable).
    private(set) var terms: [String] = []
    private var ids: [String: UInt32] = [:]

    /// One document's terms: `id << 32 | weight`, by id.
    typealias Weights = [UInt64]

    /// Interns `weights` (a document's term → weight) and returns its packed form.
    mutating func add(_ weights: [String: Int]) -> Weights {
        add(sorted: Self.sorted(weights))
    }

    /// A document's terms in the order ids are handed out for them: by term, so that the order does
    /// not depend on hashing. Apart from `add`, so that it can run on every core.
    static func sorted(_ weights: [String: Int]) -> [(key: String, value: Int)] {
        weights.sorted { $0.key < $1.key }
    }

    /// Interns terms sorted by `sorted` and returns their packed form.
    mutating func add(sorted weights: [(key: String, value: Int)]) -> Weights {
        var packed: Weights = []
        packed.reserveCapacity(weights.count)
        for (term, weight) in weights {
            let id: UInt32
            if let known = ids[term] {
                id = known
            } else {
                id = UInt32(terms.count)
                ids[term] = id
                terms.append(term)
            }
            packed.append(UInt64(id) << 32 | UInt64(UInt32(clamping: weight)))
        }
        return packed.sorted()
    }

    static func id(_ packed: UInt64) -> Int { Int(packed >> 32) }
    static func weight(_ packed: UInt64) -> Int { Int(packed & 0xFFFF_FFFF) }
}
