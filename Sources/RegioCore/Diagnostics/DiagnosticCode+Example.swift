// Over 400 lines on purpose: it is a catalogue, one short example per code in the order of
// `DiagnosticCode`, like `DiagnosticCode+Explanation.swift`. Split, a reader would have to look for
// a code's example in several files; the exhaustive switch keeps it complete.
extension DiagnosticCode {
    /// A small before-and-after for `regio uitleg CODE`: what triggers the finding and what fixes it.
    public var example: String {
        switch self {
        // Reading files
        case .unreadableFile:
            """
            Situatie: Regio mag het bestand niet lezen, bijvoorbeeld omdat alleen een andere gebruiker
            het mag openen, of het bestand is net verplaatst of verwijderd:
                -rw------- 1 beheer beheer 48213 content/haaglanden/regiovisie-2023-2026.md
            Oplossing: controleer dat het bestand bestaat en maak het leesbaar:
                chmod a+r content/haaglanden/regiovisie-2023-2026.md
            """
        case .controlCharacter:
            """
            Fout (een NUL-byte of escape-teken, onzichtbaar in de meeste editors, hier als \\0):
                titel: Regiovisie\\0 Haaglanden
            Goed:
                titel: Regiovisie Haaglanden
            """
        case .conflictMarker:
            """
            Fout (na `git merge` of `git pull` met een conflict):
                <<<<<<< HEAD
                status: concept
                =======
                status: vastgesteld
                >>>>>>> visie-2025
            Goed (één versie gekozen, markeringen weg):
                status: vastgesteld
            """
        case .rawHTML:
            """
            Fout:  <p>Alinea uit Word</p>
            Goed:  Alinea uit Word
                   (met een lege regel ervoor en erna)
            """
        case .linkWithSpace:
            """
            Fout:  [de regiovisie](../regiovisie 2024-2027.md)
            Goed:  [de regiovisie](../regiovisie-2024-2027.md)
            """
        case .imageNotAnImage:
            """
            Fout:  ![de kaart](kaart.pdf)
            Goed:  [de kaart](kaart.pdf)
            """
        case .linkWithoutAddress:
            """
            Fout:  Zie [de regiovisie]().
            Goed:  Zie [de regiovisie](../regiovisie-2023-2026.md).
            """
        case .externalImage:
            """
            Fout:  ![Logo Veilig Thuis](https://www.veiligthuis.nl/logo.png)
            Goed:  ![Logo Veilig Thuis](logo-veilig-thuis.png)
                   (met logo-veilig-thuis.png in dezelfde map als het document)
            """
        case .bareAddress:
            """
            Fout:  Meer informatie op www.veiligthuis.nl.
            Goed:  Meer informatie op <https://www.veiligthuis.nl>.
            Goed:  Meer informatie bij [Veilig Thuis](https://www.veiligthuis.nl).
            """
        case .footnote:
            """
            Fout:  Het aantal meldingen steeg[^1].

                   [^1]: Bron: CBS, 2023.
            Goed:  Het aantal meldingen steeg (bron: [CBS, 2023](https://www.cbs.nl/nl-nl/cijfers/detail/84849NED)).
            """
        case .headingWithoutSpace:
            """
            Waarschuwing (geen kop, maar een regel tekst):
                ###Opvang
            Goed:
                ### Opvang
            """
        case .imageWithoutText:
            """
            Fout:  ![](kaart.png)
            Goed:  ![Kaart van de negen gemeenten van Haaglanden](kaart.png)
            """
        case .notADocument:
            """
            Fout:  content/drenthe/emmen/beleidsplan-2024-2027.md.txt
            Goed:  content/drenthe/emmen/beleidsplan-2024-2027.md
            """
        case .unusedFile:
            """
            Situatie: content/drenthe/emmen/beleidsplan-2024-2027.docx, en geen document linkt ernaar
            Goed:     content/drenthe/emmen/beleidsplan-2024-2027.md, of in een document:
                [Het plan als Word-bestand](beleidsplan-2024-2027.docx)
            """
        case .symbolicLink:
            """
            Situatie: content/haaglanden/regiovisie.md is een symbolische link
                regiovisie.md -> /home/beheer/documenten/regiovisie.md
            Oplossing: kopieer het bestand zelf in de inhoudsmap
                cp --remove-destination /home/beheer/documenten/regiovisie.md content/haaglanden/regiovisie.md
            """
        case .notUTF8:
            """
            Situatie: het bestand is opgeslagen in een oude Windows-codering (bijvoorbeeld vanuit
            Word), zodat tekens als "één" en "financiën" geen geldige UTF-8 zijn.
            Oplossing: sla het op als UTF-8 (Opslaan als, codering UTF-8), of zet het om:
                cd content/haaglanden/zoetermeer
                iconv -f CP1252 -t UTF-8 uitvoeringsplan-2024.md > tmp.md
                mv tmp.md uitvoeringsplan-2024.md
            """
        case .fileTooLarge:
            """
            Situatie: een bestand is groter dan 8 MB, bijvoorbeeld een factsheet met een volledige
            CBS-export in `cijfers` of een regiovisie met een ingeplakte bijlage. Zoek het zo op:
                find content -size +8M
            Oplossing: zet in `cijfers` alleen de cijfers die de factsheet bespreekt, en maak van een
            lange bijlage een eigen document, bijvoorbeeld een factsheet in haaglanden/factsheets/.
            """
        case .missingSiteFile:
            """
            Situatie: in de inhoudsmap (standaard content/, anders --content MAP) staat geen site.yaml.
            Oplossing: maak content/site.yaml aan met minstens `titel` (in site.yaml):
                titel: Beleid huiselijk geweld en kindermishandeling
                taal: nl
            """
        case .missingRegionFile:
            """
            Situatie: de map content/haaglanden/ bevat documenten, maar geen regio.yaml.
            Oplossing: maak content/haaglanden/regio.yaml aan (in regio.yaml):
                naam: Haaglanden
                centrumgemeenten: [GM0518, GM0503]
                gemeenten:
                  - {code: GM0518, naam: "'s-Gravenhage", slug: den-haag}
                  - {code: GM0503, naam: Delft}
                  - {code: GM0637, naam: Zoetermeer}
            """
        case .misplacedDocument:
            """
            Fout (in de front matter van haaglanden/beleidsplan-2024-2027.md):
                type: beleidsplan
            Goed (een beleidsplan staat in de map van zijn gemeente):
                git mv content/haaglanden/beleidsplan-2024-2027.md content/haaglanden/den-haag/
            """

        // Front matter and YAML
        case .missingFrontMatter:
            """
            Fout (bovenaan regiovisie-2023-2026.md):
                ## Inleiding
            Goed:
                ---
                type: regiovisie
                titel: "Regiovisie huiselijk geweld en kindermishandeling Haaglanden 2023-2026"
                status: concept
                periode: {van: 2023, tot: 2026}
                ---
                ## Inleiding
            """
        case .unclosedFrontMatter:
            """
            Fout (in de front matter):
                ---
                type: regiovisie
                periode: {van: 2023, tot: 2026}
                ## Inleiding
            Goed:
                type: regiovisie
                periode: {van: 2023, tot: 2026}
                ---
                ## Inleiding
            """
        case .yamlSyntax:
            """
            Fout (in de front matter):
                titel: Regiovisie Haaglanden: samen voor veiligheid thuis
                themas: [partnergeweld, kindermishandeling
            Goed:
                titel: "Regiovisie Haaglanden: samen voor veiligheid thuis"
                themas: [partnergeweld, kindermishandeling]
            """
        case .yamlAnchor:
            """
            Fout (in de front matter):
                samenvatting: &kort Samen voor veiligheid thuis
                lead: *kort
            Goed:
                samenvatting: Samen voor veiligheid thuis
            """
        case .valueComment:
            """
            Waarschuwing (in de front matter; de titel wordt "Beleidsplan"):
                titel: Beleidsplan #1 Den Haag
            Goed:
                titel: "Beleidsplan #1 Den Haag"
            """
        case .curlyQuotes:
            """
            Waarschuwing (in de front matter; de titel op de pagina krijgt de aanhalingstekens):
                titel: “Beleidsplan Emmen 2024-2027”
            Goed:
                titel: "Beleidsplan Emmen 2024-2027"
            """
        case .templatePlaceholder:
            """
            Fout:  samenvatting: "Schrijf in één of twee zinnen wat Emmen in deze periode doet."
            Goed:  samenvatting: "Emmen versterkt de hulp na een melding en begint met een wijkaanpak."
            """
        case .duplicateKey:
            """
            Fout (in de front matter):
                status: concept
                vastgesteld_op: 2023-03-16
                status: vastgesteld
            Goed:
                status: vastgesteld
                vastgesteld_op: 2023-03-16
            """

        // Schema
        case .unknownKey:
            """
            Fout (in de front matter):
                title: Regiovisie Haaglanden 2023-2026
            Goed:
                titel: Regiovisie Haaglanden 2023-2026
            """
        case .wrongType:
            """
            Fout (in de front matter):
                periode: 2023-2026
                themas: partnergeweld
            Goed:
                periode: {van: 2023, tot: 2026}
                themas: [partnergeweld]
            """
        case .missingField:
            """
            Fout (in de front matter):
                type: regiovisie
                titel: "Regiovisie huiselijk geweld en kindermishandeling Haaglanden 2023-2026"
                status: vastgesteld
                periode: {van: 2023, tot: 2026}
            Goed (bij status vastgesteld hoort de datum van vaststelling):
                status: vastgesteld
                vastgesteld_op: 2023-03-16
            """
        case .invalidValue:
            """
            Fout (in de front matter):
                status: definitief
                soort: kadernota
            Goed (status: concept, vastgesteld of vervallen; soort: beleidsplan, uitvoeringsplan
            of wmo-kadernota):
                status: vastgesteld
                soort: wmo-kadernota
            """
        case .ambiguousNumber:
            """
            Waarschuwing (in een factsheet; Regio publiceert 1,336 meldingen):
                cijfers:
                  - {label: Meldingen, waarde: "1.336", eenheid: meldingen, jaar: 2023}
            Goed (duizendtallen):
                  - {label: Meldingen, waarde: 1336, eenheid: meldingen, jaar: 2023}
            Goed (het kommagetal is bedoeld):
                  - {label: Meldingen per 1.000 inwoners, waarde: !!float 1.336, jaar: 2023}
            """
        case .figureAfterReferenceYear:
            """
            Waarschuwing (in een factsheet over 2024):
                peiljaar: 2024
                cijfers:
                  - {label: Meldingen, waarde: 7100, eenheid: meldingen, jaar: 2025}
            Goed (het peiljaar is het jaar van de nieuwste cijfers):
                peiljaar: 2025
            """
        case .duplicateFigure:
            """
            Fout (in een factsheet):
                cijfers:
                  - {label: Meldingen, waarde: 6905, eenheid: meldingen, jaar: 2024}
                  - {label: Meldingen, waarde: 7100, eenheid: meldingen, jaar: 2024}
            Goed (het tweede cijfer was van een ander jaar):
                  - {label: Meldingen, waarde: 6905, eenheid: meldingen, jaar: 2024}
                  - {label: Meldingen, waarde: 7100, eenheid: meldingen, jaar: 2025}
            """
        case .implausibleFigure:
            """
            Waarschuwing (in een factsheet):
                  - {label: Meldingen, waarde: -5, eenheid: meldingen, jaar: 2024}
                  - {label: Aandeel herhaalde meldingen, waarde: 138, eenheid: procent, jaar: 2024}
            Goed:
                  - {label: Meldingen, waarde: 5, eenheid: meldingen, jaar: 2024}
                  - {label: Aandeel herhaalde meldingen, waarde: 13.8, eenheid: procent, jaar: 2024}
                  - {label: Verschil met 2023, waarde: -5, eenheid: verschil in meldingen, jaar: 2024}
            """
        case .invalidDate:
            """
            Fout (in de front matter):
                vastgesteld_op: 16-03-2023
            Goed:
                vastgesteld_op: 2023-03-16
            """
        case .invalidPath:
            """
            Fout (in de front matter):
                vorige: ../haaglanden/Regiovisie 2019-2022
            Goed:
                vorige: haaglanden/regiovisie-2019-2022
            """

        // The model
        case .outputCollision:
            """
            Fout (beide gelinkt vanuit het plan van Delft):
                content/haaglanden/delft/Bijlage.pdf
                content/haaglanden/delft/bijlage.pdf
            Goed:
                content/haaglanden/delft/bijlage-2024.pdf
                content/haaglanden/delft/bijlage-2025.pdf
            """
        case .regionMismatch:
            """
            Fout (in de front matter van haaglanden/regiovisie-2023-2026.md):
                regio: den-haag
            Goed:
                regio: haaglanden
            """
        case .municipalityMismatch:
            """
            Fout (in de front matter van haaglanden/zoetermeer/uitvoeringsplan-2024.md):
                gemeente: GM0518
            Goed (GM0518 is Den Haag; Zoetermeer is GM0637):
                gemeente: GM0637
            """
        case .unknownMunicipality:
            """
            Fout (in de front matter van haaglanden/factsheets/veilig-thuis-zoetermeer-2023.md):
                schaal: gemeente
                gemeente: GM0546
            Goed (GM0546 is Leiden, geen gemeente van Haaglanden; Zoetermeer is GM0637):
                schaal: gemeente
                gemeente: GM0637
            """
        case .municipalityInTwoRegions:
            """
            Fout (in holland-rijnland/regio.yaml, terwijl haaglanden/regio.yaml Zoetermeer ook noemt):
                gemeenten:
                  - code: GM0546
                    naam: Leiden
                  - code: GM0637
                    naam: Zoetermeer
            Goed (Zoetermeer hoort bij Haaglanden en staat alleen in haaglanden/regio.yaml):
                gemeenten:
                  - code: GM0546
                    naam: Leiden
            """
        case .duplicateMunicipality:
            """
            Fout (in regio.yaml):
                gemeenten:
                  - {code: GM0518, naam: "'s-Gravenhage", slug: den-haag}
                  - {code: GM0503, naam: Delft}
                  - {code: GM0518, naam: Den Haag}
            Goed:
                gemeenten:
                  - {code: GM0518, naam: "'s-Gravenhage", slug: den-haag}
                  - {code: GM0503, naam: Delft}
            """
        case .invalidPeriod:
            """
            Fout (in de front matter):
                periode: {van: 2026, tot: 2023}
            Goed:
                periode: {van: 2023, tot: 2026}
            """
        case .reservedName:
            """
            Fout (de naam van het bestand):
                content/haaglanden/index.md
                content/haaglanden/toetsing.md
            Goed (een naam met type en jaartal):
                git mv content/haaglanden/index.md content/haaglanden/regiovisie-2023-2026.md
            """

        // References between documents
        case .unknownReference:
            """
            Fout (in de front matter):
                regiovisie: haaglanden/regiovisie-2023-2027
            Goed:
                regiovisie: haaglanden/regiovisie-2023-2026
            """
        case .wrongReferenceType:
            """
            Fout (in de front matter van een beleidsplan):
                regiovisie: haaglanden/factsheets/den-haag-huisverboden
            Goed:
                regiovisie: haaglanden/regiovisie-2023-2026
            """
        case .overlappingPlans:
            """
            Waarschuwing (twee vastgestelde plannen van Den Haag):
                den-haag/beleidsplan-2020-2023.md    status: vastgesteld, periode: {van: 2020, tot: 2023}
                den-haag/beleidsplan-2023-2026.md    status: vastgesteld, periode: {van: 2023, tot: 2026}
            Goed (het oude plan is vervallen):
                den-haag/beleidsplan-2020-2023.md    status: vervallen
            """
        case .planOutsideVision:
            """
            Fout (in de front matter van zoetermeer/uitvoeringsplan-2024.md):
                regiovisie: haaglanden/regiovisie-2019-2022
                periode: {van: 2024, tot: 2024}
            Goed (de regiovisie die in 2024 geldt):
                regiovisie: haaglanden/regiovisie-2023-2026
                periode: {van: 2024, tot: 2024}
            """
        case .overlappingVisions:
            """
            Fout (in de front matter van haaglanden/regiovisie-2023-2026.md):
                periode: {van: 2022, tot: 2026}
                vorige: haaglanden/regiovisie-2019-2022
            Goed (de vorige versie loopt tot en met 2022):
                periode: {van: 2023, tot: 2026}
                vorige: haaglanden/regiovisie-2019-2022
            """
        case .missingPrevious:
            """
            Waarschuwing (in de front matter van haaglanden/regiovisie-2023-2026.md, na regiovisie-2019-2022.md):
                periode: {van: 2023, tot: 2026}
            Goed:
                periode: {van: 2023, tot: 2026}
                vorige: haaglanden/regiovisie-2019-2022
            """
        case .visionGap:
            """
            Waarschuwing (in de front matter van haaglanden/regiovisie-2028-2031.md, na regiovisie-2023-2026.md):
                periode: {van: 2028, tot: 2031}
                vorige: haaglanden/regiovisie-2023-2026
            Goed (2027 valt niet tussen twee versies):
                periode: {van: 2027, tot: 2031}
                vorige: haaglanden/regiovisie-2023-2026
            """
        case .conceptWithAdoptionDate:
            """
            Waarschuwing (in de front matter van haaglanden/regiovisie-2027-2030.md):
                status: concept
                vastgesteld_op: 2027-03-15
            Goed (tot het besluit):
                status: concept
            Goed (na het besluit):
                status: vastgesteld
                vastgesteld_op: 2027-03-15
            """
        case .referenceToConcept:
            """
            Waarschuwing (in de front matter van haaglanden/delft/beleidsplan-2027-2030.md):
                status: vastgesteld
                regiovisie: haaglanden/regiovisie-2027-2030      (status: concept)
            Goed (het plan wacht op de vastgestelde regiovisie):
                status: concept
                regiovisie: haaglanden/regiovisie-2027-2030
            """
        case .nameDisagreesWithPeriod:
            """
            Waarschuwing (haaglanden/regiovisie-2023-2026.md, verlengd tot en met 2027):
                titel: Regiovisie Haaglanden 2023-2026
                periode: {van: 2023, tot: 2027}
            Goed (titel en bestandsnaam noemen dezelfde jaren):
                git mv haaglanden/regiovisie-2023-2026.md haaglanden/regiovisie-2023-2027.md
                titel: Regiovisie Haaglanden 2023-2027
                periode: {van: 2023, tot: 2027}
            """
        case .figureTextReplaced:
            """
            Waarschuwing (in de tekst van haaglanden/regiovisie-2023-2026.md; de factsheet zegt 336 huisverboden):
                In 2014 werden [zes](cijfer:haaglanden/factsheets/den-haag-huisverboden#huisverboden-2014) opgelegd.
            Goed (de pagina toont "336 huisverboden"):
                In 2014 werden [](cijfer:haaglanden/factsheets/den-haag-huisverboden#huisverboden-2014) opgelegd.
            """
        case .brokenLink:
            """
            Fout (in de tekst van haaglanden/den-haag/beleidsplan-2024-2027.md):
                Dit plan werkt de [Regiovisie Haaglanden 2023-2026](regiovisie-2023-2026.md) uit.
            Goed (de regiovisie staat een map hoger):
                Dit plan werkt de [Regiovisie Haaglanden 2023-2026](../regiovisie-2023-2026.md) uit.
            """
        case .unknownIndicator:
            """
            Fout (indicatoren.yaml kent `signaleren-bespreken` niet):
                indicatoren: {signaleren-bespreken: op-orde}
            Goed:
                indicatoren: {eerder-signaleren-en-bespreken: op-orde}
            """
        case .csvSyntax:
            """
            Fout (regel 3 heeft een veld te veel: de `;` in de toelichting scheidt velden):
                label;waarde;jaar;toelichting
                Meldingen;1.234;2023;voorlopig
                Adviezen;2.345;2023;voorlopig; afgerond
            Goed:
                Adviezen;2.345;2023;"voorlopig; afgerond"
            """
        case .unknownFigure:
            """
            Fout (in de tekst; de factsheet heeft geen cijfer met id meldingen-2032):
                Veilig Thuis kreeg [](cijfer:factsheets/veilig-thuis-landelijk-2023#meldingen-2032).
            Goed (in de factsheet staat `- {id: meldingen-2023, label: Meldingen, waarde: 127340, eenheid: meldingen, jaar: 2023}`;
            de pagina toont "Veilig Thuis kreeg 127.340 meldingen."):
                Veilig Thuis kreeg [](cijfer:factsheets/veilig-thuis-landelijk-2023#meldingen-2023).
            """
        case .brokenAnchor:
            """
            Fout (in de tekst):
                Zie de [analyse in de regiovisie](../regiovisie-2023-2026.md#analyse).
            Goed (de kop "## Analyse: aard en omvang" krijgt de id analyse-aard-en-omvang):
                Zie de [analyse in de regiovisie](../regiovisie-2023-2026.md#analyse-aard-en-omvang).
            """
        case .noCurrentVision:
            """
            Waarschuwing (in de front matter van haaglanden/regiovisie-2023-2026.md):
                status: concept
                periode: {van: 2023, tot: 2026}
            Goed (de colleges hebben de regiovisie vastgesteld):
                status: vastgesteld
                vastgesteld_op: 2023-03-16
                periode: {van: 2023, tot: 2026}
            """

        // The legal-framework checklist (kaders.yaml) and how documents use it
        case .unknownFramework:
            """
            Fout (in de front matter):
                kaders: [wmo, jeugdwet, meldcode]
            Goed:
                kaders: [wmo-2015, jeugdwet, meldcode-2013]
            """
        case .unknownTheme:
            """
            Fout (in de front matter):
                themas: [partnergeweld, eergerelateerd, plegerhulp]
            Goed:
                themas: [partnergeweld, eergerelateerd-geweld, plegeraanpak]
            """
        case .unknownEvidence:
            """
            Fout (in kaders.yaml):
                bewijs:
                  kop: [Opvang, Vrouwenopvang]
            Goed:
                bewijs:
                  sectie: [Opvang, Vrouwenopvang]
            """
        case .duplicateID:
            """
            Fout (in kaders.yaml):
                themas:
                  - {id: opvang, naam: Opvang}
                  - {id: opvang, naam: Vrouwenopvang}
            Goed:
                themas:
                  - {id: opvang, naam: Opvang}
            """
        case .invalidValidity:
            """
            Fout (in kaders.yaml; het kader ghnt vervalt op 2022-01-01):
                - id: ghnt-actielijnen
                  kader: ghnt
                  geldig_vanaf: 2018-04-25
            Goed:
                - id: ghnt-actielijnen
                  kader: ghnt
                  geldig_vanaf: 2018-04-25
                  geldig_tot: 2021-12-31
            """
        case .overlappingRequirements:
            """
            Fout (in kaders.yaml):
                - id: meldcode-vroegsignalering
                  geldig_vanaf: 2013-07-01
                - id: meldcode-vroegsignalering
                  geldig_vanaf: 2019-01-01
            Goed (de eerste versie eindigt de dag vóór de tweede):
                - id: meldcode-vroegsignalering
                  geldig_vanaf: 2013-07-01
                  geldig_tot: 2018-12-31
            """
        case .unknownRequirement:
            """
            Fout (in de front matter):
                uitzonderingen:
                  samenhang-veilig-thuis: "Staat in het beleidsplan jeugd van de gemeente."
            Goed:
                uitzonderingen:
                  jeugdwet-samenhang-veilig-thuis: "Staat in het beleidsplan jeugd van de gemeente."
            """
        case .needlessWaiver:
            """
            Waarschuwing (in de front matter van zoetermeer/uitvoeringsplan-2024.md):
                kaders: [wmo-2015, jeugdwet, meldcode-2013]
                uitzonderingen:
                  wmo-opvang: "De opvang is regionaal geregeld."
            Goed (wmo-opvang geldt alleen voor een regiovisie; de uitzondering kan weg):
                kaders: [wmo-2015, jeugdwet, meldcode-2013]
            """
        case .requirementNotMet:
            """
            Fout (in de tekst van haaglanden/regiovisie-2023-2026.md; geen kop Opvang):
                ## Veilig Thuis
                Veilig Thuis Haaglanden is het advies- en meldpunt voor de hele regio.
                ## Monitoring en evaluatie
            Goed:
                ## Opvang
                Wie vanwege huiselijk geweld thuis weggaat, kan terecht in de vrouwenopvang in de regio.
            Of leg een uitzondering met een reden vast, die lezers te zien krijgen (in de front matter):
                uitzonderingen:
                  wmo-opvang: "De opvang staat in het regionale opvangplan van de centrumgemeenten."
            """

        // The theme
        case .templateSyntax:
            """
            Fout (in themes/default/templates/document-item.mustache):
                {{#hasSummary}}
                <p class="doc-summary">{{summary}}</p>
                </li>
            Goed:
                {{#hasSummary}}
                <p class="doc-summary">{{summary}}</p>
                {{/hasSummary}}
                </li>
            """

        case .incompleteTheme:
            """
            Fout (een thema zonder het sjabloon dat elke pagina omlijst):
                mijn-thema/templates/document.mustache
                mijn-thema/templates/portal.mustache
                …
            Goed (kopieer wat ontbreekt uit themes/default/):
                mijn-thema/templates/layout.mustache
                mijn-thema/templates/document.mustache
                …
            """

        case .unknownTemplateName:
            """
            Waarschuwing (in mijn-thema/templates/document.mustache):
                <h1>{{titl}}</h1>
            Goed:
                <h1>{{title}}</h1>
            """

        // Markdown that CommonMark does not support
        case .pipeTable:
            """
            Waarschuwing (in de tekst van een factsheet):
                | Jaar | Meldingen |
                |------|-----------|
                | 2023 | 270       |
            Goed (in de front matter; Regio maakt er een tabel van):
                cijfers:
                  - label: Meldingen bij Veilig Thuis
                    waarde: 270
                    jaar: 2023
                    gemeente: GM0106
            """
        case .taskList:
            """
            Waarschuwing (in de tekst):
                - [x] Lokale nulmeting opgesteld
                - [ ] Publiekscampagne over het herkennen van geweld
            Goed:
                - Lokale nulmeting: opgesteld in het tweede kwartaal van 2024.
                - Publiekscampagne over het herkennen van geweld: gepland voor het najaar van 2024.
            """
        case .strikethrough:
            """
            Waarschuwing (in de tekst):
                De regiovisie geldt tot en met ~~2022~~ 2026.
            Goed:
                De regiovisie geldt tot en met 2026.
            """
        case .bodyTitle:
            """
            Waarschuwing (de tekst begint met de titel nog een keer):
                titel: Regiovisie West-Brabant 2026-2029
                ---
                # Regiovisie West-Brabant 2026-2029
                ## Inleiding
            Goed:
                titel: Regiovisie West-Brabant 2026-2029
                ---
                ## Inleiding
            """
        case .lapsedFramework:
            """
            Waarschuwing (in kaders.yaml: `vervallen_op: 2027-01-01` bij `nap-sggsg`):
                periode: {van: 2027, tot: 2029}
                kaders: [wmo-2015, jeugdwet, nap-sggsg]
            Goed:
                kaders: [wmo-2015, jeugdwet]
            """
        case .emptySection:
            """
            Waarschuwing (alleen de aanwijzing van `regio new` staat onder de kop):
                ## Kindermishandeling

                <!-- Schrijf hier welke maatregelen de gemeente neemt. -->

                ## Veilig Thuis
            Goed:
                ## Kindermishandeling

                Etten-Leur traint alle consultatiebureaus in de meldcode.
            """
        case .duplicateHeading:
            """
            Waarschuwing (regel 12 en regel 40):
                ## Preventie
                ...
                ## Preventie
            Goed: één hoofdstuk `## Preventie`, of twee namen:
                ## Preventie op school
                ## Preventie in de wijk
            """
        case .headingTypo:
            """
            Waarschuwing (telt voor `Monitoring`, maar is een tikfout van `Monitoring en verantwoording`):
                ## Monitoring en verantwoordnig
            Goed:
                ## Monitoring en verantwoording
            """

        // Figures and where they are shown
        case .figureOfOtherMunicipality:
            """
            Waarschuwing (in west-brabant/factsheets/veilig-thuis-etten-leur.md, met `schaal: gemeente` en `gemeente: GM0777`):
                cijfers:
                  - {label: Meldingen bij Veilig Thuis, waarde: 540, eenheid: meldingen, jaar: 2024, gemeente: GM1674}
            Goed (in west-brabant/factsheets/veilig-thuis-roosendaal.md, met `schaal: gemeente` en `gemeente: GM1674`):
                cijfers:
                  - {id: meldingen-2024, label: Meldingen bij Veilig Thuis, waarde: 540, eenheid: meldingen, jaar: 2024}
            en ter vergelijking in de tekst van Etten-Leur:
                Roosendaal telde in 2024 [](cijfer:west-brabant/factsheets/veilig-thuis-roosendaal#meldingen-2024).
            """
        case .noFigures:
            """
            Fout (zoals `regio new factsheet` de factsheet begint):
                cijfers: []
            Goed:
                cijfers:
                  - {id: meldingen-2024, label: Meldingen bij Veilig Thuis, waarde: 540, eenheid: meldingen, jaar: 2024}
            """
        case .unitRepeated:
            """
            Waarschuwing (in de tekst; de factsheet geeft `eenheid: meldingen`, de pagina toont "127.340 meldingen meldingen"):
                Landelijk ontving Veilig Thuis in 2023 [](cijfer:factsheets/veilig-thuis-landelijk-2023#meldingen-2023) meldingen.
            Goed (de pagina toont "127.340 meldingen"):
                Landelijk ontving Veilig Thuis in 2023 [](cijfer:factsheets/veilig-thuis-landelijk-2023#meldingen-2023).
            """
        }
    }
}
