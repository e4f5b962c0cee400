import ChildProcess
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The bounds kube-apiserver puts on clients, against the real binary with short timeouts: silent half
/// headers are closed after the header timeout while other clients and watches are served throughout, and
/// a client that writes an oversized body before reading still gets its 413 `Status`.
@Suite(.serialized) struct ClientBoundsTests {
    /// A loopback TCP connection, or -1.
    static func connectLoopback(port: Int) -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return -1 }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            close(fd)
            return -1
        }
        return fd
    }

    /// True when the peer has closed `fd` (end of stream or reset), without waiting.
    static func peerClosed(_ fd: Int32) -> Bool {
        var byte: UInt8 = 0
        let n = recv(fd, &byte, 1, Int32(MSG_DONTWAIT))
        if n == 0 { return true }
        if n > 0 { return false }
        return errno != EAGAIN && errno != EWOULDBLOCK
    }

    /// The first python3 on PATH.
    static func python3() throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"
        for dir in path.split(separator: ":") {
            let candidate = String(dir) + "/python3"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw HarnessError("python3 is not installed")
    }

    @Test func slowHalfHeadersAreClosedAfterTheHeaderTimeoutWhileClientsAndWatchesAreServed() throws {
        let server = try TestServer(extraArgs: ["--request-header-timeout", "2", "--idle-timeout", "2"])
        defer { _ = server.stop() }
        let watch = try startBackground(try curlPath(), ["-sN", server.baseURL + "/api/v1/namespaces/default/configmaps?watch=true"])
        defer { _ = watch.terminate(grace: 1) }

        let count = 2_000
        var slow: [Int32] = []
        defer { for fd in slow { close(fd) } }
        let half = Array("GET /api/v1/namespaces HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".utf8)
        for _ in 0..<count {
            let fd = Self.connectLoopback(port: server.port)
            try #require(fd >= 0, "connect failed: errno \(errno)")
            slow.append(fd)
            _ = half.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        }
        let opened = Date()
        // Well inside the timeout every slow connection is still open: it is the timeout that closes them.
        usleep(300_000)
        #expect(slow.filter { Self.peerClosed($0) }.isEmpty)

        // A normal client is served throughout, and every slow connection is closed within the timeout
        // (2 s, counted in whole seconds by libmicrohttpd) plus slack.
        var served = 0
        var slowest = 0.0
        var allClosedAfter: Double?
        while Date().timeIntervalSince(opened) < 6 {
            let start = Date()
            let r = try curl("GET", server.baseURL + "/api/v1/namespaces/default")
            #expect(r.code == 200)
            served += 1
            slowest = max(slowest, Date().timeIntervalSince(start))
            if allClosedAfter == nil, slow.allSatisfy({ Self.peerClosed($0) }) {
                allClosedAfter = Date().timeIntervalSince(opened)
            }
            usleep(100_000)
        }
        let closedNow = slow.filter { Self.peerClosed($0) }.count
        #expect(closedNow == count)
        #expect(allClosedAfter.map { $0 >= 1.5 && $0 <= 5 } == true, "all closed after \(allClosedAfter ?? -1) s")
        #expect(served >= 10)
        #expect(slowest < 2, "slowest normal request \(slowest) s")

        // The watch opened before has been quiet for longer than the idle timeout and still delivers.
        let created = try curl("POST", server.baseURL + "/api/v1/namespaces/default/configmaps",
                               body: #"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"after-the-storm"}}"#)
        #expect(created.code == 201)
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline, !watch.stdout.string.contains("after-the-storm") { usleep(50_000) }
        #expect(watch.stdout.string.contains("\"type\":\"ADDED\""))
        #expect(watch.stdout.string.contains("after-the-storm"))
        #expect(watch.isRunning)
    }

    @Test func anIdleKeepAliveConnectionIsClosedAfterTheIdleTimeout() throws {
        let server = try TestServer(extraArgs: ["--idle-timeout", "1"])
        defer { _ = server.stop() }
        let fd = Self.connectLoopback(port: server.port)
        try #require(fd >= 0)
        defer { close(fd) }
        let request = Array("GET /version HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        #expect(n > 0 && String(decoding: buffer[0..<max(n, 0)], as: UTF8.self).hasPrefix("HTTP/1.1 200"))
        let answered = Date()
        #expect(!Self.peerClosed(fd))
        while Date().timeIntervalSince(answered) < 5, !Self.peerClosed(fd) { usleep(50_000) }
        let after = Date().timeIntervalSince(answered)
        #expect(Self.peerClosed(fd))
        #expect(after >= 0.5 && after < 4, "closed after \(after) s")
    }

    @Test func aClientThatWritesFourMebibytesBeforeReadingGetsThe413Status() throws {
        let server = try TestServer()
        defer { _ = server.stop() }
        // http.client sends the whole body before it reads the answer, as urllib3 does.
        let script = """
            import http.client, sys
            c = http.client.HTTPConnection("127.0.0.1", int(sys.argv[1]), timeout=30)
            body = b'{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"big"},"data":{"a":"' + b"x" * (4 * 1024 * 1024) + b'"}}'
            c.request("POST", "/api/v1/namespaces/default/configmaps", body=body, headers={"Content-Type": "application/json"})
            r = c.getresponse()
            sys.stdout.write("%d %s" % (r.status, r.read().decode()))
            """
        let r = try run(try Self.python3(), ["-c", script, String(server.port)], timeout: 60)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == #"413 {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Request entity too large: limit is 3145728","reason":"RequestEntityTooLarge","code":413}"# + "\n")
    }
}
