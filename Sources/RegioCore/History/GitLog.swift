/// Reads `git log --name-status` output into the history of each file: one pass over the whole
/// history, not a process per file. Parsing is separate from running git so it can be tested on text.
enum GitLog {
    /// Record and field separators that commit messages cannot contain (`%x1e`, `%x1f`).
    static let format = "%x1e%H%x1f%cI%x1f%an%x1f%s"

    /// `output` is newest first. `prefix` is the content folder's path inside the repository
    /// (`content/`); paths outside it are ignored. A rename is followed: older commits of the old
    /// name count for the file under its current name. `deletions`: the commit that last deleted each
    /// path that no later commit brought back, by its path relative to the content folder.
    static func parse(_ output: String, prefix: String) -> (files: [String: DocumentHistory], deletions: [String: DocumentHistory.Change]) {
        var changes: [String: [DocumentHistory.Change]] = [:]
        var deletions: [String: DocumentHistory.Change] = [:]
        /// An older name → the name the file has now.
        var currentName: [String: String] = [:]
        for record in output.split(separator: "\u{1E}", omittingEmptySubsequences: true) {
            let lines = record.split(separator: "\n", omittingEmptySubsequences: true)
            guard let header = lines.first else { continue }
            let fields = header.split(separator: "\u{1F}", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4, let date = DayDate(String(fields[1].prefix(10))) else { continue }
            for line in lines.dropFirst() {
                let parts = line.split(separator: "\t").map(String.init)
                guard parts.count >= 2, let status = parts.first?.first else { continue }
                let path: String, pathThen: String, previousPath: String?
                if status == "R" || status == "C", parts.count == 3 {
                    // Newest first: the new name is already known under its current name.
                    let now = currentName[parts[2]] ?? parts[2]
                    if status == "R" { currentName[parts[1]] = now }
                    (path, pathThen, previousPath) = (now, parts[2], status == "R" ? parts[1] : nil)
                } else {
                    (path, pathThen, previousPath) = (currentName[parts[1]] ?? parts[1], parts[1], nil)
                }
                guard path.hasPrefix(prefix) else { continue }
                let relative = String(path.dropFirst(prefix.count))
                let change = DocumentHistory.Change(
                    commit: fields[0], date: date, message: fields[3], author: fields[2], path: pathThen, previousPath: previousPath,
                    file: pathThen.hasPrefix(prefix) ? String(pathThen.dropFirst(prefix.count)) : nil
                )
                guard status != "D" else {
                    // Newest first: a path already seen was added again after this deletion.
                    if changes[relative] == nil, deletions[relative] == nil { deletions[relative] = change }
                    continue
                }
                changes[relative, default: []].append(change)
            }
        }
        return (changes.mapValues { DocumentHistory(changes: $0) }, deletions)
    }
}
