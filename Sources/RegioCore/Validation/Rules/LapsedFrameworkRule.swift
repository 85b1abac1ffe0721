/// A framework named in `kaders` that had lapsed (`vervallen_op` in kaders.yaml) by the time the
/// document's period begins: a plan for 2027–2029 that builds on a programme ended on 1 January 2027
/// builds on nothing. A framework that lapses during the period may still be named: the plan was
/// written while it ran.
struct LapsedFrameworkRule: DocumentRule {
    let readsLinkedDocuments = false

    func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        guard let checklist = context.checklist, let period = document.period else { return [] }
        let start = DayDate(year: period.from, month: 1, day: 1)
        return document.frameworks.compactMap { named in
            guard let framework = checklist.framework(named.value), let lapsed = framework.repealed, lapsed <= start else { return nil }
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
