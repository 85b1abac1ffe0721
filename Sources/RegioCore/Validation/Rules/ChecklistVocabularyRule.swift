/// `kaders` and `themas` in front matter use the ids of `kaders.yaml`, so that every document
/// speaks of the same law by the same name and the matrices can count them.
struct ChecklistVocabularyRule: SiteRule {
    let readsBodies = false

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let checklist = context.checklist else { return [] }
        let frameworkIDs = checklist.frameworks.map(\.id)
        let topicIDs = checklist.topics.map(\.id)
        return context.documentsInOrder.flatMap { document -> [Diagnostic] in
            let frameworks = document.frameworks.filter { checklist.framework($0.value) == nil }.map {
                Checklist.unknownFramework($0.value, at: $0.location, known: frameworkIDs)
            }
            let topics = document.metadata.themes.filter { checklist.topic($0.value) == nil }.map { topic in
                Diagnostic(
                    .unknownTheme, "`\(topic.value)` is geen thema uit kaders.yaml", at: topic.location,
                    notes: ["thema's: " + topicIDs.map { "`\($0)`" }.joined(separator: ", ")],
                    fixIt: KeySuggestion.suggestion(for: topic.value, among: topicIDs).map { "bedoelde u `\($0)`?" }
                )
            }
            return frameworks + topics
        }
    }
}
