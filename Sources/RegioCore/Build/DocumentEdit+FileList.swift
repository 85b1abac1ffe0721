/// The short way for files that come and go (`DocumentEdit`): which may, and how a new document is
/// put into the tables a build keeps.
extension DocumentEdit {
    /// Lets go of the removed documents and takes in the added ones, in every table but the page
    /// table; nil when one of them may not come or go the short way.
    static func moveFiles(_ edits: ContentEdits, from content: any ContentFileSystem, in state: inout BuildState, result: inout BuildResult)
        -> (removed: [Document], added: [Document])? {
        guard !state.hasFinding(in: namesOtherFiles) else { return nil }
        let leaving = Set(edits.removed.compactMap(ContentPath.init))
        var removed: [Document] = []
        for path in edits.removed.sorted() {
            guard let document = removable(path, in: state, leavingWith: leaving) else { return nil }
            removed.append(document)
        }
        state.site.searchTerms.forget(removed.map(\.path))
        for document in removed {
            state.bodies.remove(document)
            state.rules.remove(document.path)
            state.graph.remove(document.path)
            state.documentFindings[document.file] = nil
            state.documentFiles.removeAll { $0 == document.file }
            state.linkedFiles[document.path] = nil
            result.sources[document.file] = nil
        }
        var arrivals: [Arrival] = []
        for path in edits.added.sorted() {
            guard let arrival = arrival(path, in: state, content: content) else { return nil }
            arrivals.append(arrival)
            // Every new file first, so that new documents that link to each other find each other.
            state.bodies.add(arrival.document)
        }
        var links: [(document: Document, bodyLinks: [DocumentLink], coverage: DocumentCoverage?)] = []
        for arrival in arrivals {
            guard let linked = add(arrival, to: &state) else { return nil }
            links.append(linked)
            result.sources[arrival.file.path] = arrival.file
        }
        state.graph.insert(links)
        result.documentCount += arrivals.count - removed.count
        return (removed, arrivals.map(\.document))
    }

    /// Findings that may come, go or read otherwise when any file comes or goes.
    static let namesOtherFiles: Set<DiagnosticCode> = [.brokenLink, .unknownFigure, .unknownReference, .outputCollision]

    /// Whether a document may come or go the short way: a plan, a regiovisie (its region's
    /// comparison pages are made again), or a factsheet whose figures are in its front matter, of a
    /// region or national (its copies in every region come or go with it).
    static func comesAndGoesAlone(_ document: Document) -> Bool {
        document.metadata.type != .factsheet || hasFiguresInFrontMatter(document)
    }

    /// The document that went from `path`, when nothing refers to it (but documents that went with
    /// it, `leaving`) and nothing is copied beside its pages.
    static func removable(_ path: String, in state: BuildState, leavingWith leaving: Set<ContentPath>) -> Document? {
        guard let contentPath = ContentPath(path), let document = state.rules.documents[contentPath], document.file == path,
              comesAndGoesAlone(document), (state.graph.incoming[contentPath] ?? []).allSatisfy(leaving.contains),
              state.linkedFiles[contentPath]?.isEmpty ?? true else { return nil }
        return document
    }

    /// A new document, read and decoded.
    struct Arrival {
        let file: SourceFile
        let document: Document
        let findings: [Diagnostic]
    }

    static func arrival(_ path: String, in state: BuildState, content: any ContentFileSystem) -> Arrival? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard FileRole(path: path) == .document, !ContentLoader.ignoredNames.contains(name), let contentPath = ContentPath(path),
              state.rules.documents[contentPath] == nil, !state.rules.documentFiles.contains(path) else { return nil }
        var findings: [Diagnostic] = []
        guard let file = ContentLoader.read(path, from: content, into: &findings),
              let document = Document.decode(file, &findings), comesAndGoesAlone(document),
              document.placement.region.map({ state.graph.region($0) != nil }) ?? true else { return nil }
        return Arrival(file: file, document: document, findings: findings)
    }

    /// Puts a new document into every table but the graph, as the whole pipeline would have, and
    /// returns what the graph takes in; nil when its body links to files that would be copied beside its pages.
    static func add(_ arrival: Arrival, to state: inout BuildState)
        -> (document: Document, bodyLinks: [DocumentLink], coverage: DocumentCoverage?)? {
        let document = arrival.document
        let siteMap = state.bodies.siteMap
        guard let page = siteMap.findingsPage(of: document) else { return nil }
        let body = state.bodies.render(document, page: page.page, region: page.region, for: .findings)
        guard body.linkedFiles.isEmpty else { return nil }
        let coverage = state.rules.checklist.map { CoverageEvaluator.evaluate(document, headings: body.headings, checklist: $0, today: state.today) }
        let claims = siteMap.pages(of: document).map { OutputClaim(content: document.file, output: $0.page, isPage: true) }
        state.rules.insert(document, headings: body.headings, bodyLinks: body.documentLinks, coverage: coverage, outputs: claims)
        state.documentFindings[document.file] = arrival.findings + body.diagnostics
        state.documentFiles.insert(document.file, at: state.documentFiles.insertionIndex(of: document.file) { $0 })
        state.linkedFiles[document.path] = []
        return (document, body.documentLinks, coverage)
    }
}
