/// The versions of one region's regiovisie follow each other: periods do not overlap, and `vorige`
/// names a version whose period lies before this one's (DESIGN §1).
struct VisionVersionsRule: SiteRule {
    let reads: RuleInputs = [.placements, .frontMatter]

    func check(_ context: RuleContext) -> [Diagnostic] {
        let visions = context.documentsInOrder.filter { $0.metadata.type == .regiovisie }
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
                    at: SourceLocation(file: vision.file, line: 1),
                    notes: ["één regio heeft per periode één regiovisie"]
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
            }
        }
        return diagnostics
    }
}
