#if os(Linux)
import Foundation
@testable import RegioPreview
import Testing

/// The kernel's watcher over folders that come, go and are replaced while `regio serve` runs, as a
/// region restored from a backup (`rm -rf content/drenthe; cp -a backup/drenthe content/drenthe`)
/// or a fresh clone of the whole content folder. Each step reads the events the step caused, as
/// the watcher's loop would, so the order of events is fixed.
@Suite("inotify: mappen die komen, gaan en vervangen worden")
struct InotifyTests {
    private let manager = FileManager.default

    private func temporary(_ name: String) throws -> URL {
        let folder = manager.temporaryDirectory.appendingPathComponent("regio-\(name)-\(UUID().uuidString)").standardizedFileURL
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    private func write(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url)
    }

    /// What the events so far say, gathered until none comes for 50 ms: whether track was lost,
    /// and the files named.
    private func gathered(_ inotify: Inotify) -> (lost: Bool, paths: Set<String>) {
        var lost = false, paths = Set<String>()
        var events = inotify.changes(waitingUpTo: 1000)
        while true {
            switch events {
            case .none: return (lost, paths)
            case .lost: lost = true
            case let .changed(changes): paths.formUnion(changes.paths)
            }
            events = inotify.changes(waitingUpTo: 50)
        }
    }

    @Test("twee mappen vlak na elkaar in een nieuwe map: beide worden gevolgd, ook de tweede, die alleen haar eigen gebeurtenis noemt")
    func foldersMadeTogether() throws {
        let root = try temporary("samen")
        defer { try? manager.removeItem(at: root) }
        let inotify = try #require(Inotify(folders: [root]))
        let region = root.appendingPathComponent("drenthe")
        try manager.createDirectory(at: region, withIntermediateDirectories: false)
        #expect(gathered(inotify).lost)
        // Made after the region's folder was walked: only their events tell, read in one go.
        for name in ["assen", "emmen", "factsheets"] {
            try manager.createDirectory(at: region.appendingPathComponent(name), withIntermediateDirectories: false)
        }
        #expect(gathered(inotify).lost)
        for name in ["assen", "emmen", "factsheets"] {
            #expect(inotify.watchedFolders.contains(region.appendingPathComponent(name).path), "\(name) wordt niet gevolgd")
        }
        let plan = region.appendingPathComponent("emmen/beleidsplan-2024-2027.md")
        try write("tekst", to: plan)
        #expect(gathered(inotify).paths.contains(plan.path))
    }

    @Test("een verwijderde map wordt niet meer gevolgd; teruggezet uit een kopie wordt elke submap weer gevolgd")
    func folderReplaced() throws {
        let root = try temporary("vervangen")
        defer { try? manager.removeItem(at: root) }
        let backup = try temporary("reserve")
        defer { try? manager.removeItem(at: backup) }
        for name in ["assen", "emmen"] {
            try manager.createDirectory(at: root.appendingPathComponent("drenthe/\(name)"), withIntermediateDirectories: true)
            try write("tekst", to: root.appendingPathComponent("drenthe/\(name)/plan.md"))
        }
        try manager.copyItem(at: root.appendingPathComponent("drenthe"), to: backup.appendingPathComponent("drenthe"))
        let inotify = try #require(Inotify(folders: [root]))
        try manager.removeItem(at: root.appendingPathComponent("drenthe"))
        #expect(gathered(inotify).lost)
        #expect(inotify.watchedFolders == [root.path], "the removed folders' watches are gone: \(inotify.watchedFolders)")
        try manager.copyItem(at: backup.appendingPathComponent("drenthe"), to: root.appendingPathComponent("drenthe"))
        #expect(gathered(inotify).lost)
        let plan = root.appendingPathComponent("drenthe/emmen/plan.md")
        try write("andere tekst", to: plan)
        #expect(gathered(inotify).paths.contains(plan.path))
    }

    @Test("de hele inhoudsmap verwijderd en opnieuw gemaakt, of weggezet en vervangen: de nieuwe map wordt gevolgd, de oude niet meer")
    func rootReplaced() throws {
        let parent = try temporary("wortel")
        defer { try? manager.removeItem(at: parent) }
        let root = parent.appendingPathComponent("content")
        try manager.createDirectory(at: root.appendingPathComponent("drenthe/emmen"), withIntermediateDirectories: true)
        try write("titel: Site", to: root.appendingPathComponent("site.yaml"))
        let backup = parent.appendingPathComponent("backup")
        try manager.copyItem(at: root, to: backup)
        let inotify = try #require(Inotify(folders: [root]))
        try manager.removeItem(at: root)
        #expect(gathered(inotify).lost)
        #expect(inotify.watchedFolders.isEmpty)
        try manager.copyItem(at: backup, to: root)
        #expect(gathered(inotify).lost, "the folder is back")
        let plan = root.appendingPathComponent("drenthe/emmen/plan.md")
        try write("tekst", to: plan)
        #expect(gathered(inotify).paths.contains(plan.path))
        // Moved away: its watches went with it, and would report the old folder's files as the new one's.
        let moved = parent.appendingPathComponent("content.oud")
        try manager.moveItem(at: root, to: moved)
        #expect(gathered(inotify).lost)
        try manager.copyItem(at: backup, to: root)
        #expect(gathered(inotify).lost, "a folder in its place")
        try write("oud", to: moved.appendingPathComponent("drenthe/emmen/plan.md"))
        #expect(gathered(inotify).paths.isEmpty, "the moved folder is no longer watched")
        let site = root.appendingPathComponent("site.yaml")
        try write("titel: Nieuw", to: site)
        #expect(gathered(inotify).paths == [site.path])
    }
}
#endif
