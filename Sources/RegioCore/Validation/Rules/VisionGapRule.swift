/// The versions of a region's regiovisie follow each other without a gap: a year between two
/// versions has no vision for the municipalities' plans to align with (DESIGN §1), and a reader of
/// the region's timeline sees the region without policy. It is often a typo in a period, or a new
/// version started a year late. Overlapping versions have their own finding (`VisionVersionsRule`).
struct VisionGapRule: SiteRule {
    let reads: RuleInputs = [.placements, .frontMatter]

    func check(_ context: RuleContext) -> [Diagnostic] {
        context.visionsByRegion.keys.sorted().flatMap { region in
            let visions = (context.visionsByRegion[region] ?? []).filter { $0.period != nil }
                .sorted { ($0.period?.from ?? 0, $0.path) < ($1.period?.from ?? 0, $1.path) }
            return zip(visions, visions.dropFirst()).compactMap { earlier, later -> Diagnostic? in
                guard let before = earlier.period, let period = later.period, period.from > before.to + 1,
                      !VisionVersionsRule.overlapsAnother(earlier, among: visions),
                      !VisionVersionsRule.overlapsAnother(later, among: visions)
                else { return nil }
                let gap = Period(from: before.to + 1, to: period.from - 1)
                return Diagnostic(
                    .visionGap, "tussen `\(earlier.path)` (\(before)) en deze regiovisie (\(period)) heeft de regio voor \(gap) geen regiovisie",
                    at: later.periodLocation,
                    notes: ["een lokaal plan voor \(gap) heeft dan geen regiovisie om op aan te sluiten"],
                    fixIt: "laat deze periode in \(gap.from) beginnen (`periode: {van: \(gap.from), tot: \(period.to)}`), "
                        + "of verleng `\(earlier.path)` tot en met \(gap.to) (`periode: {van: \(before.from), tot: \(gap.to)}`)"
                )
            }
        }
    }
}
