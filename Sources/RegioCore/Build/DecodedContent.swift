/// Stage 2: settings, checklist, indicators, regions and documents decoded from the files read. A
/// file that fails here goes no further; its findings stay.
struct DecodedContent {
    var settings: SiteSettings?
    let checklist: Checklist?
    let indicators: IndicatorSet?
    let regions: [Region]
    let documents: [Document]
    /// Findings of the files read that are not a decoded document's own.
    var diagnostics: [Diagnostic]
    /// Each decoded document's own findings by file, kept apart so that `regio serve` can replace them
    /// when only that document changes.
    var documentFindings: [String: [Diagnostic]]
    /// Every file read, by path, so that a finding shows its line.
    var sources: [String: SourceFile]
    /// Files known only in part, because of an error of their own: no other file gets a finding that
    /// follows only from what is missing (`RuleContext.incompleteFiles`).
    let incompleteFiles: Set<String>
    /// `basis_url` of site.yaml was left out: it names the whole site, and this build writes one
    /// region as a site of its own, whose pages are not where the whole site has them.
    var setAsideBaseURL: BaseURL? = nil

    static func decode(_ loaded: LoadedContent, options: BuildOptions) async -> DecodedContent {
        var diagnostics = loaded.diagnostics
        var sources: [String: SourceFile] = [:]
        // A file refused for what is in it goes no further, but its finding still shows the line.
        for file in [loaded.siteFile, loaded.checklistFile, loaded.indicatorFile].compactMap({ $0 }) + loaded.regionFiles
            + loaded.documentFiles + loaded.refusedFiles {
            sources[file.path] = file
        }
        let cache = options.cache
        func decode<Value: Sendable>(_ file: SourceFile, _ make: (SourceFile, inout [Diagnostic]) -> Value?) -> Value? {
            if let cache { return cache.decode(file, make, into: &diagnostics) }
            return make(file, &diagnostics)
        }
        var settings = loaded.siteFile.flatMap { decode($0, SiteSettings.decode) }
        var setAside: BaseURL?
        if let baseURL = options.baseURL {
            settings?.baseURL = baseURL
        } else if case .region = options.scope, let whole = settings?.baseURL {
            setAside = whole
            settings?.baseURL = nil
        }
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
        var documentFindings: [String: [Diagnostic]] = [:]
        for (file, (document, found)) in zip(loaded.documentFiles, decoded) {
            if document == nil { diagnostics += found } else { documentFindings[file.path] = found }
        }
        let (documents, figureFiles, partlyFigured) = FigureTable.attach(
            to: decoded.compactMap(\.0), from: options.content, files: loaded.allPaths, &diagnostics
        )
        for file in figureFiles { sources[file.path] = file }
        let incompleteFiles = loaded.documentPaths.subtracting(documents.map(\.file)).union(partlyFigured)
            .union(diagnostics.lazy.filter { $0.severity == .error }.map(\.location.file).filter { FileRole(path: $0) != .document })
            // A link to one of these is not broken: the file is there, and its own finding says why it is not read.
            .union(diagnostics.lazy.filter { [.symbolicLink, .unreadableFile].contains($0.code) }.map(\.location.file))
        var content = DecodedContent(
            settings: settings, checklist: checklist, indicators: indicators, regions: regions, documents: documents,
            diagnostics: diagnostics, documentFindings: documentFindings, sources: sources, incompleteFiles: incompleteFiles
        )
        content.setAsideBaseURL = setAside
        return content
    }
}
