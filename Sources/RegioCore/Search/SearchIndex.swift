import Foundation

/// One document as the search finds and shows it.
struct SearchEntry {
    let title: String
    /// Relative to the search page.
    let url: String
    let kind: String
    let place: String
    let summary: String
    /// Each term with its weight in this document (`SearchIndex.weights`, packed by `TermTable`),
    /// computed once per document and shared by every search page that lists it.
    let terms: TermTable.Weights
}

/// The search index of one search page, written at build time as small scripts that a browser loads
/// with `<script>` tags: that works from `file://`, where browsers refuse `fetch`. Terms are sharded by
/// their first two letters and documents in blocks, so a query loads a few small files, not the index.
///
/// Files (the format `assets/zoeken.js` reads):
/// - `index.js`: `regioZoeken.index({versie, blok, aantal, delen, stopwoorden})`
/// - `documenten-K.js`: `regioZoeken.documenten(K, [[titel, url, soort, plaats, samenvatting], …])`
/// - `termen-X.js`: `regioZoeken.termen("X", {term: [document, gewicht, …]})`, best first; X is the
///   first `sleutel` letters of the term: one for a small site (few files), two from 1,000 documents
///   (small files)
struct SearchIndex {
    static let blockSize = 500
    /// A term keeps its best documents only. Far more than a reader looks at (the page shows 50), so a
    /// query of two words still finds the documents that have both; it bounds the size of the words
    /// that every document uses at 10,000 documents.
    static let postingsPerTerm = 1_000

    /// How much one occurrence counts, by where it stands; the body's count is capped so that a long
    /// text does not outweigh a title.
    static let titleWeight = 10, headingWeight = 5, summaryWeight = 3, bodyCap = 20

    /// Letters of a term that name its shard.
    var keyLength: Int { entries.count >= 1000 ? 2 : 1 }

    let entries: [SearchEntry]
    let stopwords: Set<String>
    /// The term strings behind the ids in `entries`.
    let table: TermTable

    /// The index files by name, in name order.
    func files() -> [(name: String, data: Data)] {
        // Per term id: `(UInt32.max - weight) << 32 | document`, so that ascending order is best first
        // (highest weight, then the earlier document).
        var postings: [Int: [UInt64]] = [:]
        for (document, entry) in entries.enumerated() {
            for packed in entry.terms {
                postings[TermTable.id(packed), default: []].append(UInt64(UInt32.max - UInt32(TermTable.weight(packed))) << 32 | UInt64(document))
            }
        }
        // Term ids by shard; each shard's postings are sorted and written when its file is, so the
        // index never holds every term's list twice (the root's is most of a build's memory at its end).
        var shards: [String: [Int]] = [:]
        for id in postings.keys { shards[String(table.terms[id].prefix(keyLength)), default: []].append(id) }
        var files: [(String, Data)] = []
        var header = JSONText("regioZoeken.index(")
        header.raw("{\"aantal\":\(entries.count),\"blok\":\(Self.blockSize),\"delen\":")
        header.array(shards.keys.sorted()) { $0.string($1) }
        header.raw(",\"sleutel\":\(keyLength),\"stopwoorden\":")
        header.array(stopwords.sorted()) { $0.string($1) }
        header.raw(",\"versie\":1});\n")
        files.append(("index.js", Data(header.bytes)))
        for start in stride(from: 0, to: entries.count, by: Self.blockSize) {
            var block = JSONText("regioZoeken.documenten(\(start / Self.blockSize), ")
            block.array(entries[start..<min(start + Self.blockSize, entries.count)]) { json, entry in
                json.array([entry.title, entry.url, entry.kind, entry.place, entry.summary]) { $0.string($1) }
            }
            block.raw(");\n")
            files.append(("documenten-\(start / Self.blockSize).js", Data(block.bytes)))
        }
        for (key, ids) in shards {
            var shard = JSONText("regioZoeken.termen(\"\(key)\", ")
            shard.object(ids.map { (table.terms[$0], $0) }.sorted { $0.0 < $1.0 }) { json, id in
                json.array((postings[id] ?? []).sorted().prefix(Self.postingsPerTerm)) { json, posting in
                    json.int(Int(posting & 0xFFFF_FFFF))
                    json.raw(",")
                    json.int(Int(UInt32.max - UInt32(posting >> 32)))
                }
            }
            shard.raw(");\n")
            files.append(("termen-\(key).js", Data(shard.bytes)))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    /// What a document weighs for each term. Keywords (`trefwoorden`) are chosen to be found, so they
    /// weigh as headings; where a document belongs ("Den Haag", "landelijk") weighs as the summary.
    static func weights(title: String, headings: [String], keywords: [String], summary: String, place: String, text: String,
                        stopwords: Set<String>) -> [String: Int] {
        var weights: [String: Int] = [:]
        func add(_ text: String, _ weight: Int) {
            for term in SearchText.terms(text) where !stopwords.contains(term) { weights[term, default: 0] += weight }
        }
        add(title, titleWeight)
        (headings + keywords).forEach { add($0, headingWeight) }
        add(summary + " " + place, summaryWeight)
        var body: [String: Int] = [:]
        for term in SearchText.terms(text) where !stopwords.contains(term) { body[term, default: 0] += 1 }
        for (term, count) in body { weights[term, default: 0] += min(count, bodyCap) }
        return weights
    }
}
