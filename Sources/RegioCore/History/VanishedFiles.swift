/// What git's history says of a file that a link or reference names and that is not there
/// (`Diagnostic.missingFile`): deleted in a commit, deleted but not yet committed, or renamed. A policy
/// officer who deleted a document by mistake learns the command that brings it back; one who renamed
/// it, the new name. Without history (no repository) the findings stay as they are.
struct VanishedFiles {
    let history: ContentHistory

    /// `diagnostics` explained by `history`, or as they are without it.
    static func explain(_ diagnostics: [Diagnostic], history: ContentHistory?) -> [Diagnostic] {
        history.map { VanishedFiles(history: $0).explain(diagnostics) } ?? diagnostics
    }

    /// `diagnostics` with a note and a fix added to each one whose missing file git knows.
    func explain(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard !history.files.isEmpty, diagnostics.contains(where: { $0.missingFile != nil }) else { return diagnostics }
        let renamed = renames()
        return diagnostics.map { diagnostic in
            guard let path = diagnostic.missingFile else { return diagnostic }
            var explained = diagnostic
            if let deletion = history.deletions[path] {
                explained.notes.append("`\(path)` is op \(deletion.date.dutch) verwijderd in commit `\(Self.short(deletion.commit))` (\(Self.quoted(deletion.message)))")
                explained.fixIt = "zet het bestand terug met `git checkout \(Self.short(deletion.commit))~1 -- \(deletion.path)` (vanuit de hoofdmap van de repository)"
                    + Self.otherwise(diagnostic.fixIt)
            } else if let kept = history.files[path], let last = kept.changes.first {
                // In the last commit, but not on disk: deleted (or moved) and not yet committed.
                explained.notes.append("`\(path)` staat nog in de laatste commit, maar niet meer in de map: het is verwijderd of verplaatst zonder dat dat is vastgelegd")
                explained.fixIt = "zet het bestand terug met `git checkout HEAD -- \(last.path)` (vanuit de hoofdmap van de repository)"
                    + Self.otherwise(diagnostic.fixIt)
            } else if let (now, change) = renamed[path] {
                explained.notes.append("`\(path)` heet sinds \(change.date.dutch) `\(now)` (commit `\(Self.short(change.commit))`, \(Self.quoted(change.message)))")
                let oldName = path.split(separator: "/").last.map(String.init) ?? path
                let newName = now.split(separator: "/").last.map(String.init) ?? now
                explained.fixIt = Self.folder(of: path) == Self.folder(of: now)
                    ? "schrijf de nieuwe naam: `\(newName)` in plaats van `\(oldName)`"
                    : "het bestand staat nu op `\(now)` (vanaf de inhoudsmap): pas de verwijzing daarop aan"
            }
            return explained
        }
    }

    /// Each former name of a file that still has history → its name now and the commit that renamed
    /// it. A former name that a deleted file also had is left to the deletion.
    private func renames() -> [String: (now: String, change: DocumentHistory.Change)] {
        var renamed: [String: (now: String, change: DocumentHistory.Change)] = [:]
        // In name order, so that two files that once had the same name give the same answer every run.
        for (now, file) in history.files.sorted(by: { $0.key < $1.key }) where history.deletions[now] == nil {
            // Newest first: the commit that renamed a file away from a name is the newest whose previous path is it.
            for change in file.changes {
                guard let previous = change.previousPath, let name = change.file, change.path.hasSuffix(name) else { continue }
                let prefix = change.path.dropLast(name.count)
                guard previous.hasPrefix(prefix) else { continue }
                let former = String(previous.dropFirst(prefix.count))
                if former != now, renamed[former] == nil { renamed[former] = (now, change) }
            }
        }
        return renamed
    }

    private static func folder(of path: String) -> String {
        path.split(separator: "/").dropLast().joined(separator: "/")
    }

    /// Git's own abbreviation length: what `git log --oneline` shows the user.
    private static func short(_ commit: String) -> String { String(commit.prefix(7)) }

    private static func quoted(_ message: String) -> String { "„\(message)”" }

    private static func otherwise(_ fixIt: String?) -> String {
        guard let fixIt else { return ", of pas de verwijzing aan" }
        return "; anders: \(fixIt)"
    }
}
