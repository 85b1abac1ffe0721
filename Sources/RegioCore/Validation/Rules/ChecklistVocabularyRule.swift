/// `kaders` and `themas` in front matter use the ids of `kaders.yaml`, so that every document
/// speaks of the same law by the same name and the matrices can count them. Without `kaders.yaml`
/// these ids cannot be checked, and no document is judged: a document that names them says that
/// its author expects both, so the missing file is an error there rather than a silent gap.
struct ChecklistVocabularyRule: DocumentRule {
    let readsLinkedDocuments = false

    func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        check(frameworks: document.frameworks, themes: document.metadata.themes, in: context)
    }

    /// The same for a document whose front matter did not decode: its unknown ids come with its other
    /// errors, so that fixing the status does not bring a misspelt theme one run later.
    func check(undecoded frontMatter: UndecodedFrontMatter, in context: RuleContext) -> [Diagnostic] {
        check(frameworks: frontMatter.ids("kaders"), themes: frontMatter.ids("themas"), in: context)
    }

    private func check(frameworks named: [Located<String>], themes: [Located<String>], in context: RuleContext) -> [Diagnostic] {
        guard let checklist = context.checklist else { return context.checklistIsMissing ? withoutChecklist(frameworks: named, themes: themes) : [] }
        // A kaders.yaml with an error may lack the very id a document names: its own error comes first.
        guard !context.incompleteFiles.contains(Checklist.fileName) else { return [] }
        let frameworks = named.filter { checklist.framework($0.value) == nil }.map {
            Checklist.unknownFramework($0.value, at: $0.location, known: checklist.frameworks)
        }
        let topics = themes.filter { checklist.topic($0.value) == nil }.map { topic in
            let topicIDs = checklist.topics.map(\.id)
            return Diagnostic(
                .unknownTheme, "`\(topic.value)` is geen thema uit kaders.yaml", at: topic.location,
                notes: ["thema's: " + topicIDs.map { "`\($0)`" }.joined(separator: ", ")],
                fixIt: KeySuggestion.suggestion(for: topic.value, among: topicIDs).map { "bedoelde u `\($0)`?" }
            )
        }
        return frameworks + topics
    }

    /// The first id the document names, reported once: the fix is one file, not one per id.
    private func withoutChecklist(frameworks: [Located<String>], themes: [Located<String>]) -> [Diagnostic] {
        let named = frameworks.map { ("kaders", $0) } + themes.map { ("themas", $0) }
        guard let (key, first) = named.min(by: { ($0.1.location.line, $0.1.location.column) < ($1.1.location.line, $1.1.location.column) }) else { return [] }
        return [Diagnostic(
            key == "kaders" ? .unknownFramework : .unknownTheme,
            "`\(first.value)` in `\(key)` kan niet worden gecontroleerd: de inhoudsmap heeft geen `kaders.yaml`, en zonder dat bestand wordt geen document getoetst",
            at: first.location, fixIt: "zet `kaders.yaml` terug in de inhoudsmap (het voorbeeld staat in content/kaders.yaml), of haal `\(key)` weg"
        )]
    }
}
