import Foundation
@testable import RegioCore
import RegioMarkdown
import RegioTestSupport
import Testing

/// The search index written at build time: what goes in, how it is folded, how it is split up.
@Suite("Zoekindex")
struct SearchIndexTests {
    /// A script file of the index as its JSON argument(s): `regioZoeken.termen("e", {...});` → `["e", {...}]`.
    static func payload(_ site: RenderedSite, _ path: String) throws -> [Any] {
        let text = try #require(site.html(path))
        let open = try #require(text.firstIndex(of: "("))
        let close = try #require(text.lastIndex(of: ")"))
        let arguments = "[" + text[text.index(after: open)..<close] + "]"
        return try #require(try JSONSerialization.jsonObject(with: Data(arguments.utf8)) as? [Any])
    }

    static func terms(_ site: RenderedSite, folder: String = "", key: String) throws -> [String: [Int]] {
        try #require(try payload(site, "\(folder)zoeken/termen-\(key).js").last as? [String: [Int]])
    }

    /// The valid fixture's plan with a title in capitals and accents, a summary with ĳ, and a body word used three times.
    static let fixture = SiteFixture.valid.with("=== haaglanden/delft/plan-2024.md\n" + (SiteFixture.valid.files["haaglanden/delft/plan-2024.md"] ?? "")
        .replacingOccurrences(of: "titel: Plan Delft 2024", with: "titel: Eergerelateerd GÉWELD in Delft\nsamenvatting: Over het ĳsbergmodel.")
        .replacingOccurrences(of: "Volgens [de regiovisie](../regiovisie-2023-2026.md#visie).", with: "De aanpak van het café en de wijk: geweld geweld geweld."))

    @Test("titel, koppen, samenvatting en tekst: gevouwen naar kleine letters zonder accenten, ĳ als ij, zonder stopwoorden")
    func folding() async throws {
        let site = try #require(await build(Self.fixture).site)
        let header = try #require(try Self.payload(site, "zoeken/index.js").first as? [String: Any])
        #expect(header["sleutel"] as? Int == 1)
        #expect((header["stopwoorden"] as? [String])?.contains("de") == true)
        let documents = try #require(try Self.payload(site, "zoeken/documenten-0.js").last as? [[String]])
        // Three documents, then the region and its two municipalities.
        #expect(header["aantal"] as? Int == 6 && documents.count == 6)
        #expect(documents.map { $0[2] }.suffix(3) == ["Regio", "Gemeente", "Gemeente"])
        let plan = try #require(documents.firstIndex { $0[0] == "Eergerelateerd GÉWELD in Delft" })
        #expect(documents[plan] == ["Eergerelateerd GÉWELD in Delft", "haaglanden/delft/plan-2024.html", "Lokaal plan", "Delft", "Over het ĳsbergmodel.", "concept"])
        #expect(try Self.terms(site, key: "e")["eergerelateerd"]?.first == plan)
        #expect(try Self.terms(site, key: "i")["ijsbergmodel"]?.first == plan)
        #expect(try Self.terms(site, key: "c")["cafe"]?.first == plan)
        #expect(try Self.terms(site, key: "d")["doelen"]?.contains(plan) == true)
        #expect(try Self.terms(site, key: "d")["de"] == nil)
        #expect(!(header["delen"] as? [String] ?? []).contains { $0.count != 1 })
    }

    @Test("een woord in de titel weegt zwaarder dan in de tekst; de tekst telt tot een plafond")
    func weights() async throws {
        let site = try #require(await build(Self.fixture).site)
        let documents = try #require(try Self.payload(site, "zoeken/documenten-0.js").last as? [[String]])
        let plan = try #require(documents.firstIndex { $0[1] == "haaglanden/delft/plan-2024.html" })
        let geweld = try #require(try Self.terms(site, key: "g")["geweld"])
        #expect(geweld[0] == plan)
        #expect(geweld[1] == SearchIndex.titleWeight + 3)
    }

    @Test("een regio zoekt in haar eigen documenten en de landelijke, met links vanaf haar zoekpagina")
    func regionIndex() async throws {
        let site = try #require(await build(PublishingTests.twoRegions).site)
        let documents = try #require(try Self.payload(site, "west-brabant/zoeken/documenten-0.js").last as? [[String]])
        #expect(documents.map { $0[1] } == ["landelijk/landelijk.html", "regiovisie-2024-2027.html", "index.html", "breda/index.html"])
        let all = try #require(try Self.payload(site, "zoeken/documenten-0.js").last as? [[String]])
        #expect(all.filter { !["Regio", "Gemeente"].contains($0[2]) }.count == 4)
    }

    @Test("een groot index: sleutels van twee letters, documenten in blokken, elk woord houdt zijn beste treffers")
    func largeIndex() throws {
        var table = TermTable()
        let entries = (0..<2_400).map { number in
            SearchEntry(title: "Plan \(number)", url: "p\(number).html", kind: "Lokaal plan", place: "Gemeente", summary: "",
                        terms: table.add(SearchIndex.weights(title: "", headings: [], keywords: [], summary: "", place: "",
                                                             text: "huiselijk geweld " + String(repeating: "aanpak ", count: number % 7), stopwords: [])))
        }
        let files = Dictionary(uniqueKeysWithValues: SearchIndex(entries: entries, stopwords: [], table: table).files().map { ($0.name, $0.data) })
        #expect(Set(files.keys).isSuperset(of: ["index.js", "documenten-0.js", "documenten-4.js", "termen-hu.js", "termen-aa.js"]))
        #expect(files["documenten-5.js"] == nil)
        let text = String(decoding: try #require(files["termen-aa.js"]), as: UTF8.self)
        let json = text.drop { $0 != "{" }.dropLast(3)
        let terms = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: [Int]])
        let aanpak = try #require(terms["aanpak"])
        #expect(aanpak.count == 2 * SearchIndex.postingsPerTerm)
        // Best first: six occurrences beat fewer; equal weights keep document order.
        #expect(aanpak[1] == 6 && aanpak[0] == 6 && aanpak[2] == 13)
        let again = SearchIndex(entries: entries, stopwords: [], table: table).files()
        #expect(again.map(\.data) == files.keys.sorted().map { files[$0]! })
    }

    @Test("een term en zijn gewicht in 32 bits: een te groot gewicht wordt het grootste, een term na een volle tabel telt niet mee")
    func packedTerms() {
        var table = TermTable(capacity: 2)
        let first = table.add(["geweld": 7, "aanpak": TermTable.maxWeight + 500])
        #expect(first.map { table.terms[TermTable.id($0)] } == ["aanpak", "geweld"])
        #expect(first.map(TermTable.weight) == [TermTable.maxWeight, 7])
        // The table is full: a known term is still packed, a new one is left out of the index.
        let second = table.add(["geweld": 3, "zorg": 4])
        #expect(second.map { table.terms[TermTable.id($0)] } == ["geweld"] && second.map(TermTable.weight) == [3])
        #expect(table.terms.count == 2)
        // The heaviest a place's page can weigh for a word of its name, and a document's cap, fit.
        #expect(SearchIndex.nameWeight * 5 <= TermTable.maxWeight && TermTable.maxTerms >= 4_000_000)
    }

    @Test("de JSON van de index leest terug als dezelfde waarden, ook met aanhalingstekens, regeleinden, stuurtekens en U+2028")
    func jsonText() throws {
        let strings = ["gewoon", #"a "b" \ c"#, "regel\nregel\r\t", "nul\u{0}bel\u{7}", "één ĳs — 😀", "lijn\u{2028}alinea\u{2029}", "</script>"]
        var json = JSONText()
        json.object(strings.enumerated().map { ("k\($0.offset)", $0.element) }) { json, value in
            json.array([value, value]) { $0.string($1) }
        }
        let text = String(decoding: json.bytes, as: UTF8.self)
        #expect(!text.contains("\u{2028}") && !text.contains("\u{2029}"))
        let read = try #require(try JSONSerialization.jsonObject(with: Data(json.bytes)) as? [String: [String]])
        for (offset, value) in strings.enumerated() { #expect(read["k\(offset)"] == [value, value]) }
    }

    @Test("getallen in de JSON van de index: elk getal als zijn cijfers, ook nul, negatief en de uitersten")
    func jsonNumbers() throws {
        let numbers = [0, 7, 10, 99, 100, 4_294_967_295, 1_234_567_890, -1, -42, Int.max, Int.min]
        var json = JSONText()
        json.array(numbers) { $0.int($1) }
        #expect(String(decoding: json.bytes, as: UTF8.self) == "[" + numbers.map(String.init).joined(separator: ",") + "]")
    }

    /// The weights as a dictionary of strings gives them, word by word: what `TermCounter` must equal.
    private static func plainWeights(title: String, headings: [String], summary: String, place: String, text: String,
                                     stopwords: Set<String>) -> [String: Int] {
        var weights: [String: Int] = [:]
        func add(_ text: String, _ weight: Int) {
            for term in SearchText.terms(text) where !stopwords.contains(term) { weights[term, default: 0] += weight }
        }
        add(title, SearchIndex.titleWeight)
        headings.forEach { add($0, SearchIndex.headingWeight) }
        add(summary + " " + place, SearchIndex.summaryWeight)
        var body: [String: Int] = [:]
        for term in SearchText.terms(text) { body[term, default: 0] += 1 }
        for (term, count) in body where !stopwords.contains(term) { weights[term, default: 0] += min(count, SearchIndex.bodyCap) }
        return weights
    }

    @Test("gewichten per term, geteld op bytes: gelijk aan tellen met woorden, voor elk document van de voorbeeldinhoud en een tekst met duizenden termen")
    func countedWeights() throws {
        let stopwords = Stopwords.list(for: .nl)
        #expect(stopwords.contains("de"))
        var texts = try FileManager.default.subpathsOfDirectory(atPath: RepositoryPaths.exampleContent.path).filter { $0.hasSuffix(".md") }.sorted().map {
            try String(contentsOf: RepositoryPaths.exampleContent.appendingPathComponent($0), encoding: .utf8)
        }
        #expect(texts.count >= 16)
        // Thousands of distinct terms (the table grows many times), non-ASCII ones among them, and
        // words past the body's cap.
        texts.append((0..<5_000).map { "woord\($0) coördinatie\($0 % 50) de de" }.joined(separator: " ") + String(repeating: " aanpak", count: 40))
        for text in texts {
            let title = "Regiovisie Ĳsselland: aanpak", headings = ["Veilig Thuis", "De aanpak", "Coördinatie"]
            let counted = SearchIndex.weights(title: title, headings: headings, keywords: [], summary: "Een samenvatting van de aanpak",
                                              place: "Den Haag", text: text, stopwords: stopwords)
            let plain = Self.plainWeights(title: title, headings: headings, summary: "Een samenvatting van de aanpak", place: "Den Haag",
                                          text: text, stopwords: stopwords)
            #expect(counted == plain)
            #expect(counted["de"] == nil && counted["aanpak"] != nil)
        }
    }

    @Test("zoektermen: alleen woorden met letters buiten ASCII worden via Foundation gevouwen, met hetzelfde resultaat")
    func termsFastPath() {
        #expect(SearchText.terms("Coördinatie, ideeën; Ĳsselstein-2023 a b") == ["coordinatie", "ideeen", "ijsselstein", "2023"])
        #expect(SearchText.terms("Huiselijk GEWELD en kinder-mishandeling!") == ["huiselijk", "geweld", "en", "kinder", "mishandeling"])
        let mixed = "Het Ĳsselmeer: coördinatie/ideeën, straße Ærø; 3e café-tafel (x) 10.000 meldingen"
        #expect(SearchText.terms(mixed) == SearchText.foldedTerms(mixed))
    }

    @Test("koppen en zoektermen vouwen met dezelfde regel: de woorden van een kop-id zijn de zoektermen van de kop")
    func headingsAndSearchFoldAlike() {
        for heading in ["Ĳsselland", "Straße en STRASSE", "Coördinatie van zorg", "ﬁnanciën 2024²", "Het café in Fryslân", "Ærø Øresund"] {
            let idWords = HeadingIDMaker.slug(heading).split(separator: "-").map(String.init).filter { $0.count >= SearchText.minimumLength }
            #expect(idWords == SearchText.terms(heading), "\(heading)")
        }
    }

    /// Two versions of Haaglanden's vision: the superseded one names "wijkteams" six times, the current
    /// one four times.
    static let versions = SiteFixture.valid.with("""
    === haaglanden/regiovisie-2019-2022.md
    ---
    type: regiovisie
    titel: Regiovisie 2019-2022
    status: vervallen
    vastgesteld_op: 2019-03-14
    periode: {van: 2019, tot: 2022}
    ---
    ## Visie

    Wijkteams, wijkteams, wijkteams, wijkteams, wijkteams en wijkteams.
    === haaglanden/regiovisie-2023-2026.md
    ---
    type: regiovisie
    titel: Regiovisie 2023-2026
    status: vastgesteld
    vastgesteld_op: 2023-03-16
    periode: {van: 2023, tot: 2026}
    vorige: haaglanden/regiovisie-2019-2022
    ---
    ## Visie

    Wijkteams, wijkteams, wijkteams en wijkteams.
    """)

    @Test("een vervallen document weegt half en komt na de versie die het verving; het resultaat noemt zijn status, een vastgesteld niet")
    func supersededDocuments() async throws {
        let site = try #require(await build(Self.versions).site)
        let documents = try #require(try Self.payload(site, "zoeken/documenten-0.js").last as? [[String]])
        let old = try #require(documents.firstIndex { $0[0] == "Regiovisie 2019-2022" })
        let current = try #require(documents.firstIndex { $0[0] == "Regiovisie 2023-2026" })
        #expect(documents[old].count == 6 && documents[old].last == "vervallen")
        #expect(documents[current].count == 5)
        // Six mentions halved (3) come after four: without the halving the old version came first.
        let postings = try #require(try Self.terms(site, key: "w")["wijkteams"])
        #expect(Array(postings.prefix(4)) == [current, 4, old, 3])
    }

    @Test("een woord in de titel weegt meer dan een kop en een tekst die het op elke bladzijde noemt")
    func titleOutweighsBody() {
        let stopwords = Stopwords.list(for: .nl)
        let factsheet = SearchIndex.weights(title: "Factsheet Veilig Thuis Drenthe", headings: [], keywords: [], summary: "", place: "Drenthe",
                                            text: "Meldingen en adviezen.", stopwords: stopwords)
        let vision = SearchIndex.weights(title: "Regiovisie Drenthe", headings: ["Veilig Thuis"], keywords: [], summary: "", place: "Drenthe",
                                         text: String(repeating: "Veilig Thuis adviseert. ", count: 40), stopwords: stopwords)
        #expect(factsheet["veilig", default: 0] > vision["veilig", default: 0])
        #expect(factsheet["thuis", default: 0] > vision["thuis", default: 0])
    }

    @Test("halveren rondt naar boven af: een vervallen document met één vermelding blijft vindbaar")
    func halvedWeightsStayFound() {
        let weights = SearchIndex.weights(title: "", headings: [], keywords: [], summary: "", place: "", text: "wijkteams meldcode meldcode meldcode",
                                          isSuperseded: true, stopwords: [])
        #expect(weights == ["wijkteams": 1, "meldcode": 2])
    }

    /// The valid fixture with its checklist (two themes) and a second region: Haaglanden has
    /// 's-Gravenhage (slug `den-haag`, no plan) and Delft (a plan); West-Brabant has Breda.
    static func places() throws -> SiteFixture {
        try SiteFixture.withChecklist().with("""
        === west-brabant/regio.yaml
        naam: West-Brabant
        veilig_thuis_regio: Midden- en West-Brabant
        centrumgemeenten: [GM0758]
        gemeenten:
          - {code: GM0758, naam: Breda}
        """)
    }

    /// The records of an index's documents, by their url.
    static func records(_ site: RenderedSite, folder: String = "") throws -> [[String]] {
        try #require(try payload(site, "\(folder)zoeken/documenten-0.js").last as? [[String]])
    }

    @Test("gemeenten, regio's, thema's en de toetsing zijn resultaten van hun eigen soort, na de documenten, met links vanaf de zoekpagina")
    func placesAreResults() async throws {
        let result = await build(try Self.places())
        let site = try #require(result.site)
        let all = try Self.records(site)
        let header = try #require(try Self.payload(site, "zoeken/index.js").first as? [String: Any])
        #expect(header["aantal"] as? Int == all.count)
        let kinds = all.map { $0[2] }
        let firstPlace = try #require(kinds.firstIndex { ["Gemeente", "Regio", "Thema"].contains($0) })
        #expect(kinds[..<firstPlace].allSatisfy { ["Regiovisie", "Lokaal plan", "Factsheet"].contains($0) }, "documents first: \(kinds)")
        #expect(Array(all[firstPlace...].map { [$0[0], $0[1], $0[2], $0[3]] }) == [
            ["Haaglanden", "haaglanden/index.html", "Regio", ""],
            ["'s-Gravenhage", "haaglanden/den-haag/index.html", "Gemeente", "Haaglanden"],
            ["Delft", "haaglanden/delft/index.html", "Gemeente", "Haaglanden"],
            ["West-Brabant", "west-brabant/index.html", "Regio", ""],
            ["Breda", "west-brabant/breda/index.html", "Gemeente", "West-Brabant"],
            ["Partnergeweld", "themas/partnergeweld.html", "Thema", ""],
            ["Kindermishandeling", "themas/kindermishandeling.html", "Thema", ""],
            ["Toetsing aan wettelijke kaders", "toetsing.html", "Toetsing", ""],
        ])
        // A municipality without a plan says so, as its page does; one with a plan leaves that to the plan's own result.
        #expect(all.first { $0[1] == "haaglanden/den-haag/index.html" }?[4] == "Nog geen lokaal plan gepubliceerd.")
        #expect(all.first { $0[1] == "haaglanden/delft/index.html" }?[4] == "")
        #expect(all.allSatisfy { $0.count == 5 || $0.count == 6 })
        // Every link leads to a page the build wrote.
        for record in all { #expect(site.file(record[1]) != nil, "\(record[1])") }

        // A region's index: its own page, its municipalities and its own theme pages, linked from its folder.
        let region = try Self.records(site, folder: "haaglanden/")
        let places = region.filter { ["Gemeente", "Regio", "Thema", "Toetsing"].contains($0[2]) }.map { [$0[0], $0[1], $0[3]] }
        #expect(places == [["Haaglanden", "index.html", ""], ["'s-Gravenhage", "den-haag/index.html", "Haaglanden"],
                           ["Delft", "delft/index.html", "Haaglanden"], ["Partnergeweld", "themas/partnergeweld.html", "Haaglanden"],
                           ["Kindermishandeling", "themas/kindermishandeling.html", "Haaglanden"],
                           ["Toetsing aan wettelijke kaders", "toetsing.html", "Haaglanden"]])
        for record in region { #expect(site.file("haaglanden/" + record[1]) != nil, "\(record[1])") }
    }

    @Test("een gemeente wordt gevonden op haar naam, haar slug en haar CBS-code, een regio op haar naam en Veilig Thuis-regio, een thema op zijn naam")
    func placesAreFoundByTheirNames() async throws {
        let site = try #require(await build(try Self.places()).site)
        let all = try Self.records(site)
        func first(_ term: String) throws -> String? {
            let postings = try Self.terms(site, key: String(term.prefix(1)))[term]
            return postings.map { all[$0[0]][1] }
        }
        #expect(try first("gravenhage") == "haaglanden/den-haag/index.html")
        #expect(try first("den") == "haaglanden/den-haag/index.html")
        #expect(try first("haag") == "haaglanden/den-haag/index.html")
        #expect(try first("gm0518") == "haaglanden/den-haag/index.html")
        #expect(try first("breda") == "west-brabant/breda/index.html")
        #expect(try first("haaglanden") == "haaglanden/index.html")
        #expect(try first("brabant") == "west-brabant/index.html")
        #expect(try first("midden") == "west-brabant/index.html")
        #expect(try first("partnergeweld") == "themas/partnergeweld.html")
        #expect(try first("toetsing") == "toetsing.html")
        #expect(try first("kaders") == "toetsing.html")
        // A slug that only repeats the name adds nothing: "delft" weighs as one title word.
        let delft = try #require(all.firstIndex { $0[1] == "haaglanden/delft/index.html" })
        let postings = try #require(try Self.terms(site, key: "d")["delft"])
        let weight = stride(from: 0, to: postings.count, by: 2).first { postings[$0] == delft }.map { postings[$0 + 1] }
        #expect(weight == SearchIndex.nameWeight, "\(String(describing: weight))")
        // The place's page outweighs a document that names it in its title and as its place.
        #expect(postings[0] == delft && postings[1] > SearchIndex.titleWeight + SearchIndex.summaryWeight)
    }

    @Test("een plan dat Delft noemt in titel, samenvatting, elke kop en de hele tekst komt na de pagina van Delft")
    func placeOutranksEveryDocument() async throws {
        let headings = (1...12).map { "## Delft \($0)\n\nIn Delft werkt Delft met Delft samen.\n" }.joined(separator: "\n")
        let fixture = try Self.places().with("""
            === haaglanden/delft/plan-2024.md
            ---
            type: beleidsplan
            titel: Delft Delft Delft
            samenvatting: Delft.
            status: concept
            gemeente: GM0503
            regiovisie: haaglanden/regiovisie-2023-2026
            periode: {van: 2024, tot: 2025}
            trefwoorden: [Delft, delft]
            ---
            \(headings)
            """)
        let result = await build(fixture)
        let site = try #require(result.site)
        let all = try Self.records(site)
        let postings = try #require(try Self.terms(site, key: "d")["delft"])
        let plan = try #require(all.firstIndex { $0[1] == "haaglanden/delft/plan-2024.html" })
        let planWeight = try #require(stride(from: 0, to: postings.count, by: 2).first { postings[$0] == plan }.map { postings[$0 + 1] })
        #expect(all[postings[0]][1] == "haaglanden/delft/index.html", "\(postings.prefix(6))")
        // More than a name weighed before (title, a heading, summary, place and the whole body).
        #expect(planWeight > SearchIndex.titleWeight + SearchIndex.headingWeight + 2 * SearchIndex.summaryWeight + SearchIndex.bodyCap)
        // However many headings name it, a document stays below the page.
        let many = SearchIndex.weights(title: "Delft", headings: Array(repeating: "Delft", count: 400), keywords: [], summary: "Delft",
                                       place: "Delft", text: "Delft", stopwords: [])
        #expect(many["delft"] == SearchIndex.documentCap)
    }

    @Test("regiovisie haaglanden: de regiopagina wordt niet gevonden op woorden uit haar omschrijving, dus alleen de regiovisie heeft beide woorden")
    func visionBeforeRegionForBothWords() async throws {
        let region = (SiteFixture.valid.files["haaglanden/regio.yaml"] ?? "") + "omschrijving: De regiovisie van Haaglanden bundelt de aanpak.\n"
        let site = try #require(await build(try Self.places().with("=== haaglanden/regio.yaml\n" + region)).site)
        let all = try Self.records(site)
        let regionPage = try #require(all.firstIndex { $0[1] == "haaglanden/index.html" })
        let has = { (term: String) in
            let postings = (try? Self.terms(site, key: String(term.prefix(1)))[term]) ?? []
            return stride(from: 0, to: postings.count, by: 2).contains { postings[$0] == regionPage }
        }
        #expect(has("haaglanden") && has("delft"), "by its name and its members")
        #expect(!has("regiovisie") && !has("bundelt"), "not by its description")
        #expect(site.html("haaglanden/index.html")?.contains("De regiovisie van Haaglanden bundelt de aanpak.") == true, "the page still shows it")
    }

    @Test("een losse regio zoekt in haar eigen pagina's; de site zonder toetsing heeft geen themapagina's om te vinden")
    func placesInAStandaloneRegion() async throws {
        let site = try #require(await build(try Self.places(), scope: .region(Slug("haaglanden")!)).site)
        let records = try Self.records(site)
        #expect(records.filter { $0[2] == "Regio" }.map(\.[1]) == ["index.html"])
        #expect(records.filter { $0[2] == "Gemeente" }.map(\.[1]) == ["den-haag/index.html", "delft/index.html"])
        #expect(site.file("zoeken/documenten-0.js") != nil && site.file("west-brabant/zoeken/index.js") == nil)
        let plain = try #require(await build(SiteFixture.valid).site)
        #expect(try Self.records(plain).filter { $0[2] == "Thema" }.isEmpty)
    }

    @Test("regio serve maakt dezelfde zoekindex op verzoek als build schrijft, voor de hele site en elke regio")
    func placesOnDemandAsBuilt() async throws {
        let fixture = try Self.places()
        let built = try #require(await build(fixture).site)
        var options = BuildOptions(content: fixture.fileSystem, theme: DiskFileSystem(root: RepositoryPaths.defaultTheme), parallelism: 2, today: testToday)
        options.rendersOnDemand = true
        let served = try #require(await BuildPipeline.run(options).onDemandSite)
        let searchFiles = built.files.map(\.path.description).filter { $0.contains("zoeken/") }
        #expect(searchFiles.count > 10)
        for path in searchFiles {
            #expect(await served.file(at: path) == built.file(path), "\(path)")
        }
    }

    @Test("vraagwoorden zijn stopwoorden: 'hoeveel meldingen' zoekt op meldingen")
    func questionWordsAreStopwords() {
        let stopwords = Stopwords.list(for: .nl)
        for word in ["hoeveel", "waar", "wanneer", "welke", "welk", "wat", "hoe", "wie", "waarom"] {
            #expect(stopwords.contains(word), "\(word)")
        }
        #expect(Stopwords.list(for: .en).isSuperset(of: ["how", "what", "when", "where", "which", "who", "why", "hoeveel"]))
        let weights = SearchIndex.weights(title: "Hoeveel meldingen krijgt Veilig Thuis?", headings: [], keywords: [], summary: "", place: "",
                                          text: "", stopwords: stopwords)
        #expect(weights["hoeveel"] == nil && weights["meldingen"] == SearchIndex.titleWeight)
    }
}
