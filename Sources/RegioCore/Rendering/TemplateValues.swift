import Mustache

/// A page's values in the shape swift-mustache looks up fastest. For every tag the library asks
/// the Swift runtime which of its protocols the value conforms to; a `String` in a `[String: Any]`
/// costs about seven such dynamic casts before it is written, a `TemplateText` three. Page
/// builders keep writing plain dictionaries; `wrap` converts them just before rendering.
/// Measured in BENCHMARKS.md ("What stands between this and the targets").
enum TemplateValues {
    static func wrap(_ value: Any) -> Any {
        // The exact types the page builders use are compared first: a failed `as?` is itself a
        // dynamic cast, and with casts alone this walk was 4% of a build.
        let type = type(of: value)
        if type == String.self { return TemplateText(value as! String) }
        if type == Bool.self || type == Int.self || type == TemplateNode.self || type == TemplateText.self { return value }
        if type == [String: Any].self { return TemplateNode((value as! [String: Any]).mapValues(wrap)) }
        if type == [[String: Any]].self { return (value as! [[String: Any]]).map { TemplateNode($0.mapValues(wrap)) } }
        if type == [String].self { return (value as! [String]).map(TemplateText.init) }
        return switch value {
        case let values as [String: Any]: TemplateNode(values.mapValues(wrap))
        case let list as [[String: Any]]: list.map { TemplateNode($0.mapValues(wrap)) }
        case let list as [Any]: list.map(wrap)
        default: value
        }
    }
}

/// Text in a template: what `{{name}}` writes (escaped) and `{{{name}}}` writes as it is.
/// Transforms such as `{{uppercased(name)}}` work as they do on a `String`.
struct TemplateText: MustacheCustomRenderable, MustacheTransformable, Comparable, Sendable {
    let renderText: String
    var isNull: Bool { false }

    init(_ text: String) {
        renderText = text
    }

    func transform(_ name: String) -> Any? {
        renderText.transform(name)
    }

    static func < (lhs: TemplateText, rhs: TemplateText) -> Bool {
        lhs.renderText < rhs.renderText
    }
}

/// A set of named values in a template, as a dictionary is; `{{count(t)}}` and the other
/// dictionary transforms work on it too.
struct TemplateNode: MustacheParent, MustacheTransformable, @unchecked Sendable {
    /// Only wrapped values, so a lookup never meets a plain `String` again.
    private let values: [String: Any]

    init(_ values: [String: Any]) {
        self.values = values
    }

    /// The theme's strings, wrapped once per theme instead of once per page.
    init(strings: [String: String]) {
        values = strings.mapValues(TemplateText.init)
    }

    func child(named name: String) -> Any? {
        values[name]
    }

    func transform(_ name: String) -> Any? {
        values.transform(name)
    }
}
