import Foundation
import RegioTestSupport
import Testing

/// A TCP connection to the preview that says exactly what the test writes: HTTP clients tidy up
/// paths (`/../` and `%2e%2e`) before sending them, and an attacker's client does not.
private final class RawConnection: @unchecked Sendable {
    let descriptor: Int32

    init?(host: String = "127.0.0.1", port: Int) {
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
            Glibc.close(descriptor)
            return nil
        }
    }

    private var closed = false

    deinit { close() }

    func send(_ text: String) {
        _ = text.utf8CString.withUnsafeBufferPointer { Glibc.send(descriptor, $0.baseAddress, $0.count - 1, Int32(MSG_NOSIGNAL)) }
    }

    /// What arrives within `seconds`, up to the end of the first response's headers and some body.
    func receive(within seconds: Double) -> String {
        receive(within: seconds) { $0.contains("\r\n\r\n") && $0.utf8.count > 200 }
    }

    /// What arrives within `seconds`, until `marker` is in it.
    func receive(until marker: String, within seconds: Double) -> String {
        receive(within: seconds) { $0.contains(marker) }
    }

    /// What arrives within `seconds`, until `enough` says so or the other side closes.
    private func receive(within seconds: Double, until enough: (String) -> Bool) -> String {
        var received = [UInt8]()
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline, !enough(String(decoding: received, as: UTF8.self)) {
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 50) > 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 65536)
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count <= 0 { break }
            received += buffer[0..<count]
        }
        return String(decoding: received, as: UTF8.self)
    }

    /// Closes the connection now, as a browser does when it leaves a page.
    func close() {
        if !closed { Glibc.close(descriptor) }
        closed = true
    }

    func get(_ path: String, within seconds: Double = 5) -> String {
        send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        return receive(within: seconds)
    }
}

/// Runs blocking socket calls on a thread of their own: on the concurrency pool they would take a
/// thread the server under test needs (the pool has as many threads as cores).
private func offPool<Value: Sendable>(_ work: @escaping @Sendable () -> Value) async -> Value {
    await withCheckedContinuation { continuation in
        DispatchQueue.global().async { continuation.resume(returning: work()) }
    }
}

/// The valid site in `regio serve` (the real executable, its own process) on a free port.
private func withLivePreview(_ body: @Sendable (Int) async throws -> Void) async throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try SiteFixture.valid.write(to: folder)
    let (process, _, address) = try startServe(folder)
    defer {
        process.terminate()
        process.waitUntilExit()
    }
    try await body(try #require(address.port))
}

/// Open connections `regio serve` accepts at once (`PreviewServer.defaultMaximumConnections`).
private let maximumConnections = 64

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
                let answer = await offPool { connection.get(path) }
                let status = answer.split(separator: " ").dropFirst().first.map(String.init) ?? "(geen antwoord)"
                #expect(status == "400" || status == "404", "\(path): \(status)")
                #expect(!answer.contains("root:"), "\(path) gaf /etc/passwd")
            }
            // A sound request on the same server still works.
            let sound = await offPool { RawConnection(port: port)?.get("/haaglanden/delft/plan-2024.html") ?? "" }
            #expect(sound.hasPrefix("HTTP/1.1 200"))
        }
    }

    @Test("hooguit zoveel verbindingen tegelijk als ingesteld; de volgende wacht tot er een sluit")
    func boundedConnections() async throws {
        try await withLivePreview { port in
            // Connections that never send anything hold every place.
            var idle = (0..<maximumConnections).compactMap { _ in RawConnection(port: port) }
            #expect(idle.count == maximumConnections)
            try await Task.sleep(for: .milliseconds(200))
            let waiting = try #require(RawConnection(port: port))
            waiting.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            #expect(await offPool { waiting.receive(within: 1) }.isEmpty, "een verbinding boven het maximum werd toch bediend")
            idle.removeFirst()
            #expect(await offPool { waiting.receive(within: 5) }.hasPrefix("HTTP/1.1 200"))
            _ = idle
        }
    }

    @Test("honderd keer een pagina geopend en verlaten: elke gesloten gebeurtenissenstroom komt vrij, en een pagina antwoordt daarna meteen")
    func closedEventStreamsAreFreed() async throws {
        try await withLivePreview { port in
            for attempt in 0..<100 {
                guard let stream = RawConnection(port: port) else { Issue.record("geen verbinding bij poging \(attempt)"); return }
                stream.send("GET /_regio/gebeurtenissen HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
                let answer = await offPool { stream.receive(until: "data: ", within: 3) }
                guard answer.contains("data: ") else {
                    Issue.record("poging \(attempt): geen gebeurtenis binnen 3 s; de gesloten stromen houden nog plaatsen vast")
                    return
                }
                // As a browser does when it leaves the page: the connection is closed, not half-open.
                stream.close()
            }
            let clock = ContinuousClock(), start = clock.now
            let page = await offPool { RawConnection(port: port)?.get("/haaglanden/delft/plan-2024.html", within: 5) ?? "" }
            #expect(page.hasPrefix("HTTP/1.1 200"))
            #expect(clock.now - start < .seconds(2))
        }
    }

    @Test("zoveel open gebeurtenissenstromen als er verbindingen mogen zijn: een pagina antwoordt toch, de oudste stromen maken plaats")
    func eventStreamsNeverBlockPages() async throws {
        try await withLivePreview { port in
            var streams: [RawConnection] = []
            for _ in 0..<maximumConnections {
                guard let stream = RawConnection(port: port) else { break }
                stream.send("GET /_regio/gebeurtenissen HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
                streams.append(stream)
            }
            try await Task.sleep(for: .milliseconds(300))
            let page = await offPool { RawConnection(port: port)?.get("/haaglanden/delft/plan-2024.html", within: 3) ?? "" }
            #expect(page.hasPrefix("HTTP/1.1 200"), "een pagina wachtte op de gebeurtenissenstromen")
            // The newest stream is still served.
            let newest = try #require(streams.last)
            #expect(await offPool { newest.receive(until: "data: ", within: 3) }.contains("data: "))
            _ = streams
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
        let text = String(decoding: host.prefix { $0 != 0 }.map(UInt8.init(bitPattern:)), as: UTF8.self)
        if !text.hasPrefix("127.") { addresses.append(text) }
    }
    return addresses
}
