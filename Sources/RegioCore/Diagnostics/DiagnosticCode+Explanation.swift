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
        case .controlCharacter:
            "Het bestand bevat een onzichtbaar stuurteken (zoals een NUL-byte of een escape-teken). Zulke tekens komen mee bij kopiëren uit andere programma's of wijzen op een beschadigd bestand. Verwijder het teken op de genoemde plek."
        case .conflictMarker:
            "Het bestand bevat nog de markeringen van een samenvoegconflict in git (`<<<<<<<`, `=======`, `>>>>>>>`). Kies per conflict welke tekst blijft, verwijder de markeringsregels en sla het bestand opnieuw op."
        case .symbolicLink:
            "Regio volgt geen symbolische links in de inhoudsmap: zo kan geen bestand van buiten de inhoud op de site belanden, en een link die naar zichzelf wijst laat Regio niet eindeloos zoeken. Zet het bestand zelf in de inhoudsmap."
        case .rawHTML:
            "Regio zet geen HTML uit de tekst op de site: die kan scripts of opmaak van buiten bevatten. De HTML verdwijnt met de tekst die erin staat, dus wat u zo schrijft, leest niemand. Schrijf het als Markdown. Komt de HTML van een vertrouwde bron, zet dan `html_toestaan: ja` in site.yaml."
        case .linkWithSpace:
            "In Markdown eindigt een linkadres bij de eerste spatie. Met een spatie erin maakt Regio er geen link van, en de lezer ziet de blokhaken en het adres. Geef het bestand een naam met koppeltekens in plaats van spaties, of zet het adres tussen < en >."
        case .imageNotAnImage:
            "Met `![…](…)` zet u een afbeelding in de tekst. Een browser toont alleen png, jpg, gif, svg en webp als afbeelding; een pdf of Word-bestand verschijnt als een kapot plaatje. Haal het uitroepteken weg, dan wordt het een link naar het bestand."
        case .linkWithoutAddress:
            "Een link `[tekst]()` zonder adres tussen de haakjes leidt nergens heen. Zet het adres erin, of haal de blokhaken weg als het gewone tekst is."
        case .externalImage:
            "Een afbeelding van een andere website (`![…](https://…)`) laadt de site niet: de pagina's halen niets op bij andere partijen (geen tellers, geen lettertypen, geen plaatjes), en de Content-Security-Policy van het thema blokkeert het. De lezer ziet een kapot plaatje. Download de afbeelding, zet het bestand in de inhoudsmap naast het document en verwijs ernaar met een relatief pad. Let op de rechten op de afbeelding."
        case .bareAddress:
            "Een webadres dat los in de tekst staat (`https://…` of `www.…`), maakt Markdown geen link: de lezer ziet het adres, maar kan er niet op klikken. Zet het tussen < en >, of schrijf er een linktekst bij: `[omschrijving](https://…)`. Zet bij een adres dat met `www.` begint `https://` ervoor. Een adres dat als voorbeeld letterlijk moet blijven staan, zet u tussen backticks (`` ` ``)."
        case .footnote:
            "Voetnoten (`[^1]` in de tekst en `[^1]: toelichting` onderaan) kent CommonMark niet: ze komen letterlijk op de pagina, met de blokhaken en het dakje. Word-naar-Markdown-omzetters maken ze wel. Zet de toelichting in de zin zelf of tussen haakjes erachter, en maak van een bron een link."
        case .headingWithoutSpace:
            "Een kop schrijft u met één tot zes #-tekens, een spatie en de tekst: `### Opvang`. Zonder die spatie (`###Opvang`) is het voor Markdown geen kop maar een gewone regel tekst: de lezer ziet de #-tekens, de kop staat niet in de inhoudsopgave, en een hoofdstuk dat de toetsing vraagt, telt als ontbrekend. Zet een spatie na de #-tekens. Moet de regel echt met # beginnen, zet er dan een \\ voor: `\\#MeToo`."
        case .imageWithoutText:
            "Een afbeelding heeft een beschrijving nodig tussen de blokhaken: die leest een schermlezer voor, en die staat er als de afbeelding niet laadt (WCAG 1.1.1). Beschrijf wat de afbeelding laat zien, niet hoe ze eruitziet."
        case .notADocument:
            "Regio leest alleen documenten waarvan de naam op `.md` eindigt, in kleine letters. Kladblok slaat een tekst op als `.md.txt`, en Windows verbergt dat laatste stuk; zo'n bestand staat niet in de site. Hernoem het bestand zodat het op `.md` eindigt (in de Verkenner: Beeld, Bestandsnaamextensies aanzetten)."
        case .unusedFile:
            "Regio zet documenten (`.md`) in de site, en de bestanden waar een document naar linkt, zoals een pdf als bijlage of een afbeelding. Een ander bestand in de inhoudsmap komt niet in de site: een Word-versie van een plan, een pdf waar geen link naar staat. Zet de tekst van een Word-bestand in een `.md`-bestand (`regio new` maakt een begin), link vanuit een document naar een bijlage die gelezen moet kunnen worden, of haal het bestand uit de inhoudsmap."
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
        case .yamlAnchor:
            "YAML-ankers (`&naam`) en -aliassen (`*naam`) gebruikt Regio niet: front matter heeft ze niet nodig, en geneste aliassen kunnen een klein bestand tot miljarden waarden laten uitdijen. Schrijf de waarde voluit."
        case .valueComment:
            "In YAML begint `#` na een spatie een opmerking: de rest van de regel hoort niet bij de waarde. `titel: Plan #2` geeft dus de titel \"Plan\". Zet een waarde met `#` tussen aanhalingstekens; een echte opmerking zet u op een eigen regel."
        case .curlyQuotes:
            "Word maakt van aanhalingstekens gekrulde (“ ” en ‘ ’). YAML kent alleen de rechte \" en ' als aanhalingstekens; gekrulde horen bij de tekst en komen zo op de pagina, in de titel en in de zoekresultaten. Vervang ze door rechte. Een aanhalingsteken binnen een waarde (Het “Geweld hoort nergens thuis”-programma) is gewoon tekst en wordt niet gemeld."
        case .templatePlaceholder:
            "`regio new` zet voorbeeldteksten in de front matter (\"Schrijf in één of twee zinnen wat …\", \"Noem de bron, bijvoorbeeld …\"), en bij een factsheet het voorbeeldadres `https://opendata.cbs.nl/` als `bron.url`, die u vervangt. Blijft er een staan, dan komt die op de pagina, in de zoekresultaten en in de feed alsof iemand hem geschreven heeft, of wijst de bron naar een adres dat er niets mee te maken heeft. Vervang de tekst door uw eigen tekst, en het adres door dat van de echte bron. Een nieuw beleidsplan noemt ook elke indicator uit indicatoren.yaml, met de status `nog-beoordelen`: zolang die er staat, scoort het plan die indicator niet. Kies `op-orde`, `in-ontwikkeling` of `ontbreekt`, of haal de regel weg als het plan de indicator niet behandelt."
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
        case .ambiguousNumber:
            "Een waarde als `\"1.336\"` kan twee getallen zijn: het kommagetal 1,336 (zo leest Regio het, met de punt als decimaalteken) of 1336, met een punt tussen de duizendtallen zoals een Nederlandse tekst of een spreadsheet het schrijft. Aanhalingstekens zeggen niet welke bedoeld is. Schrijf duizendtallen zonder punt (`waarde: 1336`). Is het kommagetal bedoeld, schrijf dan `waarde: !!float 1.336`: `!!float` zegt dat het een kommagetal is. Eindigt zo'n waarde op 0 (`\"6.950\"`), dan is het een fout (`ongeldige-waarde`): een kommagetal schrijft niemand met een nul aan het eind."
        case .figureAfterReferenceYear:
            "Het `peiljaar` van een factsheet is het jaar waarover haar cijfers gaan; gemeenteraden vergelijken factsheets op dat jaar. Een cijfer met een later jaar is meestal een tikfout in `jaar`, of een factsheet die is bijgewerkt zonder het peiljaar mee te nemen. Controleer het jaar van het cijfer, of zet het peiljaar op het jaar van de nieuwste cijfers. Dit geldt ook voor de cijfers uit een `cijferbestand`."
        case .duplicateFigure:
            "Een factsheet noemt elk cijfer één keer: twee cijfers met hetzelfde label, dezelfde eenheid, hetzelfde jaar en dezelfde gemeente zijn meestal een regel die twee keer is geplakt of een oude waarde die is blijven staan. De tabel zou beide tonen, zonder dat een lezer weet welke klopt. Haal een van beide weg. Gaat het om iets anders, geef het cijfer dan een eigen label, jaar of gemeente. Cijfers uit `cijfers` en uit een `cijferbestand` tellen samen."
        case .implausibleFigure:
            "De eenheid van een cijfer sluit de waarde uit: een aantal (meldingen, huisverboden, kinderen) of een percentage is nooit kleiner dan nul, en een percentage niet groter dan 100. Meestal is het een verdwaald minteken, of een aantal bij `eenheid: procent`. Controleer waarde en eenheid. Gaat het om een verandering, zeg dat in de eenheid (`verschil in meldingen`, `procent groei`); dan waarschuwt Regio niet."
        case .invalidDate:
            "Een datum schrijft u als JJJJ-MM-DD, bijvoorbeeld 2024-03-14 (met nullen: 2024-03-04, niet 2024-3-4), en moet bestaan. Schreef u hem anders (14-03-2024, 14 maart 2024, 2024-3-14), dan noemt de melding de datum zoals hij moet."
        case .invalidPath:
            "Een slug of verwijzing mag alleen kleine letters, cijfers en koppeltekens bevatten, en geen `..` of een pad dat met `/` begint."
        case .outputCollision:
            "Twee bestanden komen in de site op dezelfde plek terecht, ook als hun namen alleen in hoofdletters verschillen (op macOS en Windows is `Bijlage.pdf` hetzelfde bestand als `bijlage.pdf`). Geef een van beide een andere naam."
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
            "De verwijzing wijst naar een document dat niet bestaat. Schrijf het pad vanaf de inhoudsmap zonder `.md`, bijvoorbeeld `haaglanden/regiovisie-2023-2026`. Staat de inhoud in git en was het bestand er eerder, dan zegt de melding in welke commit het is verwijderd of hernoemd, en met welk `git checkout`-commando u het terugzet."
        case .wrongReferenceType:
            "De verwijzing wijst naar een document van een ander type dan hier nodig is (bijvoorbeeld een factsheet waar een regiovisie hoort)."
        case .overlappingPlans:
            "Een gemeente heeft per periode één vastgesteld beleidsplan. Twee vastgestelde beleidsplannen met overlappende periodes zijn meestal een achtergebleven kopie of een oud plan dat niet op `vervallen` is gezet; de gemeentepagina toont dan beide als geldend beleid. Zet het oude plan op `status: vervallen`, pas de periode aan of haal de kopie weg. Een uitvoeringsplan (`soort: uitvoeringsplan`) en een concept tellen niet mee."
        case .planOutsideVision:
            "De periode van een lokaal plan moet overlappen met die van de regiovisie waarnaar het verwijst. Verwijs naar de regiovisie die in de planperiode geldt, of pas de periode aan."
        case .overlappingVisions:
            "De versies van de regiovisie van één regio mogen elkaar in de tijd niet overlappen, en `vorige` wijst naar de versie er direct vóór: een eerdere periode, zonder een andere versie ertussen. Pas de periodes aan of zet de oude versie op `vervallen` met een eerdere periode."
        case .missingPrevious:
            "Een regiovisie die op een eerdere versie van dezelfde regio volgt, noemt die versie bij `vorige`. De site zet de versies op volgorde van hun periode, maar `vorige` legt vast welke versie deze vervangt: wie de wijziging nakijkt ziet het, en een vergissing in een periode valt dan op. Alleen de eerste versie van een regio laat `vorige` weg."
        case .visionGap:
            "Tussen twee versies van de regiovisie van een regio ligt een jaar (of meer) zonder regiovisie. Lokale plannen voor die jaren hebben dan geen regiovisie om op aan te sluiten, en op de tijdlijn van de regio lijkt het alsof er geen beleid was. Vaak is het een tikfout in een periode, of begint een nieuwe versie een jaar te laat. Laat de nieuwe versie aansluiten op de vorige, of verleng de vorige versie."
        case .conceptWithAdoptionDate:
            "Een document met `status: concept` heeft een `vastgesteld_op`. Een concept is nog niet vastgesteld; de pagina en elke lijst zouden ‘concept’ tonen naast een datum van vaststelling. Laat `vastgesteld_op` weg tot het bestuur het document heeft vastgesteld, en zet dan `status: vastgesteld` met de datum van het besluit."
        case .referenceToConcept:
            "Een vastgesteld beleidsplan verwijst naar een regiovisie die nog een concept is. Een plan kan alleen aansluiten op een regiovisie die de regio heeft vastgesteld; tot dan geldt de vorige. Verwijs naar de vastgestelde regiovisie voor de periode van het plan, of laat het plan een concept tot de regiovisie is vastgesteld."
        case .nameDisagreesWithPeriod:
            "De bestandsnaam (en daarmee het webadres) of de titel noemt andere jaren dan `periode`. Lezers zien de jaren in de naam en de titel, de site rekent met `periode`; na een verlenging of een tikfout spreken ze elkaar tegen. Pas de periode aan, of de titel, of hernoem het bestand met `git mv` (het webadres verandert dan mee: pas links naar de oude naam aan)."
        case .brokenLink:
            "Een link in de tekst wijst naar een bestand dat niet bestaat. Controleer de bestandsnaam en het relatieve pad (`../` voor een map hoger). Staat de inhoud in git en was het bestand er eerder, dan zegt de melding in welke commit het is verwijderd of hernoemd, en met welk `git checkout`-commando u het terugzet."
        case .figureTextReplaced:
            "Een link naar een cijfer (`cijfer:pad#id`) toont het cijfer uit de factsheet, met eenheid, in plaats van de linktekst: zo staat in elke tekst hetzelfde getal als in de factsheet. Staat er tussen de blokhaken een ander getal of een paar woorden, dan verdwijnen die van de pagina en kan de zin niet meer kloppen. Laat de blokhaken leeg (`[](cijfer:…)`), of schrijf hetzelfde getal; wilt u naar de tabel verwijzen, link dan naar de factsheet zelf."
        case .brokenAnchor:
            "Een link wijst naar een kop (`#...`) die in het doeldocument niet bestaat. Koppen krijgen een id van hun tekst: kleine letters, zonder accenten, spaties als koppeltekens."
        case .unknownIndicator:
            "Een lokaal plan geeft onder `indicatoren` per indicator een status (`op-orde`, `in-ontwikkeling` of `ontbreekt`). De indicatoren zelf staan in `indicatoren.yaml` in de hoofdmap van de inhoud; deze melding betekent dat een id daar niet in staat, of dat er geen `indicatoren.yaml` is. Neem de id over uit dat bestand."
        case .csvSyntax:
            "Een cijferbestand (CSV, genoemd bij `cijferbestand`) kan niet goed worden gelezen: een regel heeft meer of minder velden dan de kopregel, een aanhalingsteken wordt niet gesloten, of het bestand is leeg. De melding noemt de regel in het CSV-bestand. Velden met het scheidingsteken erin (`;` of `,`) staan tussen aanhalingstekens; een aanhalingsteken binnen zo'n veld schrijft u dubbel."
        case .unknownFigure:
            "Een tekst noemt een cijfer uit een factsheet met `[](cijfer:pad#id)`: het pad van de factsheet vanaf de inhoudsmap, zonder `.md`, en de `id` van het cijfer. Regio zet er de waarde met eenheid neer, zoals die in de factsheet staat, met een link naar de tabel. Deze melding betekent dat de factsheet geen cijfer met die id heeft, of dat het pad geen factsheet is. Geef het cijfer in de factsheet een `id`, of verbeter de id in de tekst."
        case .reservedName:
            "Regio maakt zelf pagina's met vaste namen (`index`, `toetsing`) en mappen (`assets`, `landelijk`, `factsheets`). Een document of gemeentemap met zo'n naam zou zo'n pagina overschrijven. Kies een andere bestandsnaam, bijvoorbeeld `regiovisie-2023-2026.md`."
        case .noCurrentVision:
            "Elke regio heeft precies één geldende regiovisie: vastgesteld, met een periode waarin de peildatum (vandaag, of `--datum`) valt. Stel de nieuwe regiovisie vast (`status: vastgesteld` met `vastgesteld_op`), of verleng de periode van de huidige als de regio dat heeft besloten."
        case .unknownFramework:
            "Een kader-id staat niet in `kaders.yaml`. Gebruik de id van het kader zoals het onder `kaders:` in `kaders.yaml` staat, bijvoorbeeld `wmo-2015` of `meldcode-2013`. Regio stelt voor wat erop lijkt: een id met een tikfout, het begin van een id (`wmo` → `wmo-2015`), of een woord uit de naam of afkorting van een kader (`meldcode` → `meldcode-2013` of `meldcode-besluit`); lijkt niets erop, dan noemt de melding alle kaders met hun naam."
        case .lapsedFramework:
            "Een document noemt in `kaders` een kader dat volgens `vervallen_op` in `kaders.yaml` al was vervallen toen de periode van het document begon, zoals een landelijk programma dat is afgelopen. Het document bouwt dan op iets dat niet meer bestaat. Haal het kader weg of noem wat ervoor in de plaats kwam. Vervalt een kader pas tijdens de periode, dan mag het blijven staan. Een concept wordt beoordeeld op de dag van de controle, zoals de toetsing dat doet: zolang het kader nog geldt, kan een eis er nog om vragen, en komt deze waarschuwing pas op de dag dat het vervalt."
        case .unknownTheme:
            "Een thema staat niet in de lijst `themas:` van `kaders.yaml`. Kies een thema uit die lijst of voeg het daar toe, zodat alle documenten dezelfde namen gebruiken."
        case .unknownEvidence:
            "Het `bewijs` van een eis in `kaders.yaml` kent drie soorten: `sectie` (lijst van kopnamen), `verwijzing` (een kader-id dat in `kaders` van het document moet staan) en `veld` (een veld in de front matter). Voorbeeld:\n\n    bewijs:\n      sectie: [Veilig Thuis]\n      verwijzing: wmo-2015"
        case .duplicateID:
            "Een id in `kaders.yaml` (van een thema, kader of eis) staat twee keer, of een eis heeft de naam van een vaste meldingscode van Regio. Een eis mag alleen opnieuw voorkomen als nieuwe versie met een latere `geldig_vanaf`."
        case .invalidValidity:
            "De geldigheid van een eis klopt niet: `geldig_tot` ligt vóór `geldig_vanaf`, of de eis geldt vanaf een datum waarop het kader nog niet in werking was. Pas de datums aan aan de bron."
        case .overlappingRequirements:
            "Dezelfde eis staat meer dan eens in `kaders.yaml` met periodes die overlappen. Versies van een eis volgen elkaar op: zet `geldig_tot` van de oude versie op de dag vóór `geldig_vanaf` van de nieuwe."
        case .unknownRequirement:
            "Een uitzondering in `uitzonderingen` noemt een eis die niet in `kaders.yaml` staat. Gebruik de code uit de melding van de eis (bijvoorbeeld `wmo-opvang`); Regio stelt de dichtstbijzijnde voor."
        case .needlessWaiver:
            "Een uitzondering is niet nodig: de eis geldt niet voor dit document (ander type, of niet op de datum van vaststelling), of het document voldoet er al aan. Haal de uitzondering weg, zodat lezers niet op het verkeerde been worden gezet."
        case .requirementNotMet:
            "Een document voldoet niet aan een eis uit het toetsingskader (`kaders.yaml`). De melding draagt de code van de eis; `regio uitleg <code>` toont de eis, het kader en wat als bewijs telt. Voeg de gevraagde sectie toe (een kop met tekst eronder), noem het kader in `kaders`, of leg een uitzondering vast met een reden: `uitzonderingen: {<code>: \"reden\"}`."
        case .templateSyntax:
            "Een sjabloon van het thema is geen geldige Mustache. Controleer dat elke `{{#sectie}}` een `{{/sectie}}` heeft."
        case .incompleteTheme:
            "Het thema mist een sjabloon, een bestand in `assets/` of een tekst in `strings/` die de pagina's gebruiken. Zonder dat bestand zouden pagina's leeg of zonder opmaak worden geschreven, dus bouwt Regio niet. Kopieer het ontbrekende bestand uit `themes/default/`, of voeg de tekst toe."
        case .unknownTemplateName:
            "Een sjabloon van het thema noemt een naam die Regio aan geen enkele pagina geeft, meestal een tikfout (`{{titl}}` voor `{{title}}`). Mustache toont een onbekende naam als niets, dus zonder deze waarschuwing zou elke pagina stil een lege plek krijgen, of een sectie (`{{#naam}}`) nooit tonen. Regio stelt de naam voor die erop lijkt; de sjablonen in `themes/default/templates/` gebruiken alle namen die Regio geeft."
        case .pipeTable:
            "CommonMark kent geen tabellen met `|`: de tekst verschijnt als gewone alinea. Zet cijfers in `cijfers` van een factsheet; Regio maakt er een echte tabel van. Een tabel van acties of afspraken (wie, wat, wanneer) schrijft u als lijst, of met een kop `###` per actie."
        case .taskList:
            "CommonMark kent geen takenlijsten (`- [ ]`): de haken verschijnen letterlijk. Schrijf een gewone lijst, of zet de status in de tekst."
        case .strikethrough:
            "CommonMark kent geen doorhalen met `~~`: de tildes verschijnen letterlijk. Laat vervallen tekst weg; git bewaart de vorige versie."
        case .bodyTitle:
            "Een kop met één `#` is een paginatitel (`<h1>`). De pagina heeft die al: de `titel` uit de front matter. Een tweede titel verwart schermlezers en herhaalt vaak de eerste. Begin hoofdstukken met `##`; haal een kop weg die de titel herhaalt."
        case .emptySection:
            "Een kop zonder tekst eronder (tot de volgende kop van hetzelfde niveau) staat op de pagina als een leeg hoofdstuk. Een aanwijzing tussen `<!--` en `-->`, zoals `regio new` die onder elke kop zet, telt niet als tekst. Schrijf het hoofdstuk, of haal de kop weg. Een kop die de toetsing nodig heeft, meldt de toetsing zelf (als fout of waarschuwing van die eis); deze waarschuwing geldt voor de andere, ook voor een hoofdstuk over een eis die al gedekt is doordat het document het kader noemt."
        case .duplicateHeading:
            "Twee hoofdstukken (`##`) met dezelfde naam zijn meestal een stuk tekst dat twee keer is geplakt. De tweede kop krijgt een andere id (`#preventie-2`), dus een link naar `#preventie` gaat altijd naar de eerste, en de inhoudsopgave noemt de naam twee keer. Voeg de hoofdstukken samen of geef ze elk een eigen naam. Subkoppen (`###`) mogen onder verschillende hoofdstukken wel dezelfde naam hebben."
        case .headingTypo:
            "Een kop telt voor een eis van de toetsing als hij begint met een van de namen die de eis aanneemt: `Monitoring en verantwoordnig` telt als `Monitoring`. Lijkt de hele kop op een andere aangenomen naam, op een letter of twee na, dan is het waarschijnlijk een tikfout, die zo op de site en in de inhoudsopgave komt. Verbeter de kop; bedoelde u echt iets anders, laat hem dan staan: het is een waarschuwing."
        case .figureOfOtherMunicipality:
            "Een factsheet met `schaal: gemeente` gaat over één gemeente, die onder `gemeente`. Een cijfer met een andere `gemeente` erbij zet Regio op de pagina van die andere gemeente, met het label en de toelichting uit deze factsheet, en het telt daar mee in het gemiddelde van de regio. Zet het cijfer in een factsheet over die gemeente zelf, of in een regionale factsheet (`schaal: regio`): alleen die zet cijfers van meer gemeenten naast elkaar. Wilt u in de tekst vergelijken, citeer het cijfer dan uit die factsheet met `[](cijfer:pad#id)`."
        case .noFigures:
            "Een factsheet is er voor zijn cijfers: de tabel, de vergelijking met andere gemeenten en de cijfers die teksten citeren. Een factsheet met `cijfers: []`, zoals `regio new factsheet` die schrijft, heeft er nog geen. Dat is een fout, zodat de site niet verschijnt met een lege factsheet; het voorbeeld (`regio serve`) toont de pagina wel al, zodat u ziet hoe hij wordt terwijl u de cijfers invult. Zet elk cijfer op een eigen regel onder `cijfers:`, of zet ze in een CSV-bestand en noem dat bij `cijferbestand`."
        case .unitRepeated:
            "Een cijfer dat een tekst citeert met `[](cijfer:pad#id)` komt met zijn eenheid uit de factsheet: de pagina toont `127.340 meldingen`. Staat de eenheid ook in de tekst na de link, dan leest de lezer haar twee keer: `127.340 meldingen meldingen`. Haal het woord na de link weg. Past de eenheid niet in de zin, verander dan de zin, of de `eenheid` in de factsheet."
        }
    }
}
