import Foundation
import Mustache

/// A theme folder: Mustache templates, UI strings per language, and assets copied as they are.
public struct Theme: Sendable {
    public let library: MustacheLibrary
    /// The UI strings of the site's language, with the Dutch ones filling any gap.
    public let strings: [String: String]
    /// File name → bytes, from `assets/`.
    public let assets: [(name: String, data: Data)]
    /// `strings` as templates see them under `t`, wrapped once (see `TemplateValues`).
    let templateStrings: TemplateNode
    /// What draws but is likely not meant: a name no page has (`unknownNames`).
    public let warnings: DiagnosticList

    init(library: MustacheLibrary, strings: [String: String], assets: [(name: String, data: Data)],
         warnings: DiagnosticList = DiagnosticList(items: [])) {
        self.library = library
        self.strings = strings
        self.assets = assets
        self.warnings = warnings
        templateStrings = TemplateNode(strings: strings)
    }

    /// The assets as every folder with pages gets them: at the root (with a portal) and in each published region.
    func assetFiles(in siteMap: SiteMap) -> [(OutputPath, Data)] {
        siteMap.pageFolders.flatMap { region in assets.map { (siteMap.asset($0.name, inRegion: region), $0.data) } }
    }

    /// Loads the theme; problems are diagnostics at the theme file, so a broken template is reported like content.
    public static func load(from fileSystem: any ContentFileSystem, label: String, language: SiteSettings.Language) -> Result<Theme, DiagnosticList> {
        var diagnostics: [Diagnostic] = []
        let files: [String]
        do {
            files = try fileSystem.allFiles()
        } catch {
            return .failure(DiagnosticList(items: [Diagnostic(.unreadableFile, "de themamap kan niet worden gelezen", at: SourceLocation(file: label),
                                        notes: ["geef een themamap op met --theme"])]))
        }
        var library = MustacheLibrary()
        HTMLEscaping.registered
        var templateTexts: [(name: String, text: String)] = []
        // What the findings' excerpts are cut from, should there be findings.
        var texts: [String: SourceFile] = [:]
        var assets: [(String, Data)] = []
        for path in files {
            let location = SourceLocation(file: label + "/" + path)
            if path.hasPrefix("templates/"), path.hasSuffix(".mustache") {
                guard let data = try? fileSystem.read(path), let text = String(validating: data, as: UTF8.self) else {
                    diagnostics.append(Diagnostic(.unreadableFile, "het sjabloon kan niet worden gelezen", at: location,
                                                  fixIt: "sla het sjabloon op als UTF-8-tekst"))
                    continue
                }
                let name = String(path.dropFirst("templates/".count).dropLast(".mustache".count))
                templateTexts.append((name, text))
                texts[location.file] = SourceFile(path: location.file, text: text)
                do {
                    try library.register(HTMLEscaping.pragma + text, named: name)
                } catch let error as MustacheTemplate.ParserError {
                    diagnostics.append(ThemeRequirements.diagnostic(for: error, in: text, file: location.file))
                } catch {
                    diagnostics.append(Diagnostic(.templateSyntax, "fout in sjabloon: \(ThemeRequirements.dutch(error))", at: location))
                }
            } else if path.hasPrefix("assets/"), let data = try? fileSystem.read(path) {
                assets.append((String(path.dropFirst("assets/".count)), data))
            }
        }
        let (strings, stringsRead) = loadStrings(fileSystem, label: label, language: language, texts: &texts, &diagnostics)
        let requirements = ThemeRequirements(label: label, language: language)
        diagnostics += requirements.missingTemplates(present: templateTexts.map(\.name))
        diagnostics += requirements.missingAssets(present: assets.map(\.0))
        // A strings file that could not be read has its own finding; every text the templates use
        // would follow it as missing (124 findings for one typo in the YAML).
        if stringsRead { diagnostics += requirements.missingStrings(in: templateTexts, strings: strings) }
        let unknownNames = requirements.unknownNames(in: templateTexts)
        func list(_ items: [Diagnostic]) -> DiagnosticList {
            let named = Set(items.map(\.location.file))
            return DiagnosticList(items: items, sources: texts.filter { named.contains($0.key) })
        }
        guard diagnostics.isEmpty else { return .failure(list(diagnostics + unknownNames)) }
        return .success(Theme(library: library, strings: strings, assets: assets, warnings: list(unknownNames)))
    }

    /// The merged strings, and whether every strings file was read.
    private static func loadStrings(_ fileSystem: any ContentFileSystem, label: String, language: SiteSettings.Language,
                                    texts: inout [String: SourceFile], _ diagnostics: inout [Diagnostic]) -> (strings: [String: String], complete: Bool) {
        var merged: [String: String] = [:]
        var complete = true
        for code in language == .nl ? ["nl"] : ["nl", language.rawValue] {
            let path = "strings/\(code).yaml"
            guard let data = try? fileSystem.read(path), let text = String(validating: data, as: UTF8.self) else {
                diagnostics.append(Diagnostic(.incompleteTheme, "het thema mist `\(path)`, of het is geen UTF-8-tekst", at: SourceLocation(file: label + "/" + path),
                                              fixIt: "kopieer `strings/\(code).yaml` uit themes/default/"))
                complete = false
                continue
            }
            let file = SourceFile(path: label + "/" + path, text: text)
            texts[file.path] = file
            guard let fields = YAMLFields.read(file: file, subject: "`\(path)`", allowedKeys: nil, diagnostics: &diagnostics) else {
                complete = false
                continue
            }
            merged.merge(fields.texts(&diagnostics)) { _, new in new }
        }
        return (merged, complete)
    }
}
