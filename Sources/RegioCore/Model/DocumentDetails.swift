/// What only a regiovisie has.
public struct RegiovisieDetails: Sendable {
    public let period: Period
    /// Where `periode` stands: what a finding about the period points at.
    public var periodLocation: SourceLocation?
    /// Ids of the frameworks it builds on; checked against the checklist by a later stage.
    public let frameworks: [Located<String>]
    /// Where `kaders` stands, when it is written: a missing framework is added there.
    public let frameworksLocation: SourceLocation?
    /// The version it replaces.
    public let previous: Reference?
}

/// The forms a local plan takes.
public enum PlanKind: String, Sendable, CaseIterable {
    case beleidsplan, uitvoeringsplan
    case wmoKadernota = "wmo-kadernota"

    /// How a title written by `regio new` begins.
    public var titleWord: String {
        switch self {
        case .beleidsplan: "Beleidsplan"
        case .uitvoeringsplan: "Uitvoeringsplan"
        case .wmoKadernota: "Wmo-kadernota"
        }
    }
}

/// What only a local plan has.
public struct BeleidsplanDetails: Sendable {
    public let kind: PlanKind
    public let regiovisie: Reference
    public let period: Period?
    public var periodLocation: SourceLocation?
    public let frameworks: [Located<String>]
    public let frameworksLocation: SourceLocation?
    /// The `gemeente` key as written, checked against the folder once regions are known.
    public let declaredMunicipality: DeclaredMunicipality?
    /// How the plan scores itself on the indicators of indicatoren.yaml, in the order written.
    public let indicators: [IndicatorScore]
    /// Every indicator the plan names, scored or not yet, where its id stands: checked against indicatoren.yaml.
    public let namedIndicators: [Located<String>]
}

/// A municipality named in front matter by CBS code or slug.
public struct DeclaredMunicipality: Sendable {
    public let reference: String
    public let location: SourceLocation
}

/// Which area a factsheet's figures describe.
public enum FactsheetScale: String, Sendable, CaseIterable {
    case landelijk, regio, gemeente
}

/// One figure of a factsheet.
public struct Figure: Sendable {
    /// Set when the figure is quoted in a text as `[](cijfer:pad#id)`; unique within its factsheet.
    public let id: String?
    public let label: String
    public let value: FigureValue
    public let unit: String?
    public let year: Int
    public let municipality: GemeenteCode?
    public let note: String?
    /// The figure's own source when it differs from the factsheet's.
    public let source: Source?
    public let location: SourceLocation
    /// Where `waarde`, `jaar` and `gemeente` stand (in a CSV file: the row's line), so that a finding
    /// about one of them points at it rather than at the figure's first line.
    public let valueLocation: SourceLocation
    public let yearLocation: SourceLocation
    public let municipalityLocation: SourceLocation?

    /// How a finding quotes the figure: its value the Dutch way, with its unit.
    public var quoted: String { quoted(in: .nl) }

    /// How a page quotes the figure: its value in the site's language, with its unit.
    public func quoted(in language: SiteSettings.Language) -> String {
        [value.written(in: language), unit].compactMap { $0 }.joined(separator: " ")
    }

    /// The id of the figure's row in its factsheet's table.
    public static func anchor(_ id: String) -> String {
        "cijfer-" + id
    }
}

/// What only a factsheet has.
public struct FactsheetDetails: Sendable {
    public let scale: FactsheetScale
    public let municipality: GemeenteCode?
    public let municipalityLocation: SourceLocation?
    public let referenceYear: Int?
    public let referenceYearLocation: SourceLocation?
    public let source: Source
    /// From `cijfers`, then from the CSV file named by `cijferbestand`, in file order.
    public internal(set) var figures: [Figure]
    /// `cijferbestand` as written, relative to the factsheet, with where it was written.
    public let figureFile: Located<String>?
    /// A regional sheet's `gemeente` values, of the sheet and its figures, that are no CBS code (a
    /// name, a slug): `FactsheetMunicipalityRule` reports them with the code of the member meant.
    public let unreadMunicipalities: [DeclaredMunicipality]
}
