/// The legal-framework checklist from `kaders.yaml` (DESIGN §3): the frameworks that bind or guide
/// this policy, the requirements derived from them, and the vocabulary of themes documents use.
public struct Checklist: Sendable {
    public let topics: [Topic]
    public let frameworks: [Framework]
    /// In file order; one id may appear more than once, as versions with successive validity.
    public let requirements: [Requirement]
    public let file: String

    public func framework(_ id: String) -> Framework? {
        frameworks.first { $0.id == id }
    }

    /// The framework `id` when it had lapsed (`vervallen_op`) by the first day of `period` and by
    /// `date`, the day the document is judged (today for a concept): a document for that period
    /// cannot build on it (`LapsedFrameworkRule`, `regio new --vanuit-vorige`). Before `date` passes
    /// the lapse, a requirement of the framework may still ask the document to name it.
    public func framework(_ id: String, lapsedBefore period: Period, judgedOn date: DayDate) -> Framework? {
        guard let framework = framework(id), let lapsed = framework.repealed,
              lapsed <= DayDate(year: period.from, month: 1, day: 1), lapsed <= date else { return nil }
        return framework
    }

    public func topic(_ id: String) -> Topic? {
        topics.first { $0.id == id }
    }

    /// The versions of one requirement, oldest first.
    public func versions(of id: String) -> [Requirement] {
        requirements.filter { $0.id == id }.sorted { $0.validFrom < $1.validFrom }
    }

    /// Distinct requirement ids in file order, as the matrices list them.
    public var requirementIDs: [String] {
        var seen: Set<String> = []
        return requirements.map(\.id).filter { seen.insert($0).inserted }
    }

    /// The version of each requirement that applies to a document of `type` judged on `date`.
    public func applicable(to type: DocumentType, on date: DayDate) -> [Requirement] {
        requirements.filter { $0.documentTypes.contains(type) && $0.isValid(on: date) }
    }

    /// What a concept for the years from `periodStart` is asked today (`date`): the duties in force,
    /// less those that end before its period begins. A 2027–2030 vision written in 2026 is never in
    /// force while a programme that ends on 31 December 2026 holds.
    public func applicable(to type: DocumentType, on date: DayDate, periodStart: Int?) -> [Requirement] {
        let start = periodStart.map { DayDate(year: $0, month: 1, day: 1) }
        return applicable(to: type, on: date).filter { requirement in
            guard let start, let end = requirement.validUntil else { return true }
            return end >= start
        }
    }
}

/// A word from the fixed list of themes, with the name readers see.
public struct Topic: Sendable, Hashable {
    public let id: String
    public let name: String
}

/// What kind of instrument a framework is; only some bind a municipality.
public enum FrameworkKind: String, Sendable, CaseIterable {
    case wet, amvb, verdrag, programma, afspraak, veldnorm

    /// Laws, decrees and treaties bind; programmes, agreements and field standards guide.
    public var isBinding: Bool {
        switch self {
        case .wet, .amvb, .verdrag: true
        case .programma, .afspraak, .veldnorm: false
        }
    }
}

/// A change to a framework that matters to the checklist, such as the 2019 afwegingskader.
public struct Amendment: Sendable {
    public let date: DayDate
    public let description: String
}

/// A law, treaty or agreement, with the facts a reader needs to look it up.
public struct Framework: Sendable {
    public let id: String
    /// The official citation title.
    public let title: String
    public let shortName: String?
    public let kind: FrameworkKind
    /// The official text (wetten.overheid.nl, the treaty's page).
    public let url: String?
    public let inForce: DayDate?
    public let repealed: DayDate?
    public let amendments: [Amendment]
    /// Where the facts were checked.
    public let source: String?
    /// Facts the checklist's authors could not verify, said rather than invented. A note for the
    /// authors of kaders.yaml ("niet nagegaan: …"), not for the public site: no page shows it.
    public let uncertain: String?
    public let location: SourceLocation

    public var displayName: String { shortName ?? title }
}

/// How a document shows that it meets a requirement. Any one listed kind suffices.
public enum Evidence: Sendable, Hashable {
    /// A heading with one of these names and some text under it.
    case section([String])
    /// The framework's id in the front matter's `kaders`.
    case reference(String)
    /// A front-matter field that is present (and so, having been decoded, valid).
    case field(String)
}

/// One duty a document has because of a framework, from a date and possibly until one.
public struct Requirement: Sendable {
    /// Stable; it is the code of the diagnostic when a document misses it.
    public let id: String
    public let title: String
    public let frameworkID: String
    public let article: String?
    public let explanation: String?
    public let documentTypes: [DocumentType]
    public let validFrom: DayDate
    /// The last day it applies (inclusive), for repealed law and ended programmes.
    public let validUntil: DayDate?
    public let severity: Severity
    public let evidence: [Evidence]
    public let location: SourceLocation
    /// For each evidence, its section names folded by `HeadingMatcher` (empty for other evidence): folded
    /// once here, not for every document the requirement is judged against.
    let foldedSectionNames: [[String]]

    init(id: String, title: String, frameworkID: String, article: String?, explanation: String?, documentTypes: [DocumentType],
         validFrom: DayDate, validUntil: DayDate?, severity: Severity, evidence: [Evidence], location: SourceLocation) {
        (self.id, self.title, self.frameworkID, self.article, self.explanation) = (id, title, frameworkID, article, explanation)
        (self.documentTypes, self.validFrom, self.validUntil, self.severity) = (documentTypes, validFrom, validUntil, severity)
        (self.evidence, self.location) = (evidence, location)
        foldedSectionNames = evidence.map { evidence in
            if case let .section(names) = evidence { names.map(HeadingMatcher.fold) } else { [] }
        }
    }

    public func isValid(on date: DayDate) -> Bool {
        validFrom <= date && validUntil.map { date <= $0 } ?? true
    }

    /// The accepted heading names, when a section is evidence.
    public var sectionNames: [String] {
        evidence.flatMap { evidence -> [String] in
            if case let .section(names) = evidence { return names }
            return []
        }
    }
}

extension Requirement {
    /// `vanaf 2019-01-01` or `van 2018-04-25 tot en met 2021-12-31`, for diagnostics.
    public var validity: String {
        validUntil.map { "van \(validFrom) tot en met \($0)" } ?? "vanaf \(validFrom)"
    }
}

extension Evidence: CustomStringConvertible {
    /// How a diagnostic names the evidence to an author.
    public var description: String {
        switch self {
        case let .section(names): "een kop " + names.map { "‘\($0)’" }.joined(separator: " of ") + " met tekst eronder"
        case let .reference(id): "`\(id)` in `kaders`"
        case let .field(name): "het veld `\(name)`"
        }
    }
}

extension Checklist {
    /// Reads `kaders.yaml` from a content folder on its own, for commands that need only the checklist.
    public static func load(from content: any ContentFileSystem) -> (checklist: Checklist?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard (try? content.size(of: fileName)) != nil else { return (nil, []) }
        let checklist = ContentLoader.read(fileName, from: content, into: &diagnostics).flatMap { decode($0, &diagnostics) }
        return (checklist, diagnostics)
    }

    /// The checklist's place in the content folder.
    static let fileName = "kaders.yaml"

    /// What a requirement asks and how a document shows it, for `regio uitleg <id>` and reports.
    public func explanation(of id: String) -> String? {
        let versions = versions(of: id)
        guard let current = versions.last else { return nil }
        let framework = framework(current.frameworkID)
        var lines = [current.title, ""]
        if let framework {
            lines.append("Kader: \(framework.title)" + (framework.shortName.map { " (\($0))" } ?? "") + (current.article.map { ", \($0)" } ?? ""))
            lines.append(framework.kind.isBinding ? "Soort: \(framework.kind.rawValue), bindend" : "Soort: \(framework.kind.rawValue), niet bindend")
            if let url = framework.url { lines.append("Tekst: \(url)") }
        }
        lines.append("Geldt voor: " + current.documentTypes.map(\.rawValue).joined(separator: ", "))
        for version in versions {
            // "(fout)" after a date read as "this date is wrong": say what the severity is of.
            lines.append("Geldig: \(version.validity); ontbreken is een \(version.severity.rawValue)")
        }
        if let explanation = current.explanation { lines += ["", explanation] }
        lines += ["", "Telt als bewijs: " + current.evidence.map(\.description).joined(separator: "; of ")]
        return lines.joined(separator: "\n")
    }

    /// A before-and-after for a requirement: the section or front matter that meets it, and the waiver.
    public func example(of id: String) -> String? {
        guard let requirement = versions(of: id).last else { return nil }
        var lines = ["Voorbeeld:"]
        for evidence in requirement.evidence {
            switch evidence {
            case let .section(names):
                lines += ["    ## \(names.first ?? "")", "", "    Tekst over wat de regio of gemeente hierover afspreekt."]
            case let .reference(frameworkID):
                lines += ["    kaders: [\(frameworkID)]   (in de front matter)"]
            case let .field(name):
                lines += name == "periode" ? ["    periode: {van: 2024, tot: 2027}   (in de front matter)"] : ["    \(name): …   (in de front matter)"]
            }
        }
        lines += ["", "Bewust niet? Leg het vast in de front matter, met een reden die lezers zien:",
                  "    uitzonderingen:", "      \(id): \"Staat in het Wmo-beleidsplan 2024-2027 van de gemeente.\""]
        return lines.joined(separator: "\n")
    }
}
