/// Where every page of the site is written. Known before any page is rendered, so that links
/// can be rewritten while Markdown is rendered.
///
/// A build writes the whole site or one region as a site of its own. Both are laid out the same:
/// a region's pages always live under `<regio>/`, and a standalone region is that folder with the
/// prefix taken off at the end (`published(_:)`). Relative links between pages of one folder do not
/// depend on the prefix, so the same rendering serves both; links that would leave the folder are
/// the only difference, and `isPublished(_:)` tells the pages which targets exist.
public struct SiteMap: Sendable {
    /// What one build writes.
    public enum Scope: Sendable, Equatable {
        case whole
        /// One region as a standalone site; nothing outside its folder is written or linked.
        case region(Slug)
    }

    public static let portal = OutputPath(["index.html"])
    /// The portal's checklist matrix.
    public static let portalChecklist = OutputPath(["toetsing.html"])
    static let nationalFolder = "landelijk"
    static let assetFolder = "assets"
    static let checklistPageName = "toetsing"
    static let themeFolder = "themas"
    static let searchPageName = "zoeken"
    static let searchFolder = "zoeken"
    static let feedName = "atom.xml"
    static let versionsFolder = "versies"

    /// Every region of the content, sorted; pages are written for those in scope.
    public let regions: [Slug]
    public let scope: Scope

    public init(regions: [Slug], scope: Scope = .whole) {
        self.regions = regions
        self.scope = scope
    }

    /// Regions whose folders this build writes.
    public var publishedRegions: [Slug] {
        switch scope {
        case .whole: regions
        case let .region(slug): regions.filter { $0 == slug }
        }
    }

    /// Whether pages at the root (portal, site-wide checklist, search and themes) exist.
    public var hasPortal: Bool { scope == .whole }

    /// Whether the file at `path` is part of this build's output, so that a page may link to it.
    public func isPublished(_ path: OutputPath) -> Bool {
        switch scope {
        case .whole: true
        case let .region(slug): path.components.count > 1 && path.components[0] == slug.value
        }
    }

    /// Where a file of the layout lands in the output folder: a standalone region loses its prefix.
    public func published(_ path: OutputPath) -> OutputPath {
        switch scope {
        case .whole: path
        case .region: OutputPath(Array(path.components.dropFirst()))
        }
    }

    /// The folder that is the root of the output: the site's, or the standalone region's.
    var rootFolder: [String] {
        switch scope {
        case .whole: []
        case let .region(slug): [slug.value]
        }
    }

    /// Files that belong at the root of whatever is published (the 404 page, robots.txt, sitemap.xml).
    public func rootFile(_ name: String) -> OutputPath {
        OutputPath(rootFolder + [name])
    }

    public func regionChecklist(_ region: Slug) -> OutputPath {
        OutputPath([region.value, Self.checklistPageName + ".html"])
    }

    /// The page Regio makes itself where this document's page would go, if any.
    static func reservedPage(for path: ContentPath) -> String? {
        let name = path.last.value
        if name == "index" { return "index.html" }
        if path.components.count == 2, [checklistPageName, searchPageName].contains(name) { return name + ".html" }
        return nil
    }

    public func regionIndex(_ region: Slug) -> OutputPath {
        OutputPath([region.value, "index.html"])
    }

    public func municipalityIndex(_ region: Slug, _ municipality: Slug) -> OutputPath {
        OutputPath([region.value, municipality.value, "index.html"])
    }

    /// A theme's page: across regions at the root, or one region's documents in its folder.
    public func theme(_ id: String, inRegion region: Slug?) -> OutputPath {
        OutputPath(folder(region) + [Self.themeFolder, id + ".html"])
    }

    public func themeIndex(inRegion region: Slug?) -> OutputPath {
        OutputPath(folder(region) + [Self.themeFolder, "index.html"])
    }

    /// The search page of the whole site or of one region, and its index files beside it.
    public func search(inRegion region: Slug?) -> OutputPath {
        OutputPath(folder(region) + [Self.searchPageName + ".html"])
    }

    public func searchIndexFile(_ name: String, inRegion region: Slug?) -> OutputPath {
        OutputPath(folder(region) + [Self.searchFolder, name])
    }

    /// What changed in a regiovisie since the version before it.
    public func comparison(of newer: ContentPath, inRegion region: Slug) -> OutputPath {
        OutputPath([region.value, Self.versionsFolder, newer.last.value + ".html"])
    }

    /// The last change of a document in git, beside its page: `plan.html` → `plan.wijziging.html`
    /// (slugs have no dots, so no document can be called that).
    public func lastChange(of page: OutputPath) -> OutputPath {
        var names = page.components
        names[names.count - 1] = String(names[names.count - 1].dropLast(".html".count)) + ".wijziging.html"
        return OutputPath(names)
    }

    public func feed(_ region: Slug) -> OutputPath {
        OutputPath([region.value, Self.feedName])
    }

    /// The page of a document as seen from a region (nil: from the portal). National documents are
    /// written once at the root and once in every region, so that a region folder stands on its own.
    public func page(of path: ContentPath, inRegion region: Slug?) -> OutputPath {
        var names = path.components.map(\.value)
        names[names.count - 1] += ".html"
        return place(names, inRegion: region)
    }

    /// Where a content file linked from a page in `region` is copied: files of national documents
    /// are copied into each region's `landelijk/` folder with the pages that link them.
    func file(_ path: String, inRegion region: Slug?) -> OutputPath? {
        OutputPath(contentFile: path).map { place($0.components, inRegion: region) }
    }

    private func place(_ names: [String], inRegion region: Slug?) -> OutputPath {
        if let region, names.first == Placement.factsheetFolder {
            return OutputPath([region.value, Self.nationalFolder] + names.dropFirst())
        }
        return OutputPath(names)
    }

    /// Every page a document gets in this build: one, or for a national document one per region
    /// plus the root. Empty for a document of a region that is not published.
    public func pages(of document: Document) -> [(page: OutputPath, region: Slug?)] {
        let all: [(page: OutputPath, region: Slug?)] = if document.placement == .national {
            [(page(of: document.path, inRegion: nil), nil)] + regions.map { (page(of: document.path, inRegion: $0), $0) }
        } else {
            [(page(of: document.path, inRegion: document.placement.region), document.placement.region)]
        }
        return all.filter { isPublished($0.page) }
    }

    /// The page on which a document's body is read for its findings: its first page, or for a
    /// document outside a standalone region (which gets no page but is still checked) its first
    /// page in the whole site.
    func findingsPage(of document: Document) -> (page: OutputPath, region: Slug?)? {
        pages(of: document).first ?? SiteMap(regions: regions).pages(of: document).first
    }

    /// The folders with pages of their own (search page, assets): the root (nil) when there is a
    /// portal, and each published region.
    var pageFolders: [Slug?] {
        (hasPortal ? [nil] : []) + publishedRegions.map(Optional.some)
    }

    /// The theme's file `name` as copied for a region (or the root).
    public func asset(_ name: String, inRegion region: Slug?) -> OutputPath {
        OutputPath(folder(region) + [Self.assetFolder, name])
    }

    private func folder(_ region: Slug?) -> [String] {
        region.map { [$0.value] } ?? []
    }
}
