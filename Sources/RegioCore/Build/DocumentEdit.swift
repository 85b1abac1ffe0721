/// `regio serve`'s short way for the saves an author makes all day: text, headings, links, or front
/// matter such as a title, a summary, a status, themes or waivers. Only the saved documents are read,
/// decoded and rendered for their findings, and judged against the checklist again; the rule context,
/// the graph and the page table are changed in place, not made again; a document rule checks again
/// only the saved documents and those that link to them, and another rule runs again only when it
/// reads what changed (`SiteRule.reads`).
///
/// A save that changes what other parts of the site are made of takes the whole pipeline (`apply`
/// returns nil): a file added or removed, settings, regions, the checklist, the theme, a document that
/// does not decode or is refused on reading, another type or place, the files a body links to, the
/// front matter of a factsheet (other texts quote its figures) and the period of a regiovisie (it
/// orders the visions, and with them the comparison pages). The result is the one the whole pipeline gives.
enum DocumentEdit {
    /// The build after the save: `previous`, changed in place. It is taken, not copied: at 10,000
    /// documents copying its tables would cost more than the rest of the work. Only the graph's tables
    /// are copied where they change, because the site still being served holds them too.
    static func apply(_ paths: Set<String>, to previous: consuming BuildResult, options: BuildOptions) async -> BuildResult? {
        var result = previous
        guard var state = result.state.take(), options.today == state.today, options.scope == state.scope,
              options.baseURL == state.baseURL, options.history == state.history else { return nil }
        var changed: RuleInputs = []
        var edited: Set<ContentPath> = []
        for path in paths.sorted() {
            guard let edit = edit(path, in: state, content: options.content) else { return nil }
            let contentPath = edit.document.path
            let coverage = edit.headingsChanged || edit.frontMatterChanged
                ? state.rules.checklist.map { CoverageEvaluator.evaluate(edit.document, headings: edit.body.headings, checklist: $0, today: state.today) }
                : state.rules.coverage[contentPath]
            state.rules.replace(edit.document, headings: edit.body.headings, bodyLinks: edit.body.documentLinks, coverage: coverage)
            state.graph.replace(edit.document, bodyLinks: edit.body.documentLinks, coverage: coverage)
            result.sources[path] = edit.file
            state.documentFindings[path] = edit.findings
            if edit.frontMatterChanged { changed.formUnion([.frontMatter, .bodies]) }
            if edit.headingsChanged || edit.linksChanged { changed.insert(.bodies) }
            edited.insert(contentPath)
        }
        if !changed.isEmpty {
            // A heading gone or a period changed can give a finding to a document that links here.
            let linking = Set(edited.flatMap { state.graph.incoming[$0] ?? [] })
            state.ruleFindings = await SiteRules.checkAgain(state.ruleFindings, state.rules, changed: changed, edited: edited,
                                                            linkingToEdited: linking, parallelism: options.parallelism)
        }
        state.site = state.site.replacingGraph(state.graph)
        result.diagnostics = state.diagnostics
        result.onDemandSite = state.site
        result.isDocumentEdit = true
        result.state = state
        return result
    }

    /// One saved document, read again; nil when the save changed more than the document.
    private struct Edit {
        let file: SourceFile
        let document: Document
        let body: RenderedBody
        let findings: [Diagnostic]
        let frontMatterChanged: Bool
        let headingsChanged: Bool
        let linksChanged: Bool
    }

    private static func edit(_ path: String, in state: BuildState, content: any ContentFileSystem) -> Edit? {
        guard let contentPath = ContentPath(path), let old = state.rules.documents[contentPath], old.file == path else { return nil }
        var findings: [Diagnostic] = []
        guard let file = ContentLoader.read(path, from: content, into: &findings),
              let fresh = Document.decode(file, &findings),
              let page = state.bodies.siteMap.findingsPage(of: fresh) else { return nil }
        let frontMatterChanged = frontMatter(of: fresh) != frontMatter(of: old)
        if frontMatterChanged {
            guard fresh.metadata.type == old.metadata.type, fresh.placement == old.placement, old.metadata.type != .factsheet,
                  old.metadata.type != .regiovisie || fresh.period == old.period else { return nil }
        }
        // The same front matter, the same details: figures a factsheet takes from its CSV file stay attached.
        let document = frontMatterChanged ? fresh : fresh.with(old.details)
        let body = state.bodies.render(document, page: page.page, region: page.region, for: .findings)
        guard body.linkedFiles == state.linkedFiles[contentPath] ?? [] else { return nil }
        return Edit(file: file, document: document, body: body, findings: findings + body.diagnostics,
                    frontMatterChanged: frontMatterChanged,
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
    /// from `previous` when the save changed only documents (`DocumentEdit`); nil when the whole
    /// pipeline must run. `previous` is taken: pass it with `consume`, keep no copy, and it is changed in place.
    public static func rebuild(afterEditing paths: Set<String>, previous: consuming BuildResult, options: BuildOptions) async -> BuildResult? {
        var stages = StageClock(report: options.stageReport)
        let result = await DocumentEdit.apply(paths, to: previous, options: options)
        stages.lap(result == nil ? "korte weg niet mogelijk" : "korte weg: \(paths.count) document(en)")
        return result
    }
}
