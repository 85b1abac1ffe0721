/// A municipality has one adopted beleidsplan at a time: two whose periods overlap are a copy left
/// behind or an old plan not marked `vervallen`, and the municipality's page would list both as
/// policy in force. An uitvoeringsplan works a beleidsplan out within its period, and a concept is
/// the next plan in the making: neither counts.
struct PlanOverlapRule: SiteRule {
    let reads: RuleInputs = [.placements, .frontMatter]

    func check(_ context: RuleContext) -> [Diagnostic] {
        var earlier: [Placement: [Document]] = [:]
        var diagnostics: [Diagnostic] = []
        for plan in context.documentsInOrder {
            guard case let .beleidsplan(details) = plan.details, details.kind == .beleidsplan, plan.metadata.status == .vastgesteld,
                  let period = details.period else { continue }
            defer { earlier[plan.placement, default: []].append(plan) }
            for other in earlier[plan.placement] ?? [] {
                guard let otherPeriod = other.period, period.overlaps(otherPeriod) else { continue }
                var municipality = "deze gemeente"
                if case let .municipality(region, slug) = plan.placement, let name = context.regions[region]?.municipality(named: slug.value)?.name {
                    municipality = name
                }
                diagnostics.append(Diagnostic(
                    .overlappingPlans, "\(municipality) heeft twee vastgestelde beleidsplannen in dezelfde jaren: \(period) hier en \(otherPeriod) in `\(other.path)`",
                    at: plan.periodLocation,
                    fixIt: "zet het plan dat niet meer geldt op `status: vervallen`, pas `periode` aan, of haal een kopie weg"
                ))
            }
        }
        return diagnostics
    }
}
