/// A document's terms with their weights, counted by their bytes: a `String` is made, hashed and
/// looked up in the stop list once per distinct term, not once per word. At 10,000 documents the
/// words of the bodies are millions and their distinct terms a fraction of that; counting them in
/// dictionaries of strings was a third of the time of the search stage.
struct TermCounter {
    private struct Entry {
        let start: Int
        let length: Int
        let hash: UInt64
        /// The weight from where it stands outside the body (title, headings, summary).
        var weight = 0
        /// How often it stands in the body.
        var inBody = 0
    }

    /// The bytes of every distinct term, one after the other.
    private var bytes: [UInt8] = []
    private var entries: [Entry] = []
    /// Open addressing: the index into `entries` of the term in each slot, -1 when empty. Its count
    /// is a power of two, at least twice `entries.count`.
    private var slots = [Int32](repeating: -1, count: 512)

    /// Adds `weight` for each term of `text`.
    mutating func add(_ text: String, weight: Int) {
        SearchText.forEachTerm(in: text) { self.update($0) { $0.weight += weight } }
    }

    /// Counts each term of `text` as standing in the body.
    mutating func addBody(_ text: String) {
        SearchText.forEachTerm(in: text) { self.update($0) { $0.inBody += 1 } }
    }

    /// Each term but the stop words, with its weight: what it has from outside the body, and its
    /// count in the body up to `bodyCap`.
    func weights(stopwords: Set<String>, bodyCap: Int) -> [String: Int] {
        var weights: [String: Int] = [:]
        weights.reserveCapacity(entries.count)
        for entry in entries {
            let term = String(decoding: bytes[entry.start..<entry.start + entry.length], as: UTF8.self)
            guard !stopwords.contains(term) else { continue }
            weights[term] = entry.weight + min(entry.inBody, bodyCap)
        }
        return weights
    }

    private mutating func update(_ term: UnsafeBufferPointer<UInt8>, _ change: (inout Entry) -> Void) {
        // FNV-1a: cheap, and good enough for a table that compares the bytes on every hit.
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in term { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let index = Int(slots[slot])
            let entry = entries[index]
            if entry.hash == hash, entry.length == term.count, bytes[entry.start..<entry.start + entry.length].elementsEqual(term) {
                change(&entries[index])
                return
            }
            slot = (slot + 1) & mask
        }
        var entry = Entry(start: bytes.count, length: term.count, hash: hash)
        change(&entry)
        bytes.append(contentsOf: term)
        slots[slot] = Int32(entries.count)
        entries.append(entry)
        if entries.count * 2 > slots.count { grow() }
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }
}
