import Foundation
import RegioCore

/// Paths in the repository, found from this file so tests run from any working folder.
public enum RepositoryPaths {
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    public static let defaultTheme = root.appendingPathComponent("themes/default")
    public static let exampleContent = root.appendingPathComponent("content")
    /// Haaglanden's vision for 2027–2030 in the example, adopted before its period begins.
    public static let haaglandenNextVision = "haaglanden/regiovisie-2027-2030.md"
}

/// Copies the bundled example to `content` in `folder` and returns that folder. Without Haaglanden's
/// next vision, the copy is the example as it stood before that vision was adopted: a vision in force
/// that ends this year and no next one, the case that tests of `regio new` and the reminder are about.
public func copyExample(into folder: URL, withoutHaaglandenNextVision: Bool = false) throws -> URL {
    let content = folder.appendingPathComponent("content")
    try FileManager.default.copyItem(at: RepositoryPaths.exampleContent, to: content)
    if withoutHaaglandenNextVision {
        try FileManager.default.removeItem(at: content.appendingPathComponent(RepositoryPaths.haaglandenNextVision))
    }
    return content
}

/// The date tests build on, fixed so that "current" and "concept" mean the same on every run.
public let testToday = DayDate("2026-11-25")!

/// Runs the real pipeline on a fixture with the default theme.
public func build(_ fixture: SiteFixture, parallelism: Int = 2, today: DayDate = testToday,
                  scope: SiteMap.Scope = .whole, baseURL: BaseURL? = nil) async -> BuildResult {
    await build(content: fixture.fileSystem, parallelism: parallelism, today: today, scope: scope, baseURL: baseURL)
}

public func build(content: any ContentFileSystem, parallelism: Int = 2, today: DayDate = testToday,
                  scope: SiteMap.Scope = .whole, baseURL: BaseURL? = nil, history: ContentHistory? = nil) async -> BuildResult {
    await BuildPipeline.run(BuildOptions(
        content: content, theme: DiskFileSystem(root: RepositoryPaths.defaultTheme), parallelism: parallelism, today: today,
        scope: scope, baseURL: baseURL, history: history
    ))
}

/// The bundled example as the CLI builds it: with the repository's git history (dates, changes and
/// the last-change pages), or without when the checkout has none.
public func buildExample(scope: SiteMap.Scope = .whole) async -> BuildResult {
    await build(content: DiskFileSystem(root: RepositoryPaths.exampleContent), scope: scope,
                history: GitHistoryReader(contentFolder: RepositoryPaths.exampleContent).read())
}

extension RenderedSite {
    /// A page as text, for assertions.
    public func html(_ path: String) -> String? {
        file(path).map { String(decoding: $0, as: UTF8.self) }
    }
}

extension SiteFixture {
    /// A small valid site: one region with two municipalities, a vision, a plan and factsheets.
    /// Tests append or replace files to make the case they need.
    public static let valid = SiteFixture("""
    === site.yaml
    titel: Testsite
    === factsheets/landelijk.md
    ---
    type: factsheet
    titel: Landelijke cijfers
    status: vastgesteld
    vastgesteld_op: 2024-01-10
    schaal: landelijk
    bron: {naam: CBS StatLine 84849NED, url: "https://www.cbs.nl/nl-nl/cijfers/detail/84849NED"}
    cijfers:
      - {label: Meldingen, waarde: 127340, eenheid: meldingen, jaar: 2023}
    ---
    Landelijke cijfers.
    === haaglanden/regio.yaml
    naam: Haaglanden
    centrumgemeenten: [GM0518]
    gemeenten:
      - {code: GM0518, naam: "'s-Gravenhage", slug: den-haag}
      - {code: GM0503, naam: Delft}
    === haaglanden/regiovisie-2023-2026.md
    ---
    type: regiovisie
    titel: Regiovisie 2023-2026
    status: vastgesteld
    vastgesteld_op: 2023-03-16
    periode: {van: 2023, tot: 2026}
    ---
    ## Visie

    Zie [de cijfers](../factsheets/landelijk.md) en [Delft](delft/plan-2024.md#doelen).
    === haaglanden/delft/plan-2024.md
    ---
    type: beleidsplan
    titel: Plan Delft 2024
    status: concept
    gemeente: GM0503
    regiovisie: haaglanden/regiovisie-2023-2026
    periode: {van: 2024, tot: 2025}
    ---
    ## Doelen

    Volgens [de regiovisie](../regiovisie-2023-2026.md#visie).
    """)

    /// The valid site with the test checklist of `Tests/RegioCoreTests/Fixtures/toetsing`, a vision that
    /// meets it and a plan with a summary. Checklist tests vary this.
    public static func withChecklist() throws -> SiteFixture {
        let checklist = try SiteFixture(folder: RepositoryPaths.root.appendingPathComponent("Tests/RegioCoreTests/Fixtures/toetsing"))
        let plan = valid.files["haaglanden/delft/plan-2024.md"] ?? ""
        return SiteFixture(merging: valid.files, with: checklist.files)
            .with(vision(body: visionSections))
            .with("=== haaglanden/delft/plan-2024.md\n" + plan.replacingOccurrences(of: "status: concept", with: "samenvatting: Wat Delft doet.\nstatus: concept"))
    }

    /// The sections the test checklist asks of a vision.
    public static let visionSections = """
    ## Veilig Thuis

    Veilig Thuis Haaglanden is het advies- en meldpunt.

    ## Meldcode en afwegingskader 2019

    Alle partners werken met het afwegingskader.
    """

    /// The Haaglanden vision of the valid fixture, as a file to merge with `with`: extra front-matter
    /// lines go on line 7, the body starts on line 9, and the `## Visie` the plan links to comes last.
    public static func vision(_ frontMatter: String = "", adopted: String = "2023-03-16", status: String = "vastgesteld", body: String) -> String {
        """
        === haaglanden/regiovisie-2023-2026.md
        ---
        type: regiovisie
        titel: Regiovisie 2023-2026
        status: \(status)
        vastgesteld_op: \(adopted)
        periode: {van: 2023, tot: 2026}
        \(frontMatter)
        ---
        \(body)

        ## Visie

        Zie [de cijfers](../factsheets/landelijk.md) en [Delft](delft/plan-2024.md#doelen).
        """
    }

    /// This fixture with files added or replaced.
    public func with(_ text: String) -> SiteFixture {
        SiteFixture(merging: files, with: SiteFixture(text).files)
    }

    /// This fixture without a file.
    public func without(_ path: String) -> SiteFixture {
        var copy = files
        copy[path] = nil
        return SiteFixture(files: copy)
    }
}
