/// `kaders` and `themas` in front matter use the ids of `kaders.yaml`, so that every document
/// speaks of the same law by the same name and the matrices can count them.
struct ChecklistVocabularyRule: DocumentRule {
    let readsLinkedDocuments = false

    func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        guard let checklist = context.checklist else { return [] }
        let frameworks = document.frameworks.filter { checklist.framework($0.value) == nil }.map {
            Checklist.unknownFramework($0.value, at: $0.location, known: checklist.frameworks.map(\.id))
        }
        let topics = document.metadata.themes.filter { checklist.topic($0.value) == nil }.map { topic in
            let topicIDs = checklist.topics.map(\.id)
            return Diagnostic(
                .unknownTheme, "`\(topic.value)` is geen thema uit kaders.yaml", at: topic.location,
                notes: ["thema's: " + topicIDs.map { "`\($0)`" }.joined(separator: ", ")],
                fixIt: KeySuggestion.suggestion(for: topic.value, among: topicIDs).map { "bedoelde u `\($0)`?" }
            )
        }
        return frameworks + topics
    }
}
