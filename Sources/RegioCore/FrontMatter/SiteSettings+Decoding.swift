import Yams

extension SiteSettings {
    static let keys = ["titel", "omschrijving", "taal", "basis_url", "html_toestaan"]

    /// Reads `site.yaml`.
    static func decode(_ file: SourceFile, _ diagnostics: inout [Diagnostic]) -> SiteSettings? {
        let source = YAMLSource(file: file.path, lineOffset: 0)
        let node: Yams.Node?
        switch YAMLLoader.parse(file.text, source: source) {
        case let .success(parsed): node = parsed
        case let .failure(diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
        guard let fields = YAMLFields.read(node, source: source, subject: "site.yaml", allowedKeys: keys, diagnostics: &diagnostics) else { return nil }
        let title = fields.string("titel", required: true, &diagnostics)
        let language = fields.choice("taal", as: Language.self, &diagnostics) ?? .nl
        let allowHTML = fields.string("html_toestaan", &diagnostics).map { $0 == "true" || $0 == "ja" } ?? false
        guard let title else { return nil }
        return SiteSettings(
            title: title, description: fields.string("omschrijving", &diagnostics), language: language,
            baseURL: fields.string("basis_url", &diagnostics), allowHTML: allowHTML
        )
    }
}
