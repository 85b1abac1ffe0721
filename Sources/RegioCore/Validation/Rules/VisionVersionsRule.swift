/// The versions of one region's regiovisie follow each other: periods do not overlap, and `vorige`
/// names the version just before this one (DESIGN §1): one whose period lies before this one's,
/// with no other version between them.
struct VisionVersionsRule: SiteRule {
    let reads: RuleInputs = [.placements, .frontMatter]

    func check(_ context: RuleContext) -> [Diagnostic] {
        let visions = context.documentsInOrder.filter { $0.metadata.type == .regiovisie }
        let visionsByRegion = Dictionary(grouping: visions) { $0.placement.region }
        var diagnostics: [Diagnostic] = []
        // The visions before this one in path order, per region: comparing each with every earlier
        // one of the whole country cost more than the rest of the rule.
        var earlier: [Slug?: [Document]] = [:]
        for vision in visions {
            defer { earlier[vision.placement.region, default: []].append(vision) }
            guard let period = vision.period else { continue }
            for other in earlier[vision.placement.region] ?? [] {
                guard let otherPeriod = other.period, period.overlaps(otherPeriod) else { continue }
                diagnostics.append(Diagnostic(
                    .overlappingVisions, "de periode \(period) overlapt met \(otherPeriod) van `\(other.path)`",
                    at: vision.periodLocation,
                    notes: ["één regio heeft per periode één regiovisie"],
                    fixIt: "laat de periode na \(otherPeriod.to) beginnen, zodat de versies elkaar opvolgen, of haal een kopie weg"
                ))
            }
            if case let .regiovisie(details) = vision.details, let previous = details.previous, previous.target == vision.path {
                diagnostics.append(Diagnostic(
                    .overlappingVisions, "`vorige` wijst naar deze regiovisie zelf", at: previous.location,
                    fixIt: "laat `vorige` wijzen naar de versie die deze vervangt, of laat `vorige` weg bij de eerste versie"
                ))
            } else if case let .regiovisie(details) = vision.details, let previous = details.previous,
               let earlier = context.documents[previous.target], let earlierPeriod = earlier.period,
               earlier.metadata.type == .regiovisie, earlierPeriod.from >= period.from {
                diagnostics.append(Diagnostic(
                    .overlappingVisions, "`vorige` wijst naar `\(previous.target)` (\(earlierPeriod)), die niet vóór \(period) ligt",
                    at: previous.location, fixIt: "laat `vorige` wijzen naar de versie die deze vervangt"
                ))
            } else if case let .regiovisie(details) = vision.details, let previous = details.previous,
                      let earlier = context.documents[previous.target], earlier.metadata.type == .regiovisie,
                      let skipped = Self.skipped(from: earlier, to: vision, among: visionsByRegion[vision.placement.region] ?? []),
                      // A version that overlaps another has its own finding and may be the copy left behind.
                      !Self.overlapsAnother(skipped, among: visionsByRegion[vision.placement.region] ?? []) {
                diagnostics.append(Diagnostic(
                    .overlappingVisions,
                    "`vorige` wijst naar `\(previous.target)`, maar `\(skipped.path)` (\(skipped.period?.description ?? "")) ligt ertussen",
                    at: previous.location, notes: ["de pagina's en de vergelijking volgen de periodes: zij zetten `\(skipped.path)` vóór deze versie"],
                    fixIt: "laat `vorige` wijzen naar `\(skipped.path)`"
                ))
            }
        }
        return diagnostics
    }

    static func overlapsAnother(_ vision: Document, among visions: [Document]) -> Bool {
        guard let period = vision.period else { return false }
        return visions.contains { $0.path != vision.path && $0.period?.overlaps(period) == true }
    }

    /// The newest of `visions` (those of `vision`'s region) whose period starts after `previous`'s and
    /// before `vision`'s: the version `vorige` should name instead.
    static func skipped(from previous: Document, to vision: Document, among visions: [Document]) -> Document? {
        guard let from = previous.period?.from, let to = vision.period?.from else { return nil }
        return visions.filter { other in
            other.path != vision.path && other.period.map { $0.from > from && $0.from < to } == true
        }.max { ($0.period?.from ?? 0, $0.path) < ($1.period?.from ?? 0, $1.path) }
    }
}
