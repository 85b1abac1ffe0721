import ArgumentParser
import Foundation

/// swift-argument-parser writes its help headings and its errors in English and has no way to
/// change that; these are its fixed sentences (from `UsageGenerator` and `HelpGenerator` of the
/// version we use), in Dutch. A sentence it adds later stays English until it is added here.
enum DutchUsage {
    static func translate(_ text: String) -> String {
        var text = text
        for (pattern, template) in replacements {
            text = text.replacingOccurrences(of: pattern, with: template, options: .regularExpression)
        }
        // The library quotes names with '…'; the tool's own messages with `…`.
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("regio: ") ? line.replacingOccurrences(of: "'([^'\\s][^']*)'", with: "`$1`", options: .regularExpression) : String(line)
        }.joined(separator: "\n")
    }

    /// In order: the longer sentence before the shorter one it starts with.
    private static let replacements: [(String, String)] = [
        ("(?m)^OVERVIEW:", "OVERZICHT:"),
        ("(?m)^USAGE:", "GEBRUIK:"),
        ("(?m)^OPTIONS:", "OPTIES:"),
        ("(?m)^ARGUMENTS:", "ARGUMENTEN:"),
        ("(?m)^SUBCOMMANDS:", "OPDRACHTEN:"),
        ("Show help information\\.", "Toont deze hulp."),
        ("Show the version\\.", "Toont de versie."),
        // The help wraps its lines, also between a word and its value.
        ("\\(default:(\\s)", "(standaard:$1"),
        ("\\(values:(\\s)", "(waarden:$1"),
        (";(\\s+)default: ", ";$1standaard: "),
        ("See '([^']+) <subcommand>' for detailed help\\.", "Zie '$1 <opdracht>' voor de hulp bij een opdracht."),
        ("See '([^']+)' for more information\\.", "Zie '$1' voor meer uitleg."),
        // An error is one of the tool's messages, so it reads as they do: `regio: ` and lower case.
        ("(?m)^Error: ", "regio: "),
        ("(?m)^Usage: ", "Gebruik: "),
        ("(?m)^Help:  ", "Hulp:  "),
        ("Unknown option '([^']+)'\\. Did you mean '([^']+)'\\?", "onbekende optie '$1'; bedoelde u '$2'?"),
        ("Unknown option '([^']+)'", "onbekende optie '$1'"),
        ("Invalid option: ", "ongeldige optie: "),
        ("Missing expected argument '([^']+)'", "'$1' ontbreekt"),
        ("Missing one of: ", "een van deze ontbreekt: "),
        ("Missing value for '([^']+)'", "de waarde voor '$1' ontbreekt"),
        ("Missing required subcommand\\.", "noem een opdracht, zoals `regio check` of `regio build`"),
        ("The value '([^']*)' is invalid for '([^']+)'\\. Please provide one of (.*) or ('[^']*')\\.", "de waarde '$1' kan niet bij '$2'; kies uit $3 of $4"),
        ("The value '([^']*)' is invalid for '([^']+)'", "de waarde '$1' kan niet bij '$2'"),
        ("The value '([^']*)' is invalid\\.", "de waarde '$1' kan niet"),
        ("The option '([^']+)' does not take any value, but '([^']*)' was specified\\.", "de optie '$1' neemt geen waarde, maar er staat '$2' achter"),
        ("Unexpected argument '([^']+)'", "onverwacht argument '$1'"),
        ("Unexpected arguments ", "onverwachte argumenten "),
        ("Value to be set with (.+) had already been set with (.+)", "$1 is al gegeven als $2"),
        ("<subcommand>", "<opdracht>"),
    ]
}
