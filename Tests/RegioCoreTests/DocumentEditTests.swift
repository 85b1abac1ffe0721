import Foundation
@testable import RegioCore
import RegioTestSupport
import Testing

/// `regio serve`'s short way after a save of documents: it must give exactly what the
/// whole pipeline gives (every finding, every file of the site), and refuse every other change.
@Suite("Snelle herbouw na het bewaren van een document")
struct DocumentEditTests {
    static let vision = "haaglanden/regiovisie-2023-2026.md"
    static let plan = "haaglanden/delft/plan-2024.md"
    static let nationalSheet = "factsheets/landelijk.md"

    private func options(_ fixture: SiteFixture, theme: URL = RepositoryPaths.defaultTheme) -> BuildOptions {
        var options = BuildOptions(content: fixture.fileSystem, theme: DiskFileSystem(root: theme),
                                   parallelism: 2, today: testToday)
        options.rendersOnDemand = true
        return options
    }

    /// The short way from `before` to `after`, or nil where it declines.
    private func quick(from before: SiteFixture, to after: SiteFixture, editing paths: Set<String>) async -> BuildResult? {
        let previous = await BuildPipeline.run(options(before))
        return await BuildPipeline.rebuild(afterEditing: paths, previous: previous, options: options(after))
    }

    /// The short way for files that came and went, or nil where it declines.
    private func quick(from before: SiteFixture, to after: SiteFixture, _ edits: ContentEdits) async -> BuildResult? {
        let previous = await BuildPipeline.run(options(before))
        return await BuildPipeline.rebuild(after: edits, previous: previous, options: options(after))
    }

    /// The same findings and the same bytes for every file as a build of `after` from scratch.
    private func expectSameAsFullBuild(_ result: BuildResult, _ after: SiteFixture, theme: URL = RepositoryPaths.defaultTheme) async throws {
        let full = await BuildPipeline.run(options(after, theme: theme))
        #expect(result.diagnostics == full.diagnostics)
        let quickSite = try #require(result.onDemandSite), fullSite = try #require(full.onDemandSite)
        let paths = await fullSite.allPaths()
        #expect(await quickSite.allPaths() == paths)
        #expect(paths.count > 20)
        for path in paths {
            let one = await quickSite.file(at: path.description), other = await fullSite.file(at: path.description)
            if one != other { Issue.record("\(path) verschilt van een volledige build") }
        }
    }

    private func editing(_ fixture: SiteFixture, _ path: String, _ change: (String) -> String) throws -> SiteFixture {
        SiteFixture(files: fixture.files.merging([path: change(try #require(fixture.files[path]))]) { $1 })
    }

    @Test("een alinea erbij: alleen die tekst wordt opnieuw gelezen, en de site is gelijk aan een volledige build")
    func paragraphAdded() async throws {
        let before = try SiteFixture.withChecklist()
        let after = try editing(before, Self.plan) { $0 + "\n\nEen nieuwe alinea over de aanpak.\n" }
        let result = try #require(await quick(from: before, to: after, editing: [Self.plan]))
        #expect(result.sources[Self.plan]?.text.contains("Een nieuwe alinea") == true)
        try await expectSameAsFullBuild(result, after)
        let page = try #require(await result.onDemandSite?.file(at: "haaglanden/delft/plan-2024.html"))
        #expect(String(decoding: page, as: UTF8.self).contains("Een nieuwe alinea over de aanpak."))
    }

    /// Every document of the example content, saved in five ways: the findings of a full build, and
    /// its pages in the document's own folder and at the root (where region, theme and matrix pages are).
    @Test("elk document van de voorbeeldinhoud, op vijf manieren bewaard: dezelfde meldingen en pagina's als een volledige build")
    func everyExampleDocument() async throws {
        let base = try SiteFixture(folder: RepositoryPaths.exampleContent)
        let saves: [(String, @Sendable (String) -> String)] = [
            ("een alinea", { $0 + "\n\nEen extra alinea.\n" }),
            ("een kop", { $0 + "\n## Nieuwe kop\n\nTekst onder de kop.\n" }),
            ("koppen anders", { $0.replacingOccurrences(of: "\n## ", with: "\n## Over ") }),
            ("een titel", { $0.replacingOccurrences(of: "\ntitel: ", with: "\ntitel: Nieuw: ") }),
            ("geen links", { $0.replacingOccurrences(of: "](", with: "] (") }),
        ]
        let previous = await BuildPipeline.run(options(base))
        var shortWays = 0
        for path in base.files.keys.filter({ $0.hasSuffix(".md") && !$0.hasSuffix("README.md") }).sorted() {
            for (name, change) in saves {
                let after = try editing(base, path, change)
                guard after.files[path] != base.files[path],
                      let quick = await BuildPipeline.rebuild(afterEditing: [path], previous: previous, options: options(after)) else { continue }
                shortWays += 1
                let full = await BuildPipeline.run(options(after))
                #expect(quick.diagnostics == full.diagnostics, "\(path): \(name)")
                let quickSite = try #require(quick.onDemandSite), fullSite = try #require(full.onDemandSite)
                let folder = path.split(separator: "/").first.map(String.init) ?? ""
                for page in fullSite.pagePaths where page.components.count == 1 || page.components.first == folder {
                    if await quickSite.file(at: page.description) != fullSite.file(at: page.description) {
                        Issue.record("\(path): \(name): \(page) verschilt van een volledige build")
                    }
                }
            }
        }
        #expect(shortWays >= 60)
    }

    @Test("zoeken na een bewaring: alleen het bewaarde document wordt opnieuw gelezen, en alleen voor de gevraagde zoekmap")
    func searchAfterSave() async throws {
        let before = try SiteFixture.withChecklist()
        let previous = await BuildPipeline.run(options(before))
        let site = try #require(previous.onDemandSite)
        let regionIndex = "haaglanden/zoeken/index.js"
        #expect(await site.file(at: regionIndex) != nil)
        let firstReads = site.searchTerms.documentsRead
        #expect(firstReads == 3, "the region's vision and plan and the national factsheet")
        let after = try editing(before, Self.plan) { $0 + "\nDe aanpak van ouderenmishandeling.\n" }
        let result = try #require(await BuildPipeline.rebuild(afterEditing: [Self.plan], previous: previous, options: options(after)))
        let edited = try #require(result.onDemandSite)
        let files = await edited.allPaths().filter { $0.description.hasPrefix("haaglanden/zoeken/termen-") }
        let shard = try #require(files.first { $0.description == "haaglanden/zoeken/termen-o.js" })
        let text = String(decoding: try #require(await edited.file(at: shard.description)), as: UTF8.self)
        #expect(text.contains("\"ouderenmishandeling\""))
        // Every index (the root's and the region's) lists the same three documents: only the saved plan was read again.
        #expect(edited.searchTerms === site.searchTerms)
        #expect(edited.searchTerms.documentsRead == firstReads + 1)
    }

    @Test("een kop hernoemd: de toets van dat document verandert, met de melding en de pagina's van een volledige build")
    func headingRenamed() async throws {
        let before = try SiteFixture.withChecklist()
        let after = try editing(before, Self.vision) { $0.replacingOccurrences(of: "## Veilig Thuis", with: "## Het meldpunt") }
        let result = try #require(await quick(from: before, to: after, editing: [Self.vision]))
        #expect(result.diagnostics.contains { $0.requirement == "wmo-veilig-thuis" && $0.location.file == Self.vision })
        #expect(await quick(from: before, to: before, editing: [Self.vision])?.diagnostics.contains { $0.requirement == "wmo-veilig-thuis" } == false)
        try await expectSameAsFullBuild(result, after)
    }

    @Test("een kop weg waar een ander document naar linkt: dat andere document krijgt de melding, zonder zelf te veranderen")
    func headingOthersLinkTo() async throws {
        let before = try SiteFixture.withChecklist()
        let after = try editing(before, Self.vision) { $0.replacingOccurrences(of: "## Visie", with: "## Onze visie") }
        let result = try #require(await quick(from: before, to: after, editing: [Self.vision]))
        let anchor = try #require(result.diagnostics.first { $0.code == .brokenAnchor })
        #expect(anchor.location.file == Self.plan && anchor.message.contains("#visie"))
        try await expectSameAsFullBuild(result, after)
    }

    @Test("links veranderd: een kapot anker wordt gemeld, en wie naar een document verwijst klopt aan beide kanten")
    func linksChanged() async throws {
        let before = try SiteFixture.withChecklist()
        let after = try editing(before, Self.vision) {
            $0.replacingOccurrences(of: " en [Delft](delft/plan-2024.md#doelen)", with: "")
                + "\n\nZie ook [het plan](delft/plan-2024.md#bestaat-niet).\n"
        }
        let result = try #require(await quick(from: before, to: after, editing: [Self.vision]))
        let anchor = try #require(result.diagnostics.first { $0.code == .brokenAnchor })
        #expect(anchor.location.file == Self.vision && anchor.message.contains("#bestaat-niet"))
        try await expectSameAsFullBuild(result, after)

        // The link gone altogether: the plan's page no longer lists the vision as a document that refers to it from its body.
        let unlinked = try editing(before, Self.vision) { $0.replacingOccurrences(of: " en [Delft](delft/plan-2024.md#doelen)", with: "") }
        try await expectSameAsFullBuild(try #require(await quick(from: before, to: unlinked, editing: [Self.vision])), unlinked)
    }

    @Test("een landelijke factsheet en een plan tegelijk: alle kopieën per regio zijn gelijk aan een volledige build")
    func nationalAndPlanTogether() async throws {
        let before = try SiteFixture.withChecklist()
        var after = try editing(before, Self.nationalSheet) { $0 + "\nToelichting bij de cijfers.\n" }
        after = try editing(after, Self.plan) { $0 + "\n## Uitvoering\n\nDelft werkt het plan uit.\n" }
        let result = try #require(await quick(from: before, to: after, editing: [Self.nationalSheet, Self.plan]))
        try await expectSameAsFullBuild(result, after)
    }

    @Test("een fout in de tekst verschijnt, en verdwijnt weer na de volgende bewaring")
    func findingComesAndGoes() async throws {
        let before = try SiteFixture.withChecklist()
        let broken = try editing(before, Self.plan) { $0 + "\nZie [weg](bestaat-niet.md).\n" }
        let first = try #require(await quick(from: before, to: broken, editing: [Self.plan]))
        #expect(first.diagnostics.contains { $0.code == .brokenLink && $0.location.file == Self.plan && $0.location.line > 9 })
        let second = try #require(await BuildPipeline.rebuild(afterEditing: [Self.plan], previous: first, options: options(before)))
        #expect(!second.diagnostics.contains { $0.code == .brokenLink })
        try await expectSameAsFullBuild(second, before)
    }

    /// (what, file, text replaced, new text, the code of the finding it brings or "")
    @Test("voorwerk van een plan of visie gaat de korte weg, met de meldingen en pagina's van een volledige build", arguments: [
        ("een titel", plan, "titel: Plan Delft 2024", "titel: Delft werkt samen", ""),
        ("een samenvatting", plan, "samenvatting: Wat Delft doet.", "samenvatting: Wat Delft anders doet.", ""),
        ("een planperiode buiten de visie", plan, "periode: {van: 2024, tot: 2025}", "periode: {van: 2030, tot: 2031}", "planOutsideVision"),
        ("thema's erbij", plan, "status: concept", "themas: [partnergeweld, kindermishandeling]\nstatus: concept", ""),
        ("een onbekend thema", plan, "status: concept", "themas: [partnergewelt]\nstatus: concept", "unknownTheme"),
        ("een visie niet meer vastgesteld", vision, "status: vastgesteld", "status: concept", "noCurrentVision"),
        ("de periode van de enige regiovisie", vision, "periode: {van: 2023, tot: 2026}", "periode: {van: 2023, tot: 2027}", ""),
        ("een visieperiode waar het plan buiten valt", vision, "periode: {van: 2023, tot: 2026}", "periode: {van: 2026, tot: 2029}", "planOutsideVision"),
        ("een overbodige uitzondering", vision, "periode: {van: 2023, tot: 2026}", "periode: {van: 2023, tot: 2026}\nuitzonderingen: {wmo-veilig-thuis: \"Reden.\"}", "needlessWaiver"),
    ])
    func frontMatter(_ name: String, _ path: String, _ old: String, _ new: String, _ finding: String) async throws {
        let before = try SiteFixture.withChecklist()
        let after = try editing(before, path) { $0.replacingOccurrences(of: old, with: new) }
        #expect(after.files[path] != before.files[path], "\(name)")
        let result = try #require(await quick(from: before, to: after, editing: [path]), "\(name)")
        let codes = Set(result.diagnostics.map { "\($0.code)" })
        #expect(finding.isEmpty || codes.contains(finding), "\(name): \(codes)")
        try await expectSameAsFullBuild(result, after)
        // And back: the findings of the change are gone again.
        let back = try #require(await BuildPipeline.rebuild(afterEditing: [path], previous: result, options: options(before)))
        #expect(back.diagnostics == (await BuildPipeline.run(options(before))).diagnostics, "\(name)")
    }

    @Test("het voorwerk van een factsheet: wie zijn cijfers aanhaalt toont de nieuwe, met de meldingen en bestanden van een volledige build")
    func factsheetFrontMatter() async throws {
        let before = try SiteFixture.withChecklist().with(Self.arrivals)
        let recounted = try editing(before, Self.newSheet) { $0.replacingOccurrences(of: "waarde: 412", with: "waarde: 515") }
        // Every search index made before the save: the terms of every document are known, and stay.
        let previous = await BuildPipeline.run(options(before))
        let terms = try #require(previous.onDemandSite?.searchTerms)
        _ = await previous.onDemandSite?.allPaths()
        let readBefore = terms.documentsRead
        let result = try #require(await BuildPipeline.rebuild(afterEditing: [Self.newSheet], previous: previous, options: options(recounted)))
        let plan = String(decoding: try #require(await result.onDemandSite?.file(at: "haaglanden/den-haag/plan-2025.html")), as: UTF8.self)
        #expect(plan.contains("515") && !plan.contains("412"))
        try await expectSameAsFullBuild(result, recounted)
        #expect(terms.documentsRead == readBefore + 1, "only the factsheet is read for search again")
        // The figure the plan quotes is gone: the plan's finding, as in a full build.
        let renamed = try editing(before, Self.newSheet) { $0.replacingOccurrences(of: "id: meldingen,", with: "id: meldingen-totaal,") }
        let lost = try #require(await quick(from: before, to: renamed, editing: [Self.newSheet]))
        #expect(lost.diagnostics.contains { $0.code == .unknownFigure && $0.location.file == Self.newPlan })
        try await expectSameAsFullBuild(lost, renamed)
        // A national factsheet: its copy in every region.
        let national = try editing(before, Self.nationalSheet) { $0.replacingOccurrences(of: "titel: Landelijke cijfers", with: "titel: Cijfers") }
        try await expectSameAsFullBuild(try #require(await quick(from: before, to: national, editing: [Self.nationalSheet])), national)
        // Saved together with the plan, or with figures from a CSV file: the whole pipeline.
        let both = try editing(recounted, Self.newPlan) { $0 + "\nNog een zin.\n" }
        #expect(await quick(from: before, to: both, editing: [Self.newSheet, Self.newPlan]) == nil)
        let table = "haaglanden/factsheets/tabel.md"
        let withTable = before.with("=== haaglanden/factsheets/cijfers.csv\nlabel,waarde,jaar\nA,1,2024\n")
            .with("=== \(table)\n---\ntype: factsheet\ntitel: Tabel\nstatus: concept\nschaal: regio\nbron: {naam: CBS}\ncijferbestand: cijfers.csv\n---\n")
        let retitled = try editing(withTable, table) { $0.replacingOccurrences(of: "titel: Tabel", with: "titel: Tabel 2024") }
        #expect(await quick(from: withTable, to: retitled, editing: [table]) == nil)
    }

    @Test("de periode van een regiovisie naast een oudere versie: de korte weg, ook als de versies van volgorde wisselen, met de vergelijkingen van een volledige build")
    func visionPeriodBesideOlderVersion() async throws {
        let older = "haaglanden/regiovisie-2019-2022.md"
        let before = try SiteFixture.withChecklist().with("=== \(older)\n---\ntype: regiovisie\ntitel: Regiovisie 2019-2022\nstatus: vastgesteld\n"
            + "vastgesteld_op: 2019-02-01\nperiode: {van: 2019, tot: 2022}\n---\n## Veilig Thuis\n\nVeilig Thuis Haaglanden.\n")
        let comparison = "haaglanden/versies/regiovisie-2023-2026.html"
        #expect(await BuildPipeline.run(options(before)).onDemandSite?.file(at: comparison) != nil, "the fixture has a comparison page")
        let longer = try editing(before, Self.vision) { $0.replacingOccurrences(of: "periode: {van: 2023, tot: 2026}", with: "periode: {van: 2022, tot: 2027}") }
        let result = try #require(await quick(from: before, to: longer, editing: [Self.vision]))
        try await expectSameAsFullBuild(result, longer)
        // Before the older version now: the versions change order, and so do the comparison pages.
        let earlier = try editing(before, Self.vision) { $0.replacingOccurrences(of: "periode: {van: 2023, tot: 2026}", with: "periode: {van: 2018, tot: 2021}") }
        let reordered = try #require(await quick(from: before, to: earlier, editing: [Self.vision]))
        #expect(reordered.isDocumentEdit)
        try await expectSameAsFullBuild(reordered, earlier)
        #expect(await reordered.onDemandSite?.file(at: comparison) == nil, "the newer version has no comparison page now")
        let olderComparison = String(decoding: try #require(await reordered.onDemandSite?.file(at: "haaglanden/versies/regiovisie-2019-2022.html")), as: UTF8.self)
        #expect(olderComparison.contains("Regiovisie 2019-2022"))
        // Three versions, the oldest moved to be the newest: every pair changes.
        let newest = "haaglanden/regiovisie-2027-2030.md"
        let three = before.with("=== \(newest)\n---\ntype: regiovisie\ntitel: Regiovisie 2027-2030\nstatus: concept\n"
            + "periode: {van: 2027, tot: 2030}\n---\n## Veilig Thuis\n\nVeilig Thuis Haaglanden, versie 2027.\n")
        let oldestLast = try editing(three, older) { $0.replacingOccurrences(of: "periode: {van: 2019, tot: 2022}", with: "periode: {van: 2031, tot: 2034}") }
        let moved = try #require(await quick(from: three, to: oldestLast, editing: [older]))
        try await expectSameAsFullBuild(moved, oldestLast)
    }

    /// (what, file, text replaced or "" to append, new text)
    @Test("wat meer is dan tekst gaat de hele pijplijn door", arguments: [
        ("een ander type", plan, "type: beleidsplan", "type: regiovisie"),
        ("een link naar een bestand", plan, "", "\n[Bijlage](bijlage.pdf)\n"),
        ("een merge-conflict", plan, "", "\n<<<<<<< HEAD\nA\n=======\nB\n>>>>>>> ander\n"),
        ("een regiobestand", "haaglanden/regio.yaml", "", "\n"),
        ("de kaders", "kaders.yaml", "", "\n"),
    ])
    func declines(_ name: String, _ path: String, _ old: String, _ new: String) async throws {
        let before = try SiteFixture.withChecklist().with("=== haaglanden/delft/bijlage.pdf\n%PDF-1.4\n")
        let after = try editing(before, path) { old.isEmpty ? $0 + new : $0.replacingOccurrences(of: old, with: new) }
        #expect(after.files[path] != before.files[path])
        #expect(await quick(from: before, to: after, editing: [path]) == nil, "\(name)")
    }

    @Test("een nieuw bestand of een document dat niet te lezen was: de hele pijplijn")
    func declinesNewAndBrokenFiles() async throws {
        let before = try SiteFixture.withChecklist()
        let added = before.with("=== haaglanden/delft/nieuw.md\n---\ntype: factsheet\n---\nTekst.\n")
        #expect(await quick(from: before, to: added, editing: ["haaglanden/delft/nieuw.md"]) == nil)
        let broken = try editing(before, Self.plan) { $0.replacingOccurrences(of: "type: beleidsplan", with: "type: plan") }
        #expect(await quick(from: broken, to: before, editing: [Self.plan]) == nil)
        var otherDay = options(before)
        otherDay.today = DayDate(year: testToday.year + 1, month: 1, day: 1)
        let previous = await BuildPipeline.run(options(before))
        #expect(await BuildPipeline.rebuild(afterEditing: [Self.plan], previous: previous, options: otherDay) == nil)
    }

    /// A rule must read no more than it says: else the short way would keep findings that a save made stale.
    @Test("een regel leest niet meer dan hij zegt: zonder koppen, links en toetsing, of zonder de andere documenten, dezelfde meldingen")
    func rulesDeclareWhatTheyRead() async throws {
        let fixture = try SiteFixture.withChecklist()
            .with(SiteFixture.vision("uitzonderingen: {ghnt-actielijnen: \"Komt in de uitvoeringsagenda.\"}", body: "## Meldpunt\n\nTekst."))
            .with("=== haaglanden/delft/extra.md\n---\ntype: beleidsplan\ntitel: Extra\nstatus: concept\ngemeente: GM0503\nregiovisie: haaglanden/regiovisie-2023-2026\nperiode: {van: 2024, tot: 2025}\n---\nZie [visie](../regiovisie-2023-2026.md#nergens).\n")
        let state = try #require(await BuildPipeline.run(options(fixture)).state)
        let full = state.rules
        var bare = RuleContext(regions: full.regions, documents: full.documents, headings: [:], bodyLinks: [:],
                               documentFiles: full.documentFiles, checklist: full.checklist, coverage: [:], today: full.today, indicators: full.indicators)
        bare.outputs = full.outputs
        // A rule over the whole site that reads no bodies gives the same findings without them.
        for rule in SiteRules.all where !(rule is any DocumentRule) && !rule.reads.contains(.bodies) {
            #expect(rule.check(bare) == rule.check(full), "\(type(of: rule))")
        }
        // The fixture gives findings that come from bodies, so the checks below can see a rule that says too little.
        let withFindings = Set(SiteRules.all.filter { !$0.check(full).isEmpty }.map { "\(type(of: $0))" })
        #expect(withFindings.isSuperset(of: ["AnchorRule", "ChecklistCoverageRule", "WaiverRule"]))
        // A document rule that reads no linked documents gives a document the same findings when only
        // that document has headings, links and checklist results.
        for rule in SiteRules.all.compactMap({ $0 as? any DocumentRule }) where !rule.readsLinkedDocuments {
            for document in full.documentsInOrder {
                let path = document.path
                let alone = RuleContext(regions: full.regions, documents: full.documents, headings: full.headings.filter { $0.key == path },
                                        bodyLinks: full.bodyLinks.filter { $0.key == path }, documentFiles: full.documentFiles,
                                        checklist: full.checklist, coverage: full.coverage.filter { $0.key == path }, today: full.today,
                                        indicators: full.indicators)
                #expect(rule.check(document, in: alone) == rule.check(document, in: full), "\(type(of: rule)) \(path)")
            }
        }
        #expect(SiteRules.all.contains { ($0 as? any DocumentRule)?.readsLinkedDocuments == true })
    }

    static let newPlan = "haaglanden/den-haag/plan-2025.md"
    static let newSheet = "haaglanden/factsheets/meldingen-delft-2024.md"
    /// A plan for The Hague that refers to the vision and links to the national factsheet (whose copy
    /// in the region lists who refers to it), with themes (theme pages list it) and without the
    /// summary the checklist asks (a finding of its own); and a factsheet about Delft (its municipality
    /// page lists it) whose figures the plan quotes.
    static let arrivals = """
    === \(newPlan)
    ---
    type: beleidsplan
    titel: Plan Den Haag 2025
    status: concept
    gemeente: GM0518
    regiovisie: haaglanden/regiovisie-2023-2026
    periode: {van: 2025, tot: 2026}
    themas: [partnergeweld, kindermishandeling]
    ---
    ## Aanpak

    Volgens [de regiovisie](../regiovisie-2023-2026.md#visie), [de landelijke cijfers](../../factsheets/landelijk.md)
    en [de meldingen in Delft](cijfer:haaglanden/factsheets/meldingen-delft-2024#meldingen).
    === \(newSheet)
    ---
    type: factsheet
    titel: Meldingen Delft 2024
    status: vastgesteld
    vastgesteld_op: 2025-02-01
    schaal: gemeente
    gemeente: GM0503
    peiljaar: 2024
    themas: [partnergeweld]
    bron: {naam: Veilig Thuis Haaglanden}
    cijfers:
      - {id: meldingen, label: Meldingen, waarde: 412, eenheid: meldingen, jaar: 2024, gemeente: GM0503}
    ---
    Meldingen bij Veilig Thuis uit Delft.
    """

    @Test("een nieuw plan en een nieuwe factsheet, daarna weer weg: de korte weg, met de meldingen en bestanden van een volledige build")
    func documentsAddedAndRemoved() async throws {
        let before = try SiteFixture.withChecklist()
        let after = before.with(Self.arrivals)
        let added = try #require(await quick(from: before, to: after, ContentEdits(added: [Self.newPlan, Self.newSheet])))
        #expect(added.isDocumentEdit && added.documentCount == 5)
        #expect(added.diagnostics.contains { $0.location.file == Self.newPlan && $0.requirement != nil }, "the new plan is judged against the checklist")
        try await expectSameAsFullBuild(added, after)
        let page = String(decoding: try #require(await added.onDemandSite?.file(at: "haaglanden/den-haag/plan-2025.html")), as: UTF8.self)
        #expect(page.contains("412"), "the plan quotes the new factsheet's figure")
        let national = String(decoding: try #require(await added.onDemandSite?.file(at: "haaglanden/landelijk/landelijk.html")), as: UTF8.self)
        #expect(national.contains("Plan Den Haag 2025"), "the region's copy of the national factsheet lists the new plan among those referring to it")

        let removed = try #require(await quick(from: after, to: before, ContentEdits(removed: [Self.newPlan, Self.newSheet])))
        #expect(removed.documentCount == 3)
        try await expectSameAsFullBuild(removed, before)
        #expect(await removed.onDemandSite?.file(at: "haaglanden/den-haag/plan-2025.html") == nil)
    }

    @Test("de tabellen die de site op het scherm deelt, tussen twee bewaringen gekopieerd: alleen terug in de build waar ze vandaan komen, en de volgende bewaring is gelijk aan een volledige build")
    func keptTablesOwned() async throws {
        let before = try SiteFixture.withChecklist()
        let after = before.with(Self.arrivals)
        var first = await BuildPipeline.run(options(before))
        let stale = try #require(first.keptTables).owned()
        let adoptedFirst = first.adopt(try #require(first.keptTables).owned())
        #expect(adoptedFirst)
        var added = try #require(await BuildPipeline.rebuild(after: ContentEdits(added: [Self.newPlan, Self.newSheet]), previous: first, options: options(after)))
        let adoptedStale = added.adopt(stale)
        #expect(!adoptedStale, "the tables of the build before do not go into the build after the save")
        try await expectSameAsFullBuild(added, after)
        let adoptedAdded = added.adopt(try #require(added.keptTables).owned())
        #expect(adoptedAdded)
        let removed = try #require(await BuildPipeline.rebuild(after: ContentEdits(removed: [Self.newPlan, Self.newSheet]), previous: added, options: options(before)))
        #expect(removed.isDocumentEdit)
        try await expectSameAsFullBuild(removed, before)
    }

    @Test("een regiovisie erbij en weer weg, als nieuwste, als oudste en tussen twee versies: de korte weg, met de vergelijkingen van een volledige build")
    func visionsAddedAndRemoved() async throws {
        func vision(_ from: Int, _ to: Int) -> (path: String, file: String) {
            let path = "haaglanden/regiovisie-\(from)-\(to).md"
            return (path, "=== \(path)\n---\ntype: regiovisie\ntitel: Regiovisie \(from)-\(to)\nstatus: concept\nperiode: {van: \(from), tot: \(to)}\n---\n"
                + "## Veilig Thuis\n\nVeilig Thuis Haaglanden, versie \(from).\n")
        }
        let base = try SiteFixture.withChecklist()
        let oldest = vision(2019, 2020)
        // (before, the vision that comes and goes): the newest, the oldest, and between 2019-2020 and 2023-2026.
        let cases = [(base, vision(2027, 2030)), (base, oldest), (base.with(oldest.file), vision(2021, 2022))]
        for (before, arriving) in cases {
            let after = before.with(arriving.file)
            let added = try #require(await quick(from: before, to: after, ContentEdits(added: [arriving.path])), "\(arriving.path)")
            #expect(added.isDocumentEdit)
            try await expectSameAsFullBuild(added, after)
            let removed = try #require(await quick(from: after, to: before, ContentEdits(removed: [arriving.path])), "\(arriving.path)")
            try await expectSameAsFullBuild(removed, before)
        }
        // The comparison page of the version after the new one now compares with the new one.
        let middle = vision(2021, 2022)
        let three = try #require(await quick(from: base.with(oldest.file), to: base.with(oldest.file).with(middle.file), ContentEdits(added: [middle.path])))
        let page = String(decoding: try #require(await three.onDemandSite?.file(at: "haaglanden/versies/regiovisie-2023-2026.html")), as: UTF8.self)
        #expect(page.contains("Regiovisie 2021-2022") && !page.contains("Regiovisie 2019-2020"))
        // Adopted, with a period that overlaps the version in force: two visions in force, as a full build finds.
        let overlapping = vision(2025, 2028)
        let adopted = overlapping.file.replacingOccurrences(of: "status: concept", with: "status: vastgesteld\nvastgesteld_op: 2025-01-10")
        let clash = try #require(await quick(from: base, to: base.with(adopted), ContentEdits(added: [overlapping.path])))
        #expect(clash.diagnostics.contains { $0.code == .overlappingVisions })
        #expect(clash.diagnostics.contains { $0.code == .noCurrentVision && $0.message.contains("2 geldende") })
        try await expectSameAsFullBuild(clash, base.with(adopted))
    }

    @Test("een plan hernoemd (weg en erbij in één bewaring), en een plan buiten de regio: de korte weg, als een volledige build")
    func documentRenamedAndMisplaced() async throws {
        let start = try SiteFixture.withChecklist().with(Self.arrivals)
        let renamedPath = "haaglanden/den-haag/plan-2025-2026.md"
        let renamed = SiteFixture(files: start.without(Self.newPlan).files.merging([renamedPath: try #require(start.files[Self.newPlan])]) { $1 })
        let result = try #require(await quick(from: start, to: renamed, ContentEdits(added: [renamedPath], removed: [Self.newPlan])))
        try await expectSameAsFullBuild(result, renamed)
        // Rijswijk is no member of Haaglanden in this fixture: the plan's own finding, as in a full build.
        let outside = start.with("=== haaglanden/rijswijk/plan-2025.md\n---\ntype: beleidsplan\ntitel: Plan Rijswijk\nstatus: concept\ngemeente: rijswijk\n"
            + "regiovisie: haaglanden/regiovisie-2023-2026\nperiode: {van: 2025, tot: 2026}\n---\nTekst.\n")
        let misplaced = try #require(await quick(from: start, to: outside, ContentEdits(added: ["haaglanden/rijswijk/plan-2025.md"])))
        #expect(misplaced.diagnostics.contains { $0.location.file == "haaglanden/rijswijk/plan-2025.md" && $0.severity == .error })
        try await expectSameAsFullBuild(misplaced, outside)
    }

    @Test("een landelijke factsheet erbij en weer weg: de korte weg, met haar kopie in elke regio, als een volledige build")
    func nationalFactsheetAddedAndRemoved() async throws {
        let sheet = "factsheets/nieuw.md"
        let text = "=== \(sheet)\n---\ntype: factsheet\ntitel: Nieuwe landelijke cijfers\nstatus: concept\nschaal: landelijk\nthemas: [partnergeweld]\n"
            + "bron: {naam: CBS}\ncijfers:\n  - {id: a, label: A, waarde: 1, jaar: 2024}\n---\nZie [de regiovisie van Haaglanden](../haaglanden/regiovisie-2023-2026.md).\n"
        for before in [try SiteFixture.withChecklist(), PublishingTests.twoRegions] {
            let after = before.with(text)
            let added = try #require(await quick(from: before, to: after, ContentEdits(added: [sheet])))
            #expect(added.isDocumentEdit)
            try await expectSameAsFullBuild(added, after)
            #expect(await added.onDemandSite?.file(at: "haaglanden/landelijk/nieuw.html") != nil, "the copy in the region")
            let removed = try #require(await quick(from: after, to: before, ContentEdits(removed: [sheet])))
            try await expectSameAsFullBuild(removed, before)
            #expect(await removed.onDemandSite?.file(at: "haaglanden/landelijk/nieuw.html") == nil)
        }
    }

    @Test("bestanden die komen of gaan en meer raken dan zichzelf: de hele pijplijn")
    func fileListChangesThatDecline() async throws {
        let before = try SiteFixture.withChecklist()
        func plan(_ path: String, municipality: String = "GM0518") -> String {
            "=== \(path)\n---\ntype: beleidsplan\ntitel: Plan\nstatus: concept\ngemeente: \(municipality)\n"
                + "regiovisie: haaglanden/regiovisie-2023-2026\nperiode: {van: 2025, tot: 2026}\n---\n"
        }
        let denHaag = plan(Self.newPlan)
        let declines: [(String, SiteFixture, SiteFixture, ContentEdits)] = [
            ("the vision links to the plan that went", before, before.without(Self.plan), ContentEdits(removed: [Self.plan])),
            ("a link to nothing may find the new file", before.with(denHaag + "Zie [de nota](nota.md).\n"),
             before.with(denHaag + "Zie [de nota](nota.md).\n").with(plan("haaglanden/den-haag/nota.md")),
             ContentEdits(added: ["haaglanden/den-haag/nota.md"])),
            ("a file that does not decode", before, before.with("=== haaglanden/delft/kapot.md\n---\ntype: beleidsplan\n---\n"),
             ContentEdits(added: ["haaglanden/delft/kapot.md"])),
            ("a README is not a document", before, before.with("=== haaglanden/README.md\nUitleg.\n"), ContentEdits(added: ["haaglanden/README.md"])),
            ("a file that is not a document", before, before.with("=== haaglanden/delft/bijlage.txt\nBijlage.\n"),
             ContentEdits(added: ["haaglanden/delft/bijlage.txt"])),
            ("a body that links to a file copied beside its pages", before.with("=== haaglanden/den-haag/bijlage.txt\nBijlage.\n"),
             before.with("=== haaglanden/den-haag/bijlage.txt\nBijlage.\n").with(denHaag + "Zie [de bijlage](bijlage.txt).\n"),
             ContentEdits(added: [Self.newPlan])),
            ("a factsheet whose figures come from a CSV file", before.with("=== haaglanden/factsheets/cijfers.csv\nlabel,waarde,jaar\nA,1,2024\n"),
             before.with("=== haaglanden/factsheets/cijfers.csv\nlabel,waarde,jaar\nA,1,2024\n")
                .with("=== haaglanden/factsheets/tabel.md\n---\ntype: factsheet\ntitel: Tabel\nstatus: concept\nschaal: regio\nbron: {naam: CBS}\ncijferbestand: cijfers.csv\n---\n"),
             ContentEdits(added: ["haaglanden/factsheets/tabel.md"])),
            ("a region that does not exist", before, before.with(plan("utrecht/zeist/plan.md", municipality: "zeist")),
             ContentEdits(added: ["utrecht/zeist/plan.md"])),
        ]
        // The control: the same new plan, where no finding names a file, takes the short way.
        #expect(await quick(from: before, to: before.with(plan("haaglanden/den-haag/nota.md")), ContentEdits(added: ["haaglanden/den-haag/nota.md"])) != nil)
        for (reason, from, to, edits) in declines {
            #expect(to.files != from.files, "\(reason)")
            #expect(await quick(from: from, to: to, edits) == nil, "\(reason)")
        }
    }

    @Test("een wijziging in het thema (sjabloon, stijl, teksten): de site opnieuw over dezelfde inhoud, gelijk aan een volledige build")
    func themeChanged() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("regio-thema-\(UUID().uuidString)").standardizedFileURL
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: RepositoryPaths.defaultTheme, to: folder)
        let content = try SiteFixture.withChecklist()
        let previous = await BuildPipeline.run(options(content, theme: folder))
        _ = await previous.onDemandSite?.allPaths()
        func append(_ path: String, _ text: String) throws {
            let url = folder.appendingPathComponent(path)
            try Data((try String(contentsOf: url, encoding: .utf8) + text).utf8).write(to: url)
        }
        try append("templates/document.mustache", "\n<!-- nieuw in het thema -->\n")
        try append("assets/regio.css", "\n.nieuw { color: black; }\n")
        let strings = folder.appendingPathComponent("strings/nl.yaml")
        let text = try String(contentsOf: strings, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\nlandelijk: ", with: "\nlandelijk: Heel Nederland, ").utf8).write(to: strings)
        #expect(try String(contentsOf: strings, encoding: .utf8) != text)
        let result = try #require(BuildPipeline.rebuild(afterThemeChange: previous, options: options(content, theme: folder)))
        let page = String(decoding: try #require(await result.onDemandSite?.file(at: "haaglanden/delft/plan-2024.html")), as: UTF8.self)
        #expect(page.contains("<!-- nieuw in het thema -->"))
        // Every file, the search indexes with the new word for national documents among them.
        try await expectSameAsFullBuild(result, content, theme: folder)
        // A template that does not parse: the whole pipeline, which reports it at the template.
        try append("templates/document.mustache", "{{#open}}")
        #expect(BuildPipeline.rebuild(afterThemeChange: result, options: options(content, theme: folder)) == nil)
    }
}
