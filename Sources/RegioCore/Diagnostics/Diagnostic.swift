/// How bad a finding is. A `fout` fails the build; a `waarschuwing` only with `--strict`.
public enum Severity: String, Sendable, Codable, Comparable {
    case error = "fout"
    case warning = "waarschuwing"

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .error && rhs == .warning
    }
}

/// One finding about the content, in the user's language, at a place in a file.
public struct Diagnostic: Sendable, Hashable, Error {
    public let code: DiagnosticCode
    public let message: String
    public let location: SourceLocation
    /// Further lines that help: where something else was defined, what is allowed.
    public let notes: [String]
    /// A concrete fix, shown as "bedoelde u …?" or "voeg toe: …".
    public let fixIt: String?

    public var severity: Severity { code.severity }

    public init(_ code: DiagnosticCode, _ message: String, at location: SourceLocation, notes: [String] = [], fixIt: String? = nil) {
        self.code = code
        self.message = message
        self.location = location
        self.notes = notes
        self.fixIt = fixIt
    }
}

extension Array where Element == Diagnostic {
    /// Sorted by file and position, so output is the same on every run whatever order work finished in.
    public func inReadingOrder() -> [Diagnostic] {
        sorted { ($0.location, $0.code.rawValue, $0.message) < ($1.location, $1.code.rawValue, $1.message) }
    }

    public var errorCount: Int { filter { $0.severity == .error }.count }
    public var warningCount: Int { filter { $0.severity == .warning }.count }
}

/// Several diagnostics as the failure of one step.
public struct DiagnosticList: Error, Sendable {
    public let items: [Diagnostic]
}
