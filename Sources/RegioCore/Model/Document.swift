/// The three kinds of document Regio knows.
public enum DocumentType: String, Sendable, CaseIterable {
    case regiovisie, beleidsplan, factsheet
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
    public let summary: String?
    public let status: DocumentStatus
    public let adoptedOn: DayDate?
    public let version: String?
    public let themes: [String]
    public let keywords: [String]
}

/// A document: its place, its metadata by type, and its Markdown body.
public struct Document: Sendable {
    public let path: ContentPath
    public let file: String
    public let placement: Placement
    public let metadata: CommonMetadata
    public let details: Details
    public let body: String
    /// The file line of the body's first line, to turn cmark's body positions into file positions.
    public let bodyFirstLine: Int

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

    public var period: Period? {
        switch details {
        case let .regiovisie(details): details.period
        case let .beleidsplan(details): details.period
        case .factsheet: nil
        }
    }
}
