import Foundation

/// Hands each new build version to every open page. A page that reads slowly gets only the newest
/// version when it catches up: a slow client never holds up a build.
///
/// Every `heartbeat` each open page is sent the current version again, which its script ignores:
/// a write to a page that went away without closing its connection fails, and the stream ends.
/// At most `maximumListeners` streams are open at once; a new one ends the oldest (a page still
/// open connects again by itself), so event streams never take the places of page requests
/// (`PreviewServer.defaultMaximumConnections` is twice as many).
actor ReloadBroadcaster {
    static let defaultHeartbeat = Duration.seconds(5)
    static let defaultMaximumListeners = 32

    let heartbeat: Duration
    let maximumListeners: Int
    private var listeners: [UUID: AsyncStream<Int>.Continuation] = [:]
    /// Oldest first.
    private var order: [UUID] = []
    private var latest = 0
    private var beating = false

    init(heartbeat: Duration = defaultHeartbeat, maximumListeners: Int = defaultMaximumListeners) {
        self.heartbeat = heartbeat
        self.maximumListeners = maximumListeners
    }

    func subscribe(current: Int) -> AsyncStream<Int> {
        latest = current
        while listeners.count >= maximumListeners, !order.isEmpty {
            listeners.removeValue(forKey: order.removeFirst())?.finish()
        }
        let id = UUID()
        let (stream, continuation) = AsyncStream<Int>.makeStream(bufferingPolicy: .bufferingNewest(1))
        continuation.yield(current)
        continuation.onTermination = { _ in Task { await self.remove(id) } }
        listeners[id] = continuation
        order.append(id)
        if !beating {
            beating = true
            Task { await self.beat() }
        }
        return stream
    }

    func publish(_ version: Int) {
        latest = version
        for continuation in listeners.values { continuation.yield(version) }
    }

    var count: Int { listeners.count }

    /// Sends the current version again every `heartbeat`, while any page listens.
    private func beat() async {
        while !listeners.isEmpty {
            try? await Task.sleep(for: heartbeat)
            for continuation in listeners.values { continuation.yield(latest) }
        }
        beating = false
    }

    private func remove(_ id: UUID) {
        listeners[id] = nil
        order.removeAll { $0 == id }
    }
}
