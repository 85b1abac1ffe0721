import Yams

extension Region {
    static let keys = ["naam", "omschrijving", "centrumgemeenten", "veilig_thuis_regio", "bron", "gemeenten"]
    static let municipalityKeys = ["code", "naam", "slug", "roepnaam"]

    /// Reads `<regio>/regio.yaml`; the folder name is the region's slug.
    static func decode(_ file: SourceFile, _ diagnostics: inout [Diagnostic]) -> Region? {
        guard let folder = file.path.split(separator: "/").first.map(String.init) else { return nil }
        guard let slug = Slug(folder) else {
            diagnostics.append(Diagnostic(
                .invalidPath, "de regiomap `\(folder)` is geen geldige slug", at: SourceLocation(file: file.path),
                fixIt: "hernoem de map naar `\(Slug(deriving: folder))`"
            ))
            return nil
        }
        guard ![SiteMap.assetFolder, SiteMap.nationalFolder].contains(slug.value) else {
            diagnostics.append(Diagnostic(
                .reservedName, "de regiomap `\(folder)` heeft een naam die Regio zelf gebruikt", at: SourceLocation(file: file.path),
                fixIt: "hernoem de map, bijvoorbeeld naar de naam van de regio"
            ))
            return nil
        }
        guard let fields = YAMLFields.read(file: file, subject: "regio.yaml", allowedKeys: keys, diagnostics: &diagnostics) else { return nil }
        let name = fields.string("naam", required: true, &diagnostics)
        let before = diagnostics.count
        let (municipalities, memberLocations) = decodeMunicipalities(fields, &diagnostics)
        // With a member that could not be read, a centrumgemeente missing from them proves nothing.
        let allMembersRead = !diagnostics[before...].contains { $0.severity == .error }
        let central = decodeCentral(fields, members: allMembersRead ? municipalities : nil, &diagnostics)
        guard let name else { return nil }
        var region = Region(
            slug: slug, name: name, description: fields.string("omschrijving", &diagnostics),
            centralMunicipalities: central, veiligThuisRegion: fields.string("veilig_thuis_regio", &diagnostics),
            basis: fields.string("bron", &diagnostics), municipalities: municipalities, file: file.path
        )
        region.memberLocations = memberLocations
        return region
    }

    /// The members, and where each entry stands (for findings about a member, not the whole file).
    private static func decodeMunicipalities(_ fields: YAMLFields, _ diagnostics: inout [Diagnostic])
        -> ([Municipality], [GemeenteCode: SourceLocation]) {
        var result: [Municipality] = []
        var locations: [GemeenteCode: SourceLocation] = [:]
        for item in fields.list("gemeenten", required: true, &diagnostics) ?? [] {
            guard let entry = YAMLFields.read(item, source: fields.source, subject: "een gemeente", allowedKeys: municipalityKeys,
                                              example: "schrijf elke gemeente op een eigen regel als `  - {code: GM0503, naam: Delft}`", diagnostics: &diagnostics),
                  let codeText = entry.string("code", required: true, &diagnostics),
                  let name = entry.string("naam", required: true, &diagnostics)
            else { continue }
            guard let code = GemeenteCode(codeText) else {
                diagnostics.append(Diagnostic(.invalidValue, "`\(codeText)` is geen CBS-gemeentecode", at: entry.location(of: "code"),
                                              notes: ["een CBS-code is GM gevolgd door vier cijfers, bijvoorbeeld GM0518"]))
                continue
            }
            var slug = Slug(deriving: name)
            if let slugText = entry.string("slug", &diagnostics) {
                guard let explicit = Slug(slugText) else {
                    diagnostics.append(Diagnostic(.invalidPath, "`\(slugText)` is geen geldige slug", at: entry.location(of: "slug"),
                                                  fixIt: "gebruik `\(Slug(deriving: slugText))`"))
                    continue
                }
                slug = explicit
            }
            if [SiteMap.assetFolder, SiteMap.nationalFolder, Placement.factsheetFolder].contains(slug.value) {
                diagnostics.append(Diagnostic(
                    .reservedName, "de gemeentemap `\(slug)` heeft een naam die Regio zelf gebruikt", at: entry.location,
                    fixIt: "geef de gemeente een andere `slug`, bijvoorbeeld `gemeente-\(slug)`"
                ))
                continue
            }
            if result.contains(where: { $0.code == code || $0.slug == slug }) {
                diagnostics.append(Diagnostic(.duplicateMunicipality, "gemeente `\(code)` (\(slug)) staat twee keer in deze regio", at: entry.location))
                continue
            }
            // A common name that is the official one adds nothing, and would show it twice.
            let commonName = entry.string("roepnaam", &diagnostics).flatMap { $0 == name ? nil : $0 }
            result.append(Municipality(code: code, name: name, slug: slug, commonName: commonName))
            locations[code] = entry.location(of: "code")
        }
        return (result, locations)
    }

    /// `members` is nil when not every member could be read: the codes are then only checked for form.
    private static func decodeCentral(_ fields: YAMLFields, members: [Municipality]?, _ diagnostics: inout [Diagnostic]) -> [GemeenteCode] {
        guard let items = fields.locatedStringList("centrumgemeenten", required: true, &diagnostics) else { return [] }
        var result: [GemeenteCode] = []
        for item in items {
            let text = item.value
            guard let code = GemeenteCode(text), members?.contains(where: { $0.code == code }) ?? true else {
                guard let members else { continue }
                // `Delft` or `gm0503` for `GM0503`: a member named another way than by its code.
                if GemeenteCode(text) == nil, let member = members.first(where: { $0.isNamed(loosely: text) }) {
                    diagnostics.append(Diagnostic(
                        .invalidValue, "`\(text)` is geen CBS-code", at: item.location,
                        notes: ["`centrumgemeenten` noemt elke centrumgemeente met de CBS-code die onder `gemeenten` staat"],
                        fixIt: "schrijf de CBS-code: `\(member.code)` (\(member.name))"
                    ))
                    continue
                }
                // `GM114` for `GM0114`: the digits padded to four, when that is a member.
                let digits = text.uppercased().hasPrefix("GM") ? String(text.dropFirst(2)) : text
                let padded = digits.allSatisfy(\.isNumber) && digits.count < 4
                    ? GemeenteCode("GM" + String(repeating: "0", count: 4 - digits.count) + digits) : nil
                let member = padded.flatMap { code in members.first { $0.code == code } }
                diagnostics.append(Diagnostic(
                    .unknownMunicipality, "centrumgemeente `\(text)` staat niet onder `gemeenten`", at: item.location,
                    fixIt: member.map { "bedoelde u `\($0.code)` (\($0.name))? Een CBS-code heeft vier cijfers" }
                        ?? "neem de centrumgemeente op in `gemeenten` met haar CBS-code"
                ))
                continue
            }
            result.append(code)
        }
        return result
    }
}
