extension BuildResult {
    /// The document files that gave no document, and so no page: their front matter did not decode,
    /// or they were refused on reading. `regio serve` keeps their pages of an earlier build on
    /// screen. Empty for a build made without `rendersOnDemand`, and for one without errors, which
    /// such a file always has; so a save without errors costs nothing here.
    public var unbuiltDocuments: Set<String> {
        guard hasErrors, let rules = state?.rules, rules.documentFiles.count != rules.documents.count else { return [] }
        return rules.documentFiles.subtracting(rules.documents.values.map(\.file))
    }

    /// The files that every page of a region, or of the site, is made with and that have an error:
    /// a region's `regio.yaml` and the checklist. Such an error takes pages away, or changes them
    /// all: a file that does not read leaves out the region or the checklist, a key written wrong
    /// (`gemeentes:`) every municipality, a code with a digit missing one. `regio serve` keeps the
    /// site before on screen while one of them has an error: one wrong space in `regio.yaml` would
    /// otherwise take the region the author is working on off the screen. In path order.
    public var brokenSharedFiles: [String] {
        guard hasErrors else { return [] }
        return Set(diagnostics.filter { $0.severity == .error }.map(\.location.file)).filter { file in
            [.region, .checklist].contains(FileRole(path: file))
        }.sorted()
    }
}
