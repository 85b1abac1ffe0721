/// The words added and removed between two versions of a section, by Myers' diff (`MyersDiff`),
/// merged into runs a reader can follow.
struct WordDiff: Equatable {
    enum Kind: Equatable { case same, added, removed }

    struct Run: Equatable {
        let kind: Kind
        let words: [String]
    }

    let runs: [Run]

    var addedCount: Int { runs.filter { $0.kind == .added }.reduce(0) { $0 + $1.words.count } }
    var removedCount: Int { runs.filter { $0.kind == .removed }.reduce(0) { $0 + $1.words.count } }
    var hasChanges: Bool { runs.contains { $0.kind != .same } }

    init(old: [String], new: [String]) {
        // Words both versions start and end with are the same run without asking Myers: most edits
        // touch a few sentences, and the diff's cost grows with the length it is given.
        let prefix = zip(old, new).prefix { $0 == $1 }.count
        let suffix = zip(old.dropFirst(prefix).reversed(), new.dropFirst(prefix).reversed()).prefix { $0 == $1 }.count
        let oldMiddle = Array(old[prefix..<(old.count - suffix)]), newMiddle = Array(new[prefix..<(new.count - suffix)])
        var removed = Set(prefix..<(old.count - suffix)), inserted = Set(prefix..<(new.count - suffix))
        if !Self.isRewrite(oldMiddle, newMiddle) {
            // Myers compares words many times over; whole numbers compare far faster than strings.
            var ids: [String: Int32] = [:]
            func id(_ word: String) -> Int32 {
                if let known = ids[word] { return known }
                let next = Int32(ids.count)
                ids[word] = next
                return next
            }
            let oldIDs = oldMiddle.map(id), newIDs = newMiddle.map(id)
            if let edits = MyersDiff.edits(from: oldIDs, to: newIDs, maxEdits: Self.maxEdits) {
                removed = Set(edits.removed.map { $0 + prefix })
                inserted = Set(edits.inserted.map { $0 + prefix })
            }
        }
        // Walk both versions at once: removals come before the insertions that replace them.
        var runs: [Run] = []
        var kind = Kind.same, words: [String] = []
        func append(_ next: Kind, _ word: String) {
            if next != kind, !words.isEmpty {
                runs.append(Run(kind: kind, words: words))
                words.removeAll()
            }
            kind = next
            words.append(word)
        }
        var oldIndex = 0, newIndex = 0
        while oldIndex < old.count || newIndex < new.count {
            if oldIndex < old.count, removed.contains(oldIndex) {
                append(.removed, old[oldIndex]); oldIndex += 1
            } else if newIndex < new.count, inserted.contains(newIndex) {
                append(.added, new[newIndex]); newIndex += 1
            } else {
                if newIndex < new.count { append(.same, new[newIndex]) }
                oldIndex += 1; newIndex += 1
            }
        }
        if !words.isEmpty { runs.append(Run(kind: kind, words: words)) }
        self.runs = runs
    }

    /// A text whose words mostly differ was rewritten rather than edited: it is shown as removed and
    /// added whole, which is also what a reader would make of a word-by-word diff of two different
    /// texts. Myers' diff costs the length times the number of edits, so this also bounds its work.
    /// (At 10,000 generated documents, diffs of unrelated versions were a seventh of a build.)
    static func isRewrite(_ old: [String], _ new: [String]) -> Bool {
        let length = old.count + new.count
        guard length >= 200 else { return false }
        var counts: [String: Int] = [:]
        for word in old { counts[word, default: 0] += 1 }
        var shared = 0
        for word in new where counts[word, default: 0] > 0 {
            counts[word]! -= 1
            shared += 1
        }
        // At least this many words differ, whatever the diff finds.
        let fewestEdits = length - 2 * shared
        return fewestEdits * 2 > length || fewestEdits * length > rewriteCost
    }

    static let rewriteCost = 4_000_000
    /// More edits than this between two versions of a section also read as a rewrite (and would
    /// cost Myers' walk 16 MB).
    static let maxEdits = 2_000
}
