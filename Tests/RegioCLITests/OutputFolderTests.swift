import Foundation
import RegioTestSupport
import Testing

/// Whether this process may mount a tmpfs (root with the right to mount, as in the test container).
let canMountTmpfs: Bool = {
    guard getuid() == 0, let folder = try? temporaryFolder() else { return false }
    defer { try? FileManager.default.removeItem(at: folder) }
    guard (try? runTool(["mount", "-t", "tmpfs", "tmpfs", folder.path]))?.status == 0 else { return false }
    _ = try? runTool(["umount", folder.path])
    return true
}()

@Suite("Uitvoermap: koppelpunten, links, rechten en een tweede build tegelijk", .serialized)
struct OutputFolderTests {
    let theme = RepositoryPaths.defaultTheme.path

    @Test("een gekoppelde schijf als --out: exit 64 met uitleg en een submap als voorbeeld; die submap werkt", .enabled(if: canMountTmpfs))
    func mountPointOutput() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try SiteFixture.valid.write(to: folder.appendingPathComponent("inhoud"))
        let share = folder.appendingPathComponent("share")
        try FileManager.default.createDirectory(at: share, withIntermediateDirectories: true)
        #expect(try runTool(["mount", "-t", "tmpfs", "tmpfs", share.path]).status == 0)
        defer { _ = try? runTool(["umount", share.path]) }
        let refused = try regio(["build", "--content", "inhoud", "--theme", theme, "--out", "share"], in: folder)
        #expect(refused.status == 64)
        #expect(refused.errors.hasPrefix("regio: de uitvoermap \(share.path) is een koppelpunt"), "\(refused.errors)")
        #expect(refused.errors.contains("Kies een map daarin als --out, bijvoorbeeld \(share.path)/site"))
        #expect(!refused.errors.contains("onbekende fout"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: share.path).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["inhoud", "share"])
        let inside = try regio(["build", "--content", "inhoud", "--theme", theme, "--out", "share/site"], in: folder)
        #expect(inside.status == 0, "\(inside.errors)")
        #expect(FileManager.default.fileExists(atPath: share.appendingPathComponent("site/haaglanden/index.html").path))
    }
}
