import Foundation
import RegioTestSupport
import Testing
@testable import RegioCore

/// `TemplateVocabulary` is what a theme is checked against, so it must hold every name a page is
/// given (or a right name would be reported as a typo) and no name that none is (or a typo would
/// pass). Each side is read from the real thing: the values of every page of the example and of a
/// standalone region, and the default theme's templates.
@Suite("Thema: de namen die Regio aan sjablonen geeft")
struct TemplateVocabularyTests {
    /// The names in the values of every page the build makes, at any depth; `t` is the theme's texts.
    private func givenNames(_ options: BuildOptions) async throws -> Set<String> {
        var options = options
        options.rendersOnDemand = true
        let site = try #require(await BuildPipeline.run(options).onDemandSite)
        var names: Set<String> = []
        func collect(_ value: Any) {
            switch value {
            case let values as [String: Any]:
                for (key, child) in values where key != "t" {
                    names.insert(key)
                    collect(child)
                }
            case let list as [Any]: list.forEach(collect)
            default: break
            }
        }
        let pages = site.jobs.pages
        #expect(pages.count > 40)
        for page in pages {
            guard let job = site.jobs[page] else { continue }
            collect(site.renderer.values(for: job).context)
        }
        return names
    }

    private var allGivenNames: Set<String> {
        get async throws {
            let theme = DiskFileSystem(root: RepositoryPaths.defaultTheme)
            let example = DiskFileSystem(root: RepositoryPaths.exampleContent)
            let history = GitHistoryReader(contentFolder: RepositoryPaths.exampleContent).read()
            var names = try await givenNames(BuildOptions(content: example, theme: theme, parallelism: 2, today: testToday, history: history))
            names.formUnion(try await givenNames(BuildOptions(content: example, theme: theme, parallelism: 2, today: testToday,
                                                              scope: .region(Slug("haaglanden")!), history: history)))
            return names
        }
    }

    private var defaultThemeNames: Set<String> {
        get throws {
            let folder = RepositoryPaths.defaultTheme.appendingPathComponent("templates")
            let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }
            #expect(files.count == ThemeRequirements.templates.count)
            return Set(try files.flatMap { file in
                TemplateNames.uses(in: try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8))
                    .filter { $0.parts.first != "t" }.flatMap(\.parts)
            })
        }
    }

    @Test("elke naam die een pagina krijgt, staat in de woordenlijst")
    func givenNamesAreKnown() async throws {
        let missing = try await allGivenNames.subtracting(TemplateVocabulary.names)
        #expect(missing.isEmpty, "voeg toe aan TemplateVocabulary.names: \(missing.sorted())")
    }

    @Test("elke naam die het standaardthema gebruikt, staat in de woordenlijst")
    func defaultThemeNamesAreKnown() throws {
        let used = try defaultThemeNames
        #expect(used.contains("title") && used.contains("sign") && used.contains("hasURL"))
        let missing = used.subtracting(TemplateVocabulary.names)
        #expect(missing.isEmpty, "voeg toe aan TemplateVocabulary.names: \(missing.sorted())")
    }

    @Test("de woordenlijst noemt geen naam die geen pagina krijgt en het standaardthema niet gebruikt")
    func noStaleNames() async throws {
        let stale = try await TemplateVocabulary.names.subtracting(allGivenNames).subtracting(defaultThemeNames)
        #expect(stale.isEmpty, "haal weg uit TemplateVocabulary.names: \(stale.sorted())")
    }
}
