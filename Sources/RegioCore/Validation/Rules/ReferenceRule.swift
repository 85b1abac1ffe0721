/// Front-matter references point at an existing document of the right type in the right region.
struct ReferenceRule: DocumentRule {
    func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        document.frontMatterReferences.compactMap { check($0, from: document, context) }
    }

    private func check(_ reference: Reference, from document: Document, _ context: RuleContext) -> Diagnostic? {
        let meant = context.visionMeant(by: document)
        guard let target = context.documents[reference.target] else {
            // A target that exists but failed to decode has its own diagnostic already.
            guard !context.documentFiles.contains(reference.target.fileName) else { return nil }
            let candidates = context.documents.values.filter { $0.metadata.type == .regiovisie }.map(\.path.description)
            // `regiovisie-2023-2026` without its region, the likeliest slip, is the region's own.
            let ownName = document.placement.region.map { "\($0)/\(reference.target.description.split(separator: "/").last ?? "")" }
            let suggestion = KeySuggestion.suggestion(for: reference.target.description, among: candidates)
                ?? candidates.first { $0 == ownName } ?? meant?.path.description
            var missing = Diagnostic(
                .unknownReference, "`\(reference.target)` verwijst naar een document dat niet bestaat", at: reference.location,
                fixIt: suggestion.map { "bedoelde u `\($0)`?" }
            )
            missing.missingFile = reference.target.fileName
            return missing
        }
        guard target.metadata.type == .regiovisie else {
            // A plan named for its vision: the vision that plan refers to is most likely the one meant.
            let viaPlan = target.frontMatterReferences.first.flatMap { context.documents[$0.target] }
                .flatMap { $0.metadata.type == .regiovisie && $0.placement.region == document.placement.region ? $0 : nil }
            return Diagnostic(.wrongReferenceType, "`\(reference.target)` is een \(target.metadata.type.rawValue), geen regiovisie", at: reference.location,
                              fixIt: (viaPlan ?? meant).map { "verwijs naar een regiovisie, zoals `\($0.path)`" })
        }
        guard target.placement.region == document.placement.region else {
            return Diagnostic(
                .wrongReferenceType, "`\(reference.target)` is een regiovisie van een andere regio", at: reference.location,
                notes: ["een document verwijst naar een regiovisie van zijn eigen regio (\(document.placement.region?.value ?? "-"))"],
                fixIt: meant.map { "verwijs naar de regiovisie van de eigen regio: `\($0.path)`" }
            )
        }
        return nil
    }
}

extension RuleContext {
    /// The vision of `document`'s own region its reference most likely means: for a plan the one its
    /// period overlaps, for a vision the newest that starts before it (`vorige`), else the one in
    /// force, else the newest. For the fix of a reference that is wrong; nil when the region has none.
    func visionMeant(by document: Document) -> Document? {
        guard let region = document.placement.region else { return nil }
        return visionMeant(in: region, period: document.period, byVision: document.metadata.type == .regiovisie, excluding: document.path)
    }

    /// The same for a document known only by its place and period (a plan that did not decode):
    /// with a period, a vision that covers it whole comes before one that only overlaps it.
    func visionMeant(in region: Slug, period: Period?, byVision: Bool = false, excluding path: ContentPath? = nil) -> Document? {
        let visions = (visionsByRegion[region] ?? []).filter { $0.path != path }
            .sorted { ($0.period?.from ?? 0, $0.path) < ($1.period?.from ?? 0, $1.path) }
        if let period {
            let match = byVision
                ? visions.last { ($0.period?.from ?? .max) < period.from }
                : visions.last { $0.period.map { $0.from <= period.from && period.to <= $0.to } == true }
                    ?? visions.last { $0.period?.overlaps(period) == true }
            if let match { return match }
        }
        return visions.first { $0.isInForce(on: today) } ?? visions.last
    }
}
