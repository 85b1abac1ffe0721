import Yams

extension Document {
    static let commonKeys = ["type", "titel", "samenvatting", "status", "vastgesteld_op", "versie", "themas", "trefwoorden", "uitzonderingen"]
    static let keysByType: [DocumentType: [String]] = [
        .regiovisie: ["regio", "periode", "kaders", "vorige"],
        .beleidsplan: ["gemeente", "soort", "regiovisie", "periode", "kaders", "indicatoren"],
        .factsheet: ["schaal", "gemeente", "peiljaar", "bron", "cijfers", "cijferbestand"],
    ]

    /// Stage 3: reads one document's front matter into typed metadata. Returns nil when the
    /// document cannot go on to later stages; every problem found is in `diagnostics`.
    static func decode(_ file: SourceFile, _ diagnostics: inout [Diagnostic]) -> Document? {
        guard let path = ContentPath(file.path) else {
            diagnostics.append(Diagnostic(
                .invalidPath, "de bestandsnaam `\(file.path)` bevat tekens die niet in een adres passen",
                at: SourceLocation(file: file.path),
                notes: ["mappen en bestanden: kleine letters, cijfers en koppeltekens"],
                fixIt: ContentPath.renaming(file.path)
            ))
            return nil
        }
        if let page = SiteMap.reservedPage(for: path) {
            diagnostics.append(Diagnostic(
                .reservedName, "de naam `\(path.fileName)` is bezet: Regio maakt op die plek zelf de pagina `\(page)`",
                at: SourceLocation(file: file.path), fixIt: "geef het bestand een andere naam, bijvoorbeeld met type en jaartal"
            ))
            return nil
        }
        let split: SplitDocument
        switch FrontMatterSplitter.split(file) {
        case let .success(value): split = value
        case let .failure(diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
        let source = YAMLSource(file: file.path, lineOffset: split.yamlFirstLine - 1)
        let node: Node?
        switch YAMLLoader.parse(split.yaml, source: source, warnings: &diagnostics) {
        case let .success(parsed): node = parsed
        case let .failure(diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
        let declaredType = node?["type"]?.string.flatMap(DocumentType.init(rawValue:))
        let allowed = commonKeys + (declaredType.map { keysByType[$0] ?? [] } ?? keysByType.values.flatMap { $0 })
        guard let fields = YAMLFields.read(
            node, source: source, subject: "de front matter", allowedKeys: allowed,
            at: SourceLocation(file: file.path), diagnostics: &diagnostics
        ) else { return nil }

        let before = diagnostics.count
        let metadata = decodeCommon(fields, &diagnostics)
        // The rest is read even when a common field failed (`status: Concept`), as long as the type is
        // known: every mistake in the front matter comes in one run, not one run per mistake.
        guard let type = metadata?.type ?? declaredType, let placement = checkPlacement(path, type: type, fields: fields, &diagnostics) else { return nil }
        let details: Details? = switch type {
        case .regiovisie: RegiovisieDetails.decode(fields, placement: placement, &diagnostics).map(Details.regiovisie)
        case .beleidsplan: BeleidsplanDetails.decode(fields, &diagnostics).map(Details.beleidsplan)
        case .factsheet: FactsheetDetails.decode(fields, placement: placement, &diagnostics).map(Details.factsheet)
        }
        // A factsheet without figures yet is content still to write, not a broken document: it fails
        // check and build all the same, but decodes, so that the preview shows the page that
        // `regio new factsheet` began while its figures are filled in.
        guard let metadata, let details, !diagnostics[before...].contains(where: { $0.severity == .error && $0.code != .noFigures }) else { return nil }
        return Document(
            path: path, file: file.path, placement: placement, metadata: metadata, details: details,
            presentKeys: Set(allowed.filter(fields.has)), body: split.body, bodyFirstLine: split.bodyFirstLine
        )
    }

    private static func decodeCommon(_ fields: YAMLFields, _ diagnostics: inout [Diagnostic]) -> CommonMetadata? {
        let type = fields.choice("type", as: DocumentType.self, required: true, &diagnostics)
        let title = fields.string("titel", required: true, &diagnostics)
        let status = fields.choice("status", as: DocumentStatus.self, required: true, &diagnostics)
        let adoptedOn = fields.date("vastgesteld_op", &diagnostics)
        if status == .vastgesteld, adoptedOn == nil, !fields.has("vastgesteld_op") {
            // A real-looking example date would be pasted as it is, and silently move the day every
            // requirement is judged on: the fix names the form, and the status line is the place.
            fields.reportMissing("vastgesteld_op", &diagnostics, reason: "verplicht bij status vastgesteld", at: fields.location(of: "status"),
                                 fixIt: "voeg onder deze regel de dag van het besluit toe, als `vastgesteld_op: JJJJ-MM-DD`; is het document nog niet vastgesteld, schrijf dan `status: concept`")
        }
        let summary = fields.string("samenvatting", &diagnostics)
        TemplatePlaceholder.check(summary, key: "samenvatting", in: fields,
                                  fixIt: "schrijf in één of twee zinnen waar het document over gaat, of haal de regel weg", &diagnostics)
        let metadata = CommonMetadata(
            type: type ?? .factsheet, title: title ?? "", titleLocation: fields.location(of: "titel"), summary: summary,
            status: status ?? .concept, statusLocation: fields.location(of: "status"), adoptedOn: adoptedOn,
            adoptedOnLocation: adoptedOn == nil ? nil : fields.location(of: "vastgesteld_op"), version: fields.string("versie", &diagnostics),
            themes: fields.locatedStringList("themas", &diagnostics) ?? [], keywords: fields.stringList("trefwoorden", &diagnostics) ?? [],
            waivers: (fields.textMap("uitzonderingen", &diagnostics) ?? []).map { Waiver(requirement: $0.key, reason: $0.text) }
        )
        return type == nil || title == nil || status == nil ? nil : metadata
    }

    /// Each type has its folder; a document elsewhere would end up on the wrong page.
    private static func checkPlacement(_ path: ContentPath, type: DocumentType, fields: YAMLFields, _ diagnostics: inout [Diagnostic]) -> Placement? {
        let placement = Placement(path: path)
        let fits: Bool = switch (type, placement) {
        case (.regiovisie, .region?): true
        case (.beleidsplan, .municipality?): true
        case (.factsheet, .national?), (.factsheet, .regionFactsheets?): true
        default: false
        }
        guard fits, let placement else {
            // The region as far as the path names one: a plan dropped into `haaglanden/factsheets/`
            // belongs in a folder of Haaglanden, whose name the author knows.
            let first = path.components.count > 1 ? path.components[0].value : nil
            let region = first.flatMap { $0 == Placement.factsheetFolder ? nil : $0 } ?? "<regio>"
            let expected = switch type {
            case .regiovisie: "`\(region)/\(path.last).md`"
            case .beleidsplan: "`\(region)/<gemeente>/\(path.last).md`, in de map van de gemeente"
            case .factsheet: "`factsheets/\(path.last).md` of `\(region)/factsheets/\(path.last).md`"
            }
            diagnostics.append(Diagnostic(
                .misplacedDocument, "een \(type.rawValue) hoort niet op de plek `\(path.fileName)`", at: fields.location(of: "type"),
                fixIt: "verplaats het bestand naar \(expected)"
            ))
            return nil
        }
        return placement
    }
}

extension Period {
    static func decode(_ fields: YAMLFields, key: String, required: Bool, _ diagnostics: inout [Diagnostic]) -> Period? {
        // The file name's years: a fix with another period would bring `NamePeriodRule`'s error next.
        guard let period = fields.object(key, allowedKeys: ["van", "tot"], subject: "`\(key)`", required: required,
                                         example: Period.named(byFile: fields.location.file)?.written, &diagnostics)
        else { return nil }
        guard let from = period.int("van", required: true, &diagnostics), let to = period.int("tot", required: true, &diagnostics) else { return nil }
        guard from <= to, (1900...2200).contains(from), (1900...2200).contains(to) else {
            let years = (1900...2200).contains(from) && (1900...2200).contains(to)
            diagnostics.append(Diagnostic(.invalidPeriod, "de periode \(from)–\(to) is ongeldig: `van` moet een jaartal zijn dat niet na `tot` ligt",
                                          at: fields.location(of: key),
                                          fixIt: years ? "bedoelde u `\(key): {van: \(to), tot: \(from)}`? `van` is het eerste jaar, `tot` het laatste"
                                              : "schrijf het begin- en eindjaar, bijvoorbeeld `\(key): {van: 2023, tot: 2026}`"))
            return nil
        }
        return Period(from: from, to: to)
    }
}

extension Reference {
    static func decode(_ fields: YAMLFields, key: String, required: Bool, _ diagnostics: inout [Diagnostic]) -> Reference? {
        guard let text = fields.string(key, required: required, &diagnostics) else { return nil }
        guard let target = ContentPath(text) else {
            let location = fields.location(of: key)
            // `../regiovisie-2026-2029.md` written as a link is, from the document's own folder.
            let meant = (text.hasPrefix("/") ? String(text.drop { $0 == "/" }) : LinkTarget.resolve(text, from: location.file)).flatMap(ContentPath.init)
            let region = location.file.split(separator: "/").first.map(String.init) ?? "haaglanden"
            diagnostics.append(Diagnostic(
                .invalidPath, "`\(text)` is geen geldige verwijzing", at: location,
                notes: ["een verwijzing noemt het pad vanaf de inhoudsmap, zonder `../` en zonder `.md`" + (meant == nil ? ", bijvoorbeeld `\(region)/regiovisie-2023-2026`" : "")],
                fixIt: meant.map { "schrijf `\(key): \($0)`" }
            ))
            return nil
        }
        return Reference(target: target, location: fields.location(of: key))
    }
}
