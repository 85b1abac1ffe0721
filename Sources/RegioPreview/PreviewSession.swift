import Foundation
import Synchronization
import RegioCore

/// What `regio serve` needs from its caller: how to make a build's options (read again for every
/// build, so git history stays current), and how to name files and report builds in the terminal.
public struct PreviewConfiguration: Sendable {
    public var makeOptions: @Sendable () throws -> BuildOptions
    /// The content folder on disk, whose files are kept between builds and read again only when the
    /// watcher reports them changed; nil for content that is not on disk.
    public var contentFolder: URL?
    /// The theme folder on disk: a save that changes only files in it makes the site again over the
    /// same content (`ThemeEdit`); nil when the theme is not on disk.
    public var themeFolder: URL?
    public var place: @Sendable (SourceLocation) -> String
    /// Called after every build with its result and duration, for the terminal.
    public var report: @Sendable (BuildResult, Duration) -> Void
    /// Called after `report` when the preview shows something other than a build without errors:
    /// a sentence (Dutch) that says which version is on screen.
    public var announce: @Sendable (String) -> Void

    public init(makeOptions: @escaping @Sendable () throws -> BuildOptions, contentFolder: URL? = nil, themeFolder: URL? = nil,
                place: @escaping @Sendable (SourceLocation) -> String,
                report: @escaping @Sendable (BuildResult, Duration) -> Void,
                announce: @escaping @Sendable (String) -> Void = { _ in }) {
        self.makeOptions = makeOptions
        self.announce = announce
        self.contentFolder = contentFolder
        self.themeFolder = themeFolder
        self.place = place
        self.report = report
    }
}

/// The preview's state: the site to serve, the last build's findings and a version that changes
/// with every build. Every build that makes a site is shown, errors and all, with its findings over
/// each page: an author who saves sees the text saved. Only a document that gave no page (its front
/// matter does not decode) keeps its pages of the last build that had them; and a build that made no
/// site at all (the theme does not load) leaves the site before on screen. Pages and terminal say so.
public actor PreviewSession {
    private let configuration: PreviewConfiguration
    private var site: OnDemandSite?
    private var findings: Findings
    public private(set) var version = 0
    let broadcaster = ReloadBroadcaster()
    /// Kept from build to build: a rebuild decodes and renders only what changed.
    private let cache = BuildCache()
    private let files: CachedFileSystem?
    /// The last build, which the build after a save of documents is made from (`DocumentEdit`).
    private var last: BuildResult?
    /// Per document file that the last build could not make a page of (its front matter does not
    /// decode): its pages from the last build that had them, by output path.
    private var held: [String: [String: Data]] = [:]
    /// The same pages by output path, with their document file.
    private var heldPages: [String: (file: String, data: Data)] = [:]
    /// Where the document files that gave no page would have their pages, with the file: such an
    /// address is answered with "not there yet, because" rather than a bare "not found".
    private var unbuiltPages: [String: String] = [:]
    /// The shared files (`BuildResult.brokenSharedFiles`) that had errors in the build on screen.
    private var shownBroken: Set<String> = []
    /// The pages of document files renamed before a commit, with their new address (`noteRenames`).
    private var renamedPages: [String: String] = [:]
    /// Pages of document files deleted or moved away while the preview ran, with the file: the
    /// open page of a deleted document says which file went.
    private var removedPages: [String: String] = [:]

    public init(configuration: PreviewConfiguration) {
        self.configuration = configuration
        findings = Findings(place: configuration.place)
        files = configuration.contentFolder.map { CachedFileSystem(DiskFileSystem(root: $0)) }
    }

    /// Builds again (the stages up to the site graph; pages are rendered on request) and tells
    /// every open page to reload. Returns how long it took.
    @discardableResult
    public func rebuild(after changes: FileChanges? = nil) async -> Duration {
        let clock = ContinuousClock()
        let start = clock.now
        if let folder = configuration.contentFolder, !Self.isFolder(folder) {
            await showContentFolderGone(afterChange: changes != nil)
            return clock.now - start
        }
        var options: BuildOptions
        do {
            options = try configuration.makeOptions()
        } catch {
            return clock.now - start
        }
        options.rendersOnDemand = true
        options.cache = cache
        var edits: ContentEdits?
        // A commit or checkout changes the history that pages show (changes, moved pages): the
        // whole pipeline, over the files in the cache.
        let historyMoved = changes?.historyChanged ?? false
        if let files, let folder = configuration.contentFolder {
            if let changes, changes.namesEveryChange {
                edits = historyMoved ? nil : Self.contentEdits(changes, in: folder, listed: files)
                let changed = changes.relative(to: folder)
                // A file that came or went in the theme leaves the content's list as it is.
                files.invalidate(changed, listChanged: changes.listChanged && edits == nil && !changed.isEmpty)
                if let edits { files.updateListing(adding: edits.added, removing: edits.removed) }
            } else {
                files.invalidateAll()
            }
            options.content = files
        }
        var quick: BuildResult?
        // The last build is handed over, not copied, so that it can be changed in place.
        if let edits, let previous = last.take() {
            quick = await BuildPipeline.rebuild(after: edits, previous: consume previous, options: options)
        } else if let changes, !historyMoved, let themeFolder = configuration.themeFolder, changes.namesEveryChange,
                  changes.relative(to: themeFolder).count == changes.paths.count, let previous = last.take() {
            quick = BuildPipeline.rebuild(afterThemeChange: consume previous, options: options)
        }
        let result: BuildResult
        if let quick {
            result = quick
        } else {
            result = await BuildPipeline.run(options)
        }
        last = result
        let previous = show(result, edits: edits)
        findings.isAfterChange = changes != nil
        version += 1
        let duration = clock.now - start
        configuration.report(result, duration)
        if let sentence = findings.shownInTerminal { configuration.announce(sentence) }
        await broadcaster.publish(version)
        tidyLater(dropping: previous)
        return duration
    }

    /// The content folder was removed or moved away (to be replaced by a backup or a new clone):
    /// the site before stays on screen, and page and terminal say why, instead of the last build's
    /// findings ("site.yaml ontbreekt" while the folder was being emptied). The watcher watches the
    /// folder again when it is back, and the build after that reads every file anew.
    private func showContentFolderGone(afterChange: Bool) async {
        last = nil
        files?.invalidateAll()
        let folder = findings.place(SourceLocation(file: "."))
        findings.diagnostics = [Diagnostic(
            .unreadableFile, "de inhoudsmap is er niet meer: verwijderd, verplaatst of vervangen", at: SourceLocation(file: "."),
            fixIt: "zet de map terug; het voorbeeld ziet dat vanzelf en maakt de site opnieuw"
        )]
        findings.shown = site == nil ? .latest : .previous
        findings.pageless = []
        findings.reminders = []
        findings.sources = [:]
        findings.isAfterChange = afterChange
        version += 1
        configuration.announce("regio: de inhoudsmap \(folder) is er niet meer; het voorbeeld toont de site van daarvoor en maakt hem opnieuw zodra de map terug is")
        await broadcaster.publish(version)
    }

    private static func isFolder(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Puts the site of `result` on screen, or keeps the one before (see the type's comment), and
    /// its findings in the panel. Returns the site let go, to be dropped later on another thread
    /// (`tidyLater`).
    private func show(_ result: BuildResult, edits: ContentEdits?) -> Handoff<OnDemandSite> {
        let previous = Handoff<OnDemandSite>()
        // Only a shared file broken since the site on screen keeps that site: one broken when the
        // preview started, or a colleague's that stays broken, would otherwise freeze the preview.
        let broken = Set(result.brokenSharedFiles), newlyBroken = broken.subtracting(shownBroken)
        if let fresh = result.onDemandSite, newlyBroken.isEmpty || site == nil {
            shownBroken = broken
            if let edits, let site {
                noteRenames(edits, from: site, to: fresh)
                noteRemovals(edits, from: site, to: fresh)
            }
            let unbuilt = result.unbuiltDocuments
            holdPages(of: unbuilt, from: site)
            previous.keep(site.take())
            site = fresh
            unbuiltPages = [:]
            for file in unbuilt {
                for page in fresh.pagePaths(ofDocumentFile: file) { unbuiltPages[page] = file }
            }
            findings.shown = held.isEmpty ? .latest : .latestKeeping(held.keys.sorted())
            findings.pageless = unbuilt.filter { held[$0] == nil }.sorted()
        } else if result.onDemandSite != nil {
            // A region's `regio.yaml` or the checklist gave nothing: the site before stays, whole,
            // until the file reads again (the pages saved meanwhile come with it).
            findings.shown = .previousWithout(newlyBroken.sorted())
        } else {
            findings.shown = site == nil ? .latest : .previous
        }
        findings.diagnostics = result.diagnostics
        findings.reminders = result.reminders
        findings.remindedRegions = Set(result.remindedRegions.map(\.value))
        findings.sources = result.sources
        let shown = site
        findings.page = { file in shown?.pagePaths(ofDocumentFile: file).first.map { "/" + $0 } }
        return previous
    }

    /// Keeps, for each document file in `unbuilt`, the pages it had in `site`, unless they are kept
    /// already; lets go of those of documents that were built again or are gone. Rendered now,
    /// because the site they come from is let go.
    private func holdPages(of unbuilt: Set<String>, from site: OnDemandSite?) {
        guard !unbuilt.isEmpty || !held.isEmpty else { return }
        held = held.filter { unbuilt.contains($0.key) }
        if let site {
            for file in unbuilt.sorted() where held[file] == nil {
                let pages = site.pages(ofDocumentFile: file)
                if !pages.isEmpty { held[file] = pages }
            }
        }
        heldPages = [:]
        for (file, pages) in held {
            for (path, data) in pages { heldPages[path] = (file, data) }
        }
    }

    /// A document file renamed in the file manager or the editor, not yet with `git mv` and a commit:
    /// the watcher reports one document gone and one come in the same save. The open page of the
    /// old name is sent to the new one, as the site's moved pages do once git knows the rename.
    /// Only one for one: with several files gone and come there is no telling which is which.
    private func noteRenames(_ edits: ContentEdits, from old: OnDemandSite, to new: OnDemandSite) {
        let gone = edits.removed.filter { $0.hasSuffix(".md") }, come = edits.added.filter { $0.hasSuffix(".md") }
        guard gone.count == 1, come.count == 1, let from = gone.first, let to = come.first else { return }
        let oldPages = old.pagePaths(ofDocumentFile: from), newPages = new.pagePaths(ofDocumentFile: to)
        // The same regions in the same order, unless the file moved between a region and the national folder.
        guard oldPages.count == newPages.count else { return }
        for (page, target) in zip(oldPages, newPages) where page != target {
            for (earlier, address) in renamedPages where address == page { renamedPages[earlier] = target }
            renamedPages[page] = target
        }
    }

    /// The pages of document files this save removed that the new site does not have, unless the
    /// save renamed the file (`noteRenames` sends the page on). A page that comes back is served,
    /// so an entry that outlives its file's return does no harm.
    private func noteRemovals(_ edits: ContentEdits, from old: OnDemandSite, to new: OnDemandSite) {
        for file in edits.removed where file.hasSuffix(".md") {
            for page in old.pagePaths(ofDocumentFile: file) where renamedPages[page] == nil && new.documentFile(at: page) == nil {
                removedPages[page] = file
            }
        }
    }

    /// After the open pages have reloaded, while the author reads: lets go of the site before, and
    /// gives the build kept for the next save tables of its own (`KeptTables`). Done at once, each
    /// took a fifth of the time from saving a new regiovisie to its page at 10,000 documents.
    /// The site goes in a box that the other thread empties: captured itself, this thread could
    /// still hold its last reference when the other thread was done.
    private nonisolated func tidyLater(dropping previous: Handoff<OnDemandSite>) {
        Task.detached(priority: .utility) {
            try? await Task.sleep(for: Self.tidyAfter)
            previous.drop()
            await self.ownTables()
        }
    }

    /// Long enough for a reloaded page to have been asked for and drawn.
    static let tidyAfter = Duration.milliseconds(100)

    /// Copies the kept tables away from the actor and takes them back when no build came between.
    func ownTables() async {
        guard let kept = last?.keptTables else { return }
        let owned = await Self.copy(kept)
        last?.adopt(owned)
    }

    @concurrent
    private static func copy(_ tables: consuming KeptTables) async -> KeptTables {
        tables.owned()
    }

    /// What a save did to the content files, relative to the content folder; nil when it cannot be
    /// pinned down to files (a folder or a link came or went, or the content has links or unreadable
    /// folders, whose findings depend on the other files). An editor that saves by writing a
    /// temporary file and renaming it over the document makes the watcher report files added and
    /// removed, though the list is the same: hidden and temporary files do not count (`FolderWalk.isLeftover`),
    /// and a file that was listed and is still a plain file was saved.
    static func contentEdits(_ changes: FileChanges, in folder: URL, listed: CachedFileSystem) -> ContentEdits? {
        guard changes.namesEveryChange else { return nil }
        let relative = changes.relative(to: folder)
        guard relative.count == changes.paths.count else { return nil }
        // What the folder walk leaves out (hidden files, an editor's swap and backup files) is no content.
        let visible = relative.filter { !$0.split(separator: "/").contains { FolderWalk.isLeftover(String($0)) } }
        guard changes.listChanged else { return ContentEdits(saved: visible) }
        // What the walk passed by (a symbolic link, an unreadable folder) is reported by where it
        // leads, which may change with any file that comes or goes: then the folder is walked again.
        guard let listing = try? listed.listing(), listing.skipped.isEmpty else { return nil }
        var edits = ContentEdits()
        for path in visible {
            var status = stat()
            let exists = lstat(folder.appendingPathComponent(path).path, &status) == 0
            let isFile = exists && status.st_mode & S_IFMT == S_IFREG
            switch (listing.contains(path), exists) {
            case (true, true):
                guard isFile else { return nil }
                edits.saved.insert(path)
            case (true, false):
                edits.removed.insert(path)
            case (false, true):
                guard isFile else { return nil }
                edits.added.insert(path)
            case (false, false):
                continue // came and went within one save
            }
        }
        return edits
    }

    /// The answer to a GET of `path`.
    public func respond(to requestPath: String) async -> PreviewResponse {
        switch PreviewPath(requestPath: requestPath) {
        case let .refused(reason):
            return .text(400, "Regio: geweigerd: \(reason)")
        case .reloadScript:
            return PreviewResponse(status: 200, contentType: PreviewResponse.contentType(of: "x.js"), body: Data(LiveReload.script.utf8))
        case .events:
            return .text(400, "Regio: de gebeurtenissen komen als server-sent events")
        case let .file(path):
            guard let site else { return .text(503, "Regio: de eerste build is nog niet klaar; zie de terminal") }
            // Taken before the site is read: a build that ends while it is read makes the page older
            // than the version it says, so the page reloads once more, never once too few.
            let shownVersion = version
            guard let data = await site.file(at: path) else {
                if let kept = heldPages[path] {
                    return PreviewResponse(status: 200, contentType: PreviewResponse.contentType(of: path),
                                           body: page(String(decoding: kept.data, as: UTF8.self), of: kept.file, isHeld: true, path: path, version: shownVersion))
                }
                if site.isFolder(path) {
                    return PreviewResponse(status: 301, contentType: "text/plain; charset=utf-8", body: Data(), location: "/" + path + "/")
                }
                if let target = renamedPages[path], site.documentFile(at: target) != nil || heldPages[target] != nil || unbuiltPages[target] != nil {
                    return PreviewResponse(status: 302, contentType: "text/plain; charset=utf-8", body: Data(), location: "/" + target)
                }
                let unbuilt = unbuiltPages[path], removed = unbuilt == nil ? removedPages[path] : nil
                let notFound = await site.file(at: "404.html").map {
                    let relocated = NotFoundPage.relocated(String(decoding: $0, as: UTF8.self), depth: path.split(separator: "/").count - 1)
                    let explained = if let unbuilt { NotFoundPage.notYet(relocated, file: findings.place(SourceLocation(file: unbuilt))) }
                        else if let removed { NotFoundPage.removed(relocated, file: findings.place(SourceLocation(file: removed))) }
                        else { relocated }
                    return page(explained, of: unbuilt, isUnbuilt: unbuilt != nil, path: path, version: shownVersion)
                }
                return PreviewResponse(status: 404, contentType: PreviewResponse.contentType(of: "404.html"), body: notFound ?? Data("niet gevonden".utf8))
            }
            let type = PreviewResponse.contentType(of: path)
            let body = path.hasSuffix(".html") ? page(String(decoding: data, as: UTF8.self), of: site.documentFile(at: path), path: path, version: shownVersion) : data
            return PreviewResponse(status: 200, contentType: type, body: body)
        }
    }

    /// A page with the reload script and the findings added; those of `document`, the one the page
    /// shows, first. `isHeld`: the page is of an earlier build, as its document now has none.
    /// `path`: the page's own, as asked for; `version`: the build it was made from.
    private func page(_ html: String, of document: String? = nil, isHeld: Bool = false, isUnbuilt: Bool = false, path: String, version: Int) -> Data {
        Data(LiveReload.inject(into: html, findings: findings, page: PanelPage(document: document, isHeld: isHeld, isUnbuilt: isUnbuilt, path: path),
                               version: version).utf8)
    }

    /// A stream of build versions for one open page: the current one at once, then each new one.
    public func versions() async -> AsyncStream<Int> {
        await broadcaster.subscribe(current: version)
    }
}

/// One value handed to another thread, which lets go of it there (`drop`), whichever thread lets
/// go of the box last.
private final class Handoff<Value: Sendable>: Sendable {
    private let value = Mutex<Value?>(nil)

    func keep(_ value: Value?) {
        self.value.withLock { $0 = value }
    }

    func drop() {
        let dropped = value.withLock { $0.take() }
        withExtendedLifetime(dropped) {}
    }
}
