/// `site.yaml`: what the whole site is called and how it is built.
public struct SiteSettings: Sendable {
    public enum Language: String, Sendable, CaseIterable {
        case nl, en
    }

    public var title: String
    public var description: String?
    public var language: Language
    /// Only fills canonical links, the sitemap and the feeds; pages never depend on it, so the site
    /// works at any address.
    public var baseURL: BaseURL?
    /// Lets raw HTML in Markdown through. Off unless a site asks for it explicitly.
    public var allowHTML: Bool
    /// Shows who made each change. Off unless a site asks for it: names are personal data.
    public var showAuthors: Bool = false
    /// Shows the commit message of each change. On unless a site turns it off: messages are written
    /// as notes among colleagues and may say what is not for the public.
    public var showChangeMessages: Bool = true

    public init(title: String, description: String? = nil, language: Language = .nl, baseURL: BaseURL? = nil, allowHTML: Bool = false) {
        self.title = title
        self.description = description
        self.language = language
        self.baseURL = baseURL
        self.allowHTML = allowHTML
    }
}
