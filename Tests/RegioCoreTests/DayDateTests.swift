import RegioCore
import RegioTestSupport
import Testing

/// Dates: `JJJJ-MM-DD` read, and any other way of writing a day answered with that day as it must be written.
@Suite("Datums")
struct DayDateTests {
    @Test("de dag die een anders geschreven datum bedoelt", arguments: [
        ("2027-3-12", "2027-03-12"), ("2027-03-2", "2027-03-02"), ("2027-3-2", "2027-03-02"), ("2027/3/12", "2027-03-12"),
        ("12-03-2027", "2027-03-12"), ("12-3-2027", "2027-03-12"), ("3 okt 2023", "2023-10-03"), ("26.11.2026", "2026-11-26"),
    ])
    func meant(_ written: String, _ day: String) {
        #expect(DayDate.meant(by: written)?.description == day)
    }

    @Test("geen bedoelde dag als die niet bestaat of niet te lezen is", arguments: ["2027-2-30", "2027-13-1", "27-3-12", "2027-3", "31-02-2023", "maart"])
    func nothingMeant(_ written: String) {
        #expect(DayDate.meant(by: written) == nil)
    }

    @Test("waarom een datum met het jaar voorop geen dag is, ook zonder voorloopnullen; niets voor een dag die bestaat", arguments: [
        ("2027-2-30", "februari 2027 heeft 28 dagen"), ("2027-02-30", "februari 2027 heeft 28 dagen"),
        ("2027-13-1", "een jaar heeft geen maand 13; de maand staat in het midden (JJJJ-MM-DD)"), ("2027-4-0", "een maand heeft geen dag 0"),
    ])
    func whyNoDay(_ written: String, _ reason: String) {
        #expect(DayDate.whyNoDay(written) == reason)
    }

    @Test("een dag die bestaat heeft geen reden", arguments: ["2027-3-12", "2027-03-12", "2024-2-29"])
    func noReasonForADay(_ written: String) {
        #expect(DayDate.whyNoDay(written) == nil)
    }

    @Test("in de front matter: de melding bij de datum, met de datum zoals hij moet", arguments: [
        ("2027-3-12", "`2027-3-12` is geen geldige datum voor `vastgesteld_op`", "schrijf de datum als JJJJ-MM-DD: `vastgesteld_op: 2027-03-12`"),
        ("2027-3-2", "`2027-3-2` is geen geldige datum voor `vastgesteld_op`", "schrijf de datum als JJJJ-MM-DD: `vastgesteld_op: 2027-03-02`"),
        ("2027-2-30", "`2027-2-30` is geen geldige datum voor `vastgesteld_op`: februari 2027 heeft 28 dagen", "kies een dag die bestaat"),
        ("2026-31-12", "`2026-31-12` is geen geldige datum voor `vastgesteld_op`: een jaar heeft geen maand 31; de maand staat in het midden (JJJJ-MM-DD)",
         "bedoelde u `vastgesteld_op: 2026-12-31`? (de maand staat in het midden)"),
        ("2026-13-31", "`2026-13-31` is geen geldige datum voor `vastgesteld_op`: een jaar heeft geen maand 13; de maand staat in het midden (JJJJ-MM-DD)",
         "kies een dag die bestaat"),
    ])
    func inFrontMatter(_ written: String, _ message: String, _ fixIt: String) async throws {
        let plan = try #require(SiteFixture.valid.files["haaglanden/delft/plan-2024.md"])
            .replacingOccurrences(of: "status: concept\n", with: "status: vastgesteld\nvastgesteld_op: \(written)\n")
        let result = await build(SiteFixture.valid.with("=== haaglanden/delft/plan-2024.md\n" + plan))
        let diagnostic = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1, "\(result.diagnostics.map(\.message))")
        #expect(diagnostic.code == .invalidDate)
        #expect(diagnostic.location == SourceLocation(file: "haaglanden/delft/plan-2024.md", line: 5, column: 17))
        #expect(diagnostic.message == message)
        #expect(diagnostic.fixIt == fixIt)
    }
}
