/// The sections of a comparison in the document's outline: each chapter with its level-3 sections.
/// The page keeps the text's h2/h3 structure, so a section is never read as part of a chapter it does
/// not stand in, and two sections with one name ("Plegeraanpak") are told apart by their chapters.
struct ComparisonOutline {
    struct Chapter {
        let section: VersionComparison.SectionChange
        var sections: [VersionComparison.SectionChange] = []

        /// A chapter whose own text did not change is still shown, as the heading its changed sections stand under.
        var isShown: Bool { section.status != .same || sections.contains { $0.status != .same } }
    }

    let chapters: [Chapter]

    /// `sections` in the order `VersionComparison` gives them: a level-3 section right after its
    /// chapter or that chapter's other sections. One whose chapter is not just before it (a level-3
    /// heading before the first chapter) stands on its own.
    init(_ sections: [VersionComparison.SectionChange]) {
        var chapters: [Chapter] = []
        for section in sections {
            if section.level == 3, let parent = section.parent, let last = chapters.last, last.section.level == 2, last.section.key == parent {
                chapters[chapters.count - 1].sections.append(section)
            } else {
                chapters.append(Chapter(section: section))
            }
        }
        self.chapters = chapters
    }
}
