import ArgumentParser
import RegioCore

/// A better message than swift-argument-parser's for two mistakes it explains badly: a mistyped
/// command (`regio chek`: "unexpected argument", no suggestion), and a mistyped option next to a
/// required one it therefore misses (`--gemeent delft`: only "`--gemeente` ontbreekt").
enum UsageHint {
    /// The message for `arguments`, which did not parse; nil when the library's own says it well.
    static func message(for arguments: [String]) -> String? {
        var command: ParsableCommand.Type = RegioCommand.self
        var path = ["regio"]
        var rest = arguments[...]
        while let word = rest.first, !word.hasPrefix("-"), !command.configuration.subcommands.isEmpty, word != "help" {
            guard let next = command.configuration.subcommands.first(where: { names(of: $0).contains(word) }) else {
                return unknownCommand(word, among: command.configuration.subcommands, path: path)
            }
            command = next
            path.append(word)
            rest = rest.dropFirst()
        }
        return unknownOption(in: rest, of: command, path: path)
    }

    /// The names a command answers to: its own and its aliases (`check`, `controleer`).
    private static func names(of command: ParsableCommand.Type) -> [String] {
        [command.configuration.commandName].compactMap { $0 } + command.configuration.aliases
    }

    private static func unknownCommand(_ word: String, among commands: [ParsableCommand.Type], path: [String]) -> String {
        let all = commands.flatMap { names(of: $0) }
        let lowered = word.lowercased()
        // `visie` for `regiovisie`: the end of the name, too far from the whole for edit distance.
        let meant = KeySuggestion.suggestion(for: lowered, among: all)
            ?? all.first { lowered.count >= 4 && $0.contains(lowered) }
        let main = commands.compactMap { $0.configuration.commandName }
        let list = main.dropLast().joined(separator: ", ") + " of " + (main.last ?? "")
        let command = path.joined(separator: " ")
        let asked = meant.map { "; bedoelde u `\(command) \($0)`? " }
        if path == ["regio"] {
            return "regio: `\(word)` is geen opdracht van regio" + (asked.map { $0 + "De" } ?? "; de") + " opdrachten zijn \(list)"
        }
        return "regio: `\(word)` is geen soort document voor `\(command)`" + (asked.map { $0 + "Kies" } ?? "; kies")
            + " \(list), zoals `\(command) \(main.first ?? "")`"
    }

    /// The first option the command does not know, with the one meant; nil when all are known.
    private static func unknownOption(in arguments: ArraySlice<String>, of command: ParsableCommand.Type, path: [String]) -> String? {
        let help = RegioCommand.helpMessage(for: command, columns: 10_000)
        let known = Set(help.matches(of: #/--[a-z][a-z0-9-]*/#).map { String($0.output.dropFirst(2)) } + ["help", "version"])
        for argument in arguments where argument.hasPrefix("--") {
            let name = String(argument.dropFirst(2).prefix { $0 != "=" })
            guard !name.isEmpty, !known.contains(name) else { continue }
            let meant = KeySuggestion.suggestion(for: name, among: known.sorted()).map { "; bedoelde u `--\($0)`?" }
                ?? "; `\(path.joined(separator: " ")) --help` noemt alle opties"
            return "regio: onbekende optie `--\(name)`\(meant)"
        }
        return nil
    }
}
