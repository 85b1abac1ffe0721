/// Where every page of the site is written. Known before any page is rendered, so that links
/// can be rewritten while Markdown is rendered.
public struct SiteMap: Sendable {
    public static let portal = OutputPath(["index.html"])
    static let nationalFolder = "landelijk"
    static let assetFolder = "assets"

    /// The portal's and each region's checklist matrix.
    public static let portalChecklist = OutputPath(["toetsing.html"])
    static let checklistPageName = "toetsing"

    public let regions: [Slug]

    public func regionChecklist(_ region: Slug) -> OutputPath {
        OutputPath([region.value, Self.checklistPageName + ".html"])
    }

    /// The page Regio makes itself where this document's page would go, if any.
    static func reservedPage(for path: ContentPath) -> String? {
        let name = path.last.value
        if name == "index" { return "index.html" }
        if path.components.count == 2, name == checklistPageName { return checklistPageName + ".html" }
        return nil
    }

    public func regionIndex(_ region: Slug) -> OutputPath {
        OutputPath([region.value, "index.html"])
    }

    public func municipalityIndex(_ region: Slug, _ municipality: Slug) -> OutputPath {
        OutputPath([region.value, municipality.value, "index.html"])
    }

    /// The page of a document as seen from a region (nil: from the portal). National documents are
    /// written once at the root and once in every region, so that a region folder stands on its own.
    public func page(of path: ContentPath, inRegion region: Slug?) -> OutputPath {
        let names = path.components.map(\.value)
        if let region, names.first == Placement.factsheetFolder {
            return OutputPath([region.value, Self.nationalFolder] + names.dropFirst().dropLast() + [names.last! + ".html"])
        }
        return OutputPath(names.dropLast() + [names.last! + ".html"])
    }

    /// Every page a document gets: one, or for a national document one per region plus the root.
    public func pages(of document: Document) -> [(page: OutputPath, region: Slug?)] {
        guard document.placement == .national else {
            return [(page(of: document.path, inRegion: document.placement.region), document.placement.region)]
        }
        return [(page(of: document.path, inRegion: nil), nil)] + regions.map { (page(of: document.path, inRegion: $0), $0) }
    }

    /// The theme's file `name` as copied for a region (or the root).
    public func asset(_ name: String, inRegion region: Slug?) -> OutputPath {
        OutputPath((region.map { [$0.value] } ?? []) + [Self.assetFolder, name])
    }
}
