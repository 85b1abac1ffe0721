/// A municipality as its region lists it.
public struct Municipality: Sendable, Hashable {
    public let code: GemeenteCode
    public let name: String
    public let slug: Slug
}

/// A centrumgemeente's region, from `<regio>/regio.yaml`.
public struct Region: Sendable {
    public let slug: Slug
    public let name: String
    public let description: String?
    public let centralMunicipalities: [GemeenteCode]
    public let veiligThuisRegion: String?
    /// Where the membership comes from, shown to readers.
    public let basis: String?
    public let municipalities: [Municipality]
    public let file: String
    /// Where each member's `code` stands in `regio.yaml`.
    public internal(set) var memberLocations: [GemeenteCode: SourceLocation] = [:]

    public func municipality(code: GemeenteCode) -> Municipality? {
        municipalities.first { $0.code == code }
    }

    /// Finds a member by CBS code or by slug, as documents may name it either way.
    public func municipality(named reference: String) -> Municipality? {
        if let code = GemeenteCode(reference) { return municipality(code: code) }
        return municipalities.first { $0.slug.value == reference }
    }

    public func isCentral(_ municipality: Municipality) -> Bool {
        centralMunicipalities.contains(municipality.code)
    }

    /// Where the region with folder `slug` is described: `<regio>/regio.yaml`.
    static func file(of slug: Slug) -> String {
        "\(slug)/regio.yaml"
    }
}
