import Foundation

/// Where the default theme is. In a checkout `themes/default` is in the working folder; a `regio`
/// started from elsewhere (IT put it in /usr/local/bin, a script runs it from another folder) finds
/// the theme beside its program: the checkout it was built in (`.build/release/regio`), or a
/// `themes/` folder installed next to the binary or in `../share/regio/`.
enum ThemeFolder {
    static let defaultName = "themes/default"

    static func resolve(_ given: String) -> String {
        guard given == defaultName, !isTheme(given) else { return given }
        return besideProgram() ?? given
    }

    /// The folders looked in besides the working folder, each once, for the message when none has the theme.
    static var searched: [String] {
        var seen: Set<String> = []
        return programFolders().map { $0.appendingPathComponent(defaultName).standardizedFileURL.path }.filter { seen.insert($0).inserted }
    }

    /// Where the default theme was looked for, in words: "in de huidige map en in /a, /b".
    static var searchedText: String {
        "gezocht in de huidige map" + (searched.isEmpty ? "" : " en in " + searched.joined(separator: ", "))
    }

    /// Said when the default theme is nowhere: to an author this is an installation left half done,
    /// not a folder they were meant to know about.
    static var notFoundMessage: String {
        "regio: het standaardthema (de map \(defaultName), met de sjablonen en de stijl van de site) is niet gevonden (\(searchedText)); "
            + "Regio lijkt niet volledig geïnstalleerd. Vraag wie Regio installeerde om de map themes/ naast het programma te zetten, "
            + "of geef de map van het thema op met --theme, zoals `--theme /pad/naar/themes/default`"
    }

    private static func besideProgram() -> String? {
        programFolders().map { $0.appendingPathComponent(defaultName).path }.first(where: isTheme)
    }

    /// The program's folder and the four above it (`.build/x86_64-unknown-linux-gnu/release/` is
    /// three below the checkout), and `../share/regio`.
    private static func programFolders() -> [URL] {
        guard let program = Bundle.main.executableURL?.resolvingSymlinksInPath() else { return [] }
        var folders: [URL] = []
        var folder = program.deletingLastPathComponent()
        folders.append(folder.deletingLastPathComponent().appendingPathComponent("share/regio"))
        for _ in 0..<5 {
            folders.append(folder)
            folder = folder.deletingLastPathComponent()
        }
        return folders
    }

    private static func isTheme(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path + "/templates/layout.mustache")
    }
}
