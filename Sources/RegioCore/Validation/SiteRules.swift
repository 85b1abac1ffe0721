/// A rule over the whole site. One rule, one file, named after what it enforces; `SiteRules.all` lists them.
public protocol SiteRule: Sendable {
    func check(_ context: RuleContext) -> [Diagnostic]
    /// Whether the rule reads what a body gives: headings, body links or checklist coverage. When a
    /// save changes only a body, `regio serve` runs again only the rules that do; a rule that reads
    /// only front matter, regions and output paths says false. True unless a rule says otherwise,
    /// so that a rule that forgets is run too often, never too seldom.
    var readsBodies: Bool { get }
}

extension SiteRule {
    public var readsBodies: Bool { true }
}

/// A rule whose findings each belong to one document and come from that document: its metadata,
/// headings, body links and checklist results, and (`readsLinkedDocuments`) the headings of the
/// documents it links to. After a save, `regio serve` checks again only the documents it touched.
public protocol DocumentRule: SiteRule {
    func check(_ document: Document, in context: RuleContext) -> [Diagnostic]
    /// Whether a document's findings depend on the documents it links to. True unless a rule says
    /// otherwise: then a save of a document also checks again every document that links to it.
    var readsLinkedDocuments: Bool { get }
}

extension DocumentRule {
    public var readsLinkedDocuments: Bool { true }

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.documentsInOrder.flatMap { check($0, in: context) }
    }
}

/// One rule's findings; a `DocumentRule`'s by document, so that one document's can be replaced.
enum RuleFindings: Sendable {
    case site([Diagnostic])
    /// Only documents with findings have an entry.
    case documents([ContentPath: [Diagnostic]])

    var all: [Diagnostic] {
        switch self {
        case let .site(findings): findings
        case let .documents(byDocument): byDocument.keys.sorted().flatMap { byDocument[$0] ?? [] }
        }
    }
}

/// The registry: every rule runs, and all results are kept.
public enum SiteRules {
    public static let all: [any SiteRule] = [
        RegionFileRule(),
        MunicipalityInOneRegionRule(),
        PlanMunicipalityRule(),
        FactsheetMunicipalityRule(),
        FigureYearRule(),
        IndicatorRule(),
        ReferenceRule(),
        PlanPeriodRule(),
        VisionVersionsRule(),
        CurrentVisionRule(),
        AnchorRule(),
        ChecklistVocabularyRule(),
        WaiverRule(),
        ChecklistCoverageRule(),
        OutputPathRule(),
    ]

    /// Every rule on its own task: they only read the context.
    public static func check(_ context: RuleContext, parallelism: Int = 1) async -> [Diagnostic] {
        await checkEach(context, parallelism: parallelism).flatMap(\.all)
    }

    /// The findings of each rule of `all`, in its order.
    static func checkEach(_ context: RuleContext, parallelism: Int) async -> [RuleFindings] {
        await parallelMap(all.indices.map { $0 }, width: parallelism) { index in
            guard let rule = all[index] as? any DocumentRule else { return .site(all[index].check(context)) }
            var byDocument: [ContentPath: [Diagnostic]] = [:]
            for document in context.documentsInOrder {
                let found = rule.check(document, in: context)
                if !found.isEmpty { byDocument[document.path] = found }
            }
            return .documents(byDocument)
        }
    }

    /// The findings after a save that changed only the bodies of `edited` (`BodyEdit`): a rule that
    /// reads no bodies keeps its findings; a document rule checks again the edited documents, and
    /// when it reads linked documents also `linkingToEdited`; any other rule that reads bodies runs again.
    static func checkAgain(_ previous: [RuleFindings], _ context: RuleContext, edited: Set<ContentPath>,
                           linkingToEdited: Set<ContentPath>, parallelism: Int) async -> [RuleFindings] {
        await parallelMap(all.indices.map { $0 }, width: parallelism) { index in
            let rule = all[index]
            guard rule.readsBodies else { return previous[index] }
            guard let documentRule = rule as? any DocumentRule, case var .documents(byDocument) = previous[index] else {
                return .site(rule.check(context))
            }
            for path in documentRule.readsLinkedDocuments ? edited.union(linkingToEdited) : edited {
                let found = context.documents[path].map { documentRule.check($0, in: context) } ?? []
                byDocument[path] = found.isEmpty ? nil : found
            }
            return .documents(byDocument)
        }
    }
}
