/// The content as decoded, without rendering: what `regio new` needs to fill in a new document
/// (the region, its municipalities, the vision in force, the checklist, the indicators).
public struct ContentSnapshot: Sendable {
    public let regions: [Region]
    public let documents: [Document]
    public let checklist: Checklist?
    /// The indicators a new plan lists, from indicatoren.yaml.
    public let indicators: IndicatorSet?

    public static func load(from content: any ContentFileSystem) -> ContentSnapshot {
        let loaded = ContentLoader.load(from: content)
        var ignored: [Diagnostic] = []
        return ContentSnapshot(
            regions: loaded.regionFiles.compactMap { Region.decode($0, &ignored) },
            documents: loaded.documentFiles.compactMap { Document.decode($0, &ignored) },
            checklist: loaded.checklistFile.flatMap { Checklist.decode($0, &ignored) },
            indicators: loaded.indicatorFile.flatMap { IndicatorSet.decode($0, &ignored) }
        )
    }

    /// The region `reference` names: its folder name, or the name people use (`Drenthe`,
    /// `West-Brabant`), folded the way `regio build --region` folds it.
    public func region(_ reference: String) -> Region? {
        let folded = Slug(deriving: reference).value
        return regions.first { $0.slug.value == reference }
            ?? regions.first { $0.slug.value == folded || Slug(deriving: $0.name).value == folded }
    }

    /// The region and municipality a CBS code, municipality slug or name (`Delft`, `'s-Gravenhage`) names.
    public func municipality(_ reference: String) -> (Region, Municipality)? {
        let folded = Slug(deriving: reference).value
        for region in regions {
            if let municipality = region.municipalities.first(where: {
                $0.code.value == reference.uppercased() || $0.slug.value == folded || Slug(deriving: $0.name).value == folded
            }) {
                return (region, municipality)
            }
        }
        return nil
    }

    /// Why `reference` names no municipality, with the nearest one's folder name when a typo is likely
    /// (`delf` → `delft`), or for a code every code it may be mistyped from (`GM0778`: GM0777 and GM0779).
    public func unknownMunicipalityMessage(_ reference: String) -> String {
        let all = regions.flatMap(\.municipalities)
        if let code = GemeenteCode(reference.uppercased().filter { !$0.isWhitespace }), let number = Int(code.value.dropFirst(2)) {
            // Of the codes it may be mistyped from, the nearest in number (a key beside the right
            // one); both neighbours when they are equally near.
            let typos = all.filter { code.isTypo(of: $0.code) }.map { (municipality: $0, distance: abs((Int($0.code.value.dropFirst(2)) ?? 0) - number)) }
            if let nearest = typos.map(\.distance).min() {
                let near = typos.filter { $0.distance == nearest }.map(\.municipality).sorted { $0.code < $1.code }
                return "geen regio heeft de gemeente `\(reference)`; bedoelde u " + near.map { "`\($0.code)` (\($0.displayName))" }.joined(separator: " of ") + "?"
            }
        }
        let near = KeySuggestion.suggestion(for: Slug(deriving: reference).value, among: all.map(\.slug.value))
            .flatMap { slug in all.first { $0.slug.value == slug } }
        let hint = near.map { "; bedoelde u `\($0.slug.value)` (\($0.displayName), \($0.code.value))?" }
            ?? "; gebruik de CBS-code of de mapnaam uit regio.yaml, zoals GM0518 of den-haag"
        return "geen regio heeft de gemeente `\(reference)`" + hint
    }

    /// A region's regiovisies, oldest period first.
    public func visions(of region: Region) -> [Document] {
        documents.filter { $0.metadata.type == .regiovisie && $0.placement.region == region.slug }
            .sorted { ($0.period?.from ?? 0, $0.path) < ($1.period?.from ?? 0, $1.path) }
    }

    /// A municipality's adopted beleidsplannen (not uitvoeringsplannen), oldest period first: the
    /// policy in force, which a new beleidsplan follows rather than overlaps (`PlanOverlapRule`).
    public func adoptedPlans(of municipality: Municipality, in region: Region) -> [Document] {
        documents.filter { document in
            guard case let .beleidsplan(details) = document.details, details.kind == .beleidsplan, document.metadata.status == .vastgesteld,
                  document.placement == .municipality(region: region.slug, municipality: municipality.slug) else { return false }
            return document.period != nil
        }.sorted { ($0.period?.from ?? 0, $0.path) < ($1.period?.from ?? 0, $1.path) }
    }

    /// The vision of a region in force on `date`.
    public func vision(of region: Region, on date: DayDate) -> Document? {
        documents.filter { $0.metadata.type == .regiovisie && $0.placement.region == region.slug && $0.isInForce(on: date) }
            .sorted { $0.path < $1.path }.first
    }
}
