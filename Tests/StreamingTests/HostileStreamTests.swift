import Foundation
import HTTP
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A loopback TCP client speaking raw bytes, for what no real client sends.
final class RawSocket {
    let fd: Int32

    init(port: Int) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(fd)
            throw HarnessError("connect failed: errno \(errno)")
        }
    }

    deinit { close(fd) }

    func send(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// Reads until `done` says the bytes so far suffice, or the peer closes (then `closed` is true).
    func read(until done: ([UInt8]) -> Bool) -> (bytes: [UInt8], closed: Bool) {
        var all: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while !done(all) {
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { return (all, n == 0) }
            all += chunk[0..<n]
        }
        return (all, false)
    }

    static func headersEnd(_ bytes: [UInt8]) -> Bool {
        String(decoding: bytes, as: UTF8.self).contains("\r\n\r\n")
    }
}

/// What no kubectl sends: garbage after an upgrade, a missing upgrade, protocols nobody offers. The
/// server answers with a Status or drops the session; it never crashes, hangs or leaves a runtime running.
@Suite struct HostileStreamTests {
    @Test func garbageAfterASPDYUpgradeEndsTheSessionOnly() throws {
        let server = try StreamingServer()
        let client = try RawSocket(port: server.http.port)
        client.send(Array(("POST /api/v1/namespaces/default/pods/p1/exec?command=forever&stdout=true HTTP/1.1\r\n"
                           + "Host: x\r\nContent-Length: 0\r\nConnection: Upgrade\r\nUpgrade: SPDY/3.1\r\n"
                           + "X-Stream-Protocol-Version: v4.channel.k8s.io\r\n\r\n").utf8))
        let head = client.read(until: RawSocket.headersEnd)
        let text = String(decoding: head.bytes, as: UTF8.self)
        #expect(text.hasPrefix("HTTP/1.1 101"), "\(text)")
        #expect(text.lowercased().contains("x-stream-protocol-version: v4.channel.k8s.io"))
        client.send([0x80, 0x02, 0x00, 0x01, 0x00, 0x00, 0x00, 0x04, 0xDE, 0xAD, 0xBE, 0xEF])  // SPDY/2: refused
        let rest = client.read { _ in false }
        #expect(rest.closed)
        #expect(server.runtime.active == 0)
        let pod = try runProgram("/usr/bin/curl", ["-s", "-o", "/dev/null", "-w", "%{http_code}",
                                                   "\(server.baseURL)/api/v1/namespaces/default/pods/p1"])
        #expect(pod.stdout == "200")
    }

    @Test func aBrokenWebSocketFrameStopsTheProcess() throws {
        let server = try StreamingServer()
        let client = try RawSocket(port: server.http.port)
        client.send(Array(("GET /api/v1/namespaces/default/pods/p1/exec?command=forever&stdout=true HTTP/1.1\r\n"
                           + "Host: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n"
                           + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Protocol: v5.channel.k8s.io\r\n\r\n").utf8))
        let head = client.read(until: RawSocket.headersEnd)
        #expect(String(decoding: head.bytes, as: UTF8.self).hasPrefix("HTTP/1.1 101"))
        #expect(eventually(within: 5) { server.runtime.active == 1 })
        client.send([0xF2, 0x80, 1, 2, 3, 4])  // reserved bits set
        _ = client.read { _ in false }
        #expect(eventually(within: 10) { server.runtime.active == 0 })
    }

    @Test func requestsThatCannotUpgradeGetStatuses() throws {
        let server = try StreamingServer()
        let base = "\(server.baseURL)/api/v1/namespaces/default/pods/p1"
        let plain = try runProgram("/usr/bin/curl", ["-s", "-w", "%{http_code}", "\(base)/exec?command=ls&stdout=true"])
        #expect(plain.stdout.contains("Upgrade request required") && plain.stdout.hasSuffix("400"), "\(plain.stdout)")
        let old = try runProgram("/usr/bin/curl", ["-s", "-w", "%{http_code}", "-X", "POST", "-H", "Connection: Upgrade",
                                                   "-H", "Upgrade: SPDY/3.1", "-H", "X-Stream-Protocol-Version: channel.k8s.io",
                                                   "\(base)/exec?command=ls&stdout=true"])
        #expect(old.stdout.contains("unable to negotiate protocol") && old.stdout.hasSuffix("403"), "\(old.stdout)")
        let noStreams = try runProgram("/usr/bin/curl", ["-s", "-w", "%{http_code}", "-X", "POST", "\(base)/exec?command=ls"])
        #expect(noStreams.stdout.contains("you must specify at least 1 of stdin, stdout, stderr"), "\(noStreams.stdout)")
        let noCommand = try runProgram("/usr/bin/curl", ["-s", "-w", "%{http_code}", "-X", "POST", "\(base)/exec?stdout=true"])
        #expect(noCommand.stdout.hasSuffix("400"), "\(noCommand.stdout)")
        let choose = try runProgram("/usr/bin/curl", ["-s", "-X", "POST",
                                                      "\(server.baseURL)/api/v1/namespaces/default/pods/p2/exec?command=ls&stdout=true"])
        #expect(choose.stdout.contains("a container name must be specified for pod p2, choose one of: [a b]"), "\(choose.stdout)")
        let badTail = try runProgram("/usr/bin/curl", ["-s", "-w", "%{http_code}", "\(base)/log?tailLines=-1"])
        #expect(badTail.stdout.hasSuffix("422"), "\(badTail.stdout)")
        let notStreaming = try runProgram("/usr/bin/curl", ["-s", "-w", "%{http_code}", "\(base)/nothing"])
        #expect(notStreaming.stdout.hasSuffix("404"), "\(notStreaming.stdout)")
    }
}
