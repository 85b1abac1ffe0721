/// A framework named in `kaders` that had lapsed (`vervallen_op` in kaders.yaml) by the time the
/// document's period begins: a plan for 2027–2029 that builds on a programme ended on 1 January 2027
/// builds on nothing. A framework that lapses during the period may still be named: the plan was
/// written while it ran. A concept is judged on today's date, as the checklist judges it: until the
/// lapse, a requirement of the framework may still ask for it.
struct LapsedFrameworkRule: DocumentRule {
    let readsLinkedDocuments = false

    func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        guard let checklist = context.checklist, let period = document.period, !document.frameworks.isEmpty else { return [] }
        // Few frameworks lapse: those are looked for among the ids named, not every id in the checklist.
        let lapsing = checklist.frameworks.filter { $0.repealed != nil }.map(\.id)
        let named = document.frameworks.filter { lapsing.contains($0.value) }
        guard !named.isEmpty else { return [] }
        let judgedOn = document.judgementDate(today: context.today)
        return named.compactMap { named in
            guard let framework = checklist.framework(named.value, lapsedBefore: period, judgedOn: judgedOn), let lapsed = framework.repealed else { return nil }
            return Diagnostic(
                .lapsedFramework,
                "het kader `\(framework.id)` (\(framework.displayName)) is vervallen op \(lapsed.dutch), voor het begin van de periode van \(document.metadata.type.withArticle) (\(period))",
                at: named.location,
                notes: ["zo staat het bij `vervallen_op` in kaders.yaml, regel \(framework.location.line)"],
                fixIt: "haal `\(framework.id)` weg uit `kaders`, of noem het kader dat ervoor in de plaats kwam"
            )
        }
    }
}
