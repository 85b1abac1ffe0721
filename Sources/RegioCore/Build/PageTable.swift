/// Which page job makes the page at each path, for `OnDemandSite`. After a file comes or goes in
/// `regio serve` (`DocumentEdit`) the table of the site before is shared, not copied: the pages that
/// came and went are kept beside it. At 10,000 documents copying the 27,000 entries, and freeing
/// the copy the save after, cost more than the rest of the short way.
struct PageTable: Sendable {
    private var base: [OutputPath: PageJob]
    private var added: [OutputPath: PageJob] = [:]
    private var removed: Set<OutputPath> = []

    init(_ jobs: [OutputPath: PageJob]) {
        base = jobs
    }

    subscript(page: OutputPath) -> PageJob? {
        get {
            if let job = added[page] { return job }
            return removed.contains(page) ? nil : base[page]
        }
        set {
            added[page] = newValue
            if newValue == nil { removed.insert(page) } else { removed.remove(page) }
            // Many changes: one table again, so that lookups stay two at most.
            if added.count + removed.count > Self.foldAt { fold() }
        }
    }

    var pages: [OutputPath] {
        base.keys.filter { !removed.contains($0) && added[$0] == nil } + added.keys
    }

    var count: Int { pages.count }

    static let foldAt = 2_000

    private mutating func fold() {
        for page in removed { base[page] = nil }
        base.merge(added) { $1 }
        added = [:]
        removed = []
    }
}
