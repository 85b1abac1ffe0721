import Mustache

/// The escaping `{{name}}` gets in every template: the same five characters as swift-mustache's own
/// HTML content type, replaced in one pass over UTF-8 bytes. The library's version goes through
/// Characters and a dictionary, and was a sixth of a build at 10,000 documents.
///
/// `Theme.load` registers it as `REGIO_HTML` and puts the pragma in front of each template, on the
/// template's first line so that the line numbers of template errors do not move.
public struct HTMLEscaping: MustacheContentType {
    static let name = "REGIO_HTML"
    static let pragma = "{{% CONTENT_TYPE: \(name)}}"

    public func escapeText(_ text: String) -> String {
        Self.escape(text)
    }

    /// Also for HTML that Regio writes outside templates (the preview's findings panel).
    public static func escape(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case 0x3C: bytes += Array("&lt;".utf8)
            case 0x3E: bytes += Array("&gt;".utf8)
            case 0x26: bytes += Array("&amp;".utf8)
            case 0x22: bytes += Array("&quot;".utf8)
            case 0x27: bytes += Array("&#39;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Registers the content type once per process (the registry is global).
    static let registered: Void = MustacheContentTypes.register(HTMLEscaping(), named: name)
}
