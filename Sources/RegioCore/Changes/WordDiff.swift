/// The words added and removed between two versions of a text, by Myers' diff (`ListDiff`,
/// `MyersDiff`), merged into runs a reader can follow.
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
        for step in ListDiff.steps(from: old, to: new) {
            switch step {
            case let .same(_, new: index): append(.same, new[index])
            case let .removed(old: index): append(.removed, old[index])
            case let .inserted(new: index): append(.added, new[index])
            }
        }
        if !words.isEmpty { runs.append(Run(kind: kind, words: words)) }
        self.runs = runs
    }

    /// Several diffs one after the other: what their counts add up to.
    init(concatenating diffs: [WordDiff]) {
        runs = diffs.flatMap(\.runs)
    }

    /// The same words in both versions, without a diff: a block that did not change.
    init(unchanged words: [String]) {
        runs = words.isEmpty ? [] : [Run(kind: .same, words: words)]
    }
}
