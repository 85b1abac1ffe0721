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
            fixIt: context.visionMeant(by: document).flatMap { meant in meant.period.flatMap { $0.overlaps(period) ? (meant, $0) : nil } }
                .map { meant, covered in "verwijs naar `\(meant.path)`, de regiovisie voor \(covered), of pas `periode` aan" }
                ?? "verwijs naar de regiovisie die in \(period) geldt, of pas `periode` aan"
        )]
    }
}
