/// Each region has exactly one regiovisie in force on the build's date: adopted, with a period
/// that holds the date (issue 3). Readers and councils look for "the" vision; none, or two, is a gap.
struct CurrentVisionRule: SiteRule {
    let reads: RuleInputs = [.regions, .placements, .frontMatter]

    func check(_ context: RuleContext) -> [Diagnostic] {
        context.regions.values.sorted { $0.slug < $1.slug }.compactMap { region -> Diagnostic? in
            let visions = context.visionsByRegion[region.slug] ?? []
            let current = visions.filter { $0.isInForce(on: context.today) }
            guard current.count != 1, !hasUndecodedVision(region.slug, context) else { return nil }
            let location = SourceLocation(file: region.file, line: 1)
            if visions.isEmpty {
                return Diagnostic(
                    .noCurrentVision, "regio \(region.name) heeft nog geen regiovisie", at: location,
                    fixIt: "maak er een met `regio new regiovisie --regio \(region.slug) --periode \(context.today.year)-\(context.today.year + 3)`"
                )
            }
            if current.isEmpty {
                // The version whose period holds today but that was set to `vervallen`: often a slip.
                if let lapsed = visions.first(where: { $0.metadata.status == .vervallen && $0.period?.contains(year: context.today.year) == true }) {
                    return Diagnostic(
                        .noCurrentVision, "regio \(region.name) heeft op \(context.today) geen geldende regiovisie: `\(lapsed.path)` (\(lapsed.period?.description ?? "")) omvat \(context.today.year), maar staat op `status: vervallen`",
                        at: lapsed.metadata.statusLocation, notes: ["vervallen is een versie pas als een volgende haar vervangt"],
                        fixIt: "zet `status: vastgesteld` als dat een vergissing is; vervangt een nieuwere versie haar, stel die dan vast"
                    )
                }
                let newest = visions.max { ($0.period?.to ?? 0, $0.path) < ($1.period?.to ?? 0, $1.path) }
                return Diagnostic(
                    .noCurrentVision, "regio \(region.name) heeft op \(context.today) geen geldende regiovisie", at: location,
                    notes: newest.map { ["de nieuwste is `\($0.path)` (\($0.period?.description ?? "zonder periode"), \($0.metadata.status.rawValue))"] } ?? [],
                    fixIt: "stel een regiovisie vast waarvan de periode \(context.today.year) omvat"
                )
            }
            return Diagnostic(
                .noCurrentVision, "regio \(region.name) heeft op \(context.today) \(current.count) geldende regiovisies", at: location,
                notes: current.map(\.path.description).sorted().map { "geldend: `\($0)`" },
                fixIt: "zet de oude versie op `status: vervallen`"
            )
        }
    }

    /// A document in the region's own folder, where only visions go, that did not decode: it may be
    /// the vision in force, and its own error is the one to fix.
    private func hasUndecodedVision(_ region: Slug, _ context: RuleContext) -> Bool {
        context.incompleteFiles.contains { file in
            let parts = file.split(separator: "/")
            return parts.count == 2 && parts[0] == region.value && file.hasSuffix(".md")
        }
    }
}
