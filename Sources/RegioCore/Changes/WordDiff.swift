/// The words added and removed between two versions of a section, by the standard library's
/// `CollectionDifference` (a Myers diff), merged into runs a reader can follow.
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
        let difference = newMiddle.difference(from: oldMiddle)
        var removed = Set<Int>(), inserted = Set<Int>()
        for change in difference {
            switch change {
            case let .remove(offset, _, _): removed.insert(offset + prefix)
            case let .insert(offset, _, _): inserted.insert(offset + prefix)
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
}
