/// A municipality belongs to one region only (DESIGN §2).
struct MunicipalityInOneRegionRule: SiteRule {
    let reads: RuleInputs = [.regions]

    func check(_ context: RuleContext) -> [Diagnostic] {
        var firstRegion: [GemeenteCode: Region] = [:]
        var diagnostics: [Diagnostic] = []
        for region in context.regions.values.sorted(by: { $0.slug < $1.slug }) {
            for municipality in region.municipalities {
                if let other = firstRegion[municipality.code] {
                    diagnostics.append(Diagnostic(
                        .municipalityInTwoRegions, "\(municipality.name) (\(municipality.code)) staat ook in regio \(other.name)",
                        at: SourceLocation(file: region.file), notes: ["zie \(other.file)"]
                    ))
                } else {
                    firstRegion[municipality.code] = region
                }
            }
        }
        return diagnostics
    }
}
