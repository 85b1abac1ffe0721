import Foundation

/// An HTTP answer of the preview, independent of the server library, so the responder is tested
/// without a socket.
public struct PreviewResponse: Sendable, Equatable {
    public var status: Int
    public var contentType: String
    public var body: Data
    /// For a redirect: where to.
    public var location: String?

    static func text(_ status: Int, _ message: String) -> PreviewResponse {
        PreviewResponse(status: status, contentType: "text/plain; charset=utf-8", body: Data((message + "\n").utf8))
    }

    /// The media type by file extension; the preview serves only what a build writes.
    static func contentType(of path: String) -> String {
        switch path.split(separator: ".").last.map({ $0.lowercased() }) {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "svg": "image/svg+xml"
        case "xml": "application/xml; charset=utf-8"
        case "json": "application/json"
        case "txt": "text/plain; charset=utf-8"
        case "csv": "text/csv; charset=utf-8"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "webp": "image/webp"
        case "pdf": "application/pdf"
        case "woff2": "font/woff2"
        default: "application/octet-stream"
        }
    }
}
