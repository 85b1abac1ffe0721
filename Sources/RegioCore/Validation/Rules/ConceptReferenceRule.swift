/// An adopted plan works out a vision the region has adopted: a council cannot align its plan with
/// a text that may still change. A concept plan may follow a concept vision; they are adopted together.
struct ConceptReferenceRule: DocumentRule {
    func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        guard document.metadata.status == .vastgesteld, case let .beleidsplan(details) = document.details,
              let vision = context.documents[details.regiovisie.target], vision.metadata.type == .regiovisie,
              vision.metadata.status == .concept, let region = document.placement.region, vision.placement.region == region
        else { return [] }
        let adopted = (context.visionsByRegion[region] ?? []).filter { other in
            guard other.metadata.status == .vastgesteld, let period = details.period else { return false }
            return other.period?.overlaps(period) == true
        }
            .max { ($0.period?.from ?? 0, $0.path) < ($1.period?.from ?? 0, $1.path) }
        let stay = "of zet het plan op `status: concept` tot `\(vision.path)` is vastgesteld"
        return [Diagnostic(
            .referenceToConcept, "dit vastgestelde plan verwijst naar `\(vision.path)`, een regiovisie die nog een concept is",
            at: details.regiovisie.location,
            notes: ["een plan sluit aan op een regiovisie die de regio heeft vastgesteld"],
            fixIt: adopted.map { "verwijs naar `\($0.path)`, de vastgestelde regiovisie voor \($0.period?.description ?? ""), \(stay)" }
                ?? stay.replacingOccurrences(of: "of zet", with: "zet")
        )]
    }
}
