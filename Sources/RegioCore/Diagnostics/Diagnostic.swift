/// How bad a finding is. A `fout` fails the build; a `waarschuwing` only with `--strict`.
public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
    case error = "fout"
    case warning = "waarschuwing"

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .error && rhs == .warning
    }
}

/// One finding about the content, in the user's language, at a place in a file.
public struct Diagnostic: Sendable, Hashable, Error {
    /// What kind of finding this is; `regio uitleg` explains it.
    public let code: DiagnosticCode
    /// The checklist requirement this finding is about, when it is one (its id is then the code users see).
    public let requirement: String?
    public let severity: Severity
    public let message: String
    public let location: SourceLocation
    /// Further lines that help: where something else was defined, what is allowed.
    public internal(set) var notes: [String]
    /// A concrete fix, shown as "bedoelde u …?" or "voeg toe: …".
    public internal(set) var fixIt: String?
    /// The content file (path from the content folder) that a link or reference names and that is not
    /// there, so that git's history can say what became of it (`VanishedFiles`).
    public internal(set) var missingFile: String?
    /// The required front-matter key this finding says is missing, so that a later stage that knows
    /// the whole site can give a fix that fits it (`MissingPlanFields`).
    public internal(set) var missingKey: String?

    /// The stable code printed with the finding: the requirement's id, else the catalogue code.
    public var id: String { requirement ?? code.rawValue }

    public init(_ code: DiagnosticCode, _ message: String, at location: SourceLocation, notes: [String] = [], fixIt: String? = nil) {
        self.code = code
        requirement = nil
        severity = code.severity
        self.message = message
        self.location = location
        self.notes = notes
        self.fixIt = fixIt
    }

    /// A checklist requirement that a document does not meet; its severity is the checklist's.
    public init(requirement: String, severity: Severity, _ message: String, at location: SourceLocation, notes: [String] = [], fixIt: String? = nil) {
        code = .requirementNotMet
        self.requirement = requirement
        self.severity = severity
        self.message = message
        self.location = location
        self.notes = notes
        self.fixIt = fixIt
    }
}

extension Array where Element == Diagnostic {
    /// Sorted by file and position, so output is the same on every run whatever order work finished in.
    public func inReadingOrder() -> [Diagnostic] {
        sorted { ($0.location, $0.id, $0.message) < ($1.location, $1.id, $1.message) }
    }

    // Counted without `filter`, which copies every matching diagnostic into a new array first.
    public var errorCount: Int { reduce(0) { $0 + ($1.severity == .error ? 1 : 0) } }
    public var warningCount: Int { reduce(0) { $0 + ($1.severity == .warning ? 1 : 0) } }
}

/// Several diagnostics as the failure of one step.
public struct DiagnosticList: Error, Sendable {
    public let items: [Diagnostic]
    /// The files the findings point into that are not content (a theme's templates and strings), by
    /// the path the findings name: the terminal and the preview show their lines under the findings.
    public var sources: [String: SourceFile] = [:]
}
