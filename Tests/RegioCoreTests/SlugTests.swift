import RegioCore
import Testing

/// Slugs are the only way to make a path component, so what they refuse keeps `..` and `/` out of output paths.
@Suite struct SlugTests {
    @Test(arguments: ["haaglanden", "regiovisie-2023-2026", "a", "0", "gm-0518"])
    func accepts(_ text: String) {
        #expect(Slug(text)?.value == text)
    }

    @Test(arguments: ["", "-", "-haaglanden", "haaglanden-", "regio--visie", "Haaglanden", "..", "a/b", "a b", "één", "a_b", "a.md"])
    func refuses(_ text: String) {
        #expect(Slug(text) == nil)
    }

    @Test func contentPathsAreMadeOfSlugs() {
        #expect(ContentPath("haaglanden/regiovisie-2023-2026.md")?.description == "haaglanden/regiovisie-2023-2026")
        #expect(ContentPath("haaglanden/../etc") == nil)
        #expect(ContentPath("/haaglanden") == nil)
        #expect(ContentPath("haaglanden//visie") == nil)
    }
}
