/// A regiovisie that follows an earlier version of its region names it in `vorige` (DESIGN §1). The
/// site orders versions by period and would work without it, but `vorige` is what states which
/// version this one replaces: a reviewer sees it, and a mistyped period then stands out. Only the
/// first version of a region leaves it out. `VisionVersionsRule` checks a `vorige` that is written.
struct PreviousVersionRule: SiteRule {
    let reads: RuleInputs = [.placements, .frontMatter]

    func check(_ context: RuleContext) -> [Diagnostic] {
        context.visionsByRegion.keys.sorted().flatMap { region in
            let visions = context.visionsByRegion[region] ?? []
            return visions.compactMap { vision -> Diagnostic? in
                guard case let .regiovisie(details) = vision.details, details.previous == nil, let period = vision.period,
                      // Overlapping versions have their own finding; which one comes first is not known yet.
                      !VisionVersionsRule.overlapsAnother(vision, among: visions),
                      let before = Self.versionBefore(period, among: visions)
                else { return nil }
                return Diagnostic(
                    .missingPrevious, "`vorige` ontbreekt: deze regiovisie (\(period)) volgt op `\(before.path)` (\(before.period?.description ?? ""))",
                    at: vision.periodLocation,
                    notes: ["alleen de eerste versie van een regio laat `vorige` weg"],
                    fixIt: "voeg onder `periode` de regel `vorige: \(before.path)` toe"
                )
            }
        }
    }

    /// The newest version whose period starts before `period`.
    static func versionBefore(_ period: Period, among visions: [Document]) -> Document? {
        visions.filter { ($0.period?.from ?? .max) < period.from }
            .max { ($0.period?.from ?? 0, $0.path) < ($1.period?.from ?? 0, $1.path) }
    }
}
