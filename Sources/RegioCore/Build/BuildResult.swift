/// What a run of the pipeline gives: every diagnostic, the site when one could be made, and counts.
public struct BuildResult: Sendable {
    /// In reading order.
    public internal(set) var diagnostics: [Diagnostic]
    /// The files read, by path, so a printer can show the line under a diagnostic.
    public internal(set) var sources: [String: SourceFile]
    /// Nil when the site settings or the theme could not be read.
    public let site: RenderedSite?
    /// The checklist, so that reports can describe the requirements they name.
    public let checklist: Checklist?
    public internal(set) var documentCount: Int
    /// Every region of the content, sorted, whether or not this build wrote it.
    public let regions: [Slug]

    public var regionCount: Int { regions.count }
    /// What the build could not know from git, to be said once; nil when history was complete.
    public var historyLimitation: String? = nil
    /// Said once as well: what the build did otherwise than the content asked, and why.
    public var notes: [String] = []
    /// Said once too: what is coming that the content should prepare for (`ExpiringVisions`).
    public var reminders: [String] = []
    /// The regions the reminders are about: the preview shows them on those regions' start pages.
    public var remindedRegions: [Slug] = []
    /// The address the site was built for (`--base-url`, or `basis_url` in site.yaml); nil without one.
    public var baseURL: BaseURL? = nil
    /// With `BuildOptions.rendersOnDemand`: the site, whose pages are rendered when asked for.
    public internal(set) var onDemandSite: OnDemandSite? = nil
    /// True when the build was made from the previous one after a save of documents (`DocumentEdit`).
    public internal(set) var isDocumentEdit = false
    /// With `BuildOptions.rendersOnDemand`: what the next save can start from (`DocumentEdit`).
    var state: BuildState? = nil

    public var hasErrors: Bool { diagnostics.errorCount > 0 }
}
