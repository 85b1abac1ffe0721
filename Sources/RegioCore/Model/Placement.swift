/// Where a document lives in the content folder, which decides its region and municipality.
public enum Placement: Sendable, Hashable {
    /// `factsheets/<slug>.md`: national, shown in every region.
    case national
    /// `<regio>/<slug>.md`: a regiovisie.
    case region(Slug)
    /// `<regio>/factsheets/<slug>.md`.
    case regionFactsheets(Slug)
    /// `<regio>/<gemeente>/<slug>.md`: a local plan.
    case municipality(region: Slug, municipality: Slug)

    static let factsheetFolder = "factsheets"

    /// Reads the placement from the path; nil for a path deeper than Regio's layout.
    init?(path: ContentPath) {
        let parts = path.components
        switch parts.count {
        case 2 where parts[0].value == Self.factsheetFolder: self = .national
        case 2: self = .region(parts[0])
        case 3 where parts[1].value == Self.factsheetFolder: self = .regionFactsheets(parts[0])
        case 3 where parts[0].value != Self.factsheetFolder: self = .municipality(region: parts[0], municipality: parts[1])
        default: return nil
        }
    }

    public var region: Slug? {
        switch self {
        case .national: nil
        case let .region(slug), let .regionFactsheets(slug): slug
        case let .municipality(region, _): region
        }
    }
}
