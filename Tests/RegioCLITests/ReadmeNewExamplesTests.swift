import Foundation
import RegioTestSupport
import Testing

/// The `regio new` examples of README.md, run as written on a copy of the bundled example content:
/// a reader who tries them should see them work.
@Suite("De voorbeelden van regio new in de README", .serialized)
struct ReadmeNewExamplesTests {
    /// The README's `regio new` lines, as arguments, without the comment after them.
    static func examples() throws -> [[String]] {
        let readme = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("README.md"), encoding: .utf8)
        return readme.split(separator: "\n").filter { $0.hasPrefix("regio new ") }.map { line in
            let command = line.split(separator: "#", maxSplits: 1).first ?? line
            return command.split(whereSeparator: \.isWhitespace).dropFirst().map(String.init)
        }
    }

    @Test("de README heeft een voorbeeld voor elke soort document")
    func examplesAreFound() throws {
        let kinds = Set(try Self.examples().compactMap { $0.dropFirst().first })
        #expect(kinds == ["regiovisie", "beleidsplan", "factsheet"], "\(kinds)")
    }

    // Early in a year and late in it: the default period of a plan differs (see NewPlanPeriodTests).
    @Test("elk voorbeeld werkt, na elkaar, op een kopie van content/", arguments: ["2026-03-02", "2026-11-27"])
    func everyExampleWorks(_ date: String) throws {
        let content = try NewCommandTests.example()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        for example in try Self.examples() {
            let run = try regio(example + ["--content", content.path, "--datum", date])
            #expect(run.status == 0 && run.output.contains("geschreven: "), "regio \(example.joined(separator: " ")): \(run.errors)")
        }
    }
}
