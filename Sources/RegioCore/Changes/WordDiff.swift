/// The words added and removed between two versions of a text, by Myers' diff (`ListDiff`,
/// `MyersDiff`), merged into runs a reader can follow.
struct WordDiff: Equatable {
    enum Kind: Equatable { case same, added, removed }

    struct Run: Equatable {
        let kind: Kind
        let words: [String]
    }

    let runs: [Run]
    /// Words that only changed the punctuation around them (`Haaglanden` → `Haaglanden,`): marked
    /// as removed and added, as they did change, but not counted as words. A reader who put
    /// "jong en oud," after "Haaglanden" added three words, not four, and removed none.
    private(set) var retouched = 0

    var addedCount: Int { runs.filter { $0.kind == .added }.reduce(0) { $0 + $1.words.count } - retouched }
    var removedCount: Int { runs.filter { $0.kind == .removed }.reduce(0) { $0 + $1.words.count } - retouched }
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
        // Compared without the punctuation at their ends, so that a word with a comma added is still
        // the same word, and the words around it are paired as a reader pairs them.
        for step in ListDiff.steps(from: old.map(Self.bare), to: new.map(Self.bare)) {
            switch step {
            case let .same(old: oldIndex, new: index) where old[oldIndex] != new[index]:
                append(.removed, old[oldIndex])
                append(.added, new[index])
                retouched += 1
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
        retouched = diffs.reduce(0) { $0 + $1.retouched }
    }

    /// The same words in both versions, without a diff: a block that did not change.
    init(unchanged words: [String]) {
        runs = words.isEmpty ? [] : [Run(kind: .same, words: words)]
    }

    /// `word` without the punctuation at its start and end (`(zie` → `zie`, `oud),` → `oud`); a word
    /// of punctuation only (`–`) as it is. Most words have none, and are returned without a copy.
    static func bare(_ word: String) -> String {
        let utf8 = word.utf8
        guard let first = utf8.first, let last = utf8.last, isPunctuation(first) || isPunctuation(last) else { return word }
        let core = utf8.drop(while: isPunctuation).reversed().drop(while: isPunctuation)
        guard !core.isEmpty else { return word }
        return String(decoding: core.reversed(), as: UTF8.self)
    }

    /// ASCII punctuation that stands against a word: not `-`, `'`, `/`, `&`, `%` or `€`, which are part of
    /// words as Dutch writes them (`Zuid-Holland`, `'s-Gravenhage`, `24/7`, `50%`).
    private static func isPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"),
             UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\""), UInt8(ascii: "["), UInt8(ascii: "]"): true
        default: false
        }
    }
}
