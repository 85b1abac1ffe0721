import Foundation

/// The "did you mean" of a body link that goes nowhere: the nearest existing file, written as the
/// link must be written in the document that has it (relative to that document, with the link's
/// own `#kop`), so that an author can paste it as it is.
enum LinkSuggestion {
    /// The fix for a link in the document at `file` whose target `missing` (from the content
    /// folder) does not exist; nil when no file is near enough.
    static func fixIt(for missing: String, fragment: String?, in file: String, among candidates: some Collection<String>) -> String? {
        guard let nearest = nearest(to: missing, among: candidates) else { return nil }
        let anchor = fragment.map { "#" + $0 } ?? ""
        // A document whose name Regio refuses: linking to it would not help, renaming it does.
        if nearest.hasSuffix(".md"), ContentPath(nearest) == nil {
            let accepted = ContentPath.accepted(nearest)
            if accepted == missing {
                let named = folder(of: nearest) == folder(of: missing) ? name(of: nearest) : nearest
                return "het bestand heet `\(named)`: \(ContentPath.renaming(nearest)), dan klopt deze link"
            }
            return "bedoelde u `\(nearest)`? Die naam neemt Regio niet aan: \(ContentPath.renaming(nearest)) "
                + "en schrijf de link als `\(relative(accepted, from: file) + anchor)`"
        }
        return "bedoelde u `\(relative(nearest, from: file) + anchor)`?"
    }

    /// The candidate an author most likely meant. The folders of a link are what its author wrote on
    /// purpose and its name is where typing errors are, so the same region comes first; then a
    /// name that differs only in capitals, then the closest name, then the fewest folders away.
    static func nearest(to missing: String, among candidates: some Collection<String>) -> String? {
        let wanted = name(of: missing), folded = wanted.lowercased()
        let folders = self.folders(of: missing)
        var best: (key: [Int], path: String)?
        for candidate in candidates {
            let candidateName = name(of: candidate)
            let distance = KeySuggestion.distance(folded, candidateName.lowercased())
            guard distance <= 3 else { continue }
            let candidateFolders = self.folders(of: candidate)
            let key = [
                candidateFolders.first == folders.first ? 0 : 1,
                distance,
                steps(from: folders, to: candidateFolders),
                KeySuggestion.distance(wanted, candidateName),
            ]
            if let current = best, !(key.lexicographicallyPrecedes(current.key) || (key == current.key && candidate < current.path)) { continue }
            best = (key, candidate)
        }
        return best?.path
    }

    /// `target` (from the content folder) as a link in the document at `file`: `../regiovisie-2023-2026.md`.
    static func relative(_ target: String, from file: String) -> String {
        let from = folders(of: file)
        let to = target.split(separator: "/").map(String.init)
        var common = 0
        while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
        let path = (Array(repeating: "..", count: from.count - common) + to[common...]).joined(separator: "/")
        // A link stops at a space; `%` would be read as the start of an escape.
        guard path.contains(" ") || path.contains("%") else { return path }
        return path.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: " ", with: "%20")
    }

    private static func name(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    private static func folders(of path: String) -> [String] {
        path.split(separator: "/").dropLast().map(String.init)
    }

    private static func folder(of path: String) -> String {
        folders(of: path).joined(separator: "/")
    }

    /// Folders to go up and down from one folder to another.
    private static func steps(from one: [String], to other: [String]) -> Int {
        let common = zip(one, other).prefix { $0 == $1 }.count
        return one.count - common + other.count - common
    }
}
