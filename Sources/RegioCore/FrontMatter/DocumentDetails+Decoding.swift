import Yams

extension RegiovisieDetails {
    static func decode(_ fields: YAMLFields, placement: Placement, _ diagnostics: inout [Diagnostic]) -> RegiovisieDetails? {
        if let declared = fields.string("regio", &diagnostics), let folder = placement.region, declared != folder.value {
            diagnostics.append(Diagnostic(
                .regionMismatch, "`regio: \(declared)` klopt niet met de map `\(folder)` waarin het document staat",
                at: fields.location(of: "regio"), fixIt: "schrijf `regio: \(folder)` of verplaats het document naar `\(declared)/`"
            ))
        }
        let period = Period.decode(fields, key: "periode", required: true, &diagnostics)
        let previous = Reference.decode(fields, key: "vorige", required: false, &diagnostics)
        let frameworks = fields.locatedStringList("kaders", &diagnostics) ?? []
        guard let period else { return nil }
        return RegiovisieDetails(period: period, periodLocation: fields.location(of: "periode"), frameworks: frameworks,
                                 frameworksLocation: fields.writtenLocation(of: "kaders"), previous: previous)
    }
}

extension BeleidsplanDetails {
    static func decode(_ fields: YAMLFields, _ diagnostics: inout [Diagnostic]) -> BeleidsplanDetails? {
        let kind = fields.choice("soort", as: PlanKind.self, &diagnostics) ?? .beleidsplan
        let regiovisie = Reference.decode(fields, key: "regiovisie", required: true, &diagnostics)
        let period = Period.decode(fields, key: "periode", required: true, &diagnostics)
        let frameworks = fields.locatedStringList("kaders", &diagnostics) ?? []
        let municipality = fields.string("gemeente", &diagnostics).map { DeclaredMunicipality(reference: $0, location: fields.location(of: "gemeente")) }
        let indicators = IndicatorScore.decodeAll(fields, &diagnostics)
        guard let regiovisie else { return nil }
        return BeleidsplanDetails(kind: kind, regiovisie: regiovisie, period: period, periodLocation: period.map { _ in fields.location(of: "periode") },
                                  frameworks: frameworks,
                                  frameworksLocation: fields.writtenLocation(of: "kaders"), declaredMunicipality: municipality,
                                  indicators: indicators.scores, namedIndicators: indicators.named)
    }
}

extension FactsheetDetails {
    static let sourceKeys = ["naam", "url"]
    static let figureKeys = ["id", "label", "waarde", "eenheid", "jaar", "gemeente", "toelichting", "bron"]

    static func decode(_ fields: YAMLFields, placement: Placement, _ diagnostics: inout [Diagnostic]) -> FactsheetDetails? {
        let scale = fields.choice("schaal", as: FactsheetScale.self, required: true, &diagnostics)
        if let scale {
            let fits = (scale == .landelijk) == (placement == .national)
            if !fits {
                diagnostics.append(Diagnostic(
                    .misplacedDocument,
                    scale == .landelijk ? "een landelijke factsheet hoort in `factsheets/` in de hoofdmap" : "een factsheet met schaal `\(scale.rawValue)` hoort in `<regio>/factsheets/`",
                    at: fields.location(of: "schaal")
                ))
            }
        }
        // A regional sheet's municipality written by name is reported by FactsheetMunicipalityRule,
        // which knows the region's members and so the code that was meant.
        var unread: [DeclaredMunicipality]? = placement == .national ? nil : []
        let municipality = GemeenteCode.read(fields, required: scale == .gemeente, unread: &unread, &diagnostics)
        let year = fields.int("peiljaar", &diagnostics)
        let source = fields.object("bron", allowedKeys: sourceKeys, subject: "`bron`", required: true, &diagnostics).flatMap { Source.decode($0, &diagnostics) }
        let figureFile = fields.string("cijferbestand", &diagnostics).map { Located($0, at: fields.location(of: "cijferbestand")) }
        let figureNodes = fields.list("cijfers", required: figureFile == nil, &diagnostics)
        if figureNodes?.isEmpty == true {
            diagnostics.append(Diagnostic(.noFigures, "`cijfers` is leeg: een factsheet heeft minstens één cijfer", at: fields.location(of: "cijfers"),
                                          fixIt: "schrijf `cijfers:` zonder `[]`, met daaronder per cijfer een regel als `  - {label: Meldingen, waarde: 1234, jaar: 2023}`"))
        }
        let figures = (figureNodes ?? []).compactMap {
            Figure.decode($0, source: fields.source, unreadMunicipalities: &unread, &diagnostics)
        }
        var seen: Set<String> = []
        for figure in figures {
            guard let id = figure.id else { continue }
            if !seen.insert(id).inserted {
                diagnostics.append(Diagnostic(.duplicateID, "de id `\(id)` staat al bij een eerder cijfer van deze factsheet", at: figure.location,
                                              fixIt: "geef elk cijfer een eigen id, bijvoorbeeld met het jaartal erin: `\(id)-\(figure.year)`"))
            }
        }
        guard let scale, let source else { return nil }
        return FactsheetDetails(
            scale: scale, municipality: municipality, municipalityLocation: municipality.map { _ in fields.location(of: "gemeente") },
            referenceYear: year, referenceYearLocation: year.map { _ in fields.location(of: "peiljaar") },
            source: source, figures: figures, figureFile: figureFile, unreadMunicipalities: unread ?? []
        )
    }
}

extension Source {
    static func decode(_ fields: YAMLFields, _ diagnostics: inout [Diagnostic]) -> Source? {
        guard let name = fields.string("naam", required: true, &diagnostics) else { return nil }
        // Every `bron` stands under that key: in a factsheet, a figure and indicatoren.yaml.
        TemplatePlaceholder.check(name, key: "naam", path: "bron.naam", in: fields,
                                  fixIt: "noem waar de cijfers vandaan komen, zoals `CBS StatLine 84849NED`, en zet bij `bron.url` waar ze staan", &diagnostics)
        let url = fields.string("url", &diagnostics)
        TemplatePlaceholder.check(url, key: "url", path: "bron.url", in: fields,
                                  fixIt: "zet bij `bron.url` het adres van de tabel of het rapport waar de cijfers staan, of haal `url` weg", &diagnostics)
        if let url, !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
            diagnostics.append(Diagnostic(.invalidValue, "de bron-url `\(url)` begint niet met https://", at: fields.location(of: "url")))
            return nil
        }
        return Source(name: name, url: url)
    }
}

extension Figure {
    /// `unreadMunicipalities` as in `GemeenteCode.read`.
    static func decode(_ node: Node, source: YAMLSource, unreadMunicipalities: inout [DeclaredMunicipality]?, _ diagnostics: inout [Diagnostic]) -> Figure? {
        guard let fields = YAMLFields.read(node, source: source, subject: "een cijfer", allowedKeys: FactsheetDetails.figureKeys, diagnostics: &diagnostics) else { return nil }
        let label = fields.string("label", required: true, &diagnostics)
        let value = fields.number("waarde", required: true, &diagnostics)
        let year = fields.int("jaar", required: true, &diagnostics)
        let municipality = GemeenteCode.read(fields, required: false, unread: &unreadMunicipalities, &diagnostics)
        let figureSource = fields.object("bron", allowedKeys: FactsheetDetails.sourceKeys, subject: "`bron`", &diagnostics).flatMap { Source.decode($0, &diagnostics) }
        var id: String?
        if let text = fields.string("id", &diagnostics) {
            id = Slug(text)?.value
            if id == nil {
                diagnostics.append(Diagnostic(.invalidValue, "`\(text)` is geen geldige id voor een cijfer", at: fields.location(of: "id"),
                                              fixIt: "gebruik kleine letters, cijfers en koppeltekens, zoals `meldingen-2023`"))
            }
        }
        guard let label, let value, let year else { return nil }
        return Figure(
            id: id, label: label, value: value, unit: fields.string("eenheid", &diagnostics), year: year, municipality: municipality,
            note: fields.string("toelichting", &diagnostics), source: figureSource, location: fields.location,
            valueLocation: fields.location(of: "waarde"), yearLocation: fields.location(of: "jaar"),
            municipalityLocation: fields.writtenLocation(of: "gemeente")
        )
    }
}

extension GemeenteCode {
    /// `gm0518` for `GM0518`: the code in capitals, when that is one.
    static func fix(for text: String) -> String? {
        GemeenteCode(text.uppercased().filter { !$0.isWhitespace }).map { "bedoelde u `\($0)`?" }
    }

    /// `gemeente` read as a CBS code. Text that is no code is an error here, unless `unread` collects
    /// it for a rule that knows which municipalities could be meant (`FactsheetMunicipalityRule`).
    static func read(_ fields: YAMLFields, required: Bool, unread: inout [DeclaredMunicipality]?, _ diagnostics: inout [Diagnostic]) -> GemeenteCode? {
        guard let text = fields.string("gemeente", required: required, &diagnostics) else { return nil }
        if let code = GemeenteCode(text) { return code }
        let location = fields.location(of: "gemeente")
        if unread != nil {
            unread?.append(DeclaredMunicipality(reference: text, location: location))
        } else {
            diagnostics.append(notACode(text, at: location, fixIt: fix(for: text)))
        }
        return nil
    }

    static func notACode(_ text: String, at location: SourceLocation, fixIt: String?) -> Diagnostic {
        Diagnostic(.invalidValue, "`\(text)` is geen CBS-gemeentecode", at: location,
                   notes: ["een CBS-code is GM gevolgd door vier cijfers, bijvoorbeeld GM0518"], fixIt: fixIt)
    }
}
