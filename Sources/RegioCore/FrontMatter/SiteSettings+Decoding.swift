import Yams

extension SiteSettings {
    static let keys = ["titel", "omschrijving", "taal", "basis_url", "html_toestaan", "auteurs_tonen", "commitberichten_tonen"]

    /// Reads `site.yaml`.
    static func decode(_ file: SourceFile, _ diagnostics: inout [Diagnostic]) -> SiteSettings? {
        let source = YAMLSource(file: file.path, lineOffset: 0)
        let node: Yams.Node?
        switch YAMLLoader.parse(file.text, source: source, warnings: &diagnostics) {
        case let .success(parsed): node = parsed
        case let .failure(diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
        guard let fields = YAMLFields.read(node, source: source, subject: "site.yaml", allowedKeys: keys, diagnostics: &diagnostics) else { return nil }
        let title = fields.string("titel", required: true, &diagnostics)
        let language = fields.choice("taal", as: Language.self, &diagnostics) ?? .nl
        let allowHTML = fields.bool("html_toestaan", &diagnostics) ?? false
        var baseURL: BaseURL?
        if let text = fields.string("basis_url", &diagnostics) {
            baseURL = BaseURL(text)
            if baseURL == nil {
                diagnostics.append(Diagnostic(
                    .invalidValue, "`basis_url` `\(text)` kan niet: \(BaseURL.problem(with: text) ?? "het is geen volledig webadres")", at: fields.location(of: "basis_url"),
                    fixIt: "schrijf het adres waar de site komt te staan, zoals `https://www.voorbeeld.nl/huiselijk-geweld/`, of laat `basis_url` weg"
                ))
            }
        }
        let showAuthors = fields.bool("auteurs_tonen", &diagnostics) ?? false
        let showChangeMessages = fields.bool("commitberichten_tonen", &diagnostics) ?? true
        guard let title else { return nil }
        var settings = SiteSettings(
            title: title, description: fields.string("omschrijving", &diagnostics), language: language,
            baseURL: baseURL, allowHTML: allowHTML
        )
        settings.showAuthors = showAuthors
        settings.showChangeMessages = showChangeMessages
        return settings
    }
}
