/// Two versions of a document compared section by section: sections added, removed and changed,
/// and inside a changed section the words added and removed.
struct VersionComparison {
    enum Status: String { case added = "nieuw", removed = "verwijderd", changed = "gewijzigd", same = "ongewijzigd" }

    struct SectionChange {
        let heading: String
        let status: Status
        let diff: WordDiff
    }

    let sections: [SectionChange]

    init(old: String, new: String) {
        let before = Section.split(old), after = Section.split(new)
        let oldByKey = Dictionary(before.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let newKeys = Set(after.map(\.key))
        var sections: [SectionChange] = after.map { section in
            guard let previous = oldByKey[section.key] else {
                return SectionChange(heading: section.heading, status: .added, diff: WordDiff(old: [], new: section.words))
            }
            let diff = WordDiff(old: previous.words, new: section.words)
            return SectionChange(heading: section.heading, status: diff.hasChanges ? .changed : .same, diff: diff)
        }
        sections += before.filter { !newKeys.contains($0.key) }.map {
            SectionChange(heading: $0.heading, status: .removed, diff: WordDiff(old: $0.words, new: []))
        }
        self.sections = sections
    }

    func count(_ status: Status) -> Int { sections.filter { $0.status == status }.count }
}
