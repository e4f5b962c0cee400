import Foundation
import API
import JSON
import Testing

/// Bad and hostile input gets a Kubernetes Status with the right code and reason, and the server
/// keeps serving.
@Suite(.serialized) struct HostileInputTests {
    struct Case: Sendable, CustomStringConvertible {
        var method: String
        var path: String
        var body: String?
        var contentType = "application/json"
        var code: Int
        var reason: String
        var description: String { "\(method) \(path) → \(code) \(reason)" }
    }

    static let cm = "/api/v1/namespaces/default/configmaps"
    static let cases: [Case] = [
        Case(method: "POST", path: cm, body: "{not json", code: 400, reason: "BadRequest"),
        Case(method: "POST", path: cm, body: "[1,2,3]", code: 400, reason: "BadRequest"),
        Case(method: "POST", path: cm, body: "", code: 400, reason: "BadRequest"),
        Case(method: "POST", path: cm, body: String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000),
             code: 400, reason: "BadRequest"),
        Case(method: "POST", path: cm, body: #"{"metadata":{"name":"Bad_Name"}}"#, code: 422, reason: "Invalid"),
        Case(method: "POST", path: cm, body: #"{"metadata":{}}"#, code: 422, reason: "Invalid"),
        Case(method: "POST", path: cm, body: #"{"metadata":{"name":"x"}}"#, contentType: "application/x-www-form-urlencoded",
             code: 415, reason: "UnsupportedMediaType"),
        Case(method: "POST", path: cm, body: "k8s\u{0}\u{0A}\u{FF}garbage", contentType: "application/vnd.kubernetes.protobuf",
             code: 400, reason: "BadRequest"),
        Case(method: "POST", path: cm, body: #"{"metadata":{"name":"x"}}"#, contentType: "application/vnd.kubernetes.protobuf",
             code: 400, reason: "BadRequest"),
        Case(method: "POST", path: "/api/v1/namespaces/nope/configmaps", body: #"{"metadata":{"name":"x"}}"#,
             code: 404, reason: "NotFound"),
        Case(method: "GET", path: "/api/v1/namespaces/default/widgets", code: 404, reason: "NotFound"),
        Case(method: "GET", path: "/apis/nope.example.com/v1/things", code: 404, reason: "NotFound"),
        Case(method: "GET", path: cm + "?labelSelector=a%20in%20(", code: 400, reason: "BadRequest"),
        Case(method: "GET", path: cm + "?fieldSelector=spec.bogus%3D1", code: 400, reason: "BadRequest"),
        Case(method: "GET", path: cm + "?limit=-3", code: 400, reason: "BadRequest"),
        Case(method: "GET", path: cm + "?continue=%%%garbage", code: 400, reason: "BadRequest"),
        Case(method: "GET", path: cm + "?watch=true&resourceVersion=abc", code: 400, reason: "BadRequest"),
        Case(method: "PATCH", path: cm + "/missing", body: "{}", contentType: "application/merge-patch+json",
             code: 404, reason: "NotFound"),
        Case(method: "PATCH", path: "/api/v1/namespaces/default/serviceaccounts/default", body: "{}", contentType: "text/plain",
             code: 415, reason: "UnsupportedMediaType"),
        Case(method: "PATCH", path: "/api/v1/namespaces/default/serviceaccounts/default", body: #"[{"op":"explode"}]"#,
             contentType: "application/json-patch+json", code: 422, reason: "Invalid"),
        Case(method: "PUT", path: cm + "/x", body: #"{"metadata":{"name":"y"}}"#, code: 400, reason: "BadRequest"),
        Case(method: "DELETE", path: cm + "/missing", code: 404, reason: "NotFound"),
        Case(method: "POST", path: cm + "?dryRun=Maybe", body: #"{"metadata":{"name":"x"}}"#, code: 400, reason: "BadRequest"),
        Case(method: "POST", path: "/api/v1/nodes/x/status", body: "{}", code: 405, reason: "MethodNotAllowed"),
    ]

    @Test func malformedAndHostileRequestsGetStatusErrors() throws {
        let s = try TestServer()
        defer { s.stop() }
        for c in Self.cases {
            let r = try curl(c.method, s.baseURL + c.path, body: c.body, contentType: c.contentType)
            #expect(r.code == c.code, "\(c): got \(r.code) \(r.body.prefix(200))")
            let status = try? JSONParser.parse(r.body)
            #expect(status?["kind"] == "Status", "\(c): body is not a Status: \(r.body.prefix(200))")
            #expect(status?["reason"]?.stringValue == c.reason, "\(c): reason \(status?["reason"]?.stringValue ?? "-")")
            #expect(status?["code"]?.intValue == Int64(c.code))
        }
        #expect(try curl("GET", s.baseURL + "/readyz").code == 200)
    }

    @Test func oversizedBodiesAreRejectedWith413() throws {
        let s = try TestServer()
        defer { s.stop() }
        let big = #"{"metadata":{"name":"big"},"data":{"x":""# + String(repeating: "a", count: 4 * 1024 * 1024) + #""}}"#
        let r = try curl("POST", s.baseURL + Self.cm, body: big)
        #expect(r.code == 413)
        #expect(try JSONParser.parse(r.body)["reason"] == "RequestEntityTooLarge")
        #expect(try curl("GET", s.baseURL + "/readyz").code == 200)
    }

    @Test func randomGarbageNeverGets5xx() throws {
        let s = try TestServer()
        defer { s.stop() }
        var rng = SystemRandomNumberGenerator()
        let paths = ["/api/v1/namespaces/default/pods", "/apis/apps/v1/namespaces/default/deployments",
                     "/api/v1/namespaces", "/apis/apps/v1/namespaces/default/deployments/x/scale"]
        for i in 0..<60 {
            let len = Int.random(in: 0..<400, using: &rng)
            let bytes = (0..<len).map { _ in UInt8.random(in: 0x20...0x7e, using: &rng) }
            let body = String(decoding: bytes, as: UTF8.self)
            let method = ["POST", "PUT", "PATCH"][i % 3]
            let ct = ["application/json", "application/merge-patch+json", "application/strategic-merge-patch+json",
                      "application/json-patch+json"][i % 4]
            let r = try curl(method, s.baseURL + paths[i % paths.count] + (method == "POST" ? "" : "/x"), body: body, contentType: ct)
            #expect(r.code >= 400 && r.code < 500, "\(method) got \(r.code) for \(body.prefix(80))")
        }
        #expect(try curl("GET", s.baseURL + "/readyz").code == 200)
    }
}
