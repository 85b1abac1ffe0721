/// `regio serve`'s short way for the most common save: text written in the body of a document whose
/// front matter stayed the same. Only that document is read, decoded and rendered for its findings;
/// its checklist results are judged again when its headings changed; the rules that read bodies run
/// again when its headings or links changed; the rule context, the graph and the page table are
/// patched, not made again. Everything else a save can change (a file added or removed, front matter,
/// settings, the checklist, the theme, a document that does not decode, the files a body links to)
/// takes the whole pipeline: `apply` then returns nil. The result is the one the whole pipeline gives.
enum BodyEdit {
    /// The build after the save: `previous`, changed in place. It is taken, not copied: at 10,000
    /// documents copying its tables would cost more than the rest of the work.
    static func apply(_ paths: Set<String>, to previous: consuming BuildResult, options: BuildOptions) async -> BuildResult? {
        var result = previous
        guard var state = result.state.take(), options.today == state.today, options.scope == state.scope,
              options.baseURL == state.baseURL, options.history == state.history else { return nil }
        var rulesMustRun = false
        var edited: Set<ContentPath> = [], headingsChanged: Set<ContentPath> = []
        for path in paths.sorted() {
            guard let edit = edit(path, in: state, content: options.content) else { return nil }
            let contentPath = edit.document.path
            let coverage = edit.headingsChanged
                ? state.rules.checklist.map { CoverageEvaluator.evaluate(edit.document, headings: edit.body.headings, checklist: $0, today: state.today) }
                : state.rules.coverage[contentPath]
            state.rules.replaceBody(of: edit.document, headings: edit.body.headings, bodyLinks: edit.body.documentLinks, coverage: coverage)
            state.graph.replaceBody(of: edit.document, bodyLinks: edit.body.documentLinks, coverage: coverage)
            result.sources[path] = edit.file
            state.documentFindings[path] = edit.findings
            rulesMustRun = rulesMustRun || edit.headingsChanged || edit.linksChanged
            edited.insert(contentPath)
            if edit.headingsChanged { headingsChanged.insert(contentPath) }
        }
        if rulesMustRun {
            // Links to a document whose headings changed may now name a heading that is gone.
            let linking = Set(headingsChanged.flatMap { state.graph.incoming[$0] ?? [] })
            state.ruleFindings = await SiteRules.checkAgain(state.ruleFindings, state.rules, edited: edited, linkingToEdited: linking,
                                                            parallelism: options.parallelism)
        }
        state.site = state.site.replacingGraph(state.graph)
        result.diagnostics = state.diagnostics
        result.onDemandSite = state.site
        result.isBodyEdit = true
        result.state = state
        return result
    }

    /// One saved document, read again; nil when the save changed more than its body.
    private struct Edit {
        let file: SourceFile
        let document: Document
        let body: RenderedBody
        let findings: [Diagnostic]
        let headingsChanged: Bool
        let linksChanged: Bool
    }

    private static func edit(_ path: String, in state: BuildState, content: any ContentFileSystem) -> Edit? {
        guard let contentPath = ContentPath(path), let old = state.rules.documents[contentPath], old.file == path else { return nil }
        var findings: [Diagnostic] = []
        // A file refused on reading (not UTF-8, a conflict marker) is a change for the whole pipeline.
        guard let file = ContentLoader.read(path, from: content, into: &findings),
              let fresh = Document.decode(file, &findings), frontMatter(of: fresh) == frontMatter(of: old),
              let page = state.bodies.siteMap.findingsPage(of: fresh) else { return nil }
        // Same front matter, same details: figures a factsheet takes from its CSV file stay attached.
        let document = fresh.with(old.details)
        let body = state.bodies.render(document, page: page.page, region: page.region, for: .findings)
        guard body.linkedFiles == state.linkedFiles[contentPath] ?? [] else { return nil }
        return Edit(file: file, document: document, body: body, findings: findings + body.diagnostics,
                    headingsChanged: body.headings != state.rules.headings[contentPath],
                    linksChanged: body.documentLinks != state.rules.bodyLinks[contentPath])
    }

    /// Everything of the file before the body: the fences and the YAML, byte for byte, so also the
    /// line on which the body starts.
    private static func frontMatter(of document: Document) -> Substring {
        document.body.base[..<document.body.startIndex]
    }
}

extension BuildPipeline {
    /// For `regio serve`: the build after a save of `paths` (relative to the content folder), made
    /// from `previous` when the save changed only the bodies of documents (`BodyEdit`); nil when the
    /// whole pipeline must run.
    /// `previous` is taken: pass it with `consume`, keep no copy, and it is changed in place.
    public static func rebuild(afterEditing paths: Set<String>, previous: consuming BuildResult, options: BuildOptions) async -> BuildResult? {
        var stages = StageClock(report: options.stageReport)
        defer { stages.lap("alleen de tekst van \(paths.count) document(en)") }
        return await BodyEdit.apply(paths, to: previous, options: options)
    }
}
