import Foundation
import RegioCore

/// `regio check --format sarif`: SARIF 2.1.0, the format code-scanning tools (GitHub, GitLab, IDEs)
/// read. Each code that occurs is a rule with its explanation; each diagnostic a result.
struct SARIFReport {
    let printer: DiagnosticPrinter
    let checklist: Checklist?

    /// Every finding as a result, however many: code scanning applies its own limits.
    func render(_ diagnostics: [Diagnostic]) -> String {
        var rules: [Rule] = []
        var ruleIndex: [String: Int] = [:]
        var uris: [String: String] = [:]
        var lines: [String: SourceLines] = [:]
        let results = diagnostics.map { diagnostic -> Result in
            let index = ruleIndex[diagnostic.id] ?? {
                let (short, full) = describe(diagnostic)
                rules.append(Rule(id: diagnostic.id, shortDescription: Text(short), fullDescription: Text(full),
                                  defaultConfiguration: Rule.Configuration(level: level(diagnostic.severity)),
                                  help: Text("regio uitleg \(diagnostic.id)")))
                ruleIndex[diagnostic.id] = rules.count - 1
                return rules.count - 1
            }()
            let path = printer.path(diagnostic.location)
            let address = uris[path] ?? uri(path)
            uris[path] = address
            let file = diagnostic.location.file
            if lines[file] == nil, let source = printer.sources[file] { lines[file] = SourceLines(source.text) }
            let column = Self.codePointColumn(diagnostic.location, in: lines[file])
            let text = ([diagnostic.message] + diagnostic.notes + (diagnostic.fixIt.map { ["oplossing: \($0)"] } ?? [])).joined(separator: "\n")
            return Result(ruleId: diagnostic.id, ruleIndex: index, level: level(diagnostic.severity), message: Text(text), locations: [
                Result.Location(physicalLocation: Result.PhysicalLocation(
                    artifactLocation: Result.ArtifactLocation(uri: address),
                    region: Result.Region(startLine: diagnostic.location.line, startColumn: column)
                )),
            ])
        }
        let log = Log(runs: [Run(tool: Run.Tool(driver: Run.Driver(name: "regio", language: "nl", rules: rules)),
                                 columnKind: "unicodeCodePoints", results: results)])
        return DiagnosticPrinter.encoded(log, escapingSlashes: false) ?? ""
    }

    /// Regio counts columns in Characters, as a reader sees the line; SARIF counts code points
    /// (`columnKind`), so an accent written as e + U+0301 or an emoji before the spot would put
    /// code scanning's mark too far left.
    static func codePointColumn(_ location: SourceLocation, in lines: SourceLines?) -> Int {
        guard let lines, location.line >= 1, location.line <= lines.count else { return location.column }
        let before = lines.line(location.line).prefix(max(location.column - 1, 0))
        return before.unicodeScalars.count + 1 + max(location.column - 1 - before.count, 0)
    }

    private func describe(_ diagnostic: Diagnostic) -> (String, String) {
        if let requirement = diagnostic.requirement, let checklist, let explanation = checklist.explanation(of: requirement) {
            return (checklist.versions(of: requirement).last?.title ?? requirement, explanation)
        }
        let full = diagnostic.code.explanation
        let short = full.split(separator: ".").first.map(String.init) ?? full
        return (short, full)
    }

    private func level(_ severity: Severity) -> String {
        severity == .error ? "error" : "warning"
    }

    /// A relative URI reference: each path segment percent-encoded.
    private func uri(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/", ";"])) ?? String($0) }
            .joined(separator: "/")
    }

    // The log as SARIF 2.1.0 names its parts; Encodable values, so that 400,000 results take seconds,
    // not the minute that `JSONSerialization` of nested `[String: Any]` took.

    private struct Log: Encodable {
        let schema = "https://json.schemastore.org/sarif-2.1.0.json"
        let version = "2.1.0"
        let runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema", version, runs
        }
    }

    private struct Run: Encodable {
        struct Tool: Encodable { let driver: Driver }
        struct Driver: Encodable {
            let name: String
            let language: String
            let rules: [Rule]
        }

        let tool: Tool
        let columnKind: String
        let results: [Result]
    }

    private struct Rule: Encodable {
        struct Configuration: Encodable { let level: String }

        let id: String
        let shortDescription: Text
        let fullDescription: Text
        let defaultConfiguration: Configuration
        let help: Text
    }

    private struct Result: Encodable {
        struct Location: Encodable { let physicalLocation: PhysicalLocation }
        struct PhysicalLocation: Encodable {
            let artifactLocation: ArtifactLocation
            let region: Region
        }
        struct ArtifactLocation: Encodable { let uri: String }
        struct Region: Encodable {
            let startLine: Int
            let startColumn: Int
        }

        let ruleId: String
        let ruleIndex: Int
        let level: String
        let message: Text
        let locations: [Location]
    }

    private struct Text: Encodable {
        let text: String

        init(_ text: String) { self.text = text }
    }
}
