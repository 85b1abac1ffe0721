// libyaml's event API, from the copy Yams is built on: Yams has no event-level API, and its nodes
// do not say where a scalar ends.
import CYaml

/// libyaml's parse events of a text, for checks that need more than Yams' nodes tell.
enum YAMLEvents {
    /// Calls `body` with each event in document order until it returns false, the stream ends, or
    /// libyaml stops at a syntax error (Yams reports that error when it composes the text).
    static func forEach(in text: String, _ body: (yaml_event_t) -> Bool) {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT || !body(event) { return }
            }
        }
    }
}
