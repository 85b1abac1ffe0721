import Foundation

/// A region's Atom feed (RFC 4287) of its documents, newest first.
///
/// Links are relative to the feed, which RFC 4287 allows (they resolve against the feed's own
/// address), so the feed works wherever the folder is placed; with a base URL they are absolute.
/// Ids must be absolute IRIs: the page's address with a base URL, else a `urn:uuid:` derived from the
/// region and the document's path, so the same content always gives the same ids. A document renamed
/// in git keeps the id of its first name, so feed readers do not take it for a new document.
///
/// A document's date is its last change in git, else its `vastgesteld_op`; a document with neither
/// (a concept outside git) is not in the feed.
struct AtomFeed {
    let graph: SiteGraph
    let siteMap: SiteMap
    let strings: [String: String]
    let region: Region

    func data() -> Data {
        let feedPath = siteMap.feed(region.slug)
        let dated = graph.documents(in: region.slug).compactMap { document in date(of: document).map { (document, $0) } }
            .sorted { ($1.1, $0.0.path) < ($0.1, $1.0.path) }
        let documents = dated.map(\.0)
        let updated = dated.first?.1 ?? graph.today
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(graph.settings.language.rawValue)">
        <title>\(XMLText.escape("\(region.name) · \(graph.settings.title)"))</title>
        <subtitle>\(XMLText.escape(strings["feed_titel"] ?? ""))</subtitle>
        <id>\(id(of: feedPath))</id>
        <link rel="self" type="application/atom+xml" href="\(href(feedPath, from: feedPath))"/>
        <link rel="alternate" type="text/html" href="\(href(siteMap.regionIndex(region.slug), from: feedPath))"/>
        <updated>\(timestamp(updated))</updated>
        <author><name>\(XMLText.escape(region.name))</name></author>

        """
        for document in documents {
            let page = siteMap.page(of: document.path, inRegion: region.slug)
            let type = document.metadata.type.rawValue
            xml += """
            <entry>
            <title>\(XMLText.escape(document.metadata.title))</title>
            <id>\(id(of: siteMap.page(of: graph.formerPaths(of: document).first ?? document.path, inRegion: region.slug)))</id>
            <link rel="alternate" type="text/html" href="\(href(page, from: feedPath))"/>
            <updated>\(timestamp(date(of: document) ?? graph.today))</updated>
            <category term="\(type)" label="\(XMLText.escape(strings["type_\(type)"] ?? type))"/>

            """
            if let summary = document.metadata.summary { xml += "<summary>\(XMLText.escape(summary))</summary>\n" }
            xml += "</entry>\n"
        }
        xml += "</feed>\n"
        return Data(xml.utf8)
    }

    private func date(of document: Document) -> DayDate? {
        graph.history(of: document)?.lastChanged ?? document.metadata.adoptedOn
    }

    private func href(_ target: OutputPath, from feed: OutputPath) -> String {
        XMLText.escape(absolute(target) ?? feed.url(to: target))
    }

    private func absolute(_ target: OutputPath) -> String? {
        graph.settings.baseURL.map { $0.description + siteMap.published(target).description }
    }

    private func id(of target: OutputPath) -> String {
        XMLText.escape(absolute(target) ?? StableUUID.urn(for: "regio:\(target)"))
    }

    /// Midnight UTC of the day: the content knows dates, not times.
    private func timestamp(_ date: DayDate) -> String {
        "\(date)T00:00:00Z"
    }
}
