/// `regio serve`'s short way for the saves an author makes all day: text, headings, links, or front
/// matter such as a title, a summary, a status, themes or waivers; and a new plan, factsheet (of a
/// region, or national with its copy in every region) or regiovisie, or one deleted. Only those documents are read, decoded and rendered for
/// their findings, and judged against the checklist again; the rule context, the graph and the page
/// table are changed in place, not made again; a document rule checks again only the documents
/// saved, added or removed, and those that link to them when it reads linked documents, and another
/// rule runs again only when it reads what changed (`SiteRule.reads`).
///
/// A factsheet's front matter may change too when it is saved alone and has its figures in it: the
/// texts that link to it are rendered again for their findings, as they may quote its figures.
///
/// A regiovisie's new period may move it before or after another version of its region: its
/// region's versions are sorted again, and its comparison pages made again from the new order.
///
/// A save that changes what other parts of the site are made of takes the whole pipeline (`apply`
/// returns nil): settings, regions, the checklist, a document that does not decode or is refused on
/// reading, another type or place, the files a body links to, and a factsheet's front matter saved
/// with other files or with figures from a CSV file. So does a
/// file that comes or goes when it is not a document (or a factsheet with figures from a CSV file),
/// when a document refers to the one that went, or when any finding names files (a link to nothing, with its "did you mean"):
/// those may change with every file that comes or goes (`DocumentEdit+FileList.swift`). The result
/// is the one the whole pipeline gives.
enum DocumentEdit {
    /// The build after the save: `previous`, changed in place. It is taken, not copied: at 10,000
    /// documents copying its tables would cost more than the rest of the work. Only the graph's tables
    /// are copied where they change, because the site still being served holds them too.
    static func apply(_ edits: ContentEdits, to previous: consuming BuildResult, options: BuildOptions) async -> BuildResult? {
        var result = previous
        guard var state = result.state.take(), state.isMade(for: options) else { return nil }
        var changed: RuleInputs = []
        var edited: Set<ContentPath> = []
        var removed: [Document] = [], added: [Document] = []
        if edits.changesFileList {
            guard let moved = moveFiles(edits, from: options.content, in: &state, result: &result) else { return nil }
            (removed, added) = moved
            edited.formUnion((removed + added).map(\.path))
            changed = RuleInputs.all.subtracting(.regions)
        }
        let bodiesBefore = state.bodies
        var refigured: [ContentPath] = []
        // Regions with a vision of another period: their versions may have changed order.
        var reordered: Set<Slug> = []
        for path in edits.saved.sorted() {
            let alone = edits.saved.count == 1 && !edits.changesFileList
            guard let edit = edit(path, in: state, content: options.content, alone: alone) else { return nil }
            if edit.frontMatterChanged, edit.document.metadata.type == .factsheet {
                state.bodies.refigure(edit.document)
                refigured.append(edit.document.path)
            }
            let contentPath = edit.document.path
            if edit.movesVision, let region = edit.document.placement.region { reordered.insert(region) }
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
        // Texts that quote a factsheet's figures show the new ones, and may lose or find a figure.
        for path in Set(refigured.flatMap { state.graph.incoming[$0] ?? [] }).subtracting(edited).sorted() {
            guard requote(path, in: &state, before: bodiesBefore) else { return nil }
        }
        if !changed.isEmpty {
            // A heading gone or a period changed can give a finding to a document that links here.
            let linking = Set(edited.flatMap { state.graph.incoming[$0] ?? [] })
            state.ruleFindings = await SiteRules.checkAgain(state.ruleFindings, state.rules, changed: changed, edited: edited,
                                                            linkingToEdited: linking, parallelism: options.parallelism)
        }
        if edits.changesFileList || !reordered.isEmpty {
            guard let site = state.site.replacing(graph: state.graph, bodies: state.bodies, removed: removed, added: added,
                                                  reordering: reordered) else { return nil }
            state.site = site
        } else {
            state.site = state.site.replacingGraph(state.graph, bodies: state.bodies)
        }
        result.diagnostics = state.diagnostics
        // A save can start the next vision, or end one: the preview says what is coming after every save.
        result.reminders = ExpiringVisions.note(state.rules).map { [$0] } ?? []
        result.remindedRegions = ExpiringVisions.regions(state.rules)
        result.onDemandSite = state.site
        result.isDocumentEdit = true
        result.state = state
        return result
    }

    /// A factsheet whose figures are all in its front matter, not in a CSV file beside it.
    static func hasFiguresInFrontMatter(_ document: Document) -> Bool {
        if case let .factsheet(details) = document.details { return details.figureFile == nil }
        return false
    }

    /// A document that links to a factsheet whose figures changed: its findings from its body again
    /// (a quoted figure may be gone). Its headings and links are the same, and so are its search
    /// terms: a quoted number fills the link only in HTML. False when its findings are not what
    /// rendering it gave before.
    private static func requote(_ path: ContentPath, in state: inout BuildState, before: BodyRenderer) -> Bool {
        guard let document = state.rules.documents[path], let page = state.bodies.siteMap.findingsPage(of: document) else { return false }
        let old = before.render(document, page: page.page, region: page.region, for: .findings).diagnostics
        let new = state.bodies.render(document, page: page.page, region: page.region, for: .findings).diagnostics
        // A document's findings end with those of its body.
        var findings = state.documentFindings[document.file] ?? []
        guard findings.count >= old.count, Array(findings.suffix(old.count)) == old else { return false }
        findings.removeLast(old.count)
        state.documentFindings[document.file] = findings + new
        return true
    }

    /// One saved document, read again; nil when the save changed more than the document.
    private struct Edit {
        let file: SourceFile
        let document: Document
        let body: RenderedBody
        let findings: [Diagnostic]
        let frontMatterChanged: Bool
        /// A regiovisie with another period, which may move it before or after another version of its
        /// region: its region's comparison pages are made again (the same ones when the order stays).
        let movesVision: Bool
        let headingsChanged: Bool
        let linksChanged: Bool
    }

    /// `alone`: the only file of the save, which a factsheet whose front matter changed must be.
    private static func edit(_ path: String, in state: BuildState, content: any ContentFileSystem, alone: Bool) -> Edit? {
        guard let contentPath = ContentPath(path), let old = state.rules.documents[contentPath], old.file == path else { return nil }
        var findings: [Diagnostic] = []
        guard let file = ContentLoader.read(path, from: content, into: &findings),
              let fresh = Document.decode(file, &findings),
              let page = state.bodies.siteMap.findingsPage(of: fresh) else { return nil }
        let frontMatterChanged = frontMatter(of: fresh) != frontMatter(of: old)
        if frontMatterChanged {
            guard fresh.metadata.type == old.metadata.type, fresh.placement == old.placement,
                  old.metadata.type != .factsheet || (alone && hasFiguresInFrontMatter(old) && hasFiguresInFrontMatter(fresh)) else { return nil }
        }
        let movesVision = frontMatterChanged && old.metadata.type == .regiovisie && fresh.period != old.period
        // The same front matter, the same details: figures a factsheet takes from its CSV file stay attached.
        let document = frontMatterChanged ? fresh : fresh.with(old.details)
        // A factsheet's text may quote its own figures: the new ones.
        var bodies = state.bodies
        if frontMatterChanged { bodies.refigure(document) }
        let body = bodies.render(document, page: page.page, region: page.region, for: .findings)
        guard body.linkedFiles == state.linkedFiles[contentPath] ?? [] else { return nil }
        return Edit(file: file, document: document, body: body, findings: findings + body.diagnostics,
                    frontMatterChanged: frontMatterChanged, movesVision: movesVision,
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
    /// For `regio serve`: the build after a save (`edits`, relative to the content folder), made from
    /// `previous` when the save changed only documents (`DocumentEdit`); nil when the whole pipeline
    /// must run. `previous` is taken: pass it with `consume`, keep no copy, and it is changed in place.
    public static func rebuild(after edits: ContentEdits, previous: consuming BuildResult, options: BuildOptions) async -> BuildResult? {
        var stages = StageClock(report: options.stageReport)
        let result = await DocumentEdit.apply(edits, to: previous, options: options)
        let count = edits.saved.count + edits.added.count + edits.removed.count
        stages.lap(result == nil ? "korte weg niet mogelijk" : "korte weg: \(count) document(en)")
        return result
    }

    /// The build after `paths` were saved again, none added or removed.
    public static func rebuild(afterEditing paths: Set<String>, previous: consuming BuildResult, options: BuildOptions) async -> BuildResult? {
        await rebuild(after: ContentEdits(saved: paths), previous: previous, options: options)
    }

    /// For `regio serve`: the build after a save in the theme (templates, strings, assets), made from
    /// `previous` (`ThemeEdit`); nil when the theme does not load, so that the whole pipeline reports why.
    public static func rebuild(afterThemeChange previous: consuming BuildResult, options: BuildOptions) -> BuildResult? {
        var stages = StageClock(report: options.stageReport)
        let result = ThemeEdit.apply(to: previous, options: options)
        stages.lap(result == nil ? "korte weg niet mogelijk" : "korte weg: thema")
        return result
    }
}
