import Foundation
import RegioTestSupport
import Testing

/// The CI examples for a region's repository (docs/ci), checked against the GitHub Actions and GitLab CI
/// schemas that check-jsonschema bundles (scripts/ensure-validator.sh installs it; it works offline).
@Suite("CI-voorbeelden voor een regio")
struct CIExampleTests {
    static let checker: URL? = ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":")
        .map { URL(fileURLWithPath: String($0)).appendingPathComponent("check-jsonschema") }
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }

    @Test("geldig volgens het schema van GitHub Actions en GitLab CI", .enabled(if: checker != nil, "check-jsonschema ontbreekt: draai scripts/test.sh"),
          arguments: [("github-actions.yml", "vendor.github-workflows"), ("gitlab-ci.yml", "vendor.gitlab-ci")])
    func schema(_ file: String, _ schema: String) throws {
        let path = RepositoryPaths.root.appendingPathComponent("docs/ci/\(file)").path
        let run = try run(try #require(Self.checker), ["--builtin-schema", schema, path])
        #expect(run.status == 0, "\(run.output)\(run.errors)")
        #expect(run.output.contains("ok -- validation done"))
    }

    @Test("de voorbeelden draaien de controle zoals de README die beschrijft en halen de hele geschiedenis op")
    func commands() throws {
        let github = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("docs/ci/github-actions.yml"), encoding: .utf8)
        #expect(github.contains("--format github") && github.contains("--format sarif") && github.contains("fetch-depth: 0"))
        let gitlab = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("docs/ci/gitlab-ci.yml"), encoding: .utf8)
        #expect(gitlab.contains("GIT_DEPTH") && gitlab.contains("--out public"))
        // Warnings hold back a change under review, never the nightly publication: a warning that only
        // the date brings (no vision in force) would otherwise stop every other change from going out.
        #expect(github.contains("if [ \"$GEBEURTENIS\" = pull_request ]; then streng=(--strict); fi"))
        #expect(gitlab.contains("if [ \"$CI_PIPELINE_SOURCE\" = merge_request_event ]; then\n      streng=--strict; fi"))
        #expect(!github.contains("--format github --strict") && !gitlab.contains("--format text --strict"))
        // The options they use exist in this regio.
        let help = try regio(["check", "--help"]).output + regio(["build", "--help"]).output
        for option in ["--format", "--strict", "--content", "--theme", "--base-url", "--out"] { #expect(help.contains(option), "\(option)") }
    }
}
