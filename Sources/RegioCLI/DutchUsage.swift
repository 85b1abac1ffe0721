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
        return text
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
        ("(?m)^Error: ", "Fout: "),
        ("(?m)^Usage: ", "Gebruik: "),
        ("(?m)^Help:  ", "Hulp:  "),
        ("Unknown option '([^']+)'\\. Did you mean '([^']+)'\\?", "Onbekende optie '$1'. Bedoelde u '$2'?"),
        ("Unknown option '([^']+)'", "Onbekende optie '$1'"),
        ("Invalid option: ", "Ongeldige optie: "),
        ("Missing expected argument '([^']+)'", "'$1' ontbreekt"),
        ("Missing one of: ", "Een van deze ontbreekt: "),
        ("Missing value for '([^']+)'", "De waarde voor '$1' ontbreekt"),
        ("Missing required subcommand\\.", "Noem een opdracht, zoals build of check."),
        ("The value '([^']*)' is invalid for '([^']+)'\\. Please provide one of (.*) or ('[^']*')\\.", "De waarde '$1' kan niet bij '$2'. Kies uit $3 of $4."),
        ("The value '([^']*)' is invalid for '([^']+)'", "De waarde '$1' kan niet bij '$2'"),
        ("The value '([^']*)' is invalid\\.", "De waarde '$1' kan niet."),
        ("The option '([^']+)' does not take any value, but '([^']*)' was specified\\.", "De optie '$1' neemt geen waarde, maar er staat '$2' achter."),
        ("Unexpected argument '([^']+)'", "Onverwacht argument '$1'"),
        ("Unexpected arguments ", "Onverwachte argumenten "),
        ("Value to be set with (.+) had already been set with (.+)", "$1 is al gegeven als $2"),
        ("<subcommand>", "<opdracht>"),
    ]
}
