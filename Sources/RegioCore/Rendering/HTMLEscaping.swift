import RegioMarkdown
import Mustache

/// The escaping `{{name}}` gets in every template: the same five characters as swift-mustache's own
/// HTML content type, replaced in one pass over UTF-8 bytes. The library's version goes through
/// Characters and a dictionary, and was a sixth of a build at 10,000 documents.
///
/// `Theme.load` registers it as `REGIO_HTML` and puts the pragma in front of each template, on a line
/// of its own (template errors have their line numbers moved back). A tag standing alone on the
/// template's own first line then leaves no line break in the page, as it does on any other line;
/// with the pragma in front of it on that line, swift-mustache kept the line break of the next
/// standalone tag after its section as well.
public struct HTMLEscaping: MustacheContentType {
    static let name = "REGIO_HTML"
    static let pragma = "{{% CONTENT_TYPE: \(name)}}\n"

    public func escapeText(_ text: String) -> String {
        Self.escape(text)
    }

    /// Also for HTML that Regio writes outside templates (the preview's findings panel).
    public static func escape(_ text: String) -> String {
        escape(text, apostrophe: "&#39;")
    }

    /// The five characters replaced in one pass over UTF-8 bytes; XML writes the apostrophe as `&apos;`.
    static func escape(_ text: String, apostrophe: String) -> String {
        guard text.containsUTF8(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) else { return text }
        return text.withUTF8Buffer { source in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(source.count + 32)
            for byte in source {
                switch byte {
                case 0x3C: bytes.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B] as [UInt8]) // &lt;
                case 0x3E: bytes.append(contentsOf: [0x26, 0x67, 0x74, 0x3B] as [UInt8]) // &gt;
                case 0x26: bytes.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B] as [UInt8]) // &amp;
                case 0x22: bytes.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B] as [UInt8]) // &quot;
                case 0x27: bytes.append(contentsOf: apostrophe.utf8)
                default: bytes.append(byte)
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// Registers the content type once per process (the registry is global).
    static let registered: Void = MustacheContentTypes.register(HTMLEscaping(), named: name)
}
