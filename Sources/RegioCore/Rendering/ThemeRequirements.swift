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

    /// Where a template names a text of the theme: `{{t.naam}}`, also as a section or unescaped.
    static func stringUses(in text: String) -> [(key: String, line: Int, column: Int)] {
        var uses: [(String, Int, Int)] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                var name = rest[open.upperBound...].drop { "#^/&{ ".contains($0) }
                guard name.hasPrefix("t.") else { rest = rest[open.upperBound...]; continue }
                name = name.dropFirst(2)
                let key = name.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
                let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                if !key.isEmpty { uses.append((String(key), number + 1, column)) }
                rest = rest[open.upperBound...]
            }
        }
        return uses
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
