import ArgumentParser
import Foundation
import RegioCore

/// `regio uitleg CODE`: what a diagnostic means, an example, and how to fix it. Codes of the
/// checklist's requirements are explained from the content's `kaders.yaml`.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "uitleg",
        abstract: "Legt uit wat een meldingscode betekent en hoe u het oplost.",
        aliases: ["explain"]
    )

    @Argument(help: ArgumentHelp("De code uit een melding, zoals onbekende-sleutel of wmo-opvang. Zonder code: alle codes.", valueName: "code"))
    var code: String?

    @Option(name: .long, help: ArgumentHelp("De map met de inhoud, voor de eisen uit kaders.yaml.", valueName: "map"))
    var content: String = "content"

    /// The explanation's first sentence up to its first colon or semicolon, so that the list says
    /// in a line what each code is about; a bare list of 99 codes told an author nothing.
    /// A stop inside code (`status: concept`, `[^1].`) or between brackets (`(met nullen: …)`) does
    /// not end the sentence: the line would end in the middle of the bracket.
    static func firstSentence(of text: String) -> String {
        var inCode = false
        var depth = 0
        var previous: Character?
        for index in text.indices {
            let character = text[index]
            if character == "`" { inCode.toggle() }
            if !inCode, character == "(" { depth += 1 }
            if !inCode, character == ")" { depth = max(0, depth - 1) }
            if !inCode, depth == 0, character == " ", let stop = previous, ".:;".contains(stop) {
                return String(text[..<text.index(before: index)]) + "."
            }
            previous = character
        }
        return text
    }

    func run() throws {
        let checklist = Checklist.load(from: DiskFileSystem(root: URL(fileURLWithPath: content))).checklist
        guard let code else {
            print("Vaste meldingen:")
            for known in DiagnosticCode.allCases where known != .requirementNotMet {
                print("  \(known.rawValue) (\(known.severity.rawValue)): \(Self.firstSentence(of: known.explanation))")
            }
            if let checklist {
                print("\nEisen uit \(content)/kaders.yaml:")
                for id in checklist.requirementIDs {
                    let requirement = checklist.versions(of: id).last
                    print("  \(id) (\(requirement?.severity.rawValue ?? "")): \(requirement?.title ?? "")")
                }
            }
            return
        }
        let wanted = code.trimmingCharacters(in: ["[", "]", " "])
        if let known = DiagnosticCode(rawValue: wanted) {
            print("\(known.rawValue) (\(known.severity.rawValue))\n\n\(known.explanation)\n\n\(known.example)")
            return
        }
        if let checklist, let explanation = checklist.explanation(of: wanted), let example = checklist.example(of: wanted) {
            print("\(wanted): eis uit \(content)/kaders.yaml\n\n\(explanation)\n\n\(example)")
            return
        }
        let candidates = DiagnosticCode.allCases.map(\.rawValue) + (checklist?.requirementIDs ?? [])
        let rest = KeySuggestion.suggestion(for: wanted, among: candidates).map { "; bedoelde u `\($0)`? Zonder code" } ?? "; zonder code"
        printError("regio: onbekende code `\(code)`\(rest) toont `regio uitleg` alle codes")
        throw RegioExit.usage
    }
}
