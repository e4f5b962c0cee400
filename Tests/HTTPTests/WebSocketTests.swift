import Foundation
import HTTP
import Testing

/// Echoes text and binary frames on its own thread; answers a close frame and closes.
final class EchoWebSocket: HTTPUpgradeHandler, @unchecked Sendable {
    let finished = Shared(false)

    func upgraded(_ connection: HTTPUpgradedConnection) {
        let finished = self.finished
        let thread = Thread {
            var parser = WebSocketFrameParser()
            var buffer = [UInt8](repeating: 0, count: 4096)
            loop: while true {
                let count = buffer.withUnsafeMutableBytes { connection.read(into: $0) }
                if count == 0 { break }
                parser.append(buffer[0..<count])
                while let frame = try? parser.next() {
                    if frame.opcode == .close {
                        connection.write(WebSocketFrame(opcode: .close, payload: frame.payload).encoded())
                        break loop
                    }
                    connection.write(WebSocketFrame(opcode: frame.opcode, payload: frame.payload).encoded())
                }
            }
            connection.close()
            finished.update { $0 = true }
        }
        thread.start()
    }
}

/// Reads one frame from a raw client.
func readFrame(_ client: RawClient, _ parser: inout WebSocketFrameParser) throws -> WebSocketFrame? {
    while true {
        if let frame = try parser.next() { return frame }
        let bytes = try client.readAvailable()
        if bytes.isEmpty { return nil }
        parser.append(bytes)
    }
}

@Suite struct WebSocketTests {
    @Test func acceptValueMatchesTheRFCExample() {
        // RFC 6455 §1.3 worked example.
        #expect(WebSocket.acceptValue(forKey: "dGhlIHNhbXBsZSBub25jZQ==") == "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")
    }

    @Test func framesRoundTripThroughEncodeAndParse() throws {
        var parser = WebSocketFrameParser()
        let small = WebSocketFrame(opcode: .text, payload: Array("hi".utf8))
        let medium = WebSocketFrame(fin: false, opcode: .binary, payload: [UInt8](repeating: 7, count: 300))
        let large = WebSocketFrame(opcode: .binary, payload: (0..<70_000).map { UInt8(truncatingIfNeeded: $0) })
        let wire = small.encoded(mask: [1, 2, 3, 4]) + medium.encoded() + large.encoded(mask: [9, 8, 7, 6])
        // Fed in two pieces to exercise partial frames.
        parser.append(wire[0..<100])
        #expect(try parser.next() == small)
        #expect(try parser.next() == nil)
        parser.append(wire[100...])
        #expect(try parser.next() == medium)
        #expect(try parser.next() == large)
        #expect(try parser.next() == nil)
    }

    @Test func parserRejectsReservedBitsAndOversizePayloads() {
        var reserved = WebSocketFrameParser()
        reserved.append([0xC1, 0x00])
        #expect(throws: WebSocketFrameError.protocolError) { try reserved.next() }
        var small = WebSocketFrameParser(maxPayload: 10)
        small.append(WebSocketFrame(opcode: .binary, payload: [UInt8](repeating: 0, count: 11)).encoded())
        #expect(throws: WebSocketFrameError.tooLarge) { try small.next() }
    }

    @Test func upgradedConnectionEchoesFramesAndCloses() throws {
        let echo = EchoWebSocket()
        try withServer(handler: { request, responder in
            if let response = WebSocket.upgradeResponse(for: request, protocol: "v5.channel.k8s.io", handler: echo) {
                responder.respond(response)
            } else {
                responder.respond(textResponse(400, "not a websocket"))
            }
        }) { server in
            let client = try RawClient(port: server.port)
            // A first frame sent right behind the request exercises MHD's "extra bytes already read".
            let early = WebSocketFrame(opcode: .text, payload: Array("early".utf8)).encoded(mask: [5, 6, 7, 8])
            try client.send(Array((
                "GET /exec HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
                    + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + "Sec-WebSocket-Protocol: v5.channel.k8s.io\r\n\r\n"
            ).utf8) + early)
            let head = try client.readHead()
            #expect(head.status == 101)
            #expect(head.headers["upgrade"]?.lowercased() == "websocket")
            #expect(head.headers["connection"]?.lowercased().contains("upgrade") == true)
            #expect(head.headers["sec-websocket-accept"] == "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")
            #expect(head.headers["sec-websocket-protocol"] == "v5.channel.k8s.io")
            var parser = WebSocketFrameParser()
            #expect(try readFrame(client, &parser)?.payload == Array("early".utf8))
            try client.send(WebSocketFrame(opcode: .binary, payload: [1, 2, 3]).encoded(mask: [1, 1, 1, 1]))
            #expect(try readFrame(client, &parser)?.payload == [1, 2, 3])
            try client.send(WebSocketFrame(opcode: .close, payload: [0x03, 0xE8]).encoded(mask: [0, 0, 0, 0]))
            #expect(try readFrame(client, &parser)?.opcode == .close)
            #expect(client.readUntilClosed())
            #expect(eventually(within: 5) { echo.finished.get() })
        }
    }

    @Test func stopEndsOpenUpgradedConnections() throws {
        let echo = EchoWebSocket()
        var configuration = HTTPServer.Configuration()
        configuration.port = 0
        let server = HTTPServer(configuration: configuration) { request, responder in
            responder.respond(WebSocket.upgradeResponse(for: request, handler: echo) ?? textResponse(400, "no"))
        }
        try server.start()
        let client = try RawClient(port: server.port)
        try client.send(
            "GET /exec HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
                + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: AQIDBAUGBwgJCgsMDQ4PEA==\r\n\r\n"
        )
        #expect(try client.readHead().status == 101)
        let started = Date()
        server.stop()
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(eventually(within: 5) { echo.finished.get() })
        #expect(client.readUntilClosed())
    }
}
