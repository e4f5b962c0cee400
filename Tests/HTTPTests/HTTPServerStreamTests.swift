import Foundation
import HTTP
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Serves a new `TestStream` as a chunked 200 for `/watch…` paths, and a short text for anything else.
func streamingServer(_ streams: Shared<[TestStream]>) -> @Sendable (HTTPRequest, HTTPResponder) -> Void {
    { request, responder in
        guard request.path.hasPrefix("/watch") else {
            responder.respond(textResponse(200, "plain"))
            return
        }
        let stream = TestStream()
        streams.update { $0.append(stream) }
        responder.respond(HTTPResponse(
            status: 200, headers: [(name: "Content-Type", value: "application/json")], body: .stream(stream)
        ))
    }
}

@Suite struct HTTPServerStreamTests {
    @Test func chunksArriveAsTheStreamIsWokenAndEndCleanly() throws {
        let streams = Shared<[TestStream]>([])
        try withServer(configure: { $0.heartbeatSeconds = 30 }, handler: streamingServer(streams)) { server in
            let client = try RawClient(port: server.port)
            try client.send("GET /watch HTTP/1.1\r\nHost: x\r\n\r\n")
            let head = try client.readHead()
            #expect(head.status == 200)
            #expect(head.headers["transfer-encoding"] == "chunked")
            #expect(head.headers["content-type"] == "application/json")
            let stream = try #require(streams.get().first)
            for number in 1...3 {
                stream.push("{\"n\":\(number)}\n")
                let chunk = try #require(try client.readChunk())
                #expect(String(decoding: chunk, as: UTF8.self) == "{\"n\":\(number)}\n")
            }
            stream.finish()
            #expect(try client.readChunk() == nil)
            #expect(eventually(within: 5) { stream.closedTimes == 1 })
            // After a clean end the keep-alive connection serves the next request.
            try client.send("GET /watch2 HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(try client.readHead().status == 200)
        }
    }

    @Test func wakeBeforeTheStreamWaitsIsNotLost() throws {
        let streams = Shared<[TestStream]>([])
        try withServer(configure: { $0.heartbeatSeconds = 30 }, handler: { _, responder in
            let stream = TestStream()
            stream.push("ready\n")
            stream.finish()
            streams.update { $0.append(stream) }
            responder.respond(HTTPResponse(status: 200, body: .stream(stream)))
        }) { server in
            let client = try RawClient(port: server.port)
            let response = try client.request("GET", "/w")
            #expect(response.text == "ready\n")
        }
    }

    @Test func suspendedStreamIsReadAgainOnEveryHeartbeat() throws {
        let streams = Shared<[TestStream]>([])
        try withServer(configure: { $0.heartbeatSeconds = 0.1 }, handler: streamingServer(streams)) { server in
            let client = try RawClient(port: server.port)
            try client.send("GET /watch HTTP/1.1\r\nHost: x\r\n\r\n")
            _ = try client.readHead()
            let stream = try #require(streams.get().first)
            let before = stream.reads
            #expect(eventually(within: 3) { stream.reads >= before + 5 })
            #expect(stream.closedTimes == 0)
        }
    }

    @Test func idleTimeoutClosesIdleConnectionsButNotWaitingStreams() throws {
        let streams = Shared<[TestStream]>([])
        try withServer(configure: {
            $0.idleTimeoutSeconds = 1
            $0.heartbeatSeconds = 0.2
        }, handler: streamingServer(streams)) { server in
            let watcher = try RawClient(port: server.port)
            try watcher.send("GET /watch HTTP/1.1\r\nHost: x\r\n\r\n")
            _ = try watcher.readHead()
            let idle = try RawClient(port: server.port)
            _ = try idle.request("GET", "/other")
            let stream = try #require(streams.get().first)
            #expect(idle.readUntilClosed())
            usleep(1_500_000)
            #expect(stream.closedTimes == 0)
            stream.push("still here\n")
            let chunk = try #require(try watcher.readChunk())
            #expect(String(decoding: chunk, as: UTF8.self) == "still here\n")
        }
    }

    @Test func clientDisconnectWhileSuspendedClosesTheStream() throws {
        let streams = Shared<[TestStream]>([])
        try withServer(configure: { $0.heartbeatSeconds = 0.2 }, handler: streamingServer(streams)) { server in
            var client: RawClient? = try RawClient(port: server.port)
            try client?.send("GET /watch HTTP/1.1\r\nHost: x\r\n\r\n")
            _ = try client?.readHead()
            let stream = try #require(streams.get().first)
            #expect(stream.closedTimes == 0)
            client = nil  // closes the socket
            #expect(eventually(within: 1.5) { stream.closedTimes == 1 })
        }
    }

    @Test func stopEndsSuspendedStreamsWithoutHanging() throws {
        let streams = Shared<[TestStream]>([])
        let held = Shared<[HTTPResponder]>([])
        var configuration = HTTPServer.Configuration()
        configuration.port = 0
        let handler = streamingServer(streams)
        let server = HTTPServer(configuration: configuration) { request, responder in
            if request.path == "/pending" {
                held.update { $0.append(responder) }
            } else {
                handler(request, responder)
            }
        }
        try server.start()
        let watchers = try (0..<10).map { _ in try RawClient(port: server.port) }
        for watcher in watchers {
            try watcher.send("GET /watch HTTP/1.1\r\nHost: x\r\n\r\n")
            _ = try watcher.readHead()
        }
        let pending = try RawClient(port: server.port)
        try pending.send("GET /pending HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(eventually(within: 5) { held.get().count == 1 && streams.get().count == 10 })
        let started = Date()
        server.stop()
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(streams.get().allSatisfy { $0.closedTimes == 1 })
        // MHD_stop_daemon closes every connection, streamed or not.
        #expect(watchers[0].readUntilClosed())
        #expect(pending.readUntilClosed())
    }
}
