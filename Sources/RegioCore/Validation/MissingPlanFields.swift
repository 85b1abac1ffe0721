/// Completes the fix of a plan's missing `regiovisie` or `periode` with what only the whole site knows:
/// the visions of the plan's own region. Decoding sees one file (and is cached by it), so its fix could
/// only show a generic example, which named another region and brought three new errors when followed.
enum MissingPlanFields {
    /// `findings` with the fixes of those two keys in plans replaced; every other finding as it was.
    static func complete(_ findings: [Diagnostic], sources: [String: SourceFile], in context: RuleContext) -> [Diagnostic] {
        findings.map { finding in
            guard finding.code == .missingField, let key = finding.missingKey,
                  let path = ContentPath(finding.location.file), case let .municipality(region, _)? = Placement(path: path)
            else { return finding }
            var completed = finding
            switch key {
            case "regiovisie":
                completed.fixIt = visionFix(region: region, period: period(of: path, sources: sources), context: context)
            case "periode" where Period.named(byFile: path.fileName) == nil:
                // No years in the name to take: the period of the vision the plan works out fits it.
                guard let vision = context.visionMeant(in: region, period: nil), let period = vision.period else { return finding }
                completed.fixIt = "voeg toe: `periode: \(period.written)` (de periode van `\(vision.path)`), of de jaren die het plan beslaat binnen die periode"
            default:
                return finding
            }
            return completed
        }
    }

    private static func visionFix(region: Slug, period: Period?, context: RuleContext) -> String {
        guard let vision = context.visionMeant(in: region, period: period) else {
            return "maak eerst een regiovisie voor \(region) met `regio new regiovisie --regio \(region)`, en noem die hier als `regiovisie: \(region)/<naam van de regiovisie>`"
        }
        return "voeg toe: `regiovisie: \(vision.path)`"
    }

    /// The plan's period as written, else as its file name gives it, to choose among several visions.
    private static func period(of path: ContentPath, sources: [String: SourceFile]) -> Period? {
        var ignored: [Diagnostic] = []
        let written = sources[path.fileName].flatMap(UndecodedFrontMatter.init).flatMap {
            Period.decode($0.fields, key: "periode", required: false, &ignored)
        }
        return written ?? Period.named(byFile: path.fileName)
    }
}
