extension BuildResult {
    /// The document files that gave no document, and so no page: their front matter did not decode,
    /// or they were refused on reading. `regio serve` keeps their pages of an earlier build on
    /// screen. Empty for a build made without `rendersOnDemand`, and for one without errors, which
    /// such a file always has; so a save without errors costs nothing here.
    public var unbuiltDocuments: Set<String> {
        guard hasErrors, let rules = state?.rules, rules.documentFiles.count != rules.documents.count else { return [] }
        return rules.documentFiles.subtracting(rules.documents.values.map(\.file))
    }
}
