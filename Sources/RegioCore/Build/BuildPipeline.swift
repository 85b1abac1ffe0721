import Foundation

/// The one place that knows the order of the stages (DESIGN §4). `check` and `build` both run it;
/// only what happens to the result differs.
public enum BuildPipeline {
    public static func run(_ options: BuildOptions) async -> BuildResult {
        var stages = StageClock(report: options.stageReport)
        let loaded = ContentLoader.load(from: options.content)
        stages.lap("inlezen")
        var diagnostics = loaded.diagnostics
        var sources: [String: SourceFile] = [:]
        for file in [loaded.siteFile, loaded.checklistFile, loaded.indicatorFile].compactMap({ $0 }) + loaded.regionFiles + loaded.documentFiles {
            sources[file.path] = file
        }
        // A file refused for what is in it goes no further, but its finding still shows the line.
        for diagnostic in diagnostics where [.controlCharacter, .conflictMarker].contains(diagnostic.code) {
            let path = diagnostic.location.file
            guard sources[path] == nil, let data = try? options.content.read(path), let text = String(validating: data, as: UTF8.self) else { continue }
            sources[path] = SourceFile(path: path, text: TextHygiene.normalizingLoneCarriageReturns(text))
        }

        // Decode: settings, checklist, regions, documents. A document that fails here goes no further.
        let cache = options.cache
        func decode<Value: Sendable>(_ file: SourceFile, _ make: (SourceFile, inout [Diagnostic]) -> Value?) -> Value? {
            if let cache { return cache.decode(file, make, into: &diagnostics) }
            return make(file, &diagnostics)
        }
        var settings = loaded.siteFile.flatMap { decode($0, SiteSettings.decode) }
        if let baseURL = options.baseURL { settings?.baseURL = baseURL }
        let checklist = loaded.checklistFile.flatMap { decode($0, Checklist.decode) }
        let indicators = loaded.indicatorFile.flatMap { decode($0, IndicatorSet.decode) }
        let regions = loaded.regionFiles.compactMap { decode($0, Region.decode) }
        let decoded = await parallelMap(loaded.documentFiles, width: options.parallelism) { file in
            let decode = { (file: SourceFile) -> (Document?, [Diagnostic]) in
                var found: [Diagnostic] = []
                let document = Document.decode(file, &found)
                return (document, found)
            }
            return cache?.decode(file, decode) ?? decode(file)
        }
        // A document's own findings are kept apart, so that `regio serve` can replace them when only it changes.
        var documentFindings: [String: [Diagnostic]] = [:]
        for (file, (document, found)) in zip(loaded.documentFiles, decoded) {
            if document == nil { diagnostics += found } else { documentFindings[file.path] = found }
        }
        let (documents, figureFiles, partlyFigured) = FigureTable.attach(
            to: decoded.compactMap(\.0), from: options.content, files: loaded.allPaths, &diagnostics
        )
        for file in figureFiles { sources[file.path] = file }
        // Files known only in part, because of an error of their own: no other file gets a finding
        // that follows only from what is missing (`RuleContext.incompleteFiles`).
        let incompleteFiles = loaded.documentPaths.subtracting(documents.map(\.file)).union(partlyFigured)
            .union(diagnostics.lazy.filter { $0.severity == .error }.map(\.location.file).filter { FileRole(path: $0) != .document })
        stages.lap("decoderen")

        // Read every body once, on its document's first page, for its headings, links and findings. The
        // HTML of each page is made when the page is (`PageRenderer`), so no stage holds the site's HTML.
        let siteMap = SiteMap(regions: regions.map(\.slug).sorted(), scope: options.scope)
        let bodyRenderer = BodyRenderer(
            siteMap: siteMap, documentFiles: loaded.documentPaths, contentFiles: loaded.allPaths, allowHTML: settings?.allowHTML ?? false,
            figures: Dictionary(documents.compactMap { document in
                if case let .factsheet(details) = document.details { (document.path, details.figures) } else { nil }
            }, uniquingKeysWith: { first, _ in first }),
            incompleteFiles: incompleteFiles
        )
        let firstPages = documents.compactMap { document in
            siteMap.findingsPage(of: document).map { BodyJob(document: document, page: $0.page, region: $0.region) }
        }
        cache?.useBodies(of: BodyWorld(bodyRenderer))
        let rendered = await parallelMap(firstPages, width: options.parallelism) { job in
            let render = { bodyRenderer.render(job.document, page: job.page, region: job.region, for: .findings) }
            return cache?.body(BodyKey(path: job.document.path, page: job.page), of: job.document, render) ?? render()
        }
        var headings: [ContentPath: [DocumentHeading]] = [:]
        var bodyLinks: [ContentPath: [DocumentLink]] = [:]
        var linkedFileNames: [ContentPath: [String]] = [:]
        for (job, body) in zip(firstPages, rendered) {
            documentFindings[job.document.file, default: []] += body.diagnostics
            headings[job.document.path] = body.headings
            bodyLinks[job.document.path] = body.documentLinks
            linkedFileNames[job.document.path] = body.linkedFiles
        }
        // A body's other pages differ only in where the files it links to are copied to.
        var linkedFiles: Set<CopiedFile> = []
        for document in documents {
            for page in siteMap.pages(of: document) {
                linkedFiles.formUnion(bodyRenderer.copiedFiles(linkedFileNames[document.path] ?? [], region: page.region))
            }
        }

        stages.lap("markdown")

        // Each document against the checklist, then the site-wide rules over everything that decoded.
        var coverage: [ContentPath: DocumentCoverage] = [:]
        if let checklist {
            let checklistText = loaded.checklistFile?.text ?? ""
            let found = await parallelMap(documents, width: options.parallelism) { [headings] document in
                let evaluate = {
                    CoverageEvaluator.evaluate(document, headings: headings[document.path] ?? [], checklist: checklist, today: options.today)
                }
                return cache?.coverage(of: document, headings: headings[document.path] ?? [], checklist: checklistText,
                                       today: options.today, evaluate) ?? evaluate()
            }
            for (document, result) in zip(documents, found) { coverage[document.path] = result }
        }
        var context = RuleContext(
            regions: Dictionary(regions.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first }),
            documents: Dictionary(documents.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first }),
            headings: headings, bodyLinks: bodyLinks, documentFiles: loaded.documentPaths,
            checklist: checklist, coverage: coverage, today: options.today, indicators: indicators,
            checklistIsMissing: loaded.checklistFile == nil && !loaded.allPaths.contains("kaders.yaml"),
            incompleteFiles: incompleteFiles
        )
        context.outputs = documents.flatMap { document in siteMap.pages(of: document).map { OutputClaim(content: document.file, output: $0.page, isPage: true) } }
            + linkedFiles.map { OutputClaim(content: $0.content, output: $0.output, isPage: false) }
        stages.lap("kaders")
        let ruleFindings = await SiteRules.checkEach(context, parallelism: options.parallelism)
        stages.lap("regels")
        let documentOrder = loaded.documentFiles.map(\.path).filter { documentFindings[$0] != nil }
        let allFindings = { diagnostics + documentOrder.flatMap { documentFindings[$0] ?? [] } + ruleFindings.flatMap(\.all) }

        var site: RenderedSite?
        var onDemand: OnDemandSite?
        var state: BuildState?
        if let settings {
            let loadedTheme = Theme.load(from: options.theme, label: options.themeLabel, language: settings.language)
            stages.lap("thema")
            switch loadedTheme {
            case let .failure(themeDiagnostics):
                diagnostics += themeDiagnostics.items
            case let .success(theme) where options.rendersSite && (options.sink == nil || allFindings().errorCount == 0):
                let graph = SiteGraph(settings: settings, regions: regions, documents: documents, bodyLinks: bodyLinks,
                                      today: options.today, checklist: checklist, coverage: coverage, indicators: indicators,
                                      history: options.history?.files ?? [:], lastChanges: options.history?.lastChanges ?? [:])
                stages.lap("graaf")
                if options.rendersOnDemand {
                    let site = OnDemandSite(graph: graph, siteMap: siteMap, theme: theme, bodies: bodyRenderer, linkedFiles: linkedFiles, options: options)
                    onDemand = site
                    state = BuildState(
                        today: options.today, scope: options.scope, baseURL: options.baseURL, history: options.history,
                        documentFiles: documentOrder, documentFindings: documentFindings, ruleFindings: ruleFindings,
                        otherFindings: diagnostics, rules: context, linkedFiles: linkedFileNames, bodies: bodyRenderer, graph: graph, site: site
                    )
                    stages.lap("paginatabel")
                    break
                }
                site = await renderSite(graph: graph, siteMap: siteMap, theme: theme, bodies: bodyRenderer,
                                        linkedFiles: linkedFiles, options: options, stages: &stages)
            case .success:
                break
            }
        }
        var result = BuildResult(
            diagnostics: allFindings().inReadingOrder(), sources: sources, site: site, checklist: checklist,
            documentCount: loaded.documentPaths.count, regions: siteMap.regions
        )
        result.historyLimitation = options.history?.limitation
        result.onDemandSite = onDemand
        result.state = state
        if options.leavesMemoryToExit {
            FreedMemory.leaveToExit([loaded, decoded, documents, sources, headings, bodyLinks, linkedFileNames, coverage, context,
                                     ruleFindings, documentFindings, bodyRenderer, onDemand as Any, state as Any])
        }
        return result
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
        let jobs = renderer.jobs().filter { claimed.insert($0.page(in: siteMap)).inserted }
        let assets = theme.assetFiles(in: siteMap)
        let pages = (jobs.map { $0.page(in: siteMap) } + assets.map(\.0)).filter(siteMap.isPublished)
        // The search index first: its term table is the most a build holds at once, and it is gone
        // before the batches of pages come. Machine files and pages never share a path.
        await MachineFiles(graph: graph, siteMap: siteMap, theme: theme, bodies: bodies)
            .make(folders: siteMap.pageFolders, pages: pages, parallelism: options.parallelism) { assembly.add($0) }
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

    private struct BodyJob: Sendable {
        let document: Document
        let page: OutputPath
        let region: Slug?
    }

    /// Pages per batch: enough to keep every core busy, few enough that memory stays small.
    static let batchSize = 256
}
