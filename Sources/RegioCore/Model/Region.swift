/// A municipality as its region lists it.
public struct Municipality: Sendable, Hashable {
    public let code: GemeenteCode
    /// The official name, as the CBS gives it: `'s-Gravenhage`.
    public let name: String
    public let slug: Slug
    /// The name residents use, when it is another (`roepnaam: Den Haag`).
    public var commonName: String? = nil

    /// The name a reader looks for: the common name when there is one, else the official one.
    public var displayName: String { commonName ?? name }
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

    /// The member `reference` names the way an author may write it without being right: by name,
    /// by slug or code in another case, or by a name that gives the slug (`Den Haag` for `den-haag`).
    /// For the fix only; documents name a member by code or slug (`municipality(named:)`).
    public func municipality(resembling reference: String) -> Municipality? {
        municipalities.first { $0.isNamed(loosely: reference) }
    }

    public func isCentral(_ municipality: Municipality) -> Bool {
        centralMunicipalities.contains(municipality.code)
    }

    /// Where the region with folder `slug` is described: `<regio>/regio.yaml`.
    static func file(of slug: Slug) -> String {
        "\(slug)/regio.yaml"
    }
}

extension Municipality {
    /// Whether `reference` is this municipality's code, name or slug, in any case and with any spaces
    /// around it, or a name that gives its slug (`Den Haag`, `'s-Gravenhage` for `den-haag`).
    public func isNamed(loosely reference: String) -> Bool {
        let trimmed = String(reference.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
        guard !trimmed.isEmpty else { return false }
        if trimmed.uppercased() == code.value || trimmed.lowercased() == name.lowercased() || trimmed.lowercased() == commonName?.lowercased() { return true }
        let derived = Slug(deriving: trimmed).value
        return derived == slug.value || derived == Slug(deriving: name).value
    }
}
