/// The sections a template opens and closes, read from its text, to say which section a Mustache
/// parse error is about. swift-mustache reports where it noticed the mistake: at `{{/document}}` on
/// line 11, when the mistake is the `{{#title}}` on line 7 that was never closed.
struct TemplateSections {
    /// A tag that opens or closes a section: `{{#naam}}`, `{{^naam}}`, `{{$naam}}`, `{{<naam}}`, `{{/naam}}`.
    struct Tag: Equatable {
        let sigil: Character
        let name: String
        let line: Int
        let column: Int

        var written: String { "{{\(sigil)\(name)}}" }
    }

    /// What went wrong with the sections, as far as the text shows it.
    enum Mistake: Equatable {
        /// `open` was still open when `close`, of another section, came.
        case closedOutOfOrder(open: Tag, close: Tag)
        /// `close` closes a section that was never opened.
        case closedUnopened(close: Tag)
        /// `open` is still open at the end of the template.
        case neverClosed(open: Tag)
    }

    let text: String

    /// The first mistake in the text, or nil when the sections nest well (the error is another).
    var firstMistake: Mistake? {
        var open: [Tag] = []
        for tag in tags {
            guard tag.sigil == "/" else { open.append(tag); continue }
            guard let last = open.last else { return .closedUnopened(close: tag) }
            guard last.name == tag.name else { return .closedOutOfOrder(open: last, close: tag) }
            open.removeLast()
        }
        return open.last.map { .neverClosed(open: $0) }
    }

    /// Every section tag, in order (`TemplateNames.tags`: comments and triple-brace tags are not
    /// sections).
    var tags: [Tag] {
        TemplateNames.tags(in: text).compactMap { tag in
            guard let sigil = tag.sigil, "#^$</".contains(sigil) else { return nil }
            return Tag(sigil: sigil, name: String(tag.name.prefix { $0 != " " }), line: tag.line, column: tag.column)
        }
    }
}
