import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import Synchronization

/// The preview's HTTP side, with Hummingbird: every GET goes to the session, the event stream to
/// the broadcaster; HEAD is answered as GET without the body (link checkers ask with HEAD), other
/// methods with 405. It listens on 127.0.0.1 only: a preview shows unpublished work, so nothing on
/// the network may reach it, and there is no option to change that; a request addressed to another
/// name than this computer's is refused (`PreviewHost`).
public struct PreviewServer: Sendable {
    public static let host = "127.0.0.1"
    /// Open connections at most; more wait in the queue until one closes. Every open page holds
    /// one (its event stream), so this is far above what an author has open, and far below what
    /// would exhaust the process's file descriptors. Event streams take half at most
    /// (`ReloadBroadcaster.maximumListeners`), so that a page request never waits for them.
    public static let defaultMaximumConnections = 64
    let session: PreviewSession
    let maximumConnections: Int
    /// Known once the server runs: with port 0 the system chooses it.
    private let listeningPort = ListeningPort()

    public init(session: PreviewSession, maximumConnections: Int = defaultMaximumConnections) {
        self.session = session
        self.maximumConnections = maximumConnections
    }

    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        let session = self.session
        // Before the routes, so that it applies to every request, also one no route takes.
        router.add(middleware: RequestGate(port: listeningPort))
        let handler: @Sendable (Request, BasicRequestContext) async throws -> Response = { request, _ in
            if PreviewPath(requestPath: request.uri.path) == .events { return await Self.events(session, request: request) }
            return Self.response(await session.respond(to: request.uri.path))
        }
        // The same status and headers, Content-Length included; the event stream is not opened.
        let headHandler: @Sendable (Request, BasicRequestContext) async throws -> Response = { request, _ in
            if PreviewPath(requestPath: request.uri.path) == .events { return Response(status: .ok, headers: Self.eventHeaders) }
            return Self.response(await session.respond(to: request.uri.path)).createHeadResponse()
        }
        router.get("/", use: handler)
        router.get("**", use: handler)
        router.head("/", use: headHandler)
        router.head("**", use: headHandler)
        return router
    }

    /// What every request passes first: a Host of this computer (`PreviewHost`), then GET or HEAD.
    /// Hosts are read from the request's authority and from any further Host header, so that a
    /// second Host cannot name another site.
    struct RequestGate<Context: RequestContext>: RouterMiddleware {
        let port: ListeningPort

        func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
            let hosts = [request.head.authority].compactMap(\.self) + request.headers.filter { $0.name.canonicalName == "host" }.map(\.value)
            guard hosts.allSatisfy({ PreviewHost.accepts($0, port: port.value) }) else {
                return PreviewServer.response(PreviewHost.refusal)
            }
            guard request.method == .get || request.method == .head else {
                var refused = PreviewServer.response(.text(405, "Regio: het voorbeeld beantwoordt alleen GET en HEAD"))
                refused.headers[.allow] = "GET, HEAD"
                return refused
            }
            return try await next(request, context)
        }
    }

    /// The port the server listens on, shared by the gate and the server that learns it.
    final class ListeningPort: Sendable {
        private let port = Mutex<Int>(0)
        var value: Int { port.withLock { $0 } }
        func set(_ value: Int) { port.withLock { $0 = value } }
    }

    /// The application on `port` (0: any free port); `onRunning` gets the port it listens on.
    public func application(port: Int, onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        listeningPort.set(port)
        let listeningPort = self.listeningPort
        return Application(
            router: router(),
            configuration: ApplicationConfiguration(
                address: .hostname(Self.host, port: port), serverName: "Regio", backlog: 32,
                availableConnectionsDelegate: MaximumAvailableConnections(maximumConnections)
            ),
            onServerRunning: { channel in
                let actual = channel.localAddress?.port ?? port
                listeningPort.set(actual)
                await onRunning(actual)
            },
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
        return Response(status: .ok, headers: eventHeaders, body: ResponseBody { writer in
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

    private static let eventHeaders: HTTPFields = [.contentType: "text/event-stream", .cacheControl: "no-store"]

    private struct StreamEnded: Error {}
}
