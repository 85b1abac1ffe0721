/// Two versions of a section compared as a reader sees them: block by block (`TextBlock`), and
/// inside a block that was edited, word by word (`WordDiff`).
///
/// The blocks are diffed first, on their kind, place and words (`ListDiff`). Where blocks were
/// removed and others inserted, a removed block is paired with an inserted one that kept at least
/// a third of its words (`TextBlock.resembles`), in order; each pair is one edited block with its
/// words marked. A block with no such partner is shown whole as removed or added, where it stood.
struct BlockDiff {
    struct Change: Equatable {
        enum Kind: Equatable { case same, added, removed, changed }
        let kind: Kind
        /// The block as it is drawn: the new version's, or the old one's when it was removed.
        let block: TextBlock
        /// The block's tokens (`TextBlock.tokens`) with what changed in them.
        let diff: WordDiff
    }

    let changes: [Change]

    init(old: [TextBlock], new: [TextBlock]) {
        var changes: [Change] = []
        var removed: [TextBlock] = [], inserted: [TextBlock] = []
        for step in ListDiff.steps(from: old.map(\.key), to: new.map(\.key)) {
            switch step {
            case let .same(_, new: index):
                changes += Self.hunk(removed: removed, inserted: inserted)
                removed.removeAll()
                inserted.removeAll()
                changes.append(Change(kind: .same, block: new[index], diff: WordDiff(unchanged: new[index].tokens)))
            case let .removed(old: index):
                removed.append(old[index])
            case let .inserted(new: index):
                inserted.append(new[index])
            }
        }
        changes += Self.hunk(removed: removed, inserted: inserted)
        self.changes = changes
    }

    /// Every block of a section that is new.
    static func added(_ blocks: [TextBlock]) -> [Change] { blocks.map(Change.added) }

    /// Every block of a section that is gone.
    static func removed(_ blocks: [TextBlock]) -> [Change] { blocks.map(Change.removed) }

    /// How many inserted blocks a removed one is held against: an edited paragraph is rarely far
    /// from where it was, and the search stays linear in the length of the section.
    static let reach = 16

    /// The blocks removed and inserted between two unchanged ones, paired where one was edited into
    /// the other; removals come before the insertions that replace them, as in `WordDiff`.
    private static func hunk(removed: [TextBlock], inserted: [TextBlock]) -> [Change] {
        var changes: [Change] = []
        var nextRemoved = 0, nextInserted = 0
        for (index, block) in removed.enumerated() {
            let candidates = nextInserted..<min(inserted.count, nextInserted + reach)
            guard let partner = candidates.first(where: { block.resembles(inserted[$0]) }) else { continue }
            changes += removed[nextRemoved..<index].map(Change.removed)
            changes += inserted[nextInserted..<partner].map(Change.added)
            let diff = WordDiff(old: block.tokens, new: inserted[partner].tokens)
            // Only the place changed (a paragraph that became a list item): drawn as it is now, unmarked.
            changes.append(Change(kind: diff.hasChanges ? .changed : .same, block: inserted[partner], diff: diff))
            nextRemoved = index + 1
            nextInserted = partner + 1
        }
        changes += removed[nextRemoved...].map(Change.removed)
        changes += inserted[nextInserted...].map(Change.added)
        return changes
    }
}

extension BlockDiff.Change {
    static func added(_ block: TextBlock) -> Self { Self(kind: .added, block: block, diff: WordDiff(old: [], new: block.tokens)) }
    static func removed(_ block: TextBlock) -> Self { Self(kind: .removed, block: block, diff: WordDiff(old: block.tokens, new: [])) }
}
