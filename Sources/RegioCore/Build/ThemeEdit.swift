/// `regio serve`'s short way after a save in the theme: a template, the strings or an asset. What the
/// content's stages made stands (nothing in them reads the theme), so only the site is made again
/// over the same graph, with the new templates, strings and assets. A theme that does not load takes
/// the whole pipeline, which reports why at the theme's file. So does a save while the theme has a
/// warning (`onbekende-sjabloonnaam`), and the save that mends it: findings are the pipeline's to
/// make and to clear.
enum ThemeEdit {
    static func apply(to previous: consuming BuildResult, options: BuildOptions) -> BuildResult? {
        var result = previous
        guard !result.diagnostics.contains(where: { $0.code == .unknownTemplateName }),
              var state = result.state.take(), state.isMade(for: options),
              case let .success(theme) = Theme.load(from: options.theme, label: options.themeLabel, language: state.graph.settings.language),
              theme.warnings.items.isEmpty
        else { return nil }
        state.site = state.site.replacingTheme(theme)
        result.onDemandSite = state.site
        result.isDocumentEdit = true
        result.state = state
        return result
    }
}
