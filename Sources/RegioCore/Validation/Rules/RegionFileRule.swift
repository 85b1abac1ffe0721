/// A document in a region folder needs that region's `regio.yaml`.
struct RegionFileRule: SiteRule {
    let reads: RuleInputs = [.regions, .placements]

    func check(_ context: RuleContext) -> [Diagnostic] {
        var reported: Set<Slug> = []
        return context.documentsInOrder.compactMap { document in
            guard let region = document.placement.region, context.regions[region] == nil, reported.insert(region).inserted,
                  // A regio.yaml that is there but did not decode has its own error.
                  !context.incompleteFiles.contains(Region.file(of: region)) else { return nil }
            return Diagnostic(
                .missingRegionFile, "de map `\(region)` heeft geen regio.yaml, maar bevat wel documenten", at: SourceLocation(file: document.file),
                fixIt: "maak `\(Region.file(of: region))` aan met `naam`, `centrumgemeenten` en `gemeenten`"
            )
        }
    }
}
