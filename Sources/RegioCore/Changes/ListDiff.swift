/// The shortest way from one list to another, for words (`WordDiff`) and for blocks (`BlockDiff`):
/// each step keeps, removes or inserts one element, and removals come before the insertions that
/// replace them.
enum ListDiff {
    enum Step: Equatable {
        case same(old: Int, new: Int)
        case removed(old: Int)
        case inserted(new: Int)
    }

    static func steps<Element: Hashable>(from old: [Element], to new: [Element]) -> [Step] {
        let (removed, inserted) = edits(from: old, to: new)
        var steps: [Step] = []
        steps.reserveCapacity(max(old.count, new.count))
        var oldIndex = 0, newIndex = 0
        while oldIndex < old.count || newIndex < new.count {
            if oldIndex < old.count, removed[oldIndex] {
                steps.append(.removed(old: oldIndex)); oldIndex += 1
            } else if newIndex < new.count, inserted[newIndex] {
                steps.append(.inserted(new: newIndex)); newIndex += 1
            } else {
                steps.append(.same(old: oldIndex, new: newIndex)); oldIndex += 1; newIndex += 1
            }
        }
        return steps
    }

    /// For each position of `old` whether it was removed, and of `new` whether it was inserted.
    private static func edits<Element: Hashable>(from old: [Element], to new: [Element]) -> (removed: [Bool], inserted: [Bool]) {
        // Elements both lists start and end with stay without asking Myers: most edits touch a few
        // sentences, and the diff's cost grows with the length it is given.
        let prefix = zip(old, new).prefix { $0 == $1 }.count
        let suffix = zip(old.dropFirst(prefix).reversed(), new.dropFirst(prefix).reversed()).prefix { $0 == $1 }.count
        let oldMiddle = prefix..<(old.count - suffix), newMiddle = prefix..<(new.count - suffix)
        var removed = [Bool](repeating: false, count: old.count), inserted = [Bool](repeating: false, count: new.count)
        // Each element of the middle is hashed once, here; the rewrite test and Myers compare whole
        // numbers, far faster than hashing or comparing strings again.
        let numbered = Numbered(old[oldMiddle], new[newMiddle])
        if !isRewrite(numbered), let edits = MyersDiff.edits(from: numbered.old, to: numbered.new, maxEdits: maxEdits) {
            for index in edits.removed { removed[index + prefix] = true }
            for index in edits.inserted { inserted[index + prefix] = true }
        } else {
            for index in oldMiddle { removed[index] = true }
            for index in newMiddle { inserted[index] = true }
        }
        return (removed, inserted)
    }

    /// Two lists with each element replaced by a number, equal numbers for equal elements.
    private struct Numbered {
        let old: [Int32], new: [Int32]
        /// How many different elements the two lists hold: the numbers are 0..<distinct.
        let distinct: Int

        init<Element: Hashable>(_ old: ArraySlice<Element>, _ new: ArraySlice<Element>) {
            var ids: [Element: Int32] = [:]
            ids.reserveCapacity(old.count + new.count)
            func id(_ element: Element) -> Int32 {
                if let known = ids[element] { return known }
                let next = Int32(ids.count)
                ids[element] = next
                return next
            }
            self.old = old.map(id)
            self.new = new.map(id)
            distinct = ids.count
        }
    }

    /// A list whose elements mostly differ was rewritten rather than edited: it is shown as removed
    /// and added whole, which is also what a reader would make of a word-by-word diff of two
    /// different texts. Myers' diff costs the length times the number of edits, so this also bounds
    /// its work. (At 10,000 generated documents, diffs of unrelated versions were a seventh of a build.)
    private static func isRewrite(_ lists: Numbered) -> Bool {
        let length = lists.old.count + lists.new.count
        guard length >= 200 else { return false }
        // At least this many elements differ, whatever the diff finds.
        var counts = [Int32](repeating: 0, count: lists.distinct), shared = 0
        for element in lists.old { counts[Int(element)] += 1 }
        for element in lists.new where counts[Int(element)] > 0 {
            counts[Int(element)] -= 1
            shared += 1
        }
        let fewestEdits = length - 2 * shared
        return fewestEdits * 2 > length || fewestEdits * length > rewriteCost
    }

    /// How many elements the two lists have in common, counted with repeats, in any order.
    static func sharedCount<Old: Collection, New: Collection>(_ old: Old, _ new: New) -> Int where Old.Element: Hashable, New.Element == Old.Element {
        var counts: [Old.Element: Int] = [:]
        for element in old { counts[element, default: 0] += 1 }
        var shared = 0
        for element in new where counts[element, default: 0] > 0 {
            counts[element]! -= 1
            shared += 1
        }
        return shared
    }

    static let rewriteCost = 4_000_000
    /// More edits than this between two versions of a section also read as a rewrite (and would
    /// cost Myers' walk 16 MB).
    static let maxEdits = 2_000
}
