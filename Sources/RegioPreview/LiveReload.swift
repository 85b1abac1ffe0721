import Foundation
import RegioCore

/// What the preview adds to a page, and only in the preview: a script that reloads the page when the
/// content changes, and the findings of the last build over the page.
enum LiveReload {
    /// `html` with the script, and with the findings when there are any: the panel before `</body>`, a
    /// skip link to it after `<body>`. `version`: the build the page was made from, which the script
    /// compares with the server's when it connects: a build that finished between the page and the
    /// connection (a second save 50 ms after the first) would otherwise never reach the page.
    static func inject(into html: String, findings: Findings, page: PanelPage = PanelPage(), version: Int? = nil) -> String {
        let versionAttribute = version.map { " data-versie=\"\($0)\"" } ?? ""
        var added = "<script src=\"\(PreviewPath.scriptPath)\"\(versionAttribute)></script>\n"
        var html = allowingEvents(html)
        if !findings.diagnostics.isEmpty || findings.remindsOn(page) || page.isHeld || page.isUnbuilt || findings.shown != .latest {
            added = panel(findings, page: page) + added
            html = withSkipLink(html, findings: findings)
        }
        guard let end = html.range(of: "</body>", options: .backwards) else { return html + added }
        return html.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: added)
    }

    /// A link to the panel, the second thing Tab reaches (after the theme's own link to the content):
    /// the panel comes after the whole page, some 56 Tab presses down on a plan. The script hides it
    /// until it has focus and makes it focus the panel's button. Without the script it stays a plain link at the top, then the only sign at the
    /// top of a page that the last build has findings. A page without `<body>` gets none.
    static func skipLink(_ findings: Findings) -> String {
        let count = findings.diagnostics.count
        return "<a id=\"regio-naar-meldingen\" href=\"#regio-meldingen\" lang=\"nl\">Naar de meldingen van het voorbeeld"
            + (count > 0 ? " (\(count))" : "") + "</a>\n"
    }

    /// `html` with `skipLink` right after its `<body>` tag, or after the theme's own skip link when the
    /// page starts with one (a link to a `#fragment`), so that the first Tab still leads to the
    /// content, the second to the findings.
    static func withSkipLink(_ html: String, findings: Findings) -> String {
        guard let body = html.range(of: #"<body(\s[^>]*)?>\n?"#, options: [.regularExpression, .caseInsensitive]) else { return html }
        var place = body.upperBound
        if let own = html[place...].range(of: ##"^<a\s[^>]*href="#[^"]*"[^>]*>[^<]*</a>\n?"##, options: [.regularExpression, .caseInsensitive]) {
            place = own.upperBound
        }
        return html.replacingCharacters(in: place..<place, with: skipLink(findings))
    }

    /// The page's own Content-Security-Policy with `connect-src 'self'` added, so that the script may
    /// listen to the server. The default theme's `default-src 'none'` refuses every connection, and a
    /// browser enforces every policy a page has: a second, looser one could not undo it. Only the
    /// preview changes the policy; the built site keeps the theme's.
    static func allowingEvents(_ html: String) -> String {
        guard let meta = html.range(of: "http-equiv=\"Content-Security-Policy\"", options: .caseInsensitive),
              let content = html[meta.upperBound...].range(of: "content=\""),
              let close = html[content.upperBound...].firstIndex(of: "\"") else { return html }
        let policy = html[content.upperBound..<close]
        guard !policy.contains("connect-src") else { return html }
        let separator = policy.trimmingCharacters(in: .whitespaces).hasSuffix(";") || policy.isEmpty ? " " : "; "
        return html.replacingCharacters(in: close..<close, with: separator + "connect-src 'self'")
    }

    /// The last build's findings, with file, line, message, notes and fix, fixed at the bottom of the window:
    /// how many errors and warnings, which version the page is, then the findings of the page's own
    /// document, then the rest. Its heading stays in view and the rest scrolls when long; the button
    /// beside the heading folds the rest away (`hidden` until the script, which alone can work it,
    /// shows it). `data-count` tells the script whether a save brought more findings than before.
    /// It is Dutch on every site, as the authors are (`lang="nl"`: on an English site a screen reader
    /// would otherwise read it with an English voice).
    static func panel(_ findings: Findings, page: PanelPage = PanelPage()) -> String {
        let diagnostics = findings.ordered(first: page.document)
        // Each file's lines found once per panel, and only for the findings it shows.
        var lines: [String: SourceLines] = [:]
        var html = """
        <section id="regio-meldingen" lang="nl" aria-labelledby="regio-meldingen-kop" data-count="\(diagnostics.count)">
        <div id="regio-meldingen-balk">
        <h2 id="regio-meldingen-kop">\(HTMLEscaping.escape(findings.heading))</h2>
        <button type="button" id="regio-meldingen-knop" aria-expanded="true" aria-controls="regio-meldingen-inhoud" hidden>Inklappen</button>
        </div>
        <div id="regio-meldingen-inhoud">

        """
        if let version = findings.shownOnPage(page) { html += "<p>\(inlineCode(version))</p>\n" }
        // What is coming goes after the findings: on a phone the panel shows a few lines, and the
        // author's own error comes first.
        let reminders = findings.remindsOn(page) ? findings.reminders.map { "<p>Let op: \(inlineCode($0))</p>\n" }.joined() : ""
        guard !diagnostics.isEmpty else { return html + reminders + "</div>\n</section>\n" }
        html += "<ul>\n"
        for diagnostic in diagnostics.prefix(50) {
            let location = diagnostic.location
            // A finding about the content folder itself has no line to go to.
            let place = location.file == "." ? findings.place(location) : "\(findings.place(location)):\(location.line):\(location.column)"
            let kind = diagnostic.severity == .error ? "fout" : "waarschuwing"
            html += "<li><code>\(HTMLEscaping.escape(place))</code>: \(kind): \(inlineCode(diagnostic.message))"
            // A finding of another document leads to its page: an author who reads "line 33" in a
            // file she has not open finds the text there.
            if location.file != page.document, let address = findings.page(location.file) {
                html += " (<a href=\"\(HTMLEscaping.escape(address))\">naar de pagina</a>)"
            }
            // Then, as the terminal gives them: the line with a caret under the place, the notes
            // (which commit deleted a linked file, where the first of two headings is), the fix.
            var lineBreak = "<br>"
            if lines[location.file] == nil, let source = findings.sources[location.file] { lines[location.file] = SourceLines(source.text) }
            if let fileLines = lines[location.file],
               let excerpt = SourceExcerpt(line: fileLines.line(location.line), number: location.line, column: location.column) {
                html += excerptHTML(excerpt)
                lineBreak = ""
            }
            for note in diagnostic.notes {
                html += "\(lineBreak)= \(inlineCode(note))"
                lineBreak = "<br>"
            }
            if let fixIt = diagnostic.fixIt { html += "\(lineBreak)→ \(inlineCode(fixIt))" }
            html += " <small>[\(HTMLEscaping.escape(diagnostic.id))]</small></li>\n"
        }
        if diagnostics.count > 50 {
            let rest = Array(diagnostics.dropFirst(50)), errors = rest.errorCount
            let among = errors == 0 ? "" : ", waarvan \(errors) \(errors == 1 ? "fout" : "fouten")"
            html += "<li>en nog \(rest.count) meldingen\(among); zie de terminal</li>\n"
        }
        return html + "</ul>\n" + reminders + "</div>\n</section>\n"
    }

    /// The source line under a finding as the panel shows it: wrapped to the panel's width (a line
    /// that scrolled sideways could not be reached by keyboard, and on a phone hid the place), with
    /// the character the finding points at marked where the terminal puts a caret under it.
    static func excerptHTML(_ excerpt: SourceExcerpt) -> String {
        let before = excerpt.text.prefix(excerpt.caretOffset.count), rest = excerpt.text.dropFirst(excerpt.caretOffset.count)
        return "<pre>\(HTMLEscaping.escape("\(excerpt.number) | \(before)"))<mark>\(HTMLEscaping.escape(rest.first.map(String.init) ?? " "))</mark>"
            + "\(HTMLEscaping.escape(String(rest.dropFirst())))</pre>"
    }

    /// A message as HTML: escaped, with the Markdown code spans it uses (`titel`) as `<code>`. A
    /// backtick without its partner stays a backtick.
    static func inlineCode(_ text: String) -> String {
        let parts = text.split(separator: "`", omittingEmptySubsequences: false)
        guard parts.count % 2 == 1 else { return HTMLEscaping.escape(text) }
        return parts.enumerated().map { index, part in
            index % 2 == 1 ? "<code>\(HTMLEscaping.escape(String(part)))</code>" : HTMLEscaping.escape(String(part))
        }.joined()
    }
}

/// The page the findings panel is drawn on.
struct PanelPage: Sendable, Equatable {
    /// The file of the document the page shows, whose findings come first.
    var document: String?
    /// The page is of an earlier build: its document now gives no page.
    var isHeld = false
    /// The page is not there: its document has never given one in this preview (new, or with an
    /// error since the preview started), and `document` says which.
    var isUnbuilt = false
    /// The start page of the site (`""`) or of a region (its folder), where the author looks at what
    /// is going on: only there the panel says what is coming (a vision that ends soon), which would
    /// be in the way on every page for three months; nil for any other page.
    var overview: String?

    init(document: String? = nil, isHeld: Bool = false, isUnbuilt: Bool = false, path: String = "") {
        self.document = document
        self.isHeld = isHeld
        self.isUnbuilt = isUnbuilt
        let parts = path.split(separator: "/")
        if parts.last == "index.html", parts.count <= 2 { overview = parts.count == 2 ? String(parts[0]) : "" }
    }
}

/// Which version of the site the preview shows, said on every page and in the terminal.
enum ShownVersion: Sendable, Equatable {
    /// The last build, as it is, errors and all.
    case latest
    /// The last build, but for these document files, which gave no page, their pages of an earlier build.
    case latestKeeping([String])
    /// The build before: the last one made no site (the theme or the settings did not load).
    case previous
    /// The build before: in the last one these files, which a region's or every page is made
    /// with (`BuildResult.brokenSharedFiles`), have errors they did not have in it.
    case previousWithout([String])
}

/// The last build's diagnostics as the preview shows them.
struct Findings: Sendable {
    var diagnostics: [Diagnostic] = []
    /// Which version is on screen.
    var shown = ShownVersion.latest
    /// Document files with an error that have no page, not even one kept from before (new, or
    /// broken since the preview started).
    var pageless: [String] = []
    /// What is coming that the content should prepare for (`BuildResult.reminders`), and the
    /// regions it is about.
    var reminders: [String] = []
    var remindedRegions: Set<String> = []

    /// The files read, for the line under each finding as the terminal shows it.
    var sources: [String: SourceFile] = [:]
    /// The address in the preview of the page of a document file (`/haaglanden/plan.html`); nil
    /// for a file without one, such as `regio.yaml`.
    var page: @Sendable (String) -> String? = { _ in nil }
    /// False for the build the preview starts with: its findings are not "after the last change".
    var isAfterChange = false
    /// The file as the user can open it, like the terminal output names it.
    var place: @Sendable (SourceLocation) -> String = { $0.file }

    /// Whether `page` says what is coming: the site's start page, and the start page of a region it is about.
    func remindsOn(_ page: PanelPage) -> Bool {
        guard !reminders.isEmpty, let overview = page.overview else { return false }
        return overview.isEmpty || remindedRegions.contains(overview)
    }

    /// "Regio: 3 fouten en 2 waarschuwingen na de laatste wijziging".
    var heading: String {
        let errors = diagnostics.errorCount, warnings = diagnostics.count - errors
        var counts: [String] = []
        if errors > 0 { counts.append("\(errors) \(errors == 1 ? "fout" : "fouten")") }
        if warnings > 0 { counts.append("\(warnings) \(warnings == 1 ? "waarschuwing" : "waarschuwingen")") }
        let when = isAfterChange ? "na de laatste wijziging" : "bij het starten"
        if counts.isEmpty { return "Regio: geen meldingen \(when)" }
        return "Regio: " + counts.joined(separator: " en ") + " \(when)"
    }

    /// What to fix first, first: the findings of a shared file that keeps the site before on screen;
    /// errors in a file that is not a document (the settings, a region, the checklist, the theme),
    /// which hold up every page; those of `document` (the page's own), its errors before its
    /// warnings; then the other errors, and the other warnings last. Each group in reading order.
    /// The panel shows 50: a theme's error sorted by its name after the documents' findings was
    /// left out after `regio new` had brought 15 of them.
    func ordered(first document: String?) -> [Diagnostic] {
        var blocking: Set<String> = []
        if case let .previousWithout(files) = shown { blocking = Set(files) }
        func rank(_ diagnostic: Diagnostic) -> Int {
            let file = diagnostic.location.file, isError = diagnostic.severity == .error
            if blocking.contains(file) { return 0 }
            if isError, !file.hasSuffix(".md") { return 1 }
            if file == document { return isError ? 2 : 3 }
            return isError ? 4 : 5
        }
        return diagnostics.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
    }

    /// Which version `page` is, for the panel; nil for the last build without errors.
    func shownOnPage(_ page: PanelPage) -> String? {
        if page.isHeld, let document = page.document {
            return "Deze pagina is een eerdere versie: \(place(SourceLocation(file: document))) kon na de laatste wijziging niet worden gebouwd."
        }
        if page.isUnbuilt, let document = page.document {
            return "Deze pagina is er nog niet: \(place(SourceLocation(file: document))) heeft een fout die haar tegenhoudt (hieronder als eerste). "
                + "Herstel die en sla op; dan verschijnt de pagina hier vanzelf."
        }
        switch shown {
        case .previous:
            return "Na de laatste wijziging kon de site niet worden gemaakt; u ziet de versie daarvoor."
        case let .previousWithout(files):
            return "U ziet de site van vóór de laatste wijziging: \(broken(files)). Herstel de fout hieronder en sla op; dan ziet u de nieuwe versie."
        case let .latestKeeping(files):
            return "U ziet de laatste versie, met de fouten erin; van \(unbuilt(files)), ziet u een eerdere versie." + pagelessOnPage
        case .latest:
            return diagnostics.errorCount > 0 ? "U ziet de laatste versie, met de fouten erin." + pagelessOnPage : nil
        }
    }

    /// Which version the preview shows, for the terminal; nil for the last build without errors.
    var shownInTerminal: String? {
        switch shown {
        case .previous:
            return "regio: het voorbeeld toont de versie van vóór deze build, want deze leverde geen site op"
        case let .previousWithout(files):
            return "regio: het voorbeeld toont de versie van vóór deze build: \(broken(files))"
        case let .latestKeeping(files):
            return "regio: het voorbeeld toont deze versie, met de fouten erin; van \(unbuilt(files)), een eerdere versie" + pagelessNote
        case .latest:
            return diagnostics.errorCount > 0 ? "regio: het voorbeeld toont deze versie, met de fouten erin" + pagelessNote : nil
        }
    }

    /// "a.md heeft nog geen pagina": documents a reader would otherwise look for in vain. On a page it
    /// goes on ", en staat dus ook niet in de lijsten": a municipality's page that says "no plan yet"
    /// while its plan has an error would mislead without it.
    private var pagelessSentence: String { listed(pageless) + (pageless.count == 1 ? " heeft" : " hebben") + " nog geen pagina" }
    private var pagelessOnPage: String { pageless.isEmpty ? "" : " " + pagelessSentence + ", en staat dus ook niet in de lijsten." }
    private var pagelessNote: String { pageless.isEmpty ? "" : "; " + pagelessSentence }

    /// "`haaglanden/regio.yaml` heeft een fout, en daardoor zouden pagina's van de regio ontbreken of niet kloppen".
    private func broken(_ files: [String]) -> String {
        files.map { file in
            let what = file.hasSuffix("/regio.yaml") ? "pagina's van de regio" : "de toetsing op de pagina's"
            return "`\(place(SourceLocation(file: file)))` heeft een fout, en daardoor zouden \(what) ontbreken of niet kloppen"
        }.joined(separator: "; ")
    }

    /// "a.md, dat geen pagina opleverde"; "a.md en b.md, die geen pagina opleverden"; more than
    /// three: two names "en 3 andere documenten".
    private func unbuilt(_ files: [String]) -> String {
        listed(files) + (files.count == 1 ? ", dat geen pagina opleverde" : ", die geen pagina opleverden")
    }

    /// "a.md", "a.md en b.md", "a.md, b.md en c.md"; more than three: two names "en 3 andere documenten".
    private func listed(_ files: [String]) -> String {
        let names = files.prefix(files.count > 3 ? 2 : 3).map { place(SourceLocation(file: $0)) }
        return if files.count > 3 {
            names.joined(separator: ", ") + " en \(files.count - 2) andere documenten"
        } else if names.count == 1 {
            names[0]
        } else {
            names.dropLast().joined(separator: ", ") + " en " + names[names.count - 1]
        }
    }
}
