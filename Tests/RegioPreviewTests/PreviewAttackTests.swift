import Foundation
import Hummingbird
@testable import RegioPreview
import RegioCore
import RegioTestSupport
import Testing

/// A TCP connection to the preview that says exactly what the test writes: HTTP clients tidy up
/// paths (`/../` and `%2e%2e`) before sending them, and an attacker's client does not.
private final class RawConnection {
    let descriptor: Int32

    init?(host: String = PreviewServer.host, port: Int) {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return nil }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        inet_pton(AF_INET, host, &address.sin_addr)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(descriptor)
            return nil
        }
    }

    deinit { close(descriptor) }

    func send(_ text: String) {
        _ = text.utf8CString.withUnsafeBufferPointer { Glibc.send(descriptor, $0.baseAddress, $0.count - 1, Int32(MSG_NOSIGNAL)) }
    }

    /// What arrives within `seconds`, up to the end of the first response's headers and some body.
    func receive(within seconds: Double) -> String {
        var received = [UInt8]()
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 50) > 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 65536)
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count <= 0 { break }
            received += buffer[0..<count]
            if String(decoding: received, as: UTF8.self).contains("\r\n\r\n"), received.count > 200 { break }
        }
        return String(decoding: received, as: UTF8.self)
    }

    func get(_ path: String, within seconds: Double = 5) -> String {
        send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        return receive(within: seconds)
    }
}

/// The valid site in a preview on a free port of 127.0.0.1, for the length of `body`.
private func withLivePreview(maximumConnections: Int = PreviewServer.defaultMaximumConnections,
                             _ body: @Sendable (Int) async throws -> Void) async throws {
    let session = PreviewSession(configuration: PreviewConfiguration(
        makeOptions: { BuildOptions(content: SiteFixture.valid.fileSystem, theme: DiskFileSystem(root: RepositoryPaths.defaultTheme), today: testToday) },
        place: { $0.file }, report: { _, _ in }
    ))
    await session.rebuild()
    let port = AsyncStream<Int>.makeStream()
    let app = PreviewServer(session: session, maximumConnections: maximumConnections)
        .application(port: 0) { port.continuation.yield($0) }
    let server = Task { try await app.runService(gracefulShutdownSignals: []) }
    defer { server.cancel() }
    var ports = port.stream.makeAsyncIterator()
    let live = try #require(await ports.next())
    try await body(live)
}

@Suite("Voorbeeldserver onder aanval", .serialized)
struct PreviewAttackTests {
    @Test("padtraversal over een echte verbinding: elke codering krijgt 400 of 404, nooit een bestand van buiten de site")
    func traversalOverTheWire() async throws {
        try await withLivePreview { port in
            let attempts = [
                "/../../../../etc/passwd", "/haaglanden/../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2e%2f%2e%2e%2fetc%2fpasswd",
                "/%252e%252e/%252e%252e/etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd", "/.%2e/.%2e/etc/passwd", "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
                "/..%5c..%5cetc%5cpasswd", "/..\\..\\etc\\passwd", "//etc/passwd", "/%2fetc%2fpasswd", "/etc/passwd%00.html",
                "/haaglanden/index.html%00", "/%u002e%u002e/etc/passwd", "/..;/..;/etc/passwd", "/....//....//etc/passwd",
            ]
            for path in attempts {
                guard let connection = RawConnection(port: port) else { Issue.record("geen verbinding"); return }
                let answer = connection.get(path)
                let status = answer.split(separator: " ").dropFirst().first.map(String.init) ?? "(geen antwoord)"
                #expect(status == "400" || status == "404", "\(path): \(status)")
                #expect(!answer.contains("root:"), "\(path) gaf /etc/passwd")
            }
            // A sound request on the same server still works.
            #expect(RawConnection(port: port)?.get("/haaglanden/delft/plan-2024.html").hasPrefix("HTTP/1.1 200") == true)
        }
    }

    @Test("hooguit zoveel verbindingen tegelijk als ingesteld; de volgende wacht tot er een sluit")
    func boundedConnections() async throws {
        try await withLivePreview(maximumConnections: 3) { port in
            // Three connections that never send anything hold every place.
            var idle = (0..<3).compactMap { _ in RawConnection(port: port) }
            #expect(idle.count == 3)
            try await Task.sleep(for: .milliseconds(200))
            let waiting = try #require(RawConnection(port: port))
            waiting.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            #expect(waiting.receive(within: 1).isEmpty, "een vierde verbinding werd toch bediend")
            idle.removeFirst()
            #expect(waiting.receive(within: 5).hasPrefix("HTTP/1.1 200"))
            _ = idle
        }
    }

    @Test("luistert alleen op 127.0.0.1: via een ander adres van deze machine is de server onbereikbaar")
    func loopbackOnly() async throws {
        let others = nonLoopbackAddresses()
        try await withLivePreview { port in
            #expect(RawConnection(port: port) != nil)
            for address in others {
                #expect(RawConnection(host: address, port: port) == nil, "bereikbaar via \(address)")
            }
        }
        if others.isEmpty { print("let op: deze machine heeft geen ander IPv4-adres dan 127.0.0.1; alleen de binding is getest") }
    }
}

/// The machine's IPv4 addresses other than loopback.
private func nonLoopbackAddresses() -> [String] {
    var list: UnsafeMutablePointer<ifaddrs>?
    guard getifaddrs(&list) == 0 else { return [] }
    defer { freeifaddrs(list) }
    var addresses: [String] = []
    var next = list
    while let entry = next {
        defer { next = entry.pointee.ifa_next }
        guard let address = entry.pointee.ifa_addr, address.pointee.sa_family == sa_family_t(AF_INET) else { continue }
        var host = [CChar](repeating: 0, count: Int(NI_MAXHOST))
        guard getnameinfo(address, socklen_t(MemoryLayout<sockaddr_in>.size), &host, socklen_t(host.count), nil, 0, NI_NUMERICHOST) == 0 else { continue }
        let text = String(cString: host)
        if !text.hasPrefix("127.") { addresses.append(text) }
    }
    return addresses
}
