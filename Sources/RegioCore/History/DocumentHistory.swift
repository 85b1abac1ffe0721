/// What git knows about one content file: when it was added, when it last changed, and each change.
public struct DocumentHistory: Sendable, Equatable {
    public struct Change: Sendable, Equatable {
        public let commit: String
        public let date: DayDate
        public let message: String
        /// Published only when site.yaml asks for it (`auteurs_tonen: ja`): names are personal data.
        public let author: String
        /// The file's path in the repository at this commit, and before it when the commit renamed it:
        /// where git keeps the two versions this change compares.
        public let path: String
        public let previousPath: String?
        /// `path` relative to the content folder; nil when the file was outside it then.
        public let file: String?
    }

    /// Newest first.
    public let changes: [Change]

    public var added: DayDate? { changes.last?.date }
    public var lastChanged: DayDate? { changes.first?.date }

    /// The names the file had before its current one, oldest first: where its pages were before a
    /// rename (`git mv`), so the site can send readers of an old address on.
    public var formerFiles: [String] {
        let current = changes.first?.file
        var seen: Set<String> = []
        return changes.reversed().compactMap(\.file).filter { $0 != current && seen.insert($0).inserted }
    }
}

/// The history of every file of the content folder, read once, or why it could not be read.
public struct ContentHistory: Sendable, Equatable {
    /// By path relative to the content folder, as it is named now (renames followed).
    public let files: [String: DocumentHistory]
    /// The commit that deleted each file no longer in the repository, by its path relative to the
    /// content folder: what a link to it is told (`VanishedFiles`).
    public let deletions: [String: DocumentHistory.Change]
    /// The text before and after the last change of each file that has an earlier version.
    public var lastChanges: [String: (before: String, after: String)] = [:]
    /// For each file changed after the commit that last set its `vastgesteld_op`: that commit and the
    /// text as it stood then, the version a council adopted, to compare the text of now against.
    public var adoptedVersions: [String: AdoptedVersion] = [:]
    /// Said once to the user when history is missing or incomplete; nil when all is known.
    public let limitation: String?

    public init(files: [String: DocumentHistory], deletions: [String: DocumentHistory.Change] = [:], limitation: String?) {
        self.files = files
        self.deletions = deletions
        self.limitation = limitation
    }

    public static func == (one: ContentHistory, other: ContentHistory) -> Bool {
        one.files == other.files && one.deletions == other.deletions && one.limitation == other.limitation && one.adoptedVersions == other.adoptedVersions
            && one.lastChanges.count == other.lastChanges.count
            && one.lastChanges.allSatisfy { path, change in
                other.lastChanges[path].map { $0.before == change.before && $0.after == change.after } ?? false
            }
    }

    public static func unavailable(_ reason: String) -> ContentHistory {
        ContentHistory(files: [:], limitation: reason)
    }
}

/// A document's text as it stood in the commit that set its `vastgesteld_op`.
public struct AdoptedVersion: Sendable, Equatable {
    public let change: DocumentHistory.Change
    public let text: String
}
