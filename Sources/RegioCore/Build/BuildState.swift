/// What `regio serve` keeps of a build so that the next save can redo only the documents it changed
/// (`DocumentEdit`): each stage's results by document, and where every finding came from, so that a
/// document's old findings can be taken out and its new ones put in.
struct BuildState: Sendable {
    /// What the build was made for; a save under other options takes the whole pipeline.
    let today: DayDate
    let scope: SiteMap.Scope
    let baseURL: BaseURL?
    let history: ContentHistory?

    /// The document files that decoded, in reading order, to gather their findings in a stable order.
    var documentFiles: [String]
    /// Per document file: the findings of decoding it and reading its body.
    var documentFindings: [String: [Diagnostic]]
    /// The findings of each rule of `SiteRules.all`, in its order.
    var ruleFindings: [RuleFindings]
    /// Every other finding: the files that are not documents, files that could not be read, the theme.
    let otherFindings: [Diagnostic]

    /// The documents with their headings, body links and checklist results, as the rules see them.
    var rules: RuleContext
    /// Per document, the content files its body links to (they are copied beside its pages).
    var linkedFiles: [ContentPath: [String]]
    var bodies: BodyRenderer
    var graph: SiteGraph
    var site: OnDemandSite

    /// Whether a build with `options` would be made for the same date, scope, base URL and history:
    /// else a save takes the whole pipeline.
    func isMade(for options: BuildOptions) -> Bool {
        options.today == today && options.scope == scope && options.baseURL == baseURL && options.history == history
    }

    /// Whether any finding has one of `codes`; without putting every finding in reading order first,
    /// which at 10,000 documents was a tenth of a new file's short way.
    func hasFinding(in codes: Set<DiagnosticCode>) -> Bool {
        otherFindings.contains { codes.contains($0.code) }
            || documentFindings.values.contains { $0.contains { codes.contains($0.code) } }
            || ruleFindings.contains { $0.all.contains { codes.contains($0.code) } }
    }

    /// Every finding, in reading order.
    var diagnostics: [Diagnostic] {
        VanishedFiles.explain(otherFindings + documentFiles.flatMap { documentFindings[$0] ?? [] } + ruleFindings.flatMap(\.all), history: history)
            .inReadingOrder()
    }
}
