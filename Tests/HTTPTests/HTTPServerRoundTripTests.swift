import Foundation
import HTTP
import Testing

/// Echoes what the server parsed, one fact per line.
@Sendable func echoHandler(_ request: HTTPRequest, _ responder: HTTPResponder) {
    var lines = ["method=\(request.method)", "path=\(request.path)"]
    for (name, value) in request.query { lines.append("query \(name)=\(value)") }
    lines.append("x-test=\(request.header("X-Test") ?? "-")")
    lines.append("body=\(request.body.count)")
    lines.append("tooLarge=\(request.bodyTooLarge)")
    responder.respond(textResponse(200, lines.joined(separator: "\n"), headers: [(name: "X-Reply", value: "yes")]))
}

@Suite struct HTTPServerRoundTripTests {
    @Test func getPassesMethodPathHeadersAndRepeatedQueryArguments() throws {
        try withServer(handler: echoHandler) { server in
            let client = try RawClient(port: server.port)
            let response = try client.request(
                "GET", "/api/v1/pods/a%2Fb?command=ls&command=-l&flag&label=app+in+(a%2Cb)",
                headers: ["X-Test: one", "x-test: two"]
            )
            #expect(response.status == 200)
            #expect(response.headers["x-reply"] == "yes")
            #expect(response.headers["content-type"] == "text/plain")
            let lines = response.text.split(separator: "\n").map(String.init)
            #expect(lines == [
                "method=GET", "path=/api/v1/pods/a/b",
                "query command=ls", "query command=-l", "query flag=", "query label=app in (a,b)",
                "x-test=one, two", "body=0", "tooLarge=false",
            ])
        }
    }

    @Test func postBodyArrivesWhole() throws {
        let received = Shared<[UInt8]>([])
        try withServer(handler: { request, responder in
            received.update { $0 = request.body }
            responder.respond(HTTPResponse(status: 201, body: .bytes(request.body.reversed())))
        }) { server in
            let body = Array("{\"kind\":\"Pod\"}".utf8)
            let client = try RawClient(port: server.port)
            let response = try client.request("POST", "/items", headers: ["Content-Type: application/json"], body: body)
            #expect(response.status == 201)
            #expect(response.body == body.reversed())
            #expect(received.get() == body)
        }
    }

    @Test func bodyJustUnderTheLimitIsAccepted() throws {
        let limit = 256 * 1024
        try withServer(configure: { $0.maxBodySize = limit }, handler: { request, responder in
            let sum = request.body.reduce(0) { $0 &+ Int($1) }
            responder.respond(textResponse(200, "\(request.body.count) \(sum) \(request.bodyTooLarge)"))
        }) { server in
            let body = (0..<limit).map { UInt8(truncatingIfNeeded: $0 &* 7) }
            let sum = body.reduce(0) { $0 &+ Int($1) }
            let client = try RawClient(port: server.port)
            let response = try client.request("POST", "/big", body: body)
            #expect(response.text == "\(limit) \(sum) false")
        }
    }

    @Test func declaredOversizeBodyIsReportedWithoutReadingIt() throws {
        let seen = Shared<[(Int, Bool)]>([])
        try withServer(configure: { $0.maxBodySize = 1000 }, handler: { request, responder in
            seen.update { $0.append((request.body.count, request.bodyTooLarge)) }
            responder.respond(textResponse(request.bodyTooLarge ? 413 : 200, "x"))
        }) { server in
            // Only the headers are sent: the 413 must arrive without the body.
            let client = try RawClient(port: server.port)
            try client.send("POST /up HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.status == 413)
            #expect(seen.get().map(\.0) == [0])
            #expect(seen.get().map(\.1) == [true])
        }
    }

    @Test func oversizeBodySentAnywayDoesNotBecomeTheNextRequest() throws {
        let paths = Shared<[String]>([])
        try withServer(configure: { $0.maxBodySize = 1000 }, handler: { request, responder in
            paths.update { $0.append(request.path) }
            responder.respond(textResponse(request.bodyTooLarge ? 413 : 200, "x"))
        }) { server in
            let client = try RawClient(port: server.port)
            let smuggled = "GET /smuggled HTTP/1.1\r\nHost: x\r\n\r\n"
            let body = smuggled + String(repeating: "a", count: 5000 - smuggled.utf8.count)
            try client.send("POST /up HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n" + body)
            #expect(try client.readResponse().status == 413)
            // The unread body is discarded with the connection (or skipped), never parsed as a request.
            if let next = try? client.request("GET", "/next") {
                #expect(next.status == 200)
            }
            #expect(!paths.get().contains("/smuggled"))
        }
    }

    @Test func curlWithLargeDeclaredBodyGets413() throws {
        try withServer(configure: { $0.maxBodySize = 10_000 }, handler: { request, responder in
            responder.respond(textResponse(request.bodyTooLarge ? 413 : 200, "\(request.body.count)"))
        }) { server in
            let result = try curl([
                "-o", "/dev/null", "-w", "%{http_code}", "--data-binary", "@-", "http://127.0.0.1:\(server.port)/up",
            ], input: Data(repeating: 66, count: 2_000_000))
            #expect(String(decoding: result.output, as: UTF8.self) == "413")
        }
    }

    @Test func chunkedOversizeUploadIsMarkedTooLarge() throws {
        // Within the drain limit: read, discarded and answered.
        try withServer(configure: { $0.maxBodySize = 10_000; $0.drainLimit = 100_000 }, handler: { request, responder in
            responder.respond(textResponse(request.bodyTooLarge ? 413 : 200, "\(request.body.count)"))
        }) { server in
            let body = Data(repeating: 65, count: 50_000)
            let result = try curl([
                "-o", "/dev/null", "-w", "%{http_code}", "-H", "Transfer-Encoding: chunked",
                "--data-binary", "@-", "http://127.0.0.1:\(server.port)/up",
            ], input: body)
            #expect(String(decoding: result.output, as: UTF8.self) == "413")
        }
    }

    @Test func keepAliveConnectionServesSeveralRequests() throws {
        let count = Shared(0)
        try withServer(handler: { _, responder in
            let number = count.update { value -> Int in
                value += 1
                return value
            }
            responder.respond(textResponse(200, "\(number)"))
        }) { server in
            let client = try RawClient(port: server.port)
            let first = try client.request("GET", "/one")
            let second = try client.request("GET", "/two")
            let third = try client.request("POST", "/three", body: Array("abc".utf8))
            #expect([first.text, second.text, third.text] == ["1", "2", "3"])
            #expect(first.headers["connection"]?.lowercased() != "close")
        }
    }

    @Test func takenPortGivesAddressInUse() throws {
        try withServer(handler: echoHandler) { server in
            var configuration = HTTPServer.Configuration()
            configuration.port = server.port
            let second = HTTPServer(configuration: configuration, handler: echoHandler)
            #expect(throws: HTTPServerError.addressInUse(address: "127.0.0.1", port: server.port)) {
                try second.start()
            }
        }
    }

    @Test func stoppedServerReleasesItsPort() throws {
        var configuration = HTTPServer.Configuration()
        configuration.port = 0
        let first = HTTPServer(configuration: configuration, handler: echoHandler)
        try first.start()
        configuration.port = first.port
        first.stop()
        let second = HTTPServer(configuration: configuration, handler: echoHandler)
        try second.start()
        defer { second.stop() }
        #expect(second.port == configuration.port)
        let client = try RawClient(port: second.port)
        #expect(try client.request("GET", "/").status == 200)
    }

    @Test func curlSeesHeadersAndBody() throws {
        try withServer(handler: echoHandler) { server in
            let result = try curl(["-H", "X-Test: curl", "http://127.0.0.1:\(server.port)/x?a=1"])
            #expect(result.status == 0)
            let text = String(decoding: result.output, as: UTF8.self)
            #expect(text.contains("x-test=curl"))
            #expect(text.contains("query a=1"))
        }
    }
}
