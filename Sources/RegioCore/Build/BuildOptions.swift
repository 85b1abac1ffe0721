/// Everything a build depends on from outside: the content, the theme and how many cores to use.
/// RegioCore reads no environment, clock or working folder of its own.
public struct BuildOptions: Sendable {
    public var content: any ContentFileSystem
    public var theme: any ContentFileSystem
    /// How the theme folder is named in diagnostics.
    public var themeLabel: String
    /// How many pages are rendered at once.
    public var parallelism: Int
    /// The build's date, passed in (the core reads no clock): concepts are judged against the law of
    /// this day, and the current regiovisie is the one whose period holds it.
    public var today: DayDate
    /// The whole site, or one region as a site of its own (`regio build --region`).
    public var scope: SiteMap.Scope
    /// Overrides `basis_url` from site.yaml: where the output will be served, ending in `/`.
    public var baseURL: BaseURL?
    /// What git knows of the content's files, read by the caller (`GitHistoryReader`); nil: not asked.
    public var history: ContentHistory?
    /// False for `regio check`: everything is checked (the theme is still loaded, so its mistakes are
    /// reported) but no page is rendered, which is most of a build's time.
    public var rendersSite = true
    /// False for a `regio check` that found no theme: the content is checked, the theme is not (it is
    /// only needed to render pages, which a check does not). Never false when pages are rendered.
    public var checksTheme = true
    /// Kept from build to build by `regio serve`, so a rebuild redoes only what changed; nil for one-off builds.
    public var cache: BuildCache?
    /// True for `regio serve`: pages are not rendered now but on request, from `BuildResult.onDemandSite`.
    public var rendersOnDemand = false
    /// For a command that ends when the build does: the build's tables are left for the process's
    /// end to take instead of being freed one object at a time (`FreedMemory.leaveToExit`).
    public var leavesMemoryToExit = false
    /// Receives the files as pages are rendered, instead of `BuildResult.site` holding them. Nothing is
    /// rendered into it when the content has errors.
    public var sink: (any SiteSink)?
    /// Called after each stage with its name and duration, for profiling (`REGIO_STAGES=1`); nil: silent.
    public var stageReport: (@Sendable (String, Duration) -> Void)?

    public init(content: any ContentFileSystem, theme: any ContentFileSystem, themeLabel: String = "themes/default",
                parallelism: Int = 1, today: DayDate, scope: SiteMap.Scope = .whole, baseURL: BaseURL? = nil,
                history: ContentHistory? = nil) {
        self.history = history
        self.content = content
        self.scope = scope
        self.baseURL = baseURL
        self.today = today
        self.theme = theme
        self.themeLabel = themeLabel
        self.parallelism = max(1, parallelism)
    }
}
