import Foundation

/// One document, or the page of a region, municipality or theme, as the search finds and shows it.
struct SearchEntry {
    let title: String
    /// Relative to the search page.
    var url: String
    let kind: String
    let place: String
    let summary: String
    /// `concept` or `vervallen`, shown beside the result; nil for an adopted document, the usual case,
    /// so that the document blocks a search loads stay small.
    var status: String? = nil
    /// Each term with its weight in this document (`SearchIndex.weights`, packed by `TermTable`),
    /// computed once per document and shared by every search page that lists it.
    var terms: TermTable.Weights
}

/// The search index of one search page, written at build time as small scripts that a browser loads
/// with `<script>` tags: that works from `file://`, where browsers refuse `fetch`. Terms are sharded by
/// their first two letters and documents in blocks, so a query loads a few small files, not the index.
///
/// Files (the format `assets/zoeken.js` reads):
/// - `index.js`: `regioZoeken.index({versie, blok, aantal, delen, stopwoorden})`
/// - `documenten-K.js`: `regioZoeken.documenten(K, [[titel, url, soort, plaats, samenvatting, status?], …])`,
///   the status only for a document that is not adopted (`concept`, `vervallen`); the pages of regions,
///   municipalities and themes after the documents, with their kind as `soort`
/// - `termen-X.js`: `regioZoeken.termen("X", {term: [document, gewicht, …]})`, best first; X is the
///   first `sleutel` letters of the term: one for a small site (few files), two from 1,000 documents
///   (small files)
/// - `woorden.js`: `regioZoeken.woorden([term, …])`, the terms most documents have, most first: a
///   query word with a typo in its first letters is looked for there, as its own shard has no near term
struct SearchIndex {
    static let blockSize = 500
    /// A term keeps its best documents only. Far more than a reader looks at (the page shows 50), so a
    /// query of two words still finds the documents that have both; it bounds the size of the words
    /// that every document uses at 10,000 documents.
    static let postingsPerTerm = 1_000

    /// How much one occurrence counts, by where it stands; the body's count is capped so that a long
    /// text does not outweigh a title. A word of the title outweighs the capped body and a heading
    /// together: a reader who types "veilig thuis" means the factsheet of that name before the visions
    /// that name Veilig Thuis on every page.
    static let titleWeight = 30, headingWeight = 5, summaryWeight = 3, bodyCap = 20
    /// What the page of a region or municipality weighs for the words of its name: more than any
    /// document can weigh for a word (`documentCap`), however often its title, headings, summary and
    /// body name the place. A reader who types "Haaglanden" or "Emmen" gets the place's page first,
    /// which leads to its vision, plans and figures; the documents follow. Not much more, though: for
    /// "regiovisie haaglanden" the vision, with both words in its title, comes before the region page
    /// whose description mentions its vision.
    static let nameWeight = 100
    /// The most a document weighs for one word: a plan with "Delft" in ten headings stays below the
    /// page of Delft.
    static let documentCap = nameWeight - 1

    /// Letters of a term that name its shard.
    var keyLength: Int { entries.count >= 1000 ? 2 : 1 }

    let entries: [SearchEntry]
    let stopwords: Set<String>
    /// The term strings behind the ids in `entries`.
    let table: TermTable

    /// The index files by name, in name order.
    func files() -> [(name: String, data: Data)] {
        var all: [(name: String, data: Data)] = []
        files { all += $0 }
        return all.sorted { $0.name < $1.name }
    }

    /// The index files handed to `deliver` a group of shards at a time, then the others, so that a
    /// build never holds a whole index: the root's is 10 MB at 10,000 documents.
    func files(_ deliver: ([(name: String, data: Data)]) -> Void) {
        // The shard of every term this index has (by term id), and how many postings each shard gets:
        // counted by id first, as a shard's name is a string to hash.
        var postingsOfTerm = [Int](repeating: 0, count: table.terms.count)
        for entry in entries {
            for packed in entry.terms { postingsOfTerm[TermTable.id(packed)] += 1 }
        }
        var shardOfTerm = [String?](repeating: nil, count: table.terms.count)
        var postingCount: [String: Int] = [:]
        for (id, count) in postingsOfTerm.enumerated() where count > 0 {
            let key = String(table.terms[id].prefix(keyLength))
            shardOfTerm[id] = key
            postingCount[key, default: 0] += count
        }
        // Shards are filled a group at a time, each group in one pass over the entries, so that the
        // postings of the root index (3 million at 10,000 documents) are never all in memory at once.
        let keys = postingCount.keys.sorted()
        var groupOfKey: [String: Int] = [:]
        var groupCount = 0, inGroup = 0
        for key in keys {
            if inGroup >= Self.postingsPerGroup || groupCount == 0 { groupCount += 1; inGroup = 0 }
            groupOfKey[key] = groupCount - 1
            inGroup += postingCount[key] ?? 0
        }
        let groupOfTerm = shardOfTerm.map { key in key.flatMap { groupOfKey[$0] } ?? -1 }
        for group in 0..<groupCount {
            deliver(termFiles(group: group, groupOfTerm: groupOfTerm, shardOfTerm: shardOfTerm))
        }
        var files: [(name: String, data: Data)] = [("woorden.js", vocabulary(postingsOfTerm))]
        var header = JSONText("regioZoeken.index(")
        header.raw("{\"aantal\":\(entries.count),\"blok\":\(Self.blockSize),\"delen\":")
        header.array(keys) { $0.string($1) }
        header.raw(",\"sleutel\":\(keyLength),\"stopwoorden\":")
        header.array(stopwords.sorted()) { $0.string($1) }
        header.raw(",\"versie\":1});\n")
        files.append(("index.js", Data(header.bytes)))
        for start in stride(from: 0, to: entries.count, by: Self.blockSize) {
            var block = JSONText("regioZoeken.documenten(\(start / Self.blockSize), ")
            block.array(entries[start..<min(start + Self.blockSize, entries.count)]) { json, entry in
                json.array([entry.title, entry.url, entry.kind, entry.place, entry.summary] + (entry.status.map { [$0] } ?? [])) { $0.string($1) }
            }
            block.raw(");\n")
            files.append(("documenten-\(start / Self.blockSize).js", Data(block.bytes)))
        }
        deliver(files)
    }

    /// The words a suggestion is looked for in when a typo is in the first letters: enough for the
    /// words of the domain, few enough to load at once (30 KB at 10,000 documents).
    static let vocabularySize = 3_000

    /// The `vocabularySize` terms of three letters or more that most entries have, most first (then
    /// alphabetically, for the same bytes every build).
    private func vocabulary(_ postingsOfTerm: [Int]) -> Data {
        let ids = postingsOfTerm.indices.filter { postingsOfTerm[$0] > 0 && table.terms[$0].utf8.count >= 3 }
            .sorted { (postingsOfTerm[$1], table.terms[$0]) < (postingsOfTerm[$0], table.terms[$1]) }
        var words = JSONText("regioZoeken.woorden(")
        words.array(ids.prefix(Self.vocabularySize)) { $0.string(table.terms[$1]) }
        words.raw(");\n")
        return Data(words.bytes)
    }

    /// Postings gathered per pass: 2 MB of them. The root's index of 10,000 documents takes some
    /// sixteen passes over its entries' terms; with a million a pass, four, and 8 MB more memory.
    static let postingsPerGroup = 250_000

    /// The term files of the shards in `group`, each term's postings best first.
    private func termFiles(group: Int, groupOfTerm: [Int], shardOfTerm: [String?]) -> [(name: String, data: Data)] {
        // Per term id: `(UInt32.max - weight) << 32 | document`, so that ascending order is best first
        // (highest weight, then the earlier document).
        // Indexed by term id rather than hashed: this loop sees every posting of the folder.
        var postings = [[UInt64]](repeating: [], count: groupOfTerm.count)
        var used: [Int] = []
        for (document, entry) in entries.enumerated() {
            for packed in entry.terms where groupOfTerm[TermTable.id(packed)] == group {
                let id = TermTable.id(packed)
                if postings[id].isEmpty { used.append(id) }
                postings[id].append(UInt64(UInt32.max - UInt32(TermTable.weight(packed))) << 32 | UInt64(document))
            }
        }
        var shards: [String: [Int]] = [:]
        for id in used { shards[shardOfTerm[id] ?? "", default: []].append(id) }
        return shards.map { key, ids in
            var shard = JSONText("regioZoeken.termen(\"\(key)\", ")
            shard.object(ids.map { (table.terms[$0], $0) }.sorted { $0.0 < $1.0 }) { json, id in
                json.array(postings[id].sorted().prefix(Self.postingsPerTerm)) { json, posting in
                    json.int(Int(posting & 0xFFFF_FFFF))
                    json.raw(",")
                    json.int(Int(UInt32.max - UInt32(posting >> 32)))
                }
            }
            shard.raw(");\n")
            return ("termen-\(key).js", Data(shard.bytes))
        }
    }

    /// What a document weighs for each term. Keywords (`trefwoorden`) are chosen to be found, so they
    /// weigh as headings; where a document belongs ("Den Haag", "landelijk") weighs as the summary.
    ///
    /// A superseded document (`vervallen`) weighs half, so that it comes after the version that
    /// replaced it and after current documents that say as much; it is still found, as a reader may
    /// look for what the region decided before.
    /// `titleCount` is what a word of the title weighs: `nameWeight` for the name of a place's page.
    static func weights(title: String, titleCount: Int = titleWeight, headings: [String], keywords: [String], summary: String, place: String,
                        text: String, isSuperseded: Bool = false, stopwords: Set<String>) -> [String: Int] {
        var counter = TermCounter()
        counter.add(title, weight: titleCount)
        (headings + keywords).forEach { counter.add($0, weight: headingWeight) }
        counter.add(summary, weight: summaryWeight)
        counter.add(place, weight: summaryWeight)
        counter.addBody(text)
        let weights = counter.weights(stopwords: stopwords, bodyCap: bodyCap)
        let capped = titleCount == nameWeight ? weights : weights.mapValues { min($0, documentCap) }
        return isSuperseded ? capped.mapValues { ($0 + 1) / 2 } : capped
    }
}
