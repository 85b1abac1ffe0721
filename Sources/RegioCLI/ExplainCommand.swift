import ArgumentParser
import RegioCore

/// `regio uitleg CODE`: what a diagnostic means and how to fix it.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "uitleg",
        abstract: "Legt uit wat een meldingscode betekent en hoe u het oplost.",
        aliases: ["explain"]
    )

    @Argument(help: ArgumentHelp("De code uit een melding, zoals onbekende-sleutel. Zonder code: alle codes.", valueName: "code"))
    var code: String?

    func run() throws {
        guard let code else {
            for known in DiagnosticCode.allCases {
                print("\(known.rawValue) (\(known.severity.rawValue))")
            }
            return
        }
        guard let known = DiagnosticCode(rawValue: code.trimmingCharacters(in: ["[", "]"])) else {
            printError("regio: onbekende code `\(code)`; `regio uitleg` zonder code toont alle codes")
            throw RegioExit.usage
        }
        print("\(known.rawValue) (\(known.severity.rawValue))\n\n\(known.explanation)")
    }
}
