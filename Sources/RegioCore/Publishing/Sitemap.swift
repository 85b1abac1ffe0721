import Foundation

/// `sitemap.xml` and `robots.txt`. The sitemap protocol requires absolute addresses, so the sitemap
/// is written only when the base URL is known; robots.txt is always written and names the sitemap
/// when there is one. (Crawlers read robots.txt at a host's root only; in a subfolder it is harmless.)
struct Sitemap {
    let siteMap: SiteMap
    let baseURL: BaseURL?

    func data(pages: [OutputPath]) -> Data? {
        guard let baseURL else { return nil }
        let urls = pages
            .filter { $0.components.last?.hasSuffix(".html") == true && $0 != siteMap.rootFile("404.html") }
            .map { baseURL.description + siteMap.published($0).description }
            .sorted()
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for url in urls { xml += "<url><loc>\(XMLText.escape(url))</loc></url>\n" }
        xml += "</urlset>\n"
        return Data(xml.utf8)
    }

    func robots() -> Data {
        var text = "User-agent: *\nAllow: /\n"
        if let baseURL { text += "Sitemap: \(baseURL.description)sitemap.xml\n" }
        return Data(text.utf8)
    }
}
