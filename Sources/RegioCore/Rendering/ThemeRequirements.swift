import Foundation
import Mustache

/// What a theme must have for every page to be drawn. A missing template would give empty pages
/// and a missing text an empty heading, with nothing said, so each is an error before any page is made.
struct ThemeRequirements {
    /// The templates `PageRenderer` and `ListEntries` draw with, and the one the pages inherit from.
    static let templates = ["layout", "portal", "region", "municipality", "document", "document-item", "checklist",
                            "themes", "theme", "search", "comparison", "notfound", "moved"]
    /// The stylesheet and icon every page links to, and the script of the search pages.
    static let assets = ["regio.css", "favicon.svg", "zoeken.js"]

    let label: String
    let language: SiteSettings.Language

    func missingTemplates(present: [String]) -> [Diagnostic] {
        Self.templates.filter { !present.contains($0) }.map { name in
            Diagnostic(.incompleteTheme, "het thema mist het sjabloon `templates/\(name).mustache`", at: SourceLocation(file: label),
                       fixIt: "kopieer `templates/\(name).mustache` uit themes/default/")
        }
    }

    func missingAssets(present: [String]) -> [Diagnostic] {
        Self.assets.filter { !present.contains($0) }.map { name in
            Diagnostic(.incompleteTheme, "het thema mist `assets/\(name)`", at: SourceLocation(file: label),
                       fixIt: "kopieer `assets/\(name)` uit themes/default/")
        }
    }

    /// Each `{{t.naam}}` whose text the strings do not have, once per template, where it is first used.
    func missingStrings(in templates: [(name: String, text: String)], strings: [String: String]) -> [Diagnostic] {
        templates.sorted { $0.name < $1.name }.flatMap { template in
            var reported: Set<String> = []
            return Self.stringUses(in: template.text).compactMap { use -> Diagnostic? in
                guard strings[use.key] == nil, reported.insert(use.key).inserted else { return nil }
                let file = language == .nl ? "strings/nl.yaml" : "strings/nl.yaml` of `strings/\(language.rawValue).yaml"
                return Diagnostic(.incompleteTheme, "het sjabloon gebruikt `t.\(use.key)`, maar `\(file)` heeft die tekst niet",
                                  at: SourceLocation(file: "\(label)/templates/\(template.name).mustache", line: use.line, column: use.column),
                                  fixIt: "voeg aan `strings/nl.yaml` een regel `\(use.key): …` toe")
            }
        }
    }

    /// Each name a template looks up that Regio never gives, once per template, where it is first
    /// used: Mustache would draw it as nothing on every page. The theme's texts (`t.…`) are
    /// `missingStrings`' to check.
    func unknownNames(in templates: [(name: String, text: String)]) -> [Diagnostic] {
        let known = TemplateVocabulary.names.sorted()
        return templates.sorted { $0.name < $1.name }.flatMap { template in
            var reported: Set<String> = []
            return TemplateNames.uses(in: template.text).compactMap { use -> Diagnostic? in
                guard use.parts.first != "t", let unknown = use.parts.first(where: { !TemplateVocabulary.names.contains($0) }),
                      reported.insert(unknown).inserted else { return nil }
                let effect = switch use.sigil {
                case "#": "wat tussen `{{#\(use.written)}}` en `{{/\(use.written)}}` staat, komt op geen enkele pagina"
                case "^": "wat tussen `{{^\(use.written)}}` en `{{/\(use.written)}}` staat, komt op elke pagina"
                default: "`{{\(use.written)}}` blijft op elke pagina leeg"
                }
                let fixIt = Self.suggestion(for: unknown, among: known).map { "bedoelt u `\($0)`? Dat is een naam die Regio geeft" }
                    ?? "gebruik een naam die Regio geeft: de sjablonen in themes/default/templates/ gebruiken ze allemaal"
                return Diagnostic(.unknownTemplateName, "het sjabloon gebruikt `\(unknown)`, een naam die Regio niet geeft: \(effect)",
                                  at: SourceLocation(file: "\(label)/templates/\(template.name).mustache", line: use.line, column: use.column),
                                  fixIt: fixIt)
            }
        }
    }

    /// The given name `name` probably means. Names are camelCase and a template's author types them
    /// from memory, so a name that differs only in case (`hasURl`) or by two letters swapped
    /// (`sing`) comes first; then the nearest by edit distance.
    static func suggestion(for name: String, among known: [String]) -> String? {
        if let cased = known.first(where: { $0.lowercased() == name.lowercased() }) { return cased }
        if let swapped = known.first(where: { $0.count == name.count && $0.sorted() == name.sorted() && KeySuggestion.distance($0, name) == 2 }) {
            return swapped
        }
        let lowered = Dictionary(known.map { ($0.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        return KeySuggestion.suggestion(for: name.lowercased(), among: lowered.keys.sorted()).flatMap { lowered[$0] }
    }

    /// Where a template names a text of the theme: `{{t.naam}}`, also as a section or unescaped.
    static func stringUses(in text: String) -> [(key: String, line: Int, column: Int)] {
        TemplateNames.tags(in: text).compactMap { tag in
            guard tag.sigil == nil || "#^/&".contains(tag.sigil!), tag.name.hasPrefix("t.") else { return nil }
            let key = tag.name.dropFirst(2).prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
            return key.isEmpty ? nil : (String(key), tag.line, tag.column)
        }
    }

    /// A parse error of `text`, at the section it is about when the text shows which: swift-mustache
    /// reports where it noticed the mistake, which for a section left open is where another closes.
    static func diagnostic(for error: MustacheTemplate.ParserError, in text: String, file: String) -> Diagnostic {
        func at(_ tag: TemplateSections.Tag) -> SourceLocation { SourceLocation(file: file, line: tag.line, column: tag.column) }
        switch (error.error as? MustacheTemplate.Error, TemplateSections(text: text).firstMistake) {
        case let (.sectionCloseNameIncorrect?, .closedOutOfOrder(open, close)?):
            let value = open.sigil == "#" ? "; wilt u alleen de waarde tonen, schrijf dan `{{\(open.name)}}`" : ""
            return Diagnostic(.templateSyntax, "fout in sjabloon: `\(open.written)` wordt niet gesloten; regel \(close.line) sluit eerst `\(close.written)`",
                              at: at(open), fixIt: "zet `{{/\(open.name)}}` waar de sectie eindigt, vóór `\(close.written)`" + value)
        case let (.sectionCloseNameIncorrect?, .closedUnopened(close)?):
            return Diagnostic(.templateSyntax, "fout in sjabloon: `\(close.written)` sluit een sectie die niet geopend is", at: at(close),
                              fixIt: "haal `\(close.written)` weg, of open de sectie ervoor met `{{#\(close.name)}}`")
        case let (.expectedSectionEnd?, .neverClosed(open)?):
            let value = open.sigil == "#" ? "; wilt u alleen de waarde tonen, schrijf dan `{{\(open.name)}}`" : ""
            return Diagnostic(.templateSyntax, "fout in sjabloon: `\(open.written)` wordt nergens gesloten", at: at(open),
                              fixIt: "zet `{{/\(open.name)}}` waar de sectie eindigt" + value)
        default:
            // The pragma is a line of its own in front of the template's first.
            return Diagnostic(.templateSyntax, "fout in sjabloon: \(dutch(error.error))", at: SourceLocation(
                file: file, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber),
                fixIt: "controleer dat elke `{{#naam}}` en `{{^naam}}` een `{{/naam}}` heeft en dat elke tag met `}}` sluit")
        }
    }

    /// swift-mustache's parse errors, in Dutch.
    static func dutch(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "het sjabloon kan niet worden gelezen" }
        return switch error {
        case .sectionCloseNameIncorrect: "een `{{/naam}}` sluit een andere sectie dan de laatst geopende"
        case .unfinishedName: "een tag is niet afgesloten met `}}`, of de naam erin klopt niet"
        case .expectedSectionEnd: "een sectie (`{{#naam}}` of `{{^naam}}`) wordt niet gesloten met `{{/naam}}`"
        case .invalidSetDelimiter: "een tag `{{=… …=}}` die de scheidingstekens verandert, klopt niet"
        case .transformAppliedToInheritanceSection: "een bewerking als `naam(…)` mag niet op een overgeërfd blok"
        case .illegalTokenInsideInheritSection: "binnen `{{<sjabloon}}` mogen alleen blokken `{{$naam}}` staan"
        case .textInsideInheritSection: "binnen `{{<sjabloon}}` mag alleen tekst in blokken `{{$naam}}` staan"
        case .invalidConfigVariableSyntax: "een tag `{{% … }}` klopt niet"
        case .unrecognisedConfigVariable: "een tag `{{% … }}` noemt een instelling die Mustache niet kent"
        }
    }
}
