extension DiagnosticCode {
    /// What the finding means and how to fix it, for `regio uitleg CODE`.
    public var explanation: String {
        switch self {
        case .unreadableFile:
            "Regio kon een bestand niet lezen. Controleer of het bestand bestaat en leesbaar is (rechten)."
        case .notUTF8:
            "Het bestand is geen geldige UTF-8-tekst. Sla het op als UTF-8 (in de meeste editors: 'Opslaan als', codering UTF-8)."
        case .fileTooLarge:
            "Het bestand is groter dan Regio toestaat. Splits de tekst in meerdere documenten of zet grote cijferreeksen in een factsheet."
        case .missingSiteFile:
            "De inhoudsmap mist `site.yaml` met minstens `titel`. Maak het bestand aan in de hoofdmap van de inhoud."
        case .missingRegionFile:
            "Een map met documenten op het hoogste niveau is een regio en heeft een `regio.yaml` nodig met naam, centrumgemeenten en gemeenten."
        case .misplacedDocument:
            "Elk type document heeft een vaste plek: een regiovisie in `<regio>/`, een beleidsplan in `<regio>/<gemeente>/`, een factsheet in `factsheets/` (landelijk) of `<regio>/factsheets/` (regio of gemeente)."
        case .missingFrontMatter:
            "Een document begint met front matter: een regel `---`, YAML-velden zoals `type` en `titel`, en weer een regel `---`."
        case .unclosedFrontMatter:
            "De front matter begint met `---` maar wordt niet afgesloten. Zet een regel met alleen `---` na de laatste YAML-regel."
        case .yamlSyntax:
            "De YAML is niet geldig. Let op inspringing (spaties, geen tabs), een dubbele punt na elke sleutel en aanhalingstekens rond tekst met `:` of `#`."
        case .duplicateKey:
            "Een sleutel staat twee keer in dezelfde YAML. Houd er één over."
        case .unknownKey:
            "Deze sleutel kent Regio niet op deze plek. Vaak is het een tikfout of een Engelse naam; Regio stelt de dichtstbijzijnde bekende sleutel voor."
        case .wrongType:
            "De waarde heeft het verkeerde soort: bijvoorbeeld tekst waar een getal, lijst of datum hoort."
        case .missingField:
            "Een verplicht veld ontbreekt. Voeg het toe in de front matter of in het YAML-bestand."
        case .invalidValue:
            "De waarde is niet een van de toegestane waarden. De melding noemt welke waarden wel kunnen."
        case .invalidDate:
            "Een datum schrijft u als JJJJ-MM-DD, bijvoorbeeld 2024-03-14, en moet bestaan."
        case .invalidPath:
            "Een slug of verwijzing mag alleen kleine letters, cijfers en koppeltekens bevatten, en geen `..` of een pad dat met `/` begint."
        case .regionMismatch:
            "Het veld `regio` moet gelijk zijn aan de map waarin het document staat. Verplaats het document of pas het veld aan."
        case .municipalityMismatch:
            "Het veld `gemeente` moet gelijk zijn aan de gemeentemap waarin het document staat (CBS-code of slug)."
        case .unknownMunicipality:
            "Deze gemeente staat niet in de `gemeenten` van de regio in `regio.yaml`. Voeg haar toe of gebruik de juiste CBS-code."
        case .municipalityInTwoRegions:
            "Een gemeente hoort bij één regio. Haal haar uit één van de twee `regio.yaml`-bestanden."
        case .duplicateMunicipality:
            "Dezelfde CBS-code of slug staat twee keer in de gemeenten van een regio."
        case .invalidPeriod:
            "Een periode heeft `van` en `tot` als jaartallen, met `van` niet later dan `tot`."
        case .unknownReference:
            "De verwijzing wijst naar een document dat niet bestaat. Schrijf het pad vanaf de inhoudsmap zonder `.md`, bijvoorbeeld `haaglanden/regiovisie-2023-2026`."
        case .wrongReferenceType:
            "De verwijzing wijst naar een document van een ander type dan hier nodig is (bijvoorbeeld een factsheet waar een regiovisie hoort)."
        case .planOutsideVision:
            "De periode van een lokaal plan moet overlappen met die van de regiovisie waarnaar het verwijst. Verwijs naar de regiovisie die in de planperiode geldt, of pas de periode aan."
        case .overlappingVisions:
            "De versies van de regiovisie van één regio mogen elkaar in de tijd niet overlappen, en `vorige` wijst naar een eerdere periode. Pas de periodes aan of zet de oude versie op `vervallen` met een eerdere periode."
        case .brokenLink:
            "Een link in de tekst wijst naar een bestand dat niet bestaat. Controleer de bestandsnaam en het relatieve pad (`../` voor een map hoger)."
        case .brokenAnchor:
            "Een link wijst naar een kop (`#...`) die in het doeldocument niet bestaat. Koppen krijgen een id van hun tekst: kleine letters, zonder accenten, spaties als koppeltekens."
        case .templateSyntax:
            "Een sjabloon van het thema is geen geldige Mustache. Controleer dat elke `{{#sectie}}` een `{{/sectie}}` heeft."
        case .pipeTable:
            "CommonMark kent geen tabellen met `|`: de tekst verschijnt als gewone alinea. Zet cijfers in `cijfers` van een factsheet; Regio maakt er een echte tabel van."
        case .taskList:
            "CommonMark kent geen takenlijsten (`- [ ]`): de haken verschijnen letterlijk. Schrijf een gewone lijst, of zet de status in de tekst."
        case .strikethrough:
            "CommonMark kent geen doorhalen met `~~`: de tildes verschijnen letterlijk. Laat vervallen tekst weg; git bewaart de vorige versie."
        }
    }
}
