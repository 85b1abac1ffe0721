import Testing
@testable import RegioCore

/// What libyaml says reaches authors in Dutch, without its name, and a `#` that cuts a value short is pointed out.
@Suite("YAML: meldingen in het Nederlands, opmerkingen na een waarde")
struct YAMLMessagesTests {
    private let source = YAMLSource(file: "plan.md", lineOffset: 1)

    @Test("geen Engels van libyaml in de melding of de toelichting", arguments: [
        "titel: Plan\nkaders:\n\t- wmo-2015",
        "titel: \"Plan\nstatus: concept",
        "titel: 'Plan\nstatus: concept",
        "kaders: [wmo-2015, jeugdwet\nstatus: concept",
        "periode: {van: 2024, tot: 2025\n",
        "%YAML 2.0\n---\ntitel: Plan",
        "titel: !<vreemd Plan",
        "titel: \"Plan \\q\"",
        "- a\nb: c",
        "titel: Plan\n  status: concept",
        "titel: a: b",
        "titel: |0\n  tekst",
        "titel: 's-Gravenhage\nstatus: concept",
        "titel: 'Emmen's beleidsplan'\nstatus: concept",
        "titel: “Plan: deel 2”\nstatus: concept",
        "versie:1.0\nstatus: concept",
        "status: concept\nversie:\u{A0}1.0",
    ])
    func dutchOnly(_ text: String) throws {
        var warnings: [Diagnostic] = []
        guard case let .failure(diagnostic) = YAMLLoader.parse(text, source: source, warnings: &warnings) else {
            Issue.record("geen fout voor \(text)")
            return
        }
        let said = ([diagnostic.message] + diagnostic.notes).joined(separator: " ")
        for english in ["libyaml", "while ", "found ", "expected", "did not", "could not", "mapping", "scalar", "token", "directive"] {
            #expect(!said.contains(english), "\(said)")
        }
        #expect(diagnostic.location.file == "plan.md")
    }

    @Test("een melding die libyaml later toevoegt wordt een algemene Nederlandse zin")
    func unknownMessage() {
        #expect(YAMLMessages.dutch("found something new") == "hier klopt de YAML niet")
        #expect(YAMLMessages.dutch("did not find expected key") == "hier wordt een sleutel verwacht; controleer de inspringing")
    }

    @Test("een # na een spatie achter een gewone waarde wordt gemeld, ook in een lijst; tussen aanhalingstekens, in een tekstblok of op een eigen regel niet")
    func commentsAfterValues() {
        let text = """
        titel: Plan #1 Delft
        kleur: "#ff0000"
        code: a#b
        # een opmerking op een eigen regel
        kaders:
          - wmo-2015 # de wet
          - 'jeugdwet # niet'
        tekst: |
          een blok met # erin
        leeg: # alleen een opmerking
        """
        var warnings: [Diagnostic] = []
        guard case .success = YAMLLoader.parse(text, source: source, warnings: &warnings) else {
            Issue.record("de YAML werd niet gelezen")
            return
        }
        #expect(warnings.map(\.code) == [.valueComment, .valueComment])
        #expect(warnings.map(\.location) == [SourceLocation(file: "plan.md", line: 2, column: 13), SourceLocation(file: "plan.md", line: 7, column: 14)])
        #expect(warnings.map(\.message) == ["`#1 Delft` telt niet mee: in YAML begint `#` na een spatie een opmerking",
                                            "`# de wet` telt niet mee: in YAML begint `#` na een spatie een opmerking"])
        #expect(warnings.last?.fixIt?.contains("`- \"wmo-2015 # de wet\"`") == true, "\(warnings.last?.fixIt ?? "")")
    }
}

@Suite("YAML: schrijffouten uit Kladblok en Word")
struct YAMLTypingMistakeTests {
    private let source = YAMLSource(file: "plan.md", lineOffset: 1)

    @Test("een sleutel zonder spatie na de dubbele punt, of met een vaste spatie; een adres of tijd is er geen")
    func missingColonSpace() throws {
        let plain = try #require(MissingColonSpace("versie:1.0"))
        #expect((plain.key, plain.value, plain.noBreakSpace, plain.colonOffset) == ("versie", "1.0", false, 6))
        let noBreak = try #require(MissingColonSpace("vastgesteld_op:\u{A0}2024-07-04"))
        #expect((noBreak.key, noBreak.value, noBreak.noBreakSpace) == ("vastgesteld_op", "2024-07-04", true))
        for text in ["versie: 1.0", "https://www.cbs.nl", "12:30", "Plan", "versie:", "- a:b"] {
            #expect(MissingColonSpace(text) == nil, "\(text)")
        }
    }

    @Test("een sleutel die verder naar rechts staat dan die erboven (een spatie te veel aan het begin): die regel, met wat er moet")
    func keyIndentedFurtherThanAbove() throws {
        for (text, line, message, fixIt) in [
            ("type: factsheet\n peiljaar: 2024", 3,
             "ongeldige YAML: `peiljaar:` staat 1 spatie verder naar rechts dan `type:` op regel 2, dus leest YAML deze regel als het vervolg van die waarde",
             "haal de spatie aan het begin van regel 3 weg"),
            ("titel: Plan\n# opmerking\n\n   status: concept", 5,
             "ongeldige YAML: `status:` staat 3 spaties verder naar rechts dan `titel:` op regel 2, dus leest YAML deze regel als het vervolg van die waarde",
             "haal de spaties aan het begin van regel 5 weg"),
            ("periode:\n  van: 2024\n   tot: 2025", 4,
             "ongeldige YAML: `tot:` staat 1 spatie verder naar rechts dan `van:` op regel 3, dus leest YAML deze regel als het vervolg van die waarde",
             "laat `tot:` in kolom 3 beginnen, net als `van:`"),
            ("cijfers:\n  - label: A\n     waarde: 1", 4,
             "ongeldige YAML: `waarde:` staat 1 spatie verder naar rechts dan `label:` op regel 3, dus leest YAML deze regel als het vervolg van die waarde",
             "laat `waarde:` in kolom 5 beginnen, net als `label:`"),
        ] {
            var warnings: [Diagnostic] = []
            guard case let .failure(diagnostic) = YAMLLoader.parse(text, source: source, warnings: &warnings) else {
                Issue.record("geen fout voor \(text)")
                continue
            }
            #expect(diagnostic.message == message, "\(text)")
            #expect(diagnostic.location == SourceLocation(file: "plan.md", line: line, column: 1), "\(text)")
            #expect(diagnostic.fixIt == fixIt, "\(text)")
            #expect(diagnostic.notes == ["is de regel wél het vervolg van de tekst, zet die hele waarde dan tussen aanhalingstekens"])
        }
        // Text that runs on with a colon in it is not a key: the general message stays.
        var warnings: [Diagnostic] = []
        if case let .failure(diagnostic) = YAMLLoader.parse("samenvatting: een lange zin\n  die doorloopt: met een dubbele punt", source: source, warnings: &warnings) {
            #expect(!diagnostic.message.contains("verder naar rechts"), "\(diagnostic.message)")
        } else {
            Issue.record("geen fout")
        }
    }

    @Test("regels met `-` onder `cijfers: []` (zoals regio new het begint): de `[]` is de fout, op haar eigen regel")
    func entriesUnderEmptyList() throws {
        for (text, line) in [
            ("type: factsheet\ncijfers: []\n  - {label: A, waarde: 1, jaar: 2025}\n  - {label: B, waarde: 2, jaar: 2025}", 3),
            ("type: factsheet\ncijfers: []\n\n# de cijfers van 2025\n- {label: A, waarde: 1, jaar: 2025}", 3),
        ] {
            var warnings: [Diagnostic] = []
            guard case let .failure(diagnostic) = YAMLLoader.parse(text, source: source, warnings: &warnings) else {
                Issue.record("geen fout voor \(text)")
                continue
            }
            #expect(diagnostic.message == "ongeldige YAML: `cijfers: []` is een lege lijst, dus de regels met `-` eronder horen er niet bij")
            #expect(diagnostic.location == SourceLocation(file: "plan.md", line: line, column: 10))
            #expect(diagnostic.fixIt == "haal `[]` weg, zodat er `cijfers:` staat met de regels met `-` eronder")
        }
        // A list entry under another key is not this mistake.
        var warnings: [Diagnostic] = []
        if case let .failure(other) = YAMLLoader.parse("type: factsheet\ntitel: Cijfers\n- a", source: source, warnings: &warnings) {
            #expect(!other.message.contains("[]"), "\(other.message)")
        }
    }

    @Test("een sleutel zonder spatie tussen accolades geeft één melding, niet ook nog dat hij ontbreekt")
    func missingColonSpaceInFlowIsOneFinding() throws {
        var diagnostics: [Diagnostic] = []
        guard case let .success(node) = YAMLLoader.parse("periode: {van:2024, tot: 2025}", source: source, warnings: &diagnostics) else {
            Issue.record("de YAML werd niet gelezen")
            return
        }
        let fields = try #require(YAMLFields.read(node, source: source, subject: "de front matter", allowedKeys: ["periode"], diagnostics: &diagnostics))
        let period = fields.object("periode", allowedKeys: ["van", "tot"], subject: "`periode`", &diagnostics)
        _ = period?.int("van", required: true, &diagnostics)
        #expect(diagnostics.map(\.code) == [.unknownKey])
        #expect(diagnostics.first?.location == SourceLocation(file: "plan.md", line: 2, column: 14))
    }

    @Test("gekrulde aanhalingstekens om de hele waarde worden gemeld, een citaat erbinnen en een apostrof niet", arguments: [
        ("titel: “Plan Emmen”", "\"Plan Emmen\""),
        ("titel: „Plan Emmen”", "\"Plan Emmen\""),
        ("titel: ‘Emmen’s plan’", "\"Emmen’s plan\""),
        ("titel: “Plan Emmen", "\"Plan Emmen\""),
        ("titel: Plan Emmen”", "\"Plan Emmen\""),
        ("kaders:\n  - “wmo-2015”", "\"wmo-2015\""),
        ("titel: Het “Geweld hoort nergens thuis”-programma", nil),
        ("titel: “Geweld hoort nergens thuis” in Emmen", nil),
        ("titel: ’s-Hertogenbosch", nil),
        ("titel: \"“Geweld hoort nergens thuis”\"", nil),
    ] as [(String, String?)])
    func curlyQuotes(_ text: String, fixed: String?) {
        var warnings: [Diagnostic] = []
        guard case .success = YAMLLoader.parse(text, source: source, warnings: &warnings) else {
            Issue.record("de YAML werd niet gelezen: \(text)")
            return
        }
        #expect(warnings.map(\.code) == (fixed == nil ? [] : [.curlyQuotes]), "\(text)")
        if let fixed {
            #expect(warnings.first?.fixIt?.hasSuffix("\(fixed)`") == true, "\(warnings.first?.fixIt ?? "")")
        }
    }
}

@Suite("YAML: waar de oorzaak van een fout staat")
struct YAMLErrorPlacesTests {
    @Test("een open aanhalingsteken: de eerste waarde die er een opent en niet sluit; `\\\"` en `''` sluiten niet")
    func unclosedQuotes() {
        let text = """
        a: "gesloten \\" nog binnen"
        b: 'zo''n tekst'
        c: 's-Gravenhage' en meer
        d: 's-Gravenhage
        e: "open
        """
        #expect(YAMLErrorPlaces.unclosedQuote(in: text, before: 5)?.line == 4)
        #expect(YAMLErrorPlaces.unclosedQuote(in: text, before: 5)?.column == 4)
        #expect(YAMLErrorPlaces.unclosedQuote(in: text, before: 3) == nil)
        #expect(YAMLErrorPlaces.unclosedQuote(in: "a: zo'n ding\nb: 12\"", before: 2) == nil)
    }

    @Test("een dubbele sleutel: de regels waarop hij staat, ook in een lijst")
    func keyLines() {
        #expect(YAMLErrorPlaces.lines(ofKey: "titel", in: "titel: a\nb: c\n  titel: d\n- titel: e\ntitels: f") == [1, 3, 4])
    }
}
