import Foundation
import RegioCore
import RegioTestSupport
import Testing

/// What systems and editors leave in a content folder is not content: no warning that nothing links
/// to it, which `--strict` in CI would turn into a stop.
@Suite("Achtergelaten bestanden van systeem en editor")
struct LeftoverFileTests {
    @Test("Thumbs.db, desktop.ini, een back-up (~, .bak), een swap-, tijdelijk of Emacs-bestand: niet gelezen, geen melding; een gewoon bestand wel", arguments: [
        "Thumbs.db", "desktop.ini", "regiovisie-2023-2026.md~", "regiovisie-2023-2026.md.bak", ".regiovisie-2023-2026.md.swp", "~$regiovisie.docx", "opslaan.TMP",
        "#regiovisie-2023-2026.md#",
    ])
    func leftoversAreNotContent(_ name: String) async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("regio-rest-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try SiteFixture.valid.write(to: root)
        try Data("rest".utf8).write(to: root.appendingPathComponent("haaglanden/" + name))
        try Data("aantekeningen".utf8).write(to: root.appendingPathComponent("haaglanden/notities.txt"))
        #expect(!(try FolderWalk(root: root.path).files.contains { $0.path == "haaglanden/" + name }))
        let result = await build(content: DiskFileSystem(root: root))
        #expect(result.diagnostics.map(\.location.file) == ["haaglanden/notities.txt"], "\(result.diagnostics.map(\.message))")
        #expect(result.diagnostics.first?.code == .unusedFile)
    }
}
