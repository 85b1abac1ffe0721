import RegioMarkdown

/// "What changed": a regiovisie against the version before it, section by section, each changed
/// section in its paragraphs, lists and other blocks with the changes marked (`ComparisonHTML`).
enum ComparisonPage {
    static func context(_ base: PageContext, older: Document, newer: Document, bodies: BodyRenderer) -> [String: Any] {
        let region = newer.placement.region.flatMap(base.graph.region)
        var crumbs = region.map(base.regionCrumbs) ?? []
        crumbs.append((newer.metadata.title, base.page(of: newer)))
        let title = "\(base.text("vergelijking_titel")): \(newer.metadata.title)"
        var comparison = VersionComparison(old: sections(String(older.body), of: older.file, bodies: bodies),
                                           new: sections(String(newer.body), of: newer.file, bodies: bodies))
        // A new version changes its period, frameworks and status as much as its text. The body is
        // a slice of the file's text, so its base is the whole file, front matter included.
        let oldFields = StoredVersion(String(older.body.base), file: older.file, figuresFromFile: []).fields
        let newFields = StoredVersion(String(newer.body.base), file: newer.file, figuresFromFile: []).fields
        comparison.prependFields(base.text("vergelijking_gegevens"), old: oldFields.map { labelled($0, base) }, new: newFields.map { labelled($0, base) })
        var page = page(base, title: title, crumbs: crumbs, comparison: comparison)
        var older = base.item(older)
        older["hasPeriod"] = true
        page["intro"] = base.text("vergelijking_uitleg")
        page["against"] = older
        page["hasAgainst"] = true
        return page
    }

    /// The last change of a document in git: the commit's version against the one before it.
    /// The front matter is compared as the page shows it (`StoredVersion`): its figures as the rows of
    /// the table, its other fields a line each.
    static func lastChange(_ base: PageContext, document: Document, page documentPage: OutputPath, before: String, after: String,
                           bodies: BodyRenderer) -> [String: Any] {
        let region = document.placement.region.flatMap(base.graph.region)
        var crumbs = region.map(base.regionCrumbs) ?? [(base.text("portaal"), SiteMap.portal)]
        crumbs.append((document.metadata.title, documentPage))
        // An adopted document changed since: compared with the text adopted, not only the last change.
        let adopted = base.graph.adoptedVersion(of: document)
        let before = adopted?.text ?? before
        let title = "\(base.text(adopted == nil ? "laatste_wijziging" : "sinds_vaststelling")): \(document.metadata.title)"
        var fromFile: [Figure] = []
        if case let .factsheet(details) = document.details { fromFile = details.figures.filter { $0.location.file != document.file } }
        let old = StoredVersion(before, file: document.file, figuresFromFile: fromFile)
        let new = StoredVersion(after, file: document.file, figuresFromFile: fromFile)
        var comparison = VersionComparison(old: sections(old.body, of: document.file, bodies: bodies),
                                           new: sections(new.body, of: document.file, bodies: bodies))
        // A region's copy of a national factsheet names municipalities as that page does.
        let figureRegion = region ?? base.region.flatMap(base.graph.region), language = base.graph.settings.language
        // Sorted: a figure that moved within the table, or between `cijfers` and the figure file, is the same figure.
        comparison.prepend(base.text("cijfers"), old: old.figures.map { row($0, region: figureRegion, language: language) }.sorted(),
                           new: new.figures.map { row($0, region: figureRegion, language: language) }.sorted())
        comparison.prependFields(base.text("vergelijking_gegevens"), old: old.fields.map { labelled($0, base) }, new: new.fields.map { labelled($0, base) })
        var page = page(base, title: title, crumbs: crumbs, comparison: comparison)
        if let change = base.graph.history(of: document)?.changes.first {
            page["intro"] = (adopted.map { "\(base.text("sinds_vaststelling_uitleg")) \(base.date($0.change.date)). " } ?? "")
                + "\(base.text("laatste_wijziging_op")) \(base.date(change.date))"
                + (base.graph.settings.showChangeMessages ? ": \(change.message)." : ".")
        }
        return page
    }

    /// `vastgesteld_op: 2024-07-04` as the document page names the field: label `Vastgesteld op`, value
    /// `4 juli 2024`; a key the page has no name for is written out (`uitzonderingen` → `Uitzonderingen`).
    /// A line that is no `key: value` (front matter that was not YAML) is its own label.
    private static func labelled(_ field: String, _ base: PageContext) -> (label: String, value: String) {
        guard let colon = field.range(of: ": ") else { return (field, "") }
        let key = String(field[..<colon.lowerBound])
        let named = base.text("feit_" + key)
        let label = named != "feit_" + key ? named : key.replacingOccurrences(of: "_", with: " ").prefix(1).uppercased() + key.replacingOccurrences(of: "_", with: " ").dropFirst()
        return (label, readable(key: key, value: String(field[colon.upperBound...]), base))
    }

    /// A field's value as the document page shows it: frameworks and themes by name, a date in
    /// words, another document by its title, a period as years; `nap-sggsg` or `2019-03-14` mean
    /// nothing to a reader.
    private static func readable(key: String, value: String, _ base: PageContext) -> String {
        let checklist = base.graph.checklist
        let items = { value.components(separatedBy: ", ") }
        switch key {
        case "kaders":
            return items().map { id in checklist?.framework(id).map { $0.shortName ?? $0.title } ?? id }.joined(separator: ", ")
        case "themas":
            return items().map { id in checklist?.topic(id)?.name ?? id }.joined(separator: ", ")
        case "vastgesteld_op":
            return DayDate(value).map(base.date) ?? value
        case "vorige", "regiovisie":
            return ContentPath(value).flatMap { base.graph.documents[$0]?.metadata.title } ?? value
        case "periode":
            let years = YAMLFields.years(value)
            return years.count == 2 ? "\(years[0])–\(years[1])" : value
        default:
            return value
        }
    }

    /// A body cut into sections and blocks, in the words its page shows: quoted figures filled in.
    private static func sections(_ body: String, of file: String, bodies: BodyRenderer) -> [Section] {
        Section.split(body) { bodies.readerBlocks(of: $0, in: file) }
    }

    /// A figure as a row of the page's table reads: label (municipality), year: value and unit.
    private static func row(_ figure: Figure, region: Region?, language: SiteSettings.Language) -> String {
        let municipality = figure.municipality.map { code in " (\(region?.municipality(code: code)?.displayName ?? code.value))" } ?? ""
        return "\(figure.label)\(municipality), \(figure.year): \(figure.quoted(in: language))"
    }

    /// "1 gewijzigd onderdeel", "2 gewijzigde onderdelen": the theme's text for one (`key_een`) or more (`key`).
    /// A `###` section counts as one, as the page marks it; "hoofdstuk" said a section was a chapter.
    private static func counted(_ count: Int, _ key: String, _ base: PageContext) -> String {
        "\(count) \(base.text(count == 1 ? key + "_een" : key))"
    }

    /// "Gegevens gewijzigd: status, vastgesteld op, versie; de tekst is niet gewijzigd". A part that
    /// changed (the fields, the figures) is named first, with the fields that changed: an adoption
    /// changes nothing else, and is the change a reader most wants to see.
    private static func summary(_ comparison: VersionComparison, _ base: PageContext) -> String {
        let parts = comparison.sections.filter(\.isPart).map { part in
            let changed = "\(part.heading) \(base.text("vergelijking_status_gewijzigd"))"
            return part.fields.isEmpty ? changed : changed + ": " + part.fields.map { inSentence($0.label) }.joined(separator: ", ")
        }
        let counts: [(VersionComparison.Status, String)] = [(.added, "vergelijking_nieuw"), (.removed, "vergelijking_verwijderd"), (.changed, "vergelijking_gewijzigd")]
        let chapters = counts.map { counted(comparison.count($0.0), $0.1, base) }.joined(separator: ", ")
        guard !parts.isEmpty, counts.allSatisfy({ comparison.count($0.0) == 0 }) else { return (parts + [chapters]).joined(separator: "; ") }
        return (parts + [base.text("vergelijking_geen_hoofdstukken")]).joined(separator: "; ")
    }

    /// A label inside a sentence: `Vastgesteld op` → `vastgesteld op`; an abbreviation (`NAP`) stays.
    private static func inSentence(_ label: String) -> String {
        guard let second = label.dropFirst().first, second.isLowercase else { return label }
        return label.prefix(1).lowercased() + label.dropFirst()
    }

    private static func page(_ base: PageContext, title: String, crumbs: [(String, OutputPath)], comparison: VersionComparison) -> [String: Any] {
        var page = base.layout(title: title, description: nil, breadcrumbs: crumbs)
        page["heading"] = title
        page["summary"] = summary(comparison, base)
        let drawing = ComparisonHTML(addedLabel: base.text("vergelijking_toegevoegd"), removedLabel: base.text("vergelijking_weg"),
                                     addedEndLabel: base.text("vergelijking_einde_toegevoegd"), removedEndLabel: base.text("vergelijking_einde_weg"))
        let fields = ComparisonFieldsHTML(fieldHeader: base.text("vergelijking_veld"), oldHeader: base.text("vergelijking_oud"),
                                          newHeader: base.text("vergelijking_nieuw_kolom"), emptyLabel: base.text("vergelijking_niet_ingevuld"),
                                          unchangedLabel: base.text("vergelijking_velden_ongewijzigd"), marks: drawing)
        let outline = ComparisonOutline(comparison.sections)
        // Ids for the list of changed chapters at the top; never one the theme writes itself.
        var ids = HeadingIDMaker(reserved: TemplateIDs.all)
        var shownIDs: [String: String] = [:]
        let chapters = outline.chapters.filter(\.isShown).map { chapter -> [String: Any] in
            var shown = section(chapter.section, level: chapter.section.level, drawing: drawing, fields: fields, ids: &ids, base)
            shownIDs[chapter.section.key] = shown["id"] as? String
            let sections = chapter.sections.filter { $0.status != .same }.map { section($0, level: 3, drawing: drawing, fields: fields, ids: &ids, base) }
            shown["sections"] = sections
            shown["hasSections"] = !sections.isEmpty
            // In the list at the top: a chapter whose own text stayed, shown for its changed sections, says so.
            let ownChange = chapter.section.status != .same
            shown["overviewStatus"] = ownChange ? shown["status"] ?? "" : base.text("vergelijking_status_onderdelen")
            shown["hasOverviewStatus"] = ownChange || !sections.isEmpty
            return shown
        }
        page["chapters"] = chapters
        page["hasChapters"] = !chapters.isEmpty
        // Unchanged chapters with their unchanged sections inside; a chapter shown above (it changed
        // itself, or one of its sections did) is named and linked to only to hold its unchanged
        // sections, as "Ongewijzigde onderdelen van …": "Inleiding (gewijzigd)" in a list of unchanged
        // chapters read as a mistake, and so did a chapter all of whose sections were rewritten.
        let unchanged = outline.chapters.compactMap { chapter -> [String: Any]? in
            let sections = chapter.sections.filter { $0.status == .same }.map { name($0.heading, base) }
            guard !chapter.isShown || !sections.isEmpty else { return nil }
            let linked = chapter.isShown
            return ["heading": name(chapter.section.heading, base), "isLinked": linked, "id": shownIDs[chapter.section.key] ?? "",
                    "status": base.text("vergelijking_status_\(chapter.section.status.rawValue)"),
                    "sections": sections, "hasSections": !sections.isEmpty]
        }
        page["unchanged"] = unchanged
        page["hasUnchanged"] = !unchanged.isEmpty
        return page
    }

    /// A section as the page shows it: its heading at `level`, with an id for the list at the top,
    /// and, when its own text changed, its status, counts and blocks. Every key is set, so that a
    /// section inside a chapter never shows one of the chapter's values in the template.
    private static func section(_ section: VersionComparison.SectionChange, level: Int, drawing: ComparisonHTML,
                                fields: ComparisonFieldsHTML, ids: inout HeadingIDMaker, _ base: PageContext) -> [String: Any] {
        let heading = name(section.heading, base)
            + (section.renamedFrom.map { " (\(base.text("vergelijking_eerder")) ‘\(name($0, base))’)" } ?? "")
        let changed = section.status != .same
        return [
            "id": ids.makeID(for: name(section.heading, base)),
            "level": level,
            "heading": heading,
            "hasStatus": changed,
            "status": base.text("vergelijking_status_\(section.status.rawValue)"),
            "statusCode": section.status.rawValue,
            "html": !section.fields.isEmpty ? fields.html(section.fields, unchanged: section.unchangedFields)
                : changed ? drawing.html(section.blocks, level: level) : "",
            "added": counted(section.diff.addedCount, "vergelijking_woorden_erbij", base),
            "removed": counted(section.diff.removedCount, "vergelijking_woorden_eraf", base),
            "sections": [] as [Any],
            "hasSections": false,
        ]
    }

    /// The text before the first heading has no heading of its own.
    private static func name(_ heading: String, _ base: PageContext) -> String {
        heading.isEmpty ? base.text("vergelijking_begin") : heading
    }
}
