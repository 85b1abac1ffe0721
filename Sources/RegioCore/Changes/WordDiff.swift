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
        let difference = new.difference(from: old)
        var removed = Set<Int>(), inserted = Set<Int>()
        for change in difference {
            switch change {
            case let .remove(offset, _, _): removed.insert(offset)
            case let .insert(offset, _, _): inserted.insert(offset)
            }
        }
        // Walk both versions at once: removals come before the insertions that replace them.
        var runs: [Run] = []
        func append(_ kind: Kind, _ word: String) {
            if let last = runs.last, last.kind == kind {
                runs[runs.count - 1] = Run(kind: kind, words: last.words + [word])
            } else {
                runs.append(Run(kind: kind, words: [word]))
            }
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
        self.runs = runs
    }
}
