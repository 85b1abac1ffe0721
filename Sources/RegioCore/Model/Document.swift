/// The three kinds of document Regio knows.
public enum DocumentType: String, Sendable, CaseIterable {
    case regiovisie, beleidsplan, factsheet

    /// The type with its Dutch article, for sentences in diagnostics: "het beleidsplan".
    public var withArticle: String {
        self == .beleidsplan ? "het beleidsplan" : "de \(rawValue)"
    }
}

/// Where a document is in its life.
public enum DocumentStatus: String, Sendable, CaseIterable {
    case concept, vastgesteld, vervallen
}

/// A reference to another document, with where it was written.
public struct Reference: Sendable, Hashable {
    public let target: ContentPath
    public let location: SourceLocation
}

/// Who published a set of figures.
public struct Source: Sendable, Hashable {
    public let name: String
    public let url: String?
}

/// The keys every document has.
public struct CommonMetadata: Sendable {
    public let type: DocumentType
    public let title: String
    /// Where `titel` stands, for findings about the title.
    public let titleLocation: SourceLocation
    public let summary: String?
    public let status: DocumentStatus
    /// Where `status` stands, for findings about the status.
    public let statusLocation: SourceLocation
    public let adoptedOn: DayDate?
    /// Where `vastgesteld_op` stands, for findings about the date.
    public let adoptedOnLocation: SourceLocation?
    public let version: String?
    /// Ids from the checklist's list of themes, checked once the checklist is known.
    public let themes: [Located<String>]
    public let keywords: [String]
    /// Checklist requirements this document explicitly does not meet, with the reason readers see.
    public let waivers: [Waiver]
}

/// `uitzonderingen: {id: reden}`: a requirement waived on purpose.
public struct Waiver: Sendable, Hashable {
    public let requirement: Located<String>
    public let reason: String
}

extension Array where Element == Document {
    /// Puts `new` where the very object `old` stands (`DocumentEdit` swaps a saved document into every list).
    mutating func replace(_ old: Document, with new: Document) {
        if let index = firstIndex(where: { $0 === old }) { self[index] = new }
    }

    /// Puts a new document into a list sorted by path, where it belongs (`DocumentEdit`).
    mutating func insertSorted(_ document: Document) {
        insert(document, at: insertionIndex(of: document.path, by: \.path))
    }
}

extension Dictionary where Value == [Document] {
    /// Takes the very object `document` out of the list under `key`, and the list when it is empty
    /// (`DocumentEdit` lets a removed document go from every grouping).
    mutating func remove(_ document: Document, under key: Key) {
        self[key]?.removeAll { $0 === document }
        if self[key]?.isEmpty == true { self[key] = nil }
    }
}

/// A document: its place, its metadata by type, and its Markdown body.
/// A class, not a struct: the pipeline passes documents through dictionaries, groups and page contexts
/// thousands of times, and copying a struct of this size was a tenth of a build at 10,000 documents.
/// It is immutable, so sharing it is safe.
public final class Document: Sendable {
    public let path: ContentPath
    public let file: String
    public let placement: Placement
    public let metadata: CommonMetadata
    public let details: Details
    /// The front-matter keys that have a value, for requirements met by a field (`veld`).
    public let presentKeys: Set<String>
    /// A slice of the file's text (see `SplitDocument.body`).
    public let body: Substring
    /// The file line of the body's first line, to turn cmark's body positions into file positions.
    public let bodyFirstLine: Int

    init(path: ContentPath, file: String, placement: Placement, metadata: CommonMetadata, details: Details,
         presentKeys: Set<String>, body: Substring, bodyFirstLine: Int) {
        self.path = path
        self.file = file
        self.placement = placement
        self.metadata = metadata
        self.details = details
        self.presentKeys = presentKeys
        self.body = body
        self.bodyFirstLine = bodyFirstLine
    }

    /// The same document with other details: figures from a CSV file are added after decoding.
    func with(_ details: Details) -> Document {
        Document(path: path, file: file, placement: placement, metadata: metadata, details: details,
                 presentKeys: presentKeys, body: body, bodyFirstLine: bodyFirstLine)
    }

    public enum Details: Sendable {
        case regiovisie(RegiovisieDetails)
        case beleidsplan(BeleidsplanDetails)
        case factsheet(FactsheetDetails)
    }

    /// References written in front matter, to be resolved against the site.
    public var frontMatterReferences: [Reference] {
        switch details {
        case let .regiovisie(details): details.previous.map { [$0] } ?? []
        case let .beleidsplan(details): [details.regiovisie]
        case .factsheet: []
        }
    }

    /// The frameworks named in `kaders`.
    public var frameworks: [Located<String>] {
        switch details {
        case let .regiovisie(details): details.frameworks
        case let .beleidsplan(details): details.frameworks
        case .factsheet: []
        }
    }

    /// Where `kaders` stands in the front matter, when the document has the key.
    public var frameworksLocation: SourceLocation? {
        switch details {
        case let .regiovisie(details): details.frameworksLocation
        case let .beleidsplan(details): details.frameworksLocation
        case .factsheet: nil
        }
    }

    /// The day whose law the document is judged against (DESIGN §3): its adoption, or for a
    /// concept the build's date. An old document without a date is judged at the start of its period.
    public func judgementDate(today: DayDate) -> DayDate {
        if metadata.status == .concept { return today }
        if let adopted = metadata.adoptedOn { return adopted }
        return period.map { DayDate(year: $0.from, month: 1, day: 1) } ?? today
    }

    /// Adopted, with a period that holds `date`: what "the current regiovisie" means (issue 3).
    public func isInForce(on date: DayDate) -> Bool {
        metadata.status == .vastgesteld && period?.contains(year: date.year) == true
    }

    public var period: Period? {
        switch details {
        case let .regiovisie(details): details.period
        case let .beleidsplan(details): details.period
        case .factsheet: nil
        }
    }

    /// Where `periode` is written; the first line when it is not.
    public var periodLocation: SourceLocation {
        let written: SourceLocation? = switch details {
        case let .regiovisie(details): details.periodLocation
        case let .beleidsplan(details): details.periodLocation
        case .factsheet: nil
        }
        return written ?? SourceLocation(file: file, line: 1)
    }
}
