import Synchronization

/// A document's entry in a list as the theme's `document-item` template draws it, for the templates
/// that write `{{{entry}}}`. One document is listed on many pages of a region (the page of each of its
/// themes, the region's vision on the page of every municipality), and a national factsheet in every
/// region; wherever its link is the same, so is its entry. Each is drawn once and shared: at 10,000
/// documents the theme pages drew 93,000 entries where 17,000 differ.
final class ListEntries: Sendable {
    private let theme: Theme
    private let drawn = Mutex<[Key: String]>([:])
    /// Each document's line on the checklist ("7 van 7 eisen gedekt"), made once: it goes with
    /// every one of the document's entries.
    private let summaries = Mutex<[ContentPath: String]>([:])

    private struct Key: Hashable {
        let document: ContentPath
        let url: String
    }

    init(theme: Theme) {
        self.theme = theme
    }

    /// `item` is the document's `PageContext.listItem` values, the same that `{{> document-item}}` gets.
    func entry(of document: ContentPath, item: [String: Any]) -> String {
        let key = Key(document: document, url: item["url"] as? String ?? "")
        if let entry = drawn.withLock({ $0[key] }) { return entry }
        var values = item
        values["t"] = theme.templateStrings
        var entry = theme.library.render(TemplateValues.wrap(values), withTemplate: "document-item") ?? ""
        // `{{{entry}}}` stands on a line of its own, whose line break ends the entry, where the
        // template's own last line break ended `{{> document-item}}`.
        if entry.hasSuffix("\n") { entry.removeLast() }
        drawn.withLock { $0[key] = entry }
        return entry
    }

    /// The line `make` gives for `document` (empty for none), made the first time it is asked for.
    func checklistSummary(of document: ContentPath, make: () -> String) -> String {
        if let made = summaries.withLock({ $0[document] }) { return made }
        let made = make()
        summaries.withLock { $0[document] = made }
        return made
    }

    /// How many different entries were drawn.
    var count: Int {
        drawn.withLock { $0.count }
    }
}
