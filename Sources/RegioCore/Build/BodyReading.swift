/// Stage 3: every body read once, on its document's first page, for its headings, links and
/// findings. The HTML of each page is made when the page is (`PageRenderer`), so no stage holds the
/// site's HTML.
struct BodyReading {
    let siteMap: SiteMap
    let bodies: BodyRenderer
    var headings: [ContentPath: [DocumentHeading]] = [:]
    var bodyLinks: [ContentPath: [DocumentLink]] = [:]
    /// The names of the files (not documents) each body links to.
    var linkedFileNames: [ContentPath: [String]] = [:]
    /// Those files as copied beside every page of their document.
    var linkedFiles: Set<CopiedFile> = []

    /// Reads the bodies of `content`'s documents and adds their findings to the documents' own.
    static func read(_ content: inout DecodedContent, loaded: LoadedContent, options: BuildOptions) async -> BodyReading {
        let siteMap = SiteMap(regions: content.regions.map(\.slug).sorted(), scope: options.scope)
        let bodies = BodyRenderer(
            siteMap: siteMap, documentFiles: loaded.documentPaths, contentFiles: loaded.allPaths,
            allowHTML: content.settings?.allowHTML ?? false, language: content.settings?.language ?? .nl,
            figures: Dictionary(content.documents.compactMap { document in
                if case let .factsheet(details) = document.details { (document.path, details.figures) } else { nil }
            }, uniquingKeysWith: { first, _ in first }),
            incompleteFiles: content.incompleteFiles
        )
        let firstPages = content.documents.compactMap { document in
            siteMap.findingsPage(of: document).map { Job(document: document, page: $0.page, region: $0.region) }
        }
        let cache = options.cache
        cache?.useBodies(of: BodyWorld(bodies))
        let rendered = await parallelMap(firstPages, width: options.parallelism) { job in
            let render = { bodies.render(job.document, page: job.page, region: job.region, for: .findings) }
            return cache?.body(BodyKey(path: job.document.path, page: job.page), of: job.document, render) ?? render()
        }
        // A document whose front matter did not decode is not on the site, but its body's findings are
        // reported with the front matter's error: otherwise each fix in CI would bring the next finding.
        let decoded = Set(content.documents.map(\.file))
        for file in loaded.documentFiles where !decoded.contains(file.path) {
            content.diagnostics += bodies.findings(ofUndecoded: file)
        }
        var reading = BodyReading(siteMap: siteMap, bodies: bodies)
        for (job, body) in zip(firstPages, rendered) {
            content.documentFindings[job.document.file, default: []] += body.diagnostics
            reading.headings[job.document.path] = body.headings
            reading.bodyLinks[job.document.path] = body.documentLinks
            reading.linkedFileNames[job.document.path] = body.linkedFiles
        }
        // A body's other pages differ only in where the files it links to are copied to.
        for document in content.documents {
            for page in siteMap.pages(of: document) {
                reading.linkedFiles.formUnion(bodies.copiedFiles(reading.linkedFileNames[document.path] ?? [], region: page.region))
            }
        }
        return reading
    }

    private struct Job: Sendable {
        let document: Document
        let page: OutputPath
        let region: Slug?
    }
}
