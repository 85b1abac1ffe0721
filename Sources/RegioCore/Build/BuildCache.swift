import Foundation

/// What one build hands to the next in `regio serve`, so that saving a file costs the work of that
/// file, not of the whole site. The caller says which files changed (`invalidate`); everything else
/// is taken from the previous build:
///
/// - the file list and each file's text (`CachedFileSystem`), with the findings of reading it;
/// - each document decoded from its text;
/// - each rendered body, while its text is the same and none of the files its links name (or the
///   figures it quotes) came, went or changed; a body with a link that goes nowhere also while no
///   document came or went (its finding suggests one); every body while the regions are the same;
/// - each document's checklist coverage, while the document, its headings, the checklist and the date are.
///
/// The site-wide rules and the site graph always run again: they look at everything at once.
/// Every check compares what it depends on, so a stale entry is never used, only recomputed.
public final class BuildCache: @unchecked Sendable {
    private let lock = NSLock()
    private var decoded: [String: (text: String, document: Document?, diagnostics: [Diagnostic])] = [:]
    /// Region files, site.yaml, kaders.yaml and indicatoren.yaml, decoded, by path.
    private var settingsFiles: [String: (text: String, value: (any Sendable)?, diagnostics: [Diagnostic])] = [:]
    private var bodies: [BodyKey: (text: Substring, firstLine: Int, body: RenderedBody)] = [:]
    private var world: BodyWorld?
    private var coverage: [ContentPath: (document: Document, headings: [DocumentHeading], checklist: String, today: DayDate, result: DocumentCoverage)] = [:]

    /// How much each stage could take from before, counted over the cache's life.
    public struct Statistics: Sendable, Equatable {
        public var decoded = 0, decodeReused = 0
        public var bodiesRendered = 0, bodiesReused = 0
        public var coverageEvaluated = 0, coverageReused = 0
    }

    public var statistics: Statistics { lock.withLock { counts } }
    private var counts = Statistics()

    public init() {}

    func decode(_ file: SourceFile, _ make: (SourceFile) -> (Document?, [Diagnostic])) -> (Document?, [Diagnostic]) {
        if let entry = lock.withLock({ decoded[file.path] }), entry.text == file.text {
            lock.withLock { counts.decodeReused += 1 }
            return (entry.document, entry.diagnostics)
        }
        let (document, diagnostics) = make(file)
        lock.withLock {
            decoded[file.path] = (file.text, document, diagnostics)
            counts.decoded += 1
        }
        return (document, diagnostics)
    }

    /// A settings-like file (a region, the checklist) decoded by `make`, reused while its text is the same.
    func decode<Value: Sendable>(_ file: SourceFile, _ make: (SourceFile, inout [Diagnostic]) -> Value?, into diagnostics: inout [Diagnostic]) -> Value? {
        if let entry = lock.withLock({ settingsFiles[file.path] }), entry.text == file.text {
            diagnostics += entry.diagnostics
            return entry.value as? Value
        }
        var found: [Diagnostic] = []
        let value = make(file, &found)
        lock.withLock { settingsFiles[file.path] = (file.text, value, found) }
        diagnostics += found
        return value
    }

    /// Starts a build's body stage: drops every body that the changes since the last build can change.
    func useBodies(of world: BodyWorld) {
        lock.withLock {
            defer { self.world = world }
            guard let old = self.world, old.regions == world.regions, old.scope == world.scope, old.allowHTML == world.allowHTML else {
                bodies.removeAll()
                return
            }
            let changed = world.changedPaths(since: old)
            guard !changed.isEmpty else { return }
            // A link that goes nowhere suggests a file by name, from all of them.
            let filesCameOrWent = old.documentFiles != world.documentFiles || old.contentFiles != world.contentFiles
            bodies = bodies.filter { _, entry in
                entry.body.lookedUp.isDisjoint(with: changed) && !(filesCameOrWent && entry.body.suggestsAmongDocuments)
            }
        }
    }

    func body(_ key: BodyKey, of document: Document, _ make: () -> RenderedBody) -> RenderedBody {
        if let entry = lock.withLock({ bodies[key] }), Self.same(entry.text, document.body), entry.firstLine == document.bodyFirstLine {
            lock.withLock { counts.bodiesReused += 1 }
            return entry.body
        }
        let body = make()
        lock.withLock {
            bodies[key] = (document.body, document.bodyFirstLine, body)
            counts.bodiesRendered += 1
        }
        return body
    }

    /// Equal text; for a slice of the very same file text (the usual case) without comparing characters.
    static func same(_ one: Substring, _ other: Substring) -> Bool {
        (one.startIndex == other.startIndex && one.endIndex == other.endIndex && one.base == other.base) || one == other
    }

    func coverage(of document: Document, headings: [DocumentHeading], checklist: String, today: DayDate,
                  _ make: () -> DocumentCoverage) -> DocumentCoverage {
        if let entry = lock.withLock({ coverage[document.path] }), entry.document === document, entry.headings == headings,
           entry.checklist == checklist, entry.today == today {
            lock.withLock { counts.coverageReused += 1 }
            return entry.result
        }
        let result = make()
        lock.withLock {
            coverage[document.path] = (document, headings, checklist, today, result)
            counts.coverageEvaluated += 1
        }
        return result
    }
}

/// Where a body's findings were read: a document on its first page.
struct BodyKey: Hashable, Sendable {
    let path: ContentPath
    let page: OutputPath
}

/// Everything outside a document that its rendered body depends on.
struct BodyWorld {
    let documentFiles: Set<String>
    let contentFiles: Set<String>
    let regions: [Slug]
    let scope: SiteMap.Scope
    let allowHTML: Bool
    /// Per factsheet file, each figure's id and how a text quotes it.
    let figures: [String: [String]]
    /// Documents known only in part, whose figures a quote is not judged against.
    let incompleteFiles: Set<String>

    init(_ renderer: BodyRenderer) {
        documentFiles = renderer.documentFiles
        contentFiles = renderer.contentFiles
        regions = renderer.siteMap.regions
        scope = renderer.siteMap.scope
        allowHTML = renderer.allowHTML
        incompleteFiles = renderer.incompleteFiles
        figures = Dictionary(renderer.figures.map { ($0.key.fileName, $0.value.map { ($0.id ?? "") + "\u{1F}" + $0.quoted }) },
                             uniquingKeysWith: { first, _ in first })
    }

    /// The paths whose answer to a link changed: files that came or went, factsheets whose figures changed.
    func changedPaths(since old: BodyWorld) -> Set<String> {
        var changed = documentFiles.symmetricDifference(old.documentFiles).union(contentFiles.symmetricDifference(old.contentFiles))
            .union(incompleteFiles.symmetricDifference(old.incompleteFiles))
        for path in Set(figures.keys).union(old.figures.keys) where figures[path] != old.figures[path] { changed.insert(path) }
        return changed
    }
}

/// A content folder read through a cache: the file list and each file's bytes and text are kept
/// until `invalidate` names them, so a rebuild reads only what changed.
public final class CachedFileSystem: ContentFileSystem, @unchecked Sendable {
    private let base: any ContentFileSystem
    private let lock = NSLock()
    private var list: ContentListing?
    private var data: [String: Data] = [:]
    private var sources: [String: (read: ContentLoader.FileRead, diagnostics: [Diagnostic])] = [:]

    public init(_ base: any ContentFileSystem) {
        self.base = base
    }

    /// Forgets the files at these paths (changed, added or removed); with `listChanged`, the file list too.
    public func invalidate(_ paths: Set<String>, listChanged: Bool) {
        lock.withLock {
            for path in paths {
                data[path] = nil
                sources[path] = nil
            }
            if listChanged { list = nil }
        }
    }

    /// Files that came or went, taken into the list of files without walking the folder again.
    public func updateListing(adding added: Set<String>, removing removed: Set<String>) {
        guard !added.isEmpty || !removed.isEmpty else { return }
        lock.withLock {
            guard var listing = list.take() else { return }
            listing.update(adding: added, removing: removed)
            list = listing
        }
    }

    /// Forgets everything: for a change the caller cannot pin down.
    public func invalidateAll() {
        lock.withLock {
            list = nil
            data.removeAll()
            sources.removeAll()
        }
    }

    public func allFiles() throws -> [String] {
        try listing().files
    }

    public func listing() throws -> ContentListing {
        if let list = lock.withLock({ list }) { return list }
        let fresh = try base.listing()
        lock.withLock { list = fresh }
        return fresh
    }

    public func read(_ path: String) throws -> Data {
        if let cached = lock.withLock({ data[path] }) { return cached }
        let fresh = try base.read(path)
        lock.withLock { data[path] = fresh }
        return fresh
    }

    public func size(of path: String) throws -> Int {
        if let cached = lock.withLock({ data[path] }) { return cached.count }
        return try base.size(of: path)
    }

    /// The text of a file as `ContentLoader.read` made it before, with its findings.
    func source(_ path: String, _ make: () -> (ContentLoader.FileRead, [Diagnostic])) -> (ContentLoader.FileRead, [Diagnostic]) {
        if let cached = lock.withLock({ sources[path] }) { return cached }
        let fresh = make()
        lock.withLock { sources[path] = fresh }
        return fresh
    }
}
