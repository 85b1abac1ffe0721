import Foundation

/// The one place that knows the order of the stages (DESIGN §4). `check` and `build` both run it;
/// only what happens to the result differs.
public enum BuildPipeline {
    public static func run(_ options: BuildOptions) async -> BuildResult {
        var stages = StageClock(report: options.stageReport)
        let loaded = ContentLoader.load(from: options.content)
        stages.lap("inlezen")
        var content = await DecodedContent.decode(loaded, options: options)
        stages.lap("decoderen")
        let reading = await BodyReading.read(&content, loaded: loaded, options: options)
        content.diagnostics += UnusedFile.findings(
            paths: loaded.allPaths, read: Set(content.sources.keys), linked: Set(reading.linkedFileNames.values.joined()),
            reported: Set(content.diagnostics.map(\.location.file)), incomplete: content.incompleteFiles
        )
        stages.lap("markdown")

        // Each document against the checklist, then the site-wide rules over everything that decoded.
        let coverage = await coverage(of: content, headings: reading.headings, checklistText: loaded.checklistFile?.text ?? "", options: options)
        var context = RuleContext(
            regions: Dictionary(content.regions.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first }),
            documents: Dictionary(content.documents.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first }),
            headings: reading.headings, bodyLinks: reading.bodyLinks, documentFiles: loaded.documentPaths,
            checklist: content.checklist, coverage: coverage, today: options.today, indicators: content.indicators,
            checklistIsMissing: loaded.checklistFile == nil && !loaded.allPaths.contains("kaders.yaml"),
            incompleteFiles: content.incompleteFiles
        )
        context.outputs = content.documents.flatMap { document in
            reading.siteMap.pages(of: document).map { OutputClaim(content: document.file, output: $0.page, isPage: true) }
        } + reading.linkedFiles.map { OutputClaim(content: $0.content, output: $0.output, isPage: false) }
        stages.lap("kaders")
        let ruleFindings = await SiteRules.checkEach(context, parallelism: options.parallelism)
        // A document that did not decode: its unknown indicators, frameworks and themes with its own
        // errors, as its body's findings.
        let decoded = Set(content.documents.map(\.file))
        for file in loaded.documentFiles where !decoded.contains(file.path) {
            guard let frontMatter = UndecodedFrontMatter(file) else { continue }
            content.diagnostics += IndicatorRule().check(undecoded: frontMatter, in: context)
                + ChecklistVocabularyRule().check(undecoded: frontMatter, in: context)
        }
        content.diagnostics = MissingPlanFields.complete(content.diagnostics, sources: content.sources, in: context)
        stages.lap("regels")
        let documentOrder = loaded.documentFiles.map(\.path).filter { content.documentFindings[$0] != nil }
        let allFindings = { content.diagnostics + documentOrder.flatMap { content.documentFindings[$0] ?? [] } + ruleFindings.flatMap(\.all) }

        // The site: rendered (`build`), kept to render on demand (`serve`), or none (`check`, or errors
        // when writing to disk).
        var site: RenderedSite?
        var onDemand: OnDemandSite?
        var state: BuildState?
        if let settings = content.settings, options.checksTheme || options.rendersSite {
            let loadedTheme = Theme.load(from: options.theme, label: options.themeLabel, language: settings.language)
            stages.lap("thema")
            if case let .success(theme) = loadedTheme {
                content.diagnostics += theme.warnings.items
                content.sources.merge(theme.warnings.sources) { own, _ in own }
            }
            switch loadedTheme {
            case let .failure(themeDiagnostics):
                content.diagnostics += themeDiagnostics.items
                content.sources.merge(themeDiagnostics.sources) { own, _ in own }
            case let .success(theme) where options.rendersSite && (options.sink == nil || allFindings().errorCount == 0):
                let graph = SiteGraph(settings: settings, regions: content.regions, documents: content.documents, bodyLinks: reading.bodyLinks,
                                      today: options.today, checklist: content.checklist, coverage: coverage, indicators: content.indicators,
                                      history: options.history?.files ?? [:], lastChanges: options.history?.lastChanges ?? [:],
                                      adoptedVersions: options.history?.adoptedVersions ?? [:])
                stages.lap("graaf")
                if options.rendersOnDemand {
                    let site = OnDemandSite(graph: graph, siteMap: reading.siteMap, theme: theme, bodies: reading.bodies,
                                            linkedFiles: reading.linkedFiles, options: options)
                    onDemand = site
                    state = BuildState(
                        today: options.today, scope: options.scope, baseURL: options.baseURL, history: options.history,
                        documentFiles: documentOrder, documentFindings: content.documentFindings, ruleFindings: ruleFindings,
                        otherFindings: content.diagnostics, rules: context, linkedFiles: reading.linkedFileNames, bodies: reading.bodies,
                        graph: graph, site: site
                    )
                    stages.lap("paginatabel")
                } else {
                    site = await renderSite(graph: graph, siteMap: reading.siteMap, theme: theme, bodies: reading.bodies,
                                            linkedFiles: reading.linkedFiles, options: options, stages: &stages)
                }
            case .success:
                break
            }
        }
        var result = BuildResult(
            diagnostics: VanishedFiles.explain(allFindings(), history: options.history).inReadingOrder(), sources: content.sources, site: site, checklist: content.checklist,
            documentCount: loaded.documentPaths.count, regions: reading.siteMap.regions
        )
        result.historyLimitation = options.history?.limitation
        result.baseURL = content.settings?.baseURL
        if let expiring = ExpiringVisions.note(context) { result.reminders.append(expiring) }
        result.remindedRegions = ExpiringVisions.regions(context)
        if let unread = Self.unreadNote(context) { result.notes.append(unread) }
        if let whole = content.setAsideBaseURL, case let .region(slug) = options.scope {
            result.notes.append("basis_url in site.yaml (\(whole)) is het adres van de hele site en geldt niet voor de losse regiosite `\(slug)`: die krijgt geen canonical-links, sitemap.xml of volledige adressen in de feed. Geef het adres van de regiosite met --base-url")
        }
        result.onDemandSite = onDemand
        result.state = state
        if options.leavesMemoryToExit {
            FreedMemory.leaveToExit([loaded, content, reading, coverage, context, ruleFindings, onDemand as Any, state as Any])
        }
        return result
    }

    /// Documents whose front matter did not decode are not judged further: an author who repairs it
    /// should expect findings about the text next, not think the file is nearly done.
    private static func unreadNote(_ context: RuleContext) -> String? {
        guard context.documentFiles.count != context.documents.count else { return nil }
        let unread = context.documentFiles.subtracting(context.documents.values.map(\.file)).sorted()
        guard let first = unread.first else { return nil }
        let which = unread.count == 1 ? "van `\(first)` is" : "van \(unread.count) documenten (" + unread.prefix(3).map { "`\($0)`" }.joined(separator: ", ")
            + (unread.count > 3 ? " en \(unread.count - 3) andere" : "") + ") is"
        return "de tekst \(which) nog niet getoetst, omdat Regio de front matter niet kon lezen; na herstel kunnen er meldingen over de hoofdstukken en links bij komen"
    }

    /// Each document against the checklist, on every core; none without a checklist.
    private static func coverage(of content: DecodedContent, headings: [ContentPath: [DocumentHeading]], checklistText: String,
                                 options: BuildOptions) async -> [ContentPath: DocumentCoverage] {
        guard let checklist = content.checklist else { return [:] }
        let cache = options.cache
        let found = await parallelMap(content.documents, width: options.parallelism) { document in
            let evaluate = {
                CoverageEvaluator.evaluate(document, headings: headings[document.path] ?? [], checklist: checklist, today: options.today)
            }
            return cache?.coverage(of: document, headings: headings[document.path] ?? [], checklist: checklistText,
                                   today: options.today, evaluate) ?? evaluate()
        }
        return Dictionary(zip(content.documents.map(\.path), found), uniquingKeysWith: { _, last in last })
    }

    /// Pages are rendered in batches on every core and handed over in job order, so memory holds one
    /// batch of pages, not the site, and the first file for a path wins whatever the timing.
    private static func renderSite(
        graph: SiteGraph, siteMap: SiteMap, theme: Theme, bodies: BodyRenderer,
        linkedFiles: Set<CopiedFile>, options: BuildOptions, stages: inout StageClock
    ) async -> RenderedSite {
        var assembly = SiteAssembly(siteMap: siteMap, sink: options.sink)
        let renderer = PageRenderer(graph: graph, siteMap: siteMap, theme: theme, bodies: bodies)
        // One job per page: should two claim a path, the first in job order keeps it.
        var claimed: Set<OutputPath> = []
        let listed = renderer.jobs().filter { claimed.insert($0.page(in: siteMap)).inserted }
        let assets = theme.assetFiles(in: siteMap)
        let pages = (listed.map { $0.page(in: siteMap) } + assets.map(\.0)).filter(siteMap.isPublished)
        let jobs = listed + renderer.movedJobs(taken: claimed.union(assets.map(\.0)).union(linkedFiles.map(\.output)))
        // The search index first: its term table is the most a build holds at once, and it is gone
        // before the batches of pages come. Machine files and pages never share a path.
        await MachineFiles(graph: graph, siteMap: siteMap, theme: theme, bodies: bodies)
            .make(folders: siteMap.pageFolders, pages: pages, parallelism: options.parallelism, into: &assembly)
        FreedMemory.release()
        stages.lap("zoekindex en feeds")
        for start in stride(from: 0, to: jobs.count, by: batchSize) {
            let batch = Array(jobs[start..<min(start + batchSize, jobs.count)])
            // With a sink, each task writes its own page: the paths are distinct, so the order of
            // writes does not matter, and writing overlaps rendering.
            assembly.add(await parallelMap(batch, width: options.parallelism) { [assembly] job in
                assembly.handOver(renderer.render(job))
            })
        }
        stages.lap("pagina's")
        assembly.add(assets)
        for file in linkedFiles.sorted(by: { $0.output < $1.output }) {
            guard let data = try? options.content.read(file.content) else { continue }
            assembly.add([(file.output, data)])
        }
        stages.lap("verzamelen")
        return assembly.finished()
    }

    /// Pages per batch: enough to keep every core busy, few enough that memory stays small.
    static let batchSize = 256
}
