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
            if oldIndex < old.count, removed.contains(oldIndex) {
                steps.append(.removed(old: oldIndex)); oldIndex += 1
            } else if newIndex < new.count, inserted.contains(newIndex) {
                steps.append(.inserted(new: newIndex)); newIndex += 1
            } else {
                steps.append(.same(old: oldIndex, new: newIndex)); oldIndex += 1; newIndex += 1
            }
        }
        return steps
    }

    /// The positions removed from `old` and inserted into `new`.
    private static func edits<Element: Hashable>(from old: [Element], to new: [Element]) -> (removed: Set<Int>, inserted: Set<Int>) {
        // Elements both lists start and end with stay without asking Myers: most edits touch a few
        // sentences, and the diff's cost grows with the length it is given.
        let prefix = zip(old, new).prefix { $0 == $1 }.count
        let suffix = zip(old.dropFirst(prefix).reversed(), new.dropFirst(prefix).reversed()).prefix { $0 == $1 }.count
        let oldMiddle = old[prefix..<(old.count - suffix)], newMiddle = new[prefix..<(new.count - suffix)]
        let allRemoved = Set(oldMiddle.indices), allInserted = Set(newMiddle.indices)
        guard !isRewrite(oldMiddle, newMiddle) else { return (allRemoved, allInserted) }
        // Myers compares elements many times over; whole numbers compare far faster than strings.
        var ids: [Element: Int32] = [:]
        func id(_ element: Element) -> Int32 {
            if let known = ids[element] { return known }
            let next = Int32(ids.count)
            ids[element] = next
            return next
        }
        let oldIDs = oldMiddle.map(id), newIDs = newMiddle.map(id)
        guard let edits = MyersDiff.edits(from: oldIDs, to: newIDs, maxEdits: maxEdits) else { return (allRemoved, allInserted) }
        return (Set(edits.removed.map { $0 + prefix }), Set(edits.inserted.map { $0 + prefix }))
    }

    /// A list whose elements mostly differ was rewritten rather than edited: it is shown as removed
    /// and added whole, which is also what a reader would make of a word-by-word diff of two
    /// different texts. Myers' diff costs the length times the number of edits, so this also bounds
    /// its work. (At 10,000 generated documents, diffs of unrelated versions were a seventh of a build.)
    static func isRewrite<Old: Collection, New: Collection>(_ old: Old, _ new: New) -> Bool where Old.Element: Hashable, New.Element == Old.Element {
        let length = old.count + new.count
        guard length >= 200 else { return false }
        // At least this many elements differ, whatever the diff finds.
        let fewestEdits = length - 2 * sharedCount(old, new)
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
