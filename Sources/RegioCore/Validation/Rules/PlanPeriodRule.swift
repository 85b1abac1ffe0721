/// A local plan works out the regiovisie it refers to, so their periods overlap (DESIGN §1).
struct PlanPeriodRule: DocumentRule {
    func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        guard case let .beleidsplan(details) = document.details, let period = details.period,
              let vision = context.documents[details.regiovisie.target], vision.metadata.type == .regiovisie,
              let visionPeriod = vision.period, !period.overlaps(visionPeriod)
        else { return [] }
        return [Diagnostic(
            .planOutsideVision, "de planperiode \(period) valt buiten de periode \(visionPeriod) van `\(details.regiovisie.target)`",
            at: details.regiovisie.location,
            fixIt: "verwijs naar de regiovisie die in \(period) geldt, of pas `periode` aan"
        )]
    }
}
