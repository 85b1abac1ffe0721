import Synchronization

/// Template output drawn once per key and shared by every page that asks for it again: the same
/// inputs give the same text, so a page cannot tell whether its part was drawn for it.
final class DrawnOnce<Key: Hashable & Sendable>: Sendable {
    private let drawn = Mutex<[Key: String]>([:])

    func text(for key: Key, draw: () -> String) -> String {
        if let text = drawn.withLock({ $0[key] }) { return text }
        let text = draw()
        drawn.withLock { $0[key] = text }
        return text
    }

    /// How many different texts were drawn.
    var count: Int {
        drawn.withLock { $0.count }
    }
}

extension Theme {
    /// The template `name` filled with `values`, for a template that writes it as `{{{…}}}` on a line of
    /// its own: that line's break ends the text, where the template's own last line break did when it
    /// was a partial (`{{> name}}`). Empty when the theme has no such template.
    func drawnForLine(_ name: String, _ values: Any) -> String {
        var text = library.render(values, withTemplate: name) ?? ""
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
