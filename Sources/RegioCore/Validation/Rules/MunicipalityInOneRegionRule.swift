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
                        at: region.memberLocations[municipality.code] ?? SourceLocation(file: region.file),
                        notes: ["zie \(other.memberLocations[municipality.code].map { "\($0.file):\($0.line)" } ?? other.file)"],
                        fixIt: "een gemeente hoort bij één regio: haal haar weg uit één van beide"
                    ))
                } else {
                    firstRegion[municipality.code] = region
                }
            }
        }
        return diagnostics
    }
}
