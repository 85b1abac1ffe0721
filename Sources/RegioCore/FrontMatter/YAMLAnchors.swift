// libyaml's event API, from the copy Yams is built on: Yams has no event-level API, and it resolves
// aliases while composing, which is where a "billion laughs" costs its time and memory.
import RegioMarkdown
import CYaml

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
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer -> Found? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                let anchor: UnsafeMutablePointer<yaml_char_t>?
                var isAlias = false
                switch event.type {
                case YAML_ALIAS_EVENT:
                    anchor = event.data.alias.anchor
                    isAlias = true
                case YAML_SCALAR_EVENT: anchor = event.data.scalar.anchor
                case YAML_SEQUENCE_START_EVENT: anchor = event.data.sequence_start.anchor
                case YAML_MAPPING_START_EVENT: anchor = event.data.mapping_start.anchor
                case YAML_STREAM_END_EVENT: return nil
                default: anchor = nil
                }
                if let anchor {
                    return Found(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1,
                                 name: String(cString: anchor), isAlias: isAlias)
                }
            }
            return nil
        }
    }
}
