/// Two versions of a document compared section by section: sections added, removed and changed,
/// and inside a changed section the words added and removed.
struct VersionComparison {
    enum Status: String { case added = "nieuw", removed = "verwijderd", changed = "gewijzigd", same = "ongewijzigd" }

    struct SectionChange {
        let heading: String
        let status: Status
        let diff: WordDiff
    }

    private(set) var sections: [SectionChange]

    /// Compares two files as stored: the front matter is a section of its own ("Gegevens"), the body by headings.
    /// `text` gives the words a reader sees in a section of the body (`Section.split`).
    init(oldFile: String, newFile: String, metadataHeading: String, text: (String) -> String) {
        let (oldYAML, oldBody) = Self.cut(oldFile), (newYAML, newBody) = Self.cut(newFile)
        let metadata = WordDiff(old: Section.words(in: oldYAML), new: Section.words(in: newYAML))
        self.init(old: Section.split(oldBody, text: text), new: Section.split(newBody, text: text))
        if metadata.hasChanges { sections.insert(SectionChange(heading: metadataHeading, status: .changed, diff: metadata), at: 0) }
    }

    /// The front matter and the body of a stored document; no front matter: all body.
    private static func cut(_ file: String) -> (yaml: String, body: String) {
        let lines = file.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---",
              let end = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }) else { return ("", file) }
        return (lines[1..<end].joined(separator: "\n"), lines[(end + 1)...].joined(separator: "\n"))
    }

    /// Compares two bodies cut into sections (`Section.split`).
    init(old before: [Section], new after: [Section]) {
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
