import Foundation
import RegioCore

/// `regio check --format sarif`: SARIF 2.1.0, the format code-scanning tools (GitHub, GitLab, IDEs)
/// read. Each code that occurs is a rule with its explanation; each diagnostic a result.
struct SARIFReport {
    let printer: DiagnosticPrinter
    let checklist: Checklist?

    func render(_ diagnostics: [Diagnostic]) -> String {
        var ruleIDs: [String] = []
        for diagnostic in diagnostics where !ruleIDs.contains(diagnostic.id) { ruleIDs.append(diagnostic.id) }
        let rules = ruleIDs.map { id -> [String: Any] in
            let diagnostic = diagnostics.first { $0.id == id }!
            let (short, full) = describe(diagnostic)
            return [
                "id": id,
                "shortDescription": ["text": short],
                "fullDescription": ["text": full],
                "defaultConfiguration": ["level": level(diagnostic.severity)],
                "help": ["text": "regio uitleg \(id)"],
            ]
        }
        let results = diagnostics.map { diagnostic -> [String: Any] in
            let text = ([diagnostic.message] + diagnostic.notes + (diagnostic.fixIt.map { ["oplossing: \($0)"] } ?? [])).joined(separator: "\n")
            return [
                "ruleId": diagnostic.id,
                "ruleIndex": ruleIDs.firstIndex(of: diagnostic.id) ?? 0,
                "level": level(diagnostic.severity),
                "message": ["text": text],
                "locations": [[
                    "physicalLocation": [
                        "artifactLocation": ["uri": uri(printer.path(diagnostic.location))],
                        "region": ["startLine": diagnostic.location.line, "startColumn": diagnostic.location.column],
                    ],
                ]],
            ]
        }
        let log: [String: Any] = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [[
                "tool": ["driver": ["name": "regio", "language": "nl", "rules": rules]],
                "columnKind": "unicodeCodePoints",
                "results": results,
            ]],
        ]
        let data = (try? JSONSerialization.data(withJSONObject: log, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
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
}
