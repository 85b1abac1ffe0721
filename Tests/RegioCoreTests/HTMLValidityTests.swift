import Foundation
import RegioCore
import RegioTestSupport
import Testing

/// The Nu Html Checker on every page of the bundled example. `scripts/test.sh` installs it and
/// passes its path in `REGIO_VNU_JAR`; without it the test says so and does not run.
@Suite("HTML-geldigheid (vnu)")
struct HTMLValidityTests {
    static let vnuJar = ProcessInfo.processInfo.environment["REGIO_VNU_JAR"].flatMap {
        FileManager.default.fileExists(atPath: $0) ? $0 : nil
    }

    @Test("alle pagina's van de voorbeeldsite zijn geldige HTML5", .enabled(if: vnuJar != nil, "REGIO_VNU_JAR niet gezet: draai scripts/test.sh"))
    func exampleSiteIsValidHTML() async throws {
        let site = try #require(await buildExample().site)
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("regio-vnu-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        try DiskSiteWriter(output: output).write(site)
        let (status, report) = try Self.validate(output)
        #expect(status == 0, "\(report)")
        #expect(report.isEmpty, "\(report)")
    }

    @Test("een vergelijking in blokken (lijsten, citaten, nieuwe en vervallen hoofdstukken) is geldige HTML5", .enabled(if: vnuJar != nil, "REGIO_VNU_JAR niet gezet: draai scripts/test.sh"))
    func comparisonInBlocksIsValidHTML() async throws {
        let site = try #require(await build(try ComparisonTests.blockSite()).site)
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("regio-vnu-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        try DiskSiteWriter(output: output).write(site)
        let (status, report) = try Self.validate(output.appendingPathComponent("haaglanden/versies"))
        #expect(status == 0, "\(report)")
        #expect(report.isEmpty, "\(report)")
    }

    /// Runs vnu on every HTML file under `folder`: its exit status and what it reported.
    static func validate(_ folder: URL) throws -> (status: Int32, report: String) {
        let run = try runTool(["java", "-jar", try #require(vnuJar), "--errors-only", "--skip-non-html", folder.path])
        return (run.status, run.output)
    }
}
