import RegioMarkdown

/// What the author is told about a construct cmark shows other than meant (`MarkdownNotice`): a
/// GitHub table, HTML, an address without a link, an image without a description.
extension MarkdownNotice {
    /// The finding at `location`, the notice's place in the file.
    func finding(at location: SourceLocation) -> Diagnostic {
        switch kind {
        case .pipeTable:
            Diagnostic(.pipeTable, "deze tabel met `|` wordt als gewone tekst getoond: CommonMark kent geen tabellen", at: location,
                       fixIt: isTableOfWords
                           ? "schrijf elke rij als een punt van een lijst (`- 2027: warme overdracht (wijkteam)`), of geef elke rij een kop `###` met de tekst eronder"
                           : "zet de cijfers onder `cijfers:` in een factsheet; Regio maakt er een tabel van")
        case .taskList:
            Diagnostic(.taskList, "`[ ]` wordt letterlijk getoond: CommonMark kent geen takenlijsten", at: location,
                       fixIt: "schrijf een gewone lijst en zet de stand van zaken in de tekst")
        case .strikethrough:
            Diagnostic(.strikethrough, "`~~` wordt letterlijk getoond: CommonMark kent geen doorhalen", at: location,
                       fixIt: "laat vervallen tekst weg; de vorige versie blijft in git bewaard")
        case .rawHTML:
            Diagnostic(.rawHTML, "HTML in de tekst (`\(detail)`) staat niet op de pagina: Regio laat HTML weg, met de tekst die erin staat", at: location,
                       notes: ["een nieuwe alinea is een lege regel; **vet** en *schuin* schrijft u met sterretjes; een regel afbreken doet u met een \\ aan het eind"],
                       fixIt: "schrijf het als Markdown, of zet `html_toestaan: ja` in site.yaml als de HTML van een vertrouwde bron komt")
        case .linkWithSpace:
            Diagnostic(.linkWithSpace, "`\(detail)` is geen link geworden: een linkadres mag geen spatie bevatten", at: location,
                       fixIt: "geef het bestand een naam zonder spaties (met koppeltekens), of zet het adres tussen < en >: `(<adres met spatie.md>)`")
        case .imageNotAnImage:
            Diagnostic(.imageNotAnImage, "`\(detail)` staat er als afbeelding (`![…](…)`), maar een browser toont alleen png, jpg, gif, svg en webp als afbeelding", at: location,
                       fixIt: "maak er een gewone link van door het uitroepteken weg te halen: `[…](\(detail))`")
        case .linkWithoutAddress:
            Diagnostic(.linkWithoutAddress, "de link `[\(detail)]()` heeft geen adres en leidt nergens heen", at: location,
                       fixIt: "zet tussen de haakjes waar de link heen gaat, zoals `(../regiovisie-2023-2026.md)`, of haal de blokhaken weg")
        case .externalImage:
            Diagnostic(.externalImage, "de afbeelding `\(detail)` staat op een andere website: de site laadt niets van elders, dus de lezer ziet een kapot plaatje", at: location,
                       fixIt: "download de afbeelding, zet het bestand naast het document en verwijs ernaar: `![…](\(Self.savedName(of: detail)))`")
        case .bareAddress:
            Diagnostic(.bareAddress, "`\(detail)` wordt geen link: Markdown maakt alleen een link van een adres tussen < en >, of van [tekst](adres)", at: location,
                       fixIt: "schrijf `<\(Self.withScheme(detail))>`, of met een eigen linktekst: `[omschrijving](\(Self.withScheme(detail)))`")
        case .footnote:
            Diagnostic(.footnote, "`\(detail)` is een voetnoot, maar CommonMark kent geen voetnoten: de tekens en de toelichting komen letterlijk op de pagina", at: location,
                       fixIt: "zet de toelichting in de zin zelf of tussen haakjes erachter; een bron wordt een link: `[naam van de bron](https://…)`")
        case .headingWithoutSpace:
            Diagnostic(.headingWithoutSpace, "`\(detail)` is geen kop: er staat geen spatie na de #-tekens, dus de lezer ziet een regel tekst met #-tekens", at: location,
                       fixIt: "zet een spatie na de #-tekens: `\(Self.spaced(detail))`")
        case .imageWithoutText:
            Diagnostic(.imageWithoutText, "de afbeelding `\(detail)` heeft geen beschrijving: wie niet kan zien wat erop staat, krijgt niets", at: location,
                       fixIt: "schrijf tussen de blokhaken wat de afbeelding laat zien, zoals `![Kaart van de gemeenten in de regio](\(detail))`")
        }
    }

    /// `###Opvang` as the heading it was meant to be: `### Opvang`.
    static func spaced(_ line: String) -> String {
        let hashes = line.prefix { $0 == "#" }
        return hashes + " " + line.dropFirst(hashes.count)
    }

    /// The last part of an address's path, as a file name to save it under: `logo.png`.
    static func savedName(of address: String) -> String {
        let path = address.split(separator: "?", maxSplits: 1).first.map { $0.split(separator: "#", maxSplits: 1).first ?? $0 } ?? ""
        return path.split(separator: "/").last.map(String.init) ?? "afbeelding.png"
    }

    /// A browser needs the scheme to leave the site: `www.veiligthuis.nl` alone is a file next to the page.
    static func withScheme(_ address: String) -> String {
        address.hasPrefix("www.") ? "https://" + address : address
    }
}
