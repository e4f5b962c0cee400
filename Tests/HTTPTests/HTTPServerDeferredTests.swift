import Foundation
import HTTP
import Testing

#if canImport(Glibc)
import Glibc
#endif

@Suite struct HTTPServerDeferredTests {
    @Test func responseFromAnotherThreadAfterADelayIsSent() throws {
        try withServer(handler: { request, responder in
            DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) {
                responder.respond(textResponse(202, "late \(request.path)"))
            }
        }) { server in
            let client = try RawClient(port: server.port)
            let started = Date()
            let response = try client.request("GET", "/slow")
            #expect(response.status == 202)
            #expect(response.text == "late /slow")
            #expect(Date().timeIntervalSince(started) >= 0.25)
            // The connection is usable again after a deferred response.
            #expect(try client.request("GET", "/again").text == "late /again")
        }
    }

    @Test func twoHundredConcurrentDeferredRequestsAllComplete() throws {
        let total = 200
        let waiting = Shared<[(String, HTTPResponder)]>([])
        try withServer(configure: { $0.threads = 2 }, handler: { request, responder in
            // Answer nobody until all 200 requests are held at once: proves no thread waits per request.
            let batch = waiting.update { list -> [(String, HTTPResponder)] in
                list.append((request.path, responder))
                if list.count == total {
                    defer { list = [] }
                    return list
                }
                return []
            }
            if !batch.isEmpty {
                DispatchQueue.global().async {
                    for (path, held) in batch { held.respond(textResponse(200, path)) }
                }
            }
        }) { server in
            let clients = try (0..<total).map { _ in try RawClient(port: server.port) }
            for (index, client) in clients.enumerated() {
                try client.send("GET /r\(index) HTTP/1.1\r\nHost: x\r\n\r\n")
            }
            var answered = 0
            for (index, client) in clients.enumerated() {
                let response = try client.readResponse()
                if response.status == 200 && response.text == "/r\(index)" { answered += 1 }
            }
            #expect(answered == total)
        }
    }

    @Test func deferredAnswerToAnOversizeBodyIsSent() throws {
        try withServer(configure: { $0.maxBodySize = 100 }, handler: { request, responder in
            DispatchQueue.global().asyncAfter(deadline: .now() + 0.1) {
                responder.respond(textResponse(request.bodyTooLarge ? 413 : 200, "\(request.body.count)"))
            }
        }) { server in
            let client = try RawClient(port: server.port)
            let response = try client.request("POST", "/up", body: [UInt8](repeating: 1, count: 5000))
            #expect(response.status == 413)
            #expect(response.text == "0")
        }
    }

    @Test func responderDroppedWithoutAnswerGives500() throws {
        try withServer(handler: { _, _ in }) { server in
            let client = try RawClient(port: server.port)
            #expect(try client.request("GET", "/forgotten").status == 500)
        }
    }

    @Test func secondRespondIsIgnored() throws {
        try withServer(handler: { _, responder in
            responder.respond(textResponse(200, "first"))
            responder.respond(textResponse(500, "second"))
        }) { server in
            let client = try RawClient(port: server.port)
            let response = try client.request("GET", "/")
            #expect(response.status == 200)
            #expect(response.text == "first")
        }
    }

    @Test func stopDoesNotHangOnPendingDeferredResponses() throws {
        let held = Shared<[HTTPResponder]>([])
        var configuration = HTTPServer.Configuration()
        configuration.port = 0
        let server = HTTPServer(configuration: configuration) { _, responder in
            held.update { $0.append(responder) }
        }
        try server.start()
        let clients = try (0..<5).map { _ in try RawClient(port: server.port) }
        for client in clients { try client.send("GET /pending HTTP/1.1\r\nHost: x\r\n\r\n") }
        #expect(eventually(within: 5) { held.get().count == 5 })
        let started = Date()
        server.stop()
        #expect(Date().timeIntervalSince(started) < 5)
        // Every client sees its connection closed, and a late answer is harmless.
        for client in clients { #expect(client.readUntilClosed()) }
        for responder in held.get() { responder.respond(textResponse(200, "too late")) }
        server.stop()
    }
}
