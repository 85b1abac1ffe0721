/// Two versions of a document compared section by section: sections added, removed and changed,
/// and inside a changed section its blocks (`BlockDiff`) and the words added and removed.
struct VersionComparison {
    enum Status: String { case added = "nieuw", removed = "verwijderd", changed = "gewijzigd", same = "ongewijzigd" }

    struct SectionChange {
        let heading: String
        let status: Status
        /// The section's words compared as one list: what its counts of words added and removed
        /// say. Blocks that are paired differently (a paragraph rewritten, which the block diff shows
        /// as removed and added whole) do not change them.
        let diff: WordDiff
        /// The section's blocks as they are drawn, with their changes; none for an unchanged section,
        /// which is only named.
        let blocks: [BlockDiff.Change]
        /// A part compared as a whole (`prepend`: the fields, the figures) rather than a chapter of the text.
        var isPart = false
        /// For the fields (`prependFields`): each field that changed, old against new; the labels of
        /// those that did not. Empty for a chapter.
        var fields: [FieldChange] = []
        var unchangedFields: [String] = []
        /// The heading the chapter had before, when it was renamed.
        var renamedFrom: String?
        /// Where the section stands in the outline (`Section`): its level, its key and, for a level-3
        /// section, its chapter's key in the new version.
        var key = ""
        var level = 2
        var parent: String?
    }

    /// One field of the front matter in two versions, by its label: nil where a version lacks it.
    /// Its words are compared within the field only, never with the words of another field.
    struct FieldChange {
        let label: String
        let old: String?
        let new: String?
        let diff: WordDiff
    }

    private(set) var sections: [SectionChange]

    /// Compares two bodies cut into sections (`Section.split`). The sections stand in the new version's
    /// order; a removed one after what is left of its chapter, or at the end when its chapter went too
    /// (removed text before the first heading at the start, where it stood).
    init(old before: [Section], new after: [Section]) {
        let oldByKey = Dictionary(before.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let newKeys = Set(after.map(\.key))
        var sections: [SectionChange] = after.map { section in
            guard let previous = oldByKey[section.key] else {
                return SectionChange(heading: section.heading, status: .added, diff: WordDiff(old: [], new: section.words),
                                     blocks: BlockDiff.added(section.blocks)).placed(like: section)
            }
            let diff = WordDiff(old: previous.words, new: section.words)
            guard diff.hasChanges else { return SectionChange(heading: section.heading, status: .same, diff: diff, blocks: []).placed(like: section) }
            return SectionChange(heading: section.heading, status: .changed, diff: diff,
                                 blocks: BlockDiff(old: previous.blocks, new: section.blocks).changes).placed(like: section)
        }
        // A chapter renamed with (nearly) the same text is one chapter changed, not one gone and one new.
        var removed = before.filter { !newKeys.contains($0.key) }.map { (section: $0, words: $0.words) }
        var renamed: [String: String] = [:]
        for (index, section) in zip(after.indices, after) where sections[index].status == .added && !removed.isEmpty {
            let words = section.words
            guard let match = removed.firstIndex(where: { Self.isRename(from: $0.words, to: words) }) else { continue }
            let previous = removed.remove(at: match)
            renamed[previous.section.key] = section.key
            sections[index] = SectionChange(heading: section.heading, status: .changed, diff: WordDiff(old: previous.words, new: words),
                                            blocks: BlockDiff(old: previous.section.blocks, new: section.blocks).changes,
                                            renamedFrom: previous.section.heading).placed(like: section)
        }
        for gone in removed {
            var change = SectionChange(heading: gone.section.heading, status: .removed, diff: WordDiff(old: gone.words, new: []),
                                       blocks: BlockDiff.removed(gone.section.blocks)).placed(like: gone.section)
            // The reader looks for a removed section where it stood: in its chapter, under the name the chapter has now.
            change.parent = gone.section.parent.map { renamed[$0] ?? $0 }
            let chapter = change.parent.flatMap { parent in sections.lastIndex { $0.key == parent || $0.parent == parent } }
            // The text before the first heading stood at the start; any other section without its chapter goes last.
            let place = gone.section.heading.isEmpty ? sections.startIndex : chapter.map { $0 + 1 } ?? sections.endIndex
            sections.insert(change, at: place)
        }
        self.sections = sections
    }

    /// Whether a chapter's words `new` are its words `old` under another heading: at least ten words,
    /// four in five of them shared. Lengths too far apart to share that many are passed without counting.
    static func isRename(from old: [String], to new: [String]) -> Bool {
        let shorter = min(old.count, new.count), longer = max(old.count, new.count)
        guard shorter >= 10, shorter * 5 >= longer * 4 else { return false }
        return ListDiff.sharedCount(old, new) * 5 >= longer * 4
    }

    /// Puts a part compared as a whole, a line per field or figure (`StoredVersion`), ahead of the
    /// sections when it changed, as one paragraph. A line that does not end in a full stop gets a
    /// `;`: the diff runs the words on, and the reader still sees where one field stops.
    mutating func prepend(_ heading: String, old: [String], new: [String]) {
        let words = { (lines: [String]) in lines.flatMap { Section.words(in: $0.hasSuffix(".") ? $0 : $0 + ";") } }
        let diff = WordDiff(old: words(old), new: words(new))
        guard diff.hasChanges else { return }
        let paragraph = BlockDiff.Change(kind: .changed, block: TextBlock(paragraph: words(new)), diff: diff)
        sections.insert(SectionChange(heading: heading, status: .changed, diff: diff, blocks: [paragraph], isPart: true), at: 0)
    }

    /// Puts the fields, each a label and a value, ahead of the sections when one changed: matched by
    /// label, a row per changed field in the new version's order, a field that went after them.
    mutating func prependFields(_ heading: String, old: [(label: String, value: String)], new: [(label: String, value: String)]) {
        let oldByLabel = Dictionary(old.map { ($0.label, $0.value) }, uniquingKeysWith: { first, _ in first })
        let newLabels = Set(new.map(\.label))
        var changes: [FieldChange] = [], unchanged: [String] = []
        for field in new {
            let previous = oldByLabel[field.label]
            guard previous != field.value else { unchanged.append(field.label); continue }
            changes.append(FieldChange(label: field.label, old: previous, new: field.value,
                                       diff: WordDiff(old: Section.words(in: previous ?? ""), new: Section.words(in: field.value))))
        }
        for field in old where !newLabels.contains(field.label) {
            changes.append(FieldChange(label: field.label, old: field.value, new: nil, diff: WordDiff(old: Section.words(in: field.value), new: [])))
        }
        guard !changes.isEmpty else { return }
        var part = SectionChange(heading: heading, status: .changed, diff: WordDiff(concatenating: changes.map(\.diff)), blocks: [], isPart: true)
        (part.fields, part.unchangedFields) = (changes, unchanged)
        sections.insert(part, at: 0)
    }

    /// The chapters of the text with `status`: the fields and figures are shown, but are no chapters.
    /// A level-3 section counts as one too: it is what the page marks as new, removed or changed.
    func count(_ status: Status) -> Int { sections.filter { $0.status == status && !$0.isPart }.count }
}

extension VersionComparison.SectionChange {
    /// The change with the place of `section` in the outline.
    fileprivate func placed(like section: Section) -> Self {
        var placed = self
        (placed.key, placed.level, placed.parent) = (section.key, section.level, section.parent)
        return placed
    }
}
