import API
import APIServer
import Foundation
import HTTP
import JSON
import TestCluster
import Testing

/// The max-in-flight caps: a request over its kind's cap is answered 429 with `Retry-After: 1` at once,
/// read-only and mutating requests are capped apart, long-running requests are never counted, and
/// `/metrics` counts the rejections.
@Suite struct InflightLimitTests {
    final class Slot: @unchecked Sendable {
        var response: HTTPResponse?
    }

    struct NoAnswer: Error {}

    func call(_ api: APIServer, _ method: String, _ path: String, query: [(name: String, value: String)] = [],
              body: String? = nil) throws -> HTTPResponse {
        let done = DispatchSemaphore(value: 0)
        let slot = Slot()
        api.handle(HTTPRequest(method: method, path: path, query: query,
                               headers: body == nil ? [:] : ["Content-Type": "application/json"],
                               body: Array((body ?? "").utf8)),
                   HTTPResponder { response in
                       slot.response = response
                       done.signal()
                   })
        guard done.wait(timeout: .now() + 10) == .success, let r = slot.response else { throw NoAnswer() }
        return r
    }

    func text(_ r: HTTPResponse) -> String {
        guard case .bytes(let bytes) = r.body else { return "" }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func requestsOverTheCapGet429WithRetryAfterAndLongRunningOnesAreNotCounted() throws {
        let cluster = try TestCluster()
        let api = APIServer(registry: cluster.registry, inflight: InflightLimiter(maxReadOnly: 1, maxMutating: 1))
        // Hold the one read-only place, as a slow LIST would.
        let held = try #require(api.inflight.acquire(mutating: false))
        let rejected = try call(api, "GET", "/api/v1/namespaces/default/configmaps")
        #expect(rejected.status == 429)
        #expect(rejected.headers.first { $0.name == "Retry-After" }?.value == "1")
        #expect(text(rejected) == #"{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Too many requests, please try again later.","reason":"TooManyRequests","details":{"retryAfterSeconds":1},"code":429}"# + "\n")

        // Mutating requests have their own cap, and a watch is long-running: neither is refused.
        let created = try call(api, "POST", "/api/v1/namespaces/default/configmaps",
                               body: #"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a"}}"#)
        #expect(created.status == 201)
        let watch = try call(api, "GET", "/api/v1/namespaces/default/configmaps", query: [("watch", "true")])
        #expect(watch.status == 200)
        if case .stream(let stream) = watch.body { stream.closed() }

        // With the mutating place held too, a write is refused; releasing them lets both through again.
        let heldWrite = try #require(api.inflight.acquire(mutating: true))
        #expect(try call(api, "DELETE", "/api/v1/namespaces/default/configmaps/a").status == 429)
        held.release()
        heldWrite.release()
        #expect(try call(api, "GET", "/api/v1/namespaces/default/configmaps/a").status == 200)
        #expect(try call(api, "DELETE", "/api/v1/namespaces/default/configmaps/a").status == 200)

        let metrics = text(try call(api, "GET", "/metrics"))
        #expect(metrics.contains("apiserver_dropped_requests_total{request_kind=\"readOnly\"} 1\n"))
        #expect(metrics.contains("apiserver_dropped_requests_total{request_kind=\"mutating\"} 1\n"))
        #expect(metrics.contains("apiserver_current_inflight_requests{request_kind=\"mutating\"} 0\n"))
        #expect(metrics.contains("apiserver_request_total{code=\"429\""))
    }

    @Test func answeredRequestsGiveTheirPlaceBack() throws {
        let cluster = try TestCluster()
        let api = APIServer(registry: cluster.registry, inflight: InflightLimiter(maxReadOnly: 1, maxMutating: 1))
        for i in 0..<20 {
            #expect(try call(api, "GET", "/api/v1/namespaces/default").status == 200)
            #expect(try call(api, "POST", "/api/v1/namespaces/default/configmaps",
                             body: #"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c\#(i)"}}"#).status == 201)
        }
        let f = api.inflight.figures
        #expect(f.inflightReadOnly == 0 && f.inflightMutating == 0)
        #expect(f.droppedReadOnly == 0 && f.droppedMutating == 0)
    }
}
