import Foundation
import Hummingbird
import HummingbirdCore
import Logging

/// The preview's HTTP side, with Hummingbird: every GET goes to the session, the event stream to
/// the broadcaster. It listens on 127.0.0.1 only: a preview shows unpublished work, so nothing on
/// the network may reach it, and there is no option to change that.
public struct PreviewServer: Sendable {
    public static let host = "127.0.0.1"
    /// Open connections at most; more wait in the queue until one closes. Every open page holds
    /// one (its event stream), so this is far above what an author has open, and far below what
    /// would exhaust the process's file descriptors. Event streams take half at most
    /// (`ReloadBroadcaster.maximumListeners`), so that a page request never waits for them.
    public static let defaultMaximumConnections = 64
    let session: PreviewSession
    let maximumConnections: Int

    public init(session: PreviewSession, maximumConnections: Int = defaultMaximumConnections) {
        self.session = session
        self.maximumConnections = maximumConnections
    }

    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        let session = self.session
        let handler: @Sendable (Request, BasicRequestContext) async throws -> Response = { request, _ in
            if PreviewPath(requestPath: request.uri.path) == .events { return await Self.events(session, request: request) }
            return Self.response(await session.respond(to: request.uri.path))
        }
        router.get("/", use: handler)
        router.get("**", use: handler)
        return router
    }

    /// The application on `port` (0: any free port); `onRunning` gets the port it listens on.
    public func application(port: Int, onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        Application(
            router: router(),
            configuration: ApplicationConfiguration(
                address: .hostname(Self.host, port: port), serverName: "Regio", backlog: 32,
                availableConnectionsDelegate: MaximumAvailableConnections(maximumConnections)
            ),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) },
            logger: Logger(label: "regio.serve", factory: { _ in SwiftLogNoOpLogHandler() })
        )
    }

    static func response(_ answer: PreviewResponse) -> Response {
        var headers: HTTPFields = [.contentType: answer.contentType, .cacheControl: "no-store"]
        if let location = answer.location { headers[.location] = location }
        return Response(status: HTTPResponse.Status(code: answer.status), headers: headers,
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body)))
    }

    /// Server-sent events: the build version now, then each new one, until the page goes away.
    /// A browser closes the connection when it leaves or reloads the page; that ends the stream at
    /// once (`consumeWithCancellationOnInboundClose`), so the connection is freed, not left waiting
    /// for the next build. A page that vanished without closing is found by the heartbeat's write.
    static func events(_ session: PreviewSession, request: Request) async -> Response {
        let versions = await session.versions()
        let headers: HTTPFields = [.contentType: "text/event-stream", .cacheControl: "no-store"]
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            // Cancelled when the page closed its side; the stream may also end because a newer
            // page took its place, or a write failed.
            _ = try? await request.body.consumeWithCancellationOnInboundClose { _ in
                for await version in versions {
                    try await writer.write(ByteBuffer(string: "data: \(version)\n\n"))
                }
            }
            try await writer.finish(nil)
            // Thrown after the end of the response, so that the connection is closed, not kept for a
            // next request: a stream ended to make room for a newer page gives up its place.
            throw StreamEnded()
        })
    }

    private struct StreamEnded: Error {}
}
