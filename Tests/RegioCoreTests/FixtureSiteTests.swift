import Foundation
import RegioCore
import RegioTestSupport
import Testing

@Suite("Fixture-sites")
struct FixtureSiteTests {
    static let englishSite = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/engelse-site")

    @Test("een site met taal en gebruikt de Engelse teksten en lang=\"en\"")
    func englishStrings() async throws {
        let result = await build(content: DiskFileSystem(root: Self.englishSite))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let site = try #require(result.site)
        let region = try #require(site.html("noord/index.html"))
        #expect(region.contains(#"<html lang="en">"#))
        #expect(region.contains("Current regional vision"))
        #expect(region.contains("Skip to content"))
        let vision = try #require(site.html("noord/regiovisie-2024-2027.html"))
        #expect(vision.contains("2 May 2024"))
    }

    @Test("links naar .md worden relatieve .html-links, met anker; bestanden ernaast worden meegekopieerd")
    func linksAndFiles() async throws {
        let site = try #require(await build(content: DiskFileSystem(root: Self.englishSite)).site)
        let vision = try #require(site.html("noord/regiovisie-2024-2027.html"))
        #expect(vision.contains(#"<a href="stad/plan-2025.html#doelen">plan</a>"#))
        #expect(vision.contains(#"<a href="kaarten/regio.svg">map</a>"#))
        #expect(site.file("noord/kaarten/regio.svg") != nil)
        let plan = try #require(site.html("noord/stad/plan-2025.html"))
        #expect(plan.contains(#"<a href="../regiovisie-2024-2027.html">vision</a>"#))
        #expect(plan.contains(#"<link rel="stylesheet" href="../assets/regio.css">"#))
    }

    @Test("een regiovisie toont de plannen die ernaar verwijzen, een plan zijn regiovisie")
    func referencesBothWays() async throws {
        let site = try #require(await build(content: DiskFileSystem(root: Self.englishSite)).site)
        let vision = try #require(site.html("noord/regiovisie-2024-2027.html"))
        #expect(vision.contains("Referred to by"))
        #expect(vision.contains(#"<a href="stad/plan-2025.html">Plan Groningen 2025</a>"#))
        let plan = try #require(site.html("noord/stad/plan-2025.html"))
        #expect(plan.contains("This document refers to"))
        #expect(plan.contains(#"<a href="../regiovisie-2024-2027.html">Vision North 2024-2027</a>"#))
    }

    @Test("landelijke factsheets staan in de hoofdmap én in elke regio, met links binnen die regio")
    func nationalCopies() async throws {
        let site = try #require(await build(SiteFixture.valid).site)
        #expect(site.file("factsheets/landelijk.html") != nil)
        let copy = try #require(site.html("haaglanden/landelijk/landelijk.html"))
        #expect(copy.contains(#"href="../assets/regio.css""#))
        let vision = try #require(site.html("haaglanden/regiovisie-2023-2026.html"))
        #expect(vision.contains(#"<a href="landelijk/landelijk.html">de cijfers</a>"#))
        #expect(site.file("haaglanden/assets/regio.css") != nil)
    }

    @Test("frontmatterwaarden worden ge-escaped; ruwe HTML in de tekst valt weg")
    func escaping() async throws {
        let fixture = SiteFixture.valid.with("""
        === haaglanden/delft/plan-2024.md
        ---
        type: beleidsplan
        titel: "<script>alert(1)</script> & co"
        status: concept
        regiovisie: haaglanden/regiovisie-2023-2026
        periode: {van: 2024, tot: 2025}
        ---
        <img src=x onerror=alert(1)>

        [klik](javascript:alert(1))
        """)
        let page = try #require(await build(fixture).site?.html("haaglanden/delft/plan-2024.html"))
        #expect(!page.contains("<script>alert"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"))
        #expect(!page.contains("onerror"))
        #expect(!page.contains("javascript:"))
    }
}
