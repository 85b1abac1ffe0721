/// The page left at a document's old address after its file was renamed (`git mv`): links from
/// elsewhere (a council's minutes, a bookmark, a search engine) keep working. The browser goes on
/// at once (`<meta http-equiv="refresh">`, which any host serves); the link is there for the reader
/// whose browser does not, and for a screen reader that announces the page first.
enum MovedPage {
    static func context(_ base: PageContext, document: Document, target: OutputPath) -> [String: Any] {
        var context = base.layout(title: base.text("verhuisd_titel"), description: nil, breadcrumbs: [])
        context["targetURL"] = base.url(target)
        context["targetTitle"] = document.metadata.title
        // The new address is the one to keep, for search engines too.
        if let canonical = base.absoluteURL(target) {
            context["canonical"] = canonical
            context["hasCanonical"] = true
        }
        return context
    }
}
