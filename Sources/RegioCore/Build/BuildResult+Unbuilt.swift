extension BuildResult {
    /// The document files that gave no document, and so no page: their front matter did not decode,
    /// or they were refused on reading. `regio serve` keeps their pages of an earlier build on
    /// screen. Empty for a build made without `rendersOnDemand`, and for one without errors, which
    /// such a file always has; so a save without errors costs nothing here.
    public var unbuiltDocuments: Set<String> {
        guard hasErrors, let rules = state?.rules, rules.documentFiles.count != rules.documents.count else { return [] }
        return rules.documentFiles.subtracting(rules.documents.values.map(\.file))
    }

    /// The files that every page of a region, or of the site, is made with and that gave nothing
    /// because of an error: a region's `regio.yaml` (the region and all its pages are missing from
    /// the site) and the checklist (no page shows which duties it covers). `regio serve` keeps the
    /// site before on screen while one of them has an error: one wrong space in `regio.yaml` would
    /// otherwise take the region the author is working on off the screen. In path order.
    public var unreadSharedFiles: [String] {
        guard hasErrors else { return [] }
        let failed = Set(diagnostics.filter { $0.severity == .error }.map(\.location.file))
        return sources.keys.filter { file in
            guard failed.contains(file) else { return false }
            switch FileRole(path: file) {
            case .region: return !regions.contains { $0.value == file.split(separator: "/").first.map(String.init) }
            case .checklist: return checklist == nil
            default: return false
            }
        }.sorted()
    }
}
