/// Every document's search terms with their weights, each term string stored once. At 10,000
/// documents a dictionary of strings per document was 200 MB at the end of a build; a term here is
/// an index into `terms` packed with its weight in one `UInt32` (4 million postings, 16 MB).
struct TermTable: Sendable {
    /// Term by id, in the order they were first met (documents in path order, so ids are stable).
    private(set) var terms: [String] = []
    private var ids: [String: UInt32] = [:]
    /// How many terms the table takes: what fits in the id's bits, unless a test asks for fewer.
    let capacity: Int

    init(capacity: Int = TermTable.maxTerms) {
        self.capacity = min(capacity, Self.maxTerms)
    }

    /// One document's terms: `id << weightBits | weight`, by id.
    typealias Weights = [UInt32]

    /// Bits of a packed term that hold its weight. A document weighs at most `SearchIndex.documentCap`
    /// for a term; a place's page a few times `nameWeight` for the words of its name.
    static let weightBits = 10
    static let maxWeight = (1 << weightBits) - 1
    /// Terms a table takes: four million, where 10,000 documents of policy text have tens of
    /// thousands. Terms met after that are not indexed (a search does not find them); the site is built.
    static let maxTerms = 1 << (32 - weightBits)

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
                guard terms.count < capacity else { continue }
                id = UInt32(terms.count)
                ids[term] = id
                terms.append(term)
            }
            packed.append(id << Self.weightBits | UInt32(min(max(weight, 0), Self.maxWeight)))
        }
        return packed.sorted()
    }

    static func id(_ packed: UInt32) -> Int { Int(packed >> weightBits) }
    static func weight(_ packed: UInt32) -> Int { Int(packed & UInt32(maxWeight)) }
}
