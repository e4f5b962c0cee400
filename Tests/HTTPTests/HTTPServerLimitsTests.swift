import Foundation
import HTTP
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The bounds on clients: oversized bodies drained up to a limit before the answer, the header-read and
/// idle timeouts, and streams waiting for data exempt from the idle timeout.
@Suite struct HTTPServerLimitsTests {
    static func sizeOrTooLarge(_ request: HTTPRequest, _ responder: HTTPResponder) {
        responder.respond(textResponse(request.bodyTooLarge ? 413 : 200, "\(request.body.count)"))
    }

    @Test func anOversizedBodyWithinTheDrainLimitIsReadThenAnsweredAndTheConnectionKept() throws {
        let paths = Shared<[String]>([])
        try withServer(configure: { $0.maxBodySize = 1000 }, handler: { request, responder in
            paths.update { $0.append(request.path) }
            Self.sizeOrTooLarge(request, responder)
        }) { server in
            let client = try RawClient(port: server.port)
            // The whole body goes out before anything is read, as Python's http.client sends it.
            let smuggled = "GET /smuggled HTTP/1.1\r\nHost: x\r\n\r\n"
            let body = smuggled + String(repeating: "a", count: 1900 - smuggled.utf8.count)
            try client.send("POST /up HTTP/1.1\r\nHost: x\r\nContent-Length: 1900\r\n\r\n" + body)
            let answer = try client.readResponse()
            #expect(answer.status == 413)
            #expect(answer.text == "0")
            // The body was consumed, so the same connection serves the next request.
            #expect(try client.request("GET", "/next").status == 200)
            #expect(paths.get() == ["/up", "/next"])
        }
    }

    @Test func aChunkedBodyPastTheDrainLimitClosesTheConnection() throws {
        try withServer(configure: { $0.maxBodySize = 1000; $0.drainLimit = 4000 }, handler: Self.sizeOrTooLarge) { server in
            let client = try RawClient(port: server.port)
            try client.send("POST /up HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
            let chunk = "3e8\r\n" + String(repeating: "b", count: 1000) + "\r\n"
            // Writes may fail once the server has closed: that is the point.
            for _ in 0..<8 { try? client.send(chunk) }
            #expect(client.readUntilClosed())
        }
    }

    @Test func halfHeadersAreClosedAfterTheHeaderTimeoutButNotBefore() throws {
        try withServer(configure: { $0.requestHeaderTimeoutSeconds = 1; $0.idleTimeoutSeconds = 30 },
                       handler: Self.sizeOrTooLarge) { server in
            let slow = try (0..<50).map { _ in try RawClient(port: server.port) }
            for c in slow { try c.send("GET /slow HTTP/1.1\r\nHost: x\r\nX-Half: ") }
            let start = Date()
            usleep(200_000)
            let normal = try RawClient(port: server.port)
            #expect(try normal.request("GET", "/fast").status == 200)
            #expect(slow.allSatisfy { c in c.readUntilClosed() })
            let after = Date().timeIntervalSince(start)
            #expect(after >= 0.5 && after < 4, "closed after \(after) s")
            // The normal client's connection had sent a request: it has the longer idle timeout.
            #expect(try normal.request("GET", "/again").status == 200)
        }
    }

    @Test func aHeaderTrickledByteByByteIsCutAtTheHeaderDeadline() throws {
        try withServer(configure: { $0.requestHeaderTimeoutSeconds = 1; $0.idleTimeoutSeconds = 30 },
                       handler: Self.sizeOrTooLarge) { server in
            // Never silent for long, so only an absolute deadline (as Go's ReadHeaderTimeout) stops it.
            let trickler = try RawClient(port: server.port)
            let start = Date()
            var cut: Double?
            for byte in "GET /slow HTTP/1.1\r\nHost: x\r\nX-Trickle: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".utf8 {
                if (try? trickler.send([byte])) == nil {
                    cut = Date().timeIntervalSince(start)
                    break
                }
                usleep(100_000)
            }
            let closedAt = cut ?? Date().timeIntervalSince(start)
            #expect(cut != nil || trickler.readUntilClosed())
            #expect(closedAt >= 0.9 && closedAt < 3, "cut after \(closedAt) s")
        }
    }

    @Test func aKeepAliveConnectionUsedWithinItsDeadlinesStaysOpen() throws {
        try withServer(configure: { $0.requestHeaderTimeoutSeconds = 1; $0.idleTimeoutSeconds = 1 },
                       handler: Self.sizeOrTooLarge) { server in
            let client = try RawClient(port: server.port)
            for _ in 0..<6 {
                #expect(try client.request("GET", "/again").status == 200)
                usleep(500_000)
            }
        }
    }

    @Test func anUpgradedConnectionSilentLongerThanBothTimeoutsStaysOpen() throws {
        let echo = EchoWebSocket()
        try withServer(configure: { $0.requestHeaderTimeoutSeconds = 1; $0.idleTimeoutSeconds = 1 }, handler: { request, responder in
            responder.respond(WebSocket.upgradeResponse(for: request, protocol: "v5.channel.k8s.io", handler: echo)
                ?? textResponse(400, "not a websocket"))
        }) { server in
            let client = try RawClient(port: server.port)
            try client.send("GET /exec HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
                + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                + "Sec-WebSocket-Protocol: v5.channel.k8s.io\r\n\r\n")
            #expect(try client.readHead().status == 101)
            // An exec session may sit silent for minutes: neither the idle timeout nor the next header's
            // deadline (idle + header) applies to it.
            usleep(3_500_000)
            var parser = WebSocketFrameParser()
            try client.send(WebSocketFrame(opcode: .binary, payload: [4, 5, 6]).encoded(mask: [1, 2, 3, 4]))
            #expect(try readFrame(client, &parser)?.payload == [4, 5, 6])
            try client.send(WebSocketFrame(opcode: .close, payload: [0x03, 0xE8]).encoded(mask: [0, 0, 0, 0]))
            #expect(try readFrame(client, &parser)?.opcode == .close)
        }
    }

    @Test func aStreamWaitingForDataOutlivesTheIdleTimeoutThroughHeartbeats() throws {
        let streams = Shared<[TestStream]>([])
        // Heartbeats resume the suspended stream every 0.2 s; none of those resumes may count as idleness.
        try withServer(configure: { $0.idleTimeoutSeconds = 1; $0.heartbeatSeconds = 0.2 },
                       handler: streamingServer(streams)) { server in
            let client = try RawClient(port: server.port)
            try client.send("GET /watch HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(try client.readHead().status == 200)
            let stream = try #require(streams.get().first)
            usleep(3_000_000)
            stream.push("{\"late\":true}\n")
            let chunk = try #require(try client.readChunk())
            #expect(String(decoding: chunk, as: UTF8.self) == "{\"late\":true}\n")
            stream.finish()
            #expect(try client.readChunk() == nil)
        }
    }
}
