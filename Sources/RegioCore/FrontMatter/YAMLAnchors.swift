// Yams resolves aliases while composing, which is where a "billion laughs" costs its time and memory,
// so they are looked for in libyaml's events first (`YAMLEvents`).
import CYaml
import RegioMarkdown

/// Finds YAML anchors (`&naam`) and aliases (`*naam`) before Yams composes the text.
///
/// Front matter never needs them, and an alias used as a mapping key makes Yams hash the whole
/// aliased tree for every use: a few lines of nested aliases took minutes. So the first anchor or
/// alias is reported and the text is not composed at all.
enum YAMLAnchors {
    struct Found: Equatable {
        /// 1-based, as Yams' marks are.
        let line: Int
        let column: Int
        let name: String
        let isAlias: Bool
    }

    /// The first anchor or alias in document order; nil when there is none, or when libyaml stops
    /// at a syntax error first (Yams then reports that error).
    static func first(in text: String) -> Found? {
        // Most front matter has neither indicator anywhere: no second parse for it.
        guard text.containsUTF8(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "*") }) else { return nil }
        var found: Found?
        YAMLEvents.forEach(in: text) { event in
            let anchor: UnsafeMutablePointer<yaml_char_t>?
            var isAlias = false
            switch event.type {
            case YAML_ALIAS_EVENT:
                anchor = event.data.alias.anchor
                isAlias = true
            case YAML_SCALAR_EVENT: anchor = event.data.scalar.anchor
            case YAML_SEQUENCE_START_EVENT: anchor = event.data.sequence_start.anchor
            case YAML_MAPPING_START_EVENT: anchor = event.data.mapping_start.anchor
            default: anchor = nil
            }
            guard let anchor else { return true }
            found = Found(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1,
                          name: String(cString: anchor), isAlias: isAlias)
            return false
        }
        return found
    }
}
