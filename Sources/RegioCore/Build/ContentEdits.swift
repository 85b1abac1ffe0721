/// What one save did to the files of the content folder, by path relative to it, as `regio serve`'s
/// watcher saw it: files saved again, files that came and files that went.
public struct ContentEdits: Sendable, Equatable {
    public var saved: Set<String>
    public var added: Set<String>
    public var removed: Set<String>

    public init(saved: Set<String> = [], added: Set<String> = [], removed: Set<String> = []) {
        self.saved = saved
        self.added = added
        self.removed = removed
    }

    var changesFileList: Bool { !added.isEmpty || !removed.isEmpty }
}
