import API
import APIServer
import Foundation
import HTTP
import JSON
import TestCluster
import Testing

/// The bytes of the common errors, compared with what kube-apiserver writes for the same request: Go's
/// encoder (trailing newline), `Status` fields in upstream's order, and `omitempty` details (no `"group":""`
/// for a core kind, `"details":{}` for the router's generic answers).
@Suite struct StatusBytesTests {
    final class Slot: @unchecked Sendable {
        var response: HTTPResponse?
    }

    struct NoAnswer: Error {}

    func call(_ api: APIServer, _ method: String, _ path: String, query: [(name: String, value: String)] = [],
              body: String? = nil) throws -> (status: Int, body: String) {
        let done = DispatchSemaphore(value: 0)
        let slot = Slot()
        let headers = body == nil ? [:] : ["Content-Type": "application/json"]
        api.handle(HTTPRequest(method: method, path: path, query: query, headers: headers,
                               body: Array((body ?? "").utf8)),
                   HTTPResponder { response in
                       slot.response = response
                       done.signal()
                   })
        guard done.wait(timeout: .now() + 10) == .success, let r = slot.response, case .bytes(let bytes) = r.body else {
            throw NoAnswer()
        }
        return (r.status, String(decoding: bytes, as: UTF8.self))
    }

    static let rfc1123 = #"a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"#

    static let deployment = #"{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"NAME"},"spec":{"selector":{"matchLabels":{"app":"web"}},"template":{"metadata":{"labels":{"app":"web"}},"spec":{"containers":[{"name":"web","image":"nginx"}]}}}}"#

    @Test func notFoundMatchesUpstreamBytesForCoreAndGroupKinds() throws {
        let cluster = try TestCluster()
        let api = APIServer(registry: cluster.registry)
        let core = try call(api, "GET", "/api/v1/namespaces/default/configmaps/missing")
        #expect(core.status == 404)
        #expect(core.body == #"{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"configmaps \"missing\" not found","reason":"NotFound","details":{"name":"missing","kind":"configmaps"},"code":404}"# + "\n")
        let apps = try call(api, "GET", "/apis/apps/v1/namespaces/default/deployments/missing")
        #expect(apps.body == #"{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"deployments.apps \"missing\" not found","reason":"NotFound","details":{"name":"missing","group":"apps","kind":"deployments"},"code":404}"# + "\n")
        let path = try call(api, "GET", "/api/v1/nothings")
        #expect(path.body == #"{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"the server could not find the requested resource","reason":"NotFound","details":{},"code":404}"# + "\n")
    }

    @Test func alreadyExistsAndConflictMatchUpstreamBytes() throws {
        let cluster = try TestCluster()
        let api = APIServer(registry: cluster.registry)
        let cm = #"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a"}}"#
        #expect(try call(api, "POST", "/api/v1/namespaces/default/configmaps", body: cm).status == 201)
        let again = try call(api, "POST", "/api/v1/namespaces/default/configmaps", body: cm)
        #expect(again.status == 409)
        #expect(again.body == #"{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"configmaps \"a\" already exists","reason":"AlreadyExists","details":{"name":"a","kind":"configmaps"},"code":409}"# + "\n")

        let d = Self.deployment.replacingOccurrences(of: "NAME", with: "web")
        #expect(try call(api, "POST", "/apis/apps/v1/namespaces/default/deployments", body: d).status == 201)
        let dup = try call(api, "POST", "/apis/apps/v1/namespaces/default/deployments", body: d)
        #expect(dup.body == #"{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"deployments.apps \"web\" already exists","reason":"AlreadyExists","details":{"name":"web","group":"apps","kind":"deployments"},"code":409}"# + "\n")

        let stale = #"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a","resourceVersion":"1"}}"#
        let conflict = try call(api, "PUT", "/api/v1/namespaces/default/configmaps/a", body: stale)
        #expect(conflict.status == 409)
        #expect(conflict.body == #"{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Operation cannot be fulfilled on configmaps \"a\": the object has been modified; please apply your changes to the latest version and try again","reason":"Conflict","details":{"name":"a","kind":"configmaps"},"code":409}"# + "\n")
        let staleD = d.replacingOccurrences(of: #""name":"web"}"#, with: #""name":"web","resourceVersion":"1"}"#)
        let conflictD = try call(api, "PUT", "/apis/apps/v1/namespaces/default/deployments/web", body: staleD)
        #expect(conflictD.body == #"{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Operation cannot be fulfilled on deployments.apps \"web\": the object has been modified; please apply your changes to the latest version and try again","reason":"Conflict","details":{"name":"web","group":"apps","kind":"deployments"},"code":409}"# + "\n")
    }

    @Test func invalidMatchesUpstreamBytesWithCauseMessagesWithoutTheField() throws {
        let cluster = try TestCluster()
        let api = APIServer(registry: cluster.registry)
        let core = try call(api, "POST", "/api/v1/namespaces/default/configmaps",
                            body: #"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"A"}}"#)
        #expect(core.status == 422)
        #expect(core.body == #"{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"ConfigMap \"A\" is invalid: metadata.name: Invalid value: \"A\": "# + Self.rfc1123 + #"","reason":"Invalid","details":{"name":"A","kind":"ConfigMap","causes":[{"reason":"FieldValueInvalid","message":"Invalid value: \"A\": "# + Self.rfc1123 + #"","field":"metadata.name"}]},"code":422}"# + "\n")
        let apps = try call(api, "POST", "/apis/apps/v1/namespaces/default/deployments",
                            body: Self.deployment.replacingOccurrences(of: "NAME", with: "A"))
        #expect(apps.status == 422)
        #expect(apps.body == #"{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Deployment.apps \"A\" is invalid: metadata.name: Invalid value: \"A\": "# + Self.rfc1123 + #"","reason":"Invalid","details":{"name":"A","group":"apps","kind":"Deployment","causes":[{"reason":"FieldValueInvalid","message":"Invalid value: \"A\": "# + Self.rfc1123 + #"","field":"metadata.name"}]},"code":422}"# + "\n")
    }

    @Test func badRequestExpiredAndMethodNotAllowedMatchUpstreamBytes() throws {
        let cluster = try TestCluster()
        let api = APIServer(registry: cluster.registry)
        let cm = #"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"b"}}"#
        let bad = try call(api, "PUT", "/api/v1/namespaces/default/configmaps/a", body: cm)
        #expect(bad.status == 400)
        #expect(bad.body == #"{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"the name of the object (b) does not match the name on the URL (a)","reason":"BadRequest","code":400}"# + "\n")

        let expired = try call(api, "GET", "/api/v1/namespaces/default/configmaps",
                               query: [("resourceVersion", "1"), ("resourceVersionMatch", "Exact")])
        #expect(expired.status == 410)
        // The current revision in the message moves with the controllers' writes: check the bytes around it.
        let expiredHead = #"{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"too old resource version: 1 ("#
        let expiredTail = #")","reason":"Expired","code":410}"# + "\n"
        #expect(expired.body.hasPrefix(expiredHead) && expired.body.hasSuffix(expiredTail))
        let revision = expired.body.dropFirst(expiredHead.count).dropLast(expiredTail.count)
        #expect(!revision.isEmpty && revision.allSatisfy(\.isNumber), "\(expired.body)")

        let method = try call(api, "POST", "/api/v1/namespaces/default/configmaps/a", body: cm)
        #expect(method.status == 405)
        #expect(method.body == #"{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"the server does not allow this method on the requested resource","reason":"MethodNotAllowed","details":{},"code":405}"# + "\n")
        let version = try call(api, "PUT", "/version")
        #expect(version.body == method.body)
    }

    @Test func jsonBodiesEndWithANewlineWhereUpstreamsEncoderWritesOne() throws {
        let cluster = try TestCluster()
        let api = APIServer(registry: cluster.registry)
        // API objects, lists and discovery: Go's json.Encoder, one trailing newline.
        for path in ["/api", "/apis", "/api/v1", "/apis/apps/v1", "/api/v1/namespaces/default", "/api/v1/namespaces"] {
            let answer = try call(api, "GET", path)
            #expect(answer.status == 200, "\(path)")
            #expect(answer.body.hasSuffix("}\n") && !answer.body.hasSuffix("\n\n"), "\(path)")
        }
        // kube-openapi's documents: json.Marshal, no newline.
        for path in ["/openapi/v2", "/openapi/v3", "/openapi/v3/apis/apps/v1"] {
            let answer = try call(api, "GET", path)
            #expect(answer.status == 200, "\(path)")
            #expect(answer.body.hasSuffix("}"), "\(path)")
        }
        // /version: json.MarshalIndent with two spaces, no newline.
        let version = try call(api, "GET", "/version")
        #expect(version.body.hasPrefix("{\n  \"major\": \"1\",\n  \"minor\": \"33\",\n  \"emulationMajor\": \"1\",\n"))
        #expect(version.body.hasSuffix("\"\n}"))
    }
}
