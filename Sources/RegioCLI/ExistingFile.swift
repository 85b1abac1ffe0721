import Foundation
import RegioCore

/// What already stands where `regio new` would write, and what the author should do about it.
/// `new` never overwrites a document, and never tells anyone to delete one: the file may be the
/// author's own unfinished work, or a colleague's factsheet that happens to have the same name.
enum ExistingFile {
    /// Nothing there: write.
    case none
    /// A file of nothing but white space: there is nothing to lose, so `new` fills it.
    case empty
    /// A document Regio can read.
    case document(Document)
    /// Text that is not (yet) a readable document.
    case unreadable

    static func at(_ url: URL, path: String, in snapshot: ContentSnapshot) -> ExistingFile {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return FileManager.default.fileExists(atPath: url.path) ? .unreadable : .none
        }
        if let text = String(data: data, encoding: .utf8), text.allSatisfy(\.isWhitespace) { return .empty }
        return snapshot.documents.first { $0.file == path }.map(ExistingFile.document) ?? .unreadable
    }
}

/// The factsheet `regio new factsheet` was asked for: whose it is and the name given.
struct FactsheetRequest {
    let region: Region
    let municipality: Municipality?
    let name: Slug
}

/// The sentence `regio new` refuses with when a file is already there.
struct OverwriteRefusal {
    let label: String
    let existing: ExistingFile
    let snapshot: ContentSnapshot
    let factsheet: FactsheetRequest?
    /// Whether a file name (relative to the content folder) is taken, for the free name to suggest.
    let isTaken: (String) -> Bool

    var message: String {
        let what: String
        var advice: String
        switch existing {
        case let .document(document):
            what = describe(document)
            if let factsheet, !isSameOwner(document, factsheet) {
                return "regio: \(label) bestaat al: \(what). Regio overschrijft geen bestaand document; kies een vrije naam, zoals `--naam \(freeName(for: factsheet))`"
            }
            advice = document.metadata.status == .concept ? "open het bestand en schrijf verder" : "open het bestand om het bij te werken"
            if factsheet == nil, document.metadata.status != .concept {
                advice += "; een nieuwe versie krijgt een eigen periode (--periode)"
            }
        case .none, .empty, .unreadable:
            what = "het is nog geen document dat Regio kan lezen (`regio check` zegt waarom)"
            advice = "open het bestand en schrijf verder"
        }
        if factsheet != nil { advice += ", of kies met --naam een andere naam voor een nieuwe factsheet" }
        return "regio: \(label) bestaat al: \(what). Regio overschrijft geen bestaand document; \(advice)"
    }

    /// "de factsheet ‘Cijfers Delft 2025’ van Delft (concept)".
    private func describe(_ document: Document) -> String {
        var text = "\(document.metadata.type.withArticle) ‘\(document.metadata.title)’"
        if case let .factsheet(details) = document.details {
            text += " van " + owner(of: details, in: document)
        }
        return text + " (\(document.metadata.status.rawValue))"
    }

    private func owner(of details: FactsheetDetails, in document: Document) -> String {
        let region = snapshot.regions.first { $0.slug == document.placement.region }
        if let code = details.municipality, let municipality = region?.municipality(code: code) { return municipality.displayName }
        if let code = details.municipality { return code.value }
        return "de regio \(region?.name ?? document.placement.region?.value ?? "")"
    }

    private func isSameOwner(_ document: Document, _ request: FactsheetRequest) -> Bool {
        guard case let .factsheet(details) = document.details else { return false }
        return details.municipality == request.municipality?.code
    }

    /// The name with the owner's folder name in front (`den-haag-meldingen-2025`), numbered when
    /// that is taken too: a regional folder holds the factsheets of all its municipalities.
    private func freeName(for request: FactsheetRequest) -> String {
        let owner = request.municipality?.slug.value ?? request.region.slug.value
        let base = request.name.value.hasPrefix(owner + "-") ? request.name.value : "\(owner)-\(request.name.value)"
        let folder = "\(request.region.slug.value)/factsheets/"
        var name = base
        var number = 2
        while isTaken(folder + name + ".md") {
            name = "\(base)-\(number)"
            number += 1
        }
        return name
    }
}
