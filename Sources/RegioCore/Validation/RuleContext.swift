/// What a site-wide rule may look at: the decoded regions and documents, the rendered bodies'
/// headings and links, the checklist and each document's coverage of it.
public struct RuleContext: Sendable {
    public let regions: [Slug: Region]
    public private(set) var documents: [ContentPath: Document]
    /// Headings per document, from rendering.
    public private(set) var headings: [ContentPath: [DocumentHeading]]
    /// Links between documents found in bodies.
    public private(set) var bodyLinks: [ContentPath: [DocumentLink]]
    /// Every Markdown file found, also those that could not be decoded.
    public private(set) var documentFiles: Set<String>
    /// Files that exist but are known only in part, because of an error of their own: a document or a
    /// `regio.yaml` that did not decode or has an error, a factsheet whose figure file did not read. A
    /// rule says nothing that would follow only from what is missing: that file's own error is the one to fix.
    public let incompleteFiles: Set<String>
    /// The checklist, when the content has a sound `kaders.yaml`.
    public let checklist: Checklist?
    /// The content has no `kaders.yaml` at all (rather than one that does not decode).
    public let checklistIsMissing: Bool
    public private(set) var coverage: [ContentPath: DocumentCoverage]
    /// The build's date: concepts are judged against it, and the current regiovisie is the one whose period holds it.
    public let today: DayDate
    /// The monitor's indicators, when the content has a sound `indicatoren.yaml`.
    public var indicators: IndicatorSet? = nil
    /// Every file of the output and the content file it comes from (pages and copied files).
    public var outputs: [OutputClaim] {
        get { claims }
        set {
            claims = newValue
            claimsByPlace = Dictionary(grouping: newValue, by: \.place)
            contestedPlaces = Set(claimsByPlace.filter { Self.isContested($0.value) }.keys)
        }
    }
    private var claims: [OutputClaim] = []
    /// The claims by place (`OutputClaim.place`), and the places that more than one content file
    /// claims: kept with `outputs`, so that after a file comes or goes in `regio serve` only these
    /// are looked at again.
    private var claimsByPlace: [String: [OutputClaim]] = [:]
    private var contestedPlaces: Set<String> = []

    /// The claims on places that more than one content file claims.
    var contestedClaims: [OutputClaim] {
        contestedPlaces.flatMap { claimsByPlace[$0] ?? [] }
    }

    private static func isContested(_ claims: [OutputClaim]) -> Bool {
        claims.contains { $0.content != claims[0].content }
    }

    private mutating func claim(_ new: [OutputClaim]) {
        claims += new
        for claim in new {
            claimsByPlace[claim.place, default: []].append(claim)
            if Self.isContested(claimsByPlace[claim.place] ?? []) { contestedPlaces.insert(claim.place) }
        }
    }

    private mutating func release(claimsOf file: String) {
        let released = claims.filter { $0.content == file }
        claims.removeAll { $0.content == file }
        for place in Set(released.map(\.place)) {
            let left = (claimsByPlace[place] ?? []).filter { $0.content != file }
            claimsByPlace[place] = left.isEmpty ? nil : left
            if !Self.isContested(left) { contestedPlaces.remove(place) }
        }
    }
    /// The documents sorted by path, so that rules report in a stable order without sorting again.
    public private(set) var documentsInOrder: [Document]
    /// Each region's regiovisies, by path.
    public private(set) var visionsByRegion: [Slug: [Document]]

    public init(
        regions: [Slug: Region], documents: [ContentPath: Document], headings: [ContentPath: [DocumentHeading]],
        bodyLinks: [ContentPath: [DocumentLink]], documentFiles: Set<String>, checklist: Checklist?,
        coverage: [ContentPath: DocumentCoverage], today: DayDate, indicators: IndicatorSet? = nil, checklistIsMissing: Bool = false,
        incompleteFiles: Set<String> = []
    ) {
        self.incompleteFiles = incompleteFiles
        self.checklistIsMissing = checklistIsMissing
        self.regions = regions
        self.documents = documents
        self.headings = headings
        self.bodyLinks = bodyLinks
        self.documentFiles = documentFiles
        self.checklist = checklist
        self.coverage = coverage
        self.today = today
        self.indicators = indicators
        documentsInOrder = documents.values.sorted { $0.path < $1.path }
        var visions: [Slug: [Document]] = [:]
        for document in documentsInOrder where document.metadata.type == .regiovisie {
            if let region = document.placement.region { visions[region, default: []].append(document) }
        }
        visionsByRegion = visions
    }

    /// Takes a saved document in place of the one at its path (`DocumentEdit`), with its headings,
    /// links and checklist results; its type and place are the same, so it keeps its rank in every list.
    mutating func replace(_ document: Document, headings: [DocumentHeading], bodyLinks: [DocumentLink], coverage: DocumentCoverage?) {
        let path = document.path
        guard let old = documents[path] else { return }
        documents[path] = document
        self.headings[path] = headings
        self.bodyLinks[path] = bodyLinks
        self.coverage[path] = coverage
        documentsInOrder.replace(old, with: document)
        if let region = document.placement.region { visionsByRegion[region]?.replace(old, with: document) }
    }

    /// Takes in a new document (`DocumentEdit`), with the pages it claims; never a regiovisie.
    mutating func insert(_ document: Document, headings: [DocumentHeading], bodyLinks: [DocumentLink], coverage: DocumentCoverage?,
                         outputs claims: [OutputClaim]) {
        let path = document.path
        documents[path] = document
        self.headings[path] = headings
        self.bodyLinks[path] = bodyLinks
        self.coverage[path] = coverage
        documentFiles.insert(document.file)
        documentsInOrder.insertSorted(document)
        if document.metadata.type == .regiovisie, let region = document.placement.region {
            visionsByRegion[region, default: []].insertSorted(document)
        }
        claim(claims)
    }

    /// Lets go of a removed document (`DocumentEdit`) and of the outputs it claimed.
    mutating func remove(_ path: ContentPath) {
        guard let old = documents[path] else { return }
        if let region = old.placement.region { visionsByRegion.remove(old, under: region) }
        documents[path] = nil
        headings[path] = nil
        bodyLinks[path] = nil
        coverage[path] = nil
        documentFiles.remove(old.file)
        documentsInOrder.removeAll { $0 === old }
        release(claimsOf: old.file)
    }

    public func headingIDs(of path: ContentPath) -> Set<String>? {
        headings[path].map { Set($0.map(\.id)) }
    }
}
