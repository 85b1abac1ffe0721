import RegioMarkdown
import Foundation

/// Stage 5: renders a document's Markdown with cmark and rewrites its links for one page.
public struct BodyRenderer: Sendable {
    public let siteMap: SiteMap
    /// Paths of every document and every file in the content folder, to resolve links.
    public private(set) var documentFiles: Set<String>
    public private(set) var contentFiles: Set<String>
    public let allowHTML: Bool
    /// The site's language, in which a quoted figure is written on its page (findings stay Dutch).
    public let language: SiteSettings.Language
    /// The figures of every factsheet, for `[](cijfer:pad#id)` in any text.
    public private(set) var figures: [ContentPath: [Figure]]
    /// Documents known only in part (`RuleContext.incompleteFiles`): a quote of their figures is not
    /// judged, as the document's own error is the one to fix.
    public private(set) var incompleteFiles: Set<String>
    /// `documentFiles` parsed once, for resolving links.
    private var documentPaths: [String: ContentPath]
    /// `documentFiles` by file name, for suggestions: names repeat in every region and municipality
    /// (807 distinct among 10,000 documents), so a broken link is measured against each name once.
    private var documentsByName: [String: [String]]
    /// What a render is for. Bodies are not kept from stage to stage: the findings are taken once per
    /// document, and the HTML of a page or the words for search are made when they are written,
    /// so that memory holds no site's worth of HTML.
    public enum Output: Sendable {
        /// Headings, links and findings only: no HTML, no words.
        case findings
        /// The page's HTML, with links rewritten for the page.
        case html
        /// The words a reader sees, for the search index.
        case searchText
    }

    public init(siteMap: SiteMap, documentFiles: Set<String>, contentFiles: Set<String>, allowHTML: Bool, language: SiteSettings.Language = .nl,
                figures: [ContentPath: [Figure]] = [:], incompleteFiles: Set<String> = []) {
        self.language = language
        self.incompleteFiles = incompleteFiles
        self.siteMap = siteMap
        self.documentFiles = documentFiles
        documentPaths = Dictionary(uniqueKeysWithValues: documentFiles.compactMap { file in ContentPath(file).map { (file, $0) } })
        documentsByName = Dictionary(grouping: documentFiles, by: Self.fileName)
        self.contentFiles = contentFiles
        self.allowHTML = allowHTML
        self.figures = figures
    }

    /// Gives every table that a save changes storage of its own (`KeptTables`). Name every `var` here.
    mutating func ownTables() {
        documentFiles.ownStorage()
        contentFiles.ownStorage()
        figures.ownStorage()
        incompleteFiles.ownStorage()
        documentPaths.ownStorage()
        documentsByName.ownStorage()
    }

    /// A document file that came (with its figures, for a factsheet) or went (`DocumentEdit`): links resolve to it, or no longer do.
    mutating func add(_ document: Document) {
        if documentFiles.insert(document.file).inserted { documentsByName[Self.fileName(document.file), default: []].append(document.file) }
        contentFiles.insert(document.file)
        documentPaths[document.file] = document.path
        incompleteFiles.remove(document.file)
        refigure(document)
    }

    /// A factsheet saved with other figures (`DocumentEdit`): texts that quote it get the new ones.
    mutating func refigure(_ document: Document) {
        if case let .factsheet(details) = document.details { figures[document.path] = details.figures }
    }

    mutating func remove(_ document: Document) {
        if documentFiles.remove(document.file) != nil { documentsByName[Self.fileName(document.file)]?.removeAll { $0 == document.file } }
        contentFiles.remove(document.file)
        documentPaths[document.file] = nil
        figures[document.path] = nil
    }

    public func render(_ document: Document, page: OutputPath, region: Slug?, for output: Output) -> RenderedBody {
        render(document.bodyText, page: page, region: region, for: output)
    }

    /// The findings of the body of a file whose front matter did not decode: its links and Markdown
    /// do not depend on the front matter, and a CI run that reports them now saves the author a round.
    func findings(ofUndecoded file: SourceFile) -> [Diagnostic] {
        guard let path = ContentPath(file.path), case let .success(split) = FrontMatterSplitter.split(file) else { return [] }
        let text = BodyText(path: path, file: file.path, body: split.body, bodyFirstLine: split.bodyFirstLine)
        let region = Placement(path: path)?.region
        return render(text, page: siteMap.page(of: path, inRegion: region), region: region, for: .findings).diagnostics
    }

    /// What stands in a page where a quoted figure cannot be found.
    static func missingFigure(_ destination: String) -> String {
        "[cijfer niet gevonden: \(destination)]"
    }

    /// What stands after the words of a link to a file that is not there. Such a link is an error,
    /// so only the preview shows the page: there the author sees the words marked rather than a
    /// link that looks sound and leads to "not found".
    static func missingLinkNote(_ destination: String) -> String {
        "[link naar een bestand dat er niet is: \(destination)]"
    }

    func render(_ document: BodyText, page: OutputPath, region: Slug?, for output: Output) -> RenderedBody {
        let siteMap = siteMap, documents = documentPaths, files = contentFiles, file = document.file, figures = figures, language = language
        let reserved = Self.reservedIDs(of: document.path, figures: figures)
        var options = MarkdownOptions(headingIDs: true, reservedIDs: reserved, allowRawHTML: allowHTML, rendersHTML: output == .html,
                                      collectsText: output == .searchText) { destination in
            let target: OutputPath?, fragment: String?
            switch LinkTarget(destination: destination, from: file, documents: documents, files: files) {
            case let .figure(path, id):
                // The words come from the factsheet, so a text always shows the factsheet's number.
                // No such figure: an error, so only the preview shows the page; an empty link there
                // would be invisible, so the place says what is missing.
                guard let figure = Self.figure(path, id: id, in: figures) else { return output == .html ? .text(Self.missingFigure(destination)) : .keep }
                let sheet = siteMap.page(of: path, inRegion: region)
                guard siteMap.isPublished(sheet) else { return .text(figure.quoted(in: language)) }
                return .fill(url: page.url(to: sheet) + "#" + Figure.anchor(id), text: figure.quoted(in: language))
            case let .anchor(id):
                let landing = TemplateIDs.landing(id, reserved: reserved)
                return landing == id ? .keep : .replace("#" + landing)
            case let .document(path, anchor):
                let landing = anchor.map { TemplateIDs.landing($0, reserved: Self.reservedIDs(of: path, figures: figures)) }
                (target, fragment) = (siteMap.page(of: path, inRegion: region), landing)
            case let .file(path, anchor): (target, fragment) = (siteMap.file(path, inRegion: region), anchor)
            case .missing where output == .html && !destination.hasPrefix(LinkTarget.figureScheme): return .unlinkMarked(Self.missingLinkNote(destination))
            default: return output == .html && destination.hasPrefix(LinkTarget.figureScheme) ? .text(Self.missingFigure(destination)) : .keep
            }
            // A standalone region has no page for another region's documents: keep the words, drop the link.
            guard let target, siteMap.isPublished(target) else { return .unlink }
            return .replace(page.url(to: target) + (fragment.map { "#" + $0 } ?? ""))
        }
        // A figure's words are replaced by its value: findings say so when they differ.
        if output == .findings { options.wantsWords = { $0.hasPrefix(LinkTarget.figureScheme) } }
        let body = String(document.body)
        let rendered = MarkdownRenderer.render(body, options: options)
        // A page or the search index takes the HTML or the words and the headings' ids and texts. Where
        // each link and heading sits in the file matters to findings only: working it out for every
        // page was a fifth of a page's body time.
        guard output == .findings else {
            let headings = rendered.headings.map {
                DocumentHeading(level: $0.level, text: $0.text, id: $0.id, hasContent: $0.hasContent, location: SourceLocation(file: document.file))
            }
            return RenderedBody(html: rendered.html, text: rendered.text, headings: headings, documentLinks: [],
                                linkedFiles: [], diagnostics: [], lookedUp: [], suggestsAmongDocuments: false)
        }
        // Split once, and count every column in one pass per line: every heading, link and notice asks for its place.
        let columns = CharacterColumns(rendered.links.map(\.position) + rendered.notices.map(\.position) + rendered.headings.map(\.position),
                                       lines: LineCursor.lines(of: body))
        // Asked once per link as written: it measures the name against the documents' names, and a
        // body may link to the same missing file thousands of times.
        var suggestions: [String: String?] = [:]
        var diagnostics: [Diagnostic] = []
        var links: [DocumentLink] = []
        var linkedFiles: [String] = []
        var lookedUp: Set<String> = []
        var suggests = false
        for link in rendered.links {
            let location = self.location(link.position, in: document, columns: columns)
            let target = LinkTarget(destination: link.destination, from: file, documents: documents, files: files)
            if let path = target.lookedUp { lookedUp.insert(path) }
            switch target {
            case .external:
                break
            case let .anchor(id):
                links.append(DocumentLink(target: document.path, fragment: id, location: location))
            case let .document(target, fragment):
                links.append(DocumentLink(target: target, fragment: fragment, location: location))
            case let .figure(path, id):
                links.append(DocumentLink(target: path, fragment: nil, location: location))
                if !incompleteFiles.contains(path.fileName), let problem = Self.figureProblem(path: path, id: id, figures: figures) {
                    diagnostics.append(Diagnostic(.unknownFigure, problem.message, at: location, notes: problem.notes, fixIt: problem.fixIt))
                } else if let figure = Self.figure(path, id: id, in: figures) {
                    // The same number written out (`[6.905](cijfer:…)`) reads well in the source and changes nothing.
                    if let words = link.words, !words.isEmpty, Self.digits(words) != Self.digits(figure.value.dutch) {
                        diagnostics.append(Diagnostic(
                            .figureTextReplaced, "de linktekst `\(words)` verdwijnt: de pagina toont hier het cijfer `\(figure.quoted)`", at: location,
                            fixIt: "laat de blokhaken leeg: `[](\(link.destination))`; om naar de tabel te verwijzen, link naar de factsheet zelf: `[\(words)](\(Self.factsheetLink(to: path, from: file)))`"
                        ))
                    }
                    if let after = link.wordsAfter, let word = RepeatedUnit.word(after: after, unit: figure.unit) {
                        diagnostics.append(Diagnostic(
                            .unitRepeated, "na het cijfer staat `\(word)` nog een keer: de pagina toont hier `\(figure.quoted) \(word)`", at: location,
                            notes: ["een geciteerd cijfer komt met zijn eenheid uit de factsheet (`eenheid: \(figure.unit ?? "")`)"],
                            fixIt: "haal `\(word)` na de link weg"
                        ))
                    }
                }
            case let .file(path, _):
                linkedFiles.append(path)
            case .outside where link.destination.hasPrefix(LinkTarget.figureScheme):
                // Written as other links are, relative to the document: a quote names its factsheet from the content folder.
                diagnostics.append(Diagnostic(
                    .brokenLink, "de cijferlink `\(link.destination)` noemt de factsheet niet vanaf de inhoudsmap: een cijferlink noemt hem zonder `../`, `/` en `.md`", at: location,
                    fixIt: figureLinkFromContentFolder(link.destination, in: file).map { "schrijf `\($0)`" }
                        ?? "schrijf het pad vanaf de inhoudsmap, zonder `../` en zonder `.md`, zoals `cijfer:factsheets/veilig-thuis-landelijk-2023#meldingen-2023`"
                ))
            case .outside:
                diagnostics.append(Diagnostic(
                    .brokenLink, "de link `\(link.destination)` wijst buiten de inhoudsmap", at: location,
                    fixIt: fromContentFolder(link.destination, in: file).map { "schrijf de link vanaf dit document: `\($0)`" }
                        ?? "gebruik een relatief pad naar een bestand in de inhoudsmap, zoals `../regiovisie-2023-2026.md`"
                ))
            case let .missing(path):
                // A symbolic link or an unreadable file is there, with a finding of its own that says why.
                guard !incompleteFiles.contains(path) else { continue }
                suggests = true
                let suggestion = suggestions[link.destination] ?? fixIt(forMissing: path, destination: link.destination, in: file)
                suggestions[link.destination] = suggestion
                // Windows writes folders with `\`; a link (a web address) needs `/`.
                let backslash = link.destination.contains("\\")
                    ? ["in een link staat `/` tussen mappen, niet `\\` zoals in de Verkenner van Windows"] : []
                // Without a near name the file is gone or still to be made; say what either takes.
                let folder = path.split(separator: "/").dropLast().joined(separator: "/")
                let fallback = link.kind == .image
                    ? "zet het bestand `\(path.split(separator: "/").last ?? "")` in \(folder.isEmpty ? "de hoofdmap" : "de map `\(folder)/`") van de inhoud, of haal de afbeelding weg"
                    : "controleer de bestandsnaam en de map (`../` is een map hoger), of haal de link weg als het document niet meer bestaat"
                var missing = Diagnostic(
                    .brokenLink, "de link `\(link.destination)` wijst naar `\(path)`, dat niet bestaat", at: location,
                    notes: backslash, fixIt: suggestion ?? fallback
                )
                missing.missingFile = path
                diagnostics.append(missing)
            }
        }
        // With `html_toestaan: ja` the HTML is on the page, so there is nothing to say about it.
        diagnostics += rendered.notices.filter { !(allowHTML && $0.kind == .rawHTML) }.map { $0.finding(at: location($0.position, in: document, columns: columns)) }
        let headings = rendered.headings.map {
            DocumentHeading(level: $0.level, text: $0.text, id: $0.id, hasContent: $0.hasContent, location: location($0.position, in: document, columns: columns))
        }
        return RenderedBody(html: rendered.html, text: rendered.text, headings: headings, documentLinks: links,
                            linkedFiles: linkedFiles, diagnostics: diagnostics, lookedUp: lookedUp, suggestsAmongDocuments: suggests)
    }

    /// The blocks a reader sees in `markdown`, a version of (part of) the body of the document at
    /// `file`, in their words: each quoted figure (`[](cijfer:pad#id)`) filled in with the value its
    /// page shows. A comparison of two versions compares these, so that a number written out in one
    /// version and quoted from a factsheet in the other reads as the same number. Both versions get
    /// the figures as they are now: a factsheet's own history is not read.
    func readerBlocks(of markdown: String, in file: String) -> [MarkdownBlock] {
        let documents = documentPaths, files = contentFiles, figures = figures, language = language
        let options = MarkdownOptions(headingIDs: false, rendersHTML: false, textAfterRewriting: true, collectsBlocks: true) { destination in
            // Other links keep their words whatever they point at: not worth resolving.
            guard destination.hasPrefix(LinkTarget.figureScheme),
                  case let .figure(path, id) = LinkTarget(destination: destination, from: file, documents: documents, files: files),
                  let figure = Self.figure(path, id: id, in: figures) else { return .keep }
            return .text(figure.quoted(in: language))
        }
        return MarkdownRenderer.render(markdown, options: options).blocks
    }

    /// The ids the headings of the document at `path` leave to its page (`TemplateIDs`).
    static func reservedIDs(of path: ContentPath, figures: [ContentPath: [Figure]]) -> Set<String> {
        TemplateIDs.reserved(besides: figures[path])
    }

    /// The figure `[](cijfer:pad#id)` quotes; nil when its factsheet has no figure with that id.
    static func figure(_ path: ContentPath, id: String, in figures: [ContentPath: [Figure]]) -> Figure? {
        figures[path]?.first { $0.id == id }
    }

    /// The files a body links to, where they go for another page of the same document: the same body
    /// seen from another region, without rendering it again.
    public func copiedFiles(_ linkedFiles: [String], region: Slug?) -> [CopiedFile] {
        linkedFiles.compactMap { path in
            siteMap.file(path, inRegion: region).flatMap { siteMap.isPublished($0) ? CopiedFile(content: path, output: $0) : nil }
        }
    }

    /// A place in the body as a place in the file: lines shifted past the front matter, columns in Characters.
    private func location(_ position: MarkdownPosition, in document: BodyText, columns: CharacterColumns) -> SourceLocation {
        SourceLocation(file: document.file, line: position.line + document.bodyFirstLine - 1, column: columns[position])
    }

    private static func digits(_ text: String) -> String {
        String(text.unicodeScalars.filter { ("0"..."9").contains($0) })
    }

    /// A relative link from the document at `file` to the factsheet at `path`.
    private static func factsheetLink(to path: ContentPath, from file: String) -> String {
        let from = file.split(separator: "/").dropLast()
        let to = path.fileName.split(separator: "/")
        let shared = zip(from, to).prefix { $0 == $1 }.count
        return (Array(repeating: "..", count: from.count - shared) + to.dropFirst(shared).map(String.init)).joined(separator: "/")
    }

    /// Why `cijfer:path#id` names no figure, or nil when it does.
    static func figureProblem(path: ContentPath, id: String, figures: [ContentPath: [Figure]]) -> (message: String, notes: [String], fixIt: String?)? {
        guard let sheet = figures[path] else {
            return ("`\(path)` is geen factsheet: alleen factsheets hebben cijfers", [], "noem het pad van een factsheet, zoals `factsheets/veilig-thuis-landelijk-2023`")
        }
        guard !sheet.contains(where: { $0.id == id }) else { return nil }
        let ids = sheet.compactMap(\.id)
        let known = ids.isEmpty ? ["de cijfers van deze factsheet hebben nog geen `id`"] : ["ids in deze factsheet: " + ids.map { "`\($0)`" }.joined(separator: ", ")]
        let fixIt = KeySuggestion.suggestion(for: id, among: ids).map { "bedoelde u `\(LinkTarget.figureScheme)\(path)#\($0)`?" }
            ?? "geef het cijfer in de factsheet een `id` en noem die na `#`"
        return (id.isEmpty ? "`cijfer:\(path)` noemt geen cijfer: zet `#` en de id van het cijfer erachter" : "factsheet `\(path)` heeft geen cijfer met id `\(id)`", known, fixIt)
    }

    /// The documents whose file name is within three edits of a broken link's target, in any capitals:
    /// the only ones `LinkSuggestion.nearest` can choose. Measured once per distinct name, not per
    /// document (names repeat in every region and municipality): measuring every document for every
    /// broken link was quadratic, 20 s for 2,000 documents with one broken link each.
    static func nearDocuments(to path: String, among documentsByName: [String: [String]]) -> [String] {
        let name = fileName(path).lowercased()
        return documentsByName.flatMap { candidate, paths in
            KeySuggestion.distance(name, candidate.lowercased(), atMost: 3) == nil ? [] : paths
        }
    }

    private static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// "Did you mean" for a link to `missing`, a path that does not exist: a document for a link to a
    /// document, a factsheet for a quoted figure (written as a quote is), any other file for a file.
    private func fixIt(forMissing missing: String, destination: String, in file: String) -> String? {
        let fragment = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).dropFirst().first.map(String.init)
        if destination.hasPrefix(LinkTarget.figureScheme) {
            let sheets = documentFiles.filter { $0.split(separator: "/").dropLast().last == Substring(Placement.factsheetFolder) }
            return LinkSuggestion.nearest(to: missing, among: sheets).map { sheet in
                "bedoelde u `\(LinkTarget.figureScheme)\(sheet.dropLast(3))" + (fragment.map { "#" + $0 } ?? "") + "`?"
            }
        }
        // `www.veiligthuis.nl` is a website written without its scheme: read as a file beside the document.
        if destination.lowercased().hasPrefix("www.") {
            return "bedoelt u een website? Schrijf het adres met `https://` ervoor: `https://\(destination)`"
        }
        // A link to the page another document becomes (`plan.html`) is written to its source, `plan.md`.
        if missing.hasSuffix(".html"), documentFiles.contains(String(missing.dropLast(5)) + ".md") {
            return "link naar het document zelf: `\(LinkSuggestion.relative(String(missing.dropLast(5)) + ".md", from: file))"
                + (fragment.map { "#" + $0 } ?? "") + "`; Regio maakt er de link naar zijn pagina van"
        }
        let candidates = missing.hasSuffix(".md") ? Self.nearDocuments(to: missing, among: documentsByName) : contentFiles.filter { FileRole(path: $0) == .other }
        return LinkSuggestion.fixIt(for: missing, fragment: fragment, in: file, among: candidates)
    }

    /// A link written from the content folder (`/haaglanden/regiovisie-2023-2026.md`) to a file that
    /// exists, as it must be written from the document at `file`.
    /// `cijfer:../../factsheets/landelijk.md#id` as the quote means it, `cijfer:factsheets/landelijk#id`,
    /// when that names a document; nil otherwise.
    private func figureLinkFromContentFolder(_ destination: String, in file: String) -> String? {
        let parts = destination.dropFirst(LinkTarget.figureScheme.count).split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(parts[0]), named = path.hasSuffix(".md") ? path : path + ".md"
        // `/factsheets/…`: already from the content folder, with a slash too many.
        let resolved = named.hasPrefix("/") ? String(named.drop { $0 == "/" }) : LinkTarget.resolve(named, from: file)
        guard let resolved, documentFiles.contains(resolved) else { return nil }
        return LinkTarget.figureScheme + resolved.dropLast(3) + (parts.count == 2 ? "#" + parts[1] : "")
    }

    private func fromContentFolder(_ destination: String, in file: String) -> String? {
        guard destination.hasPrefix("/"), !destination.hasPrefix("//") else { return nil }
        let parts = destination.dropFirst().split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(parts[0])
        let decoded = path.removingPercentEncoding ?? path
        guard let resolved = LinkTarget.resolve(decoded, from: "x"), contentFiles.contains(resolved) else { return nil }
        return LinkSuggestion.relative(resolved, from: file) + (parts.count == 2 ? "#" + parts[1] : "")
    }
}
