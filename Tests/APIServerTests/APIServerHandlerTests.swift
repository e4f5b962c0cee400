import API
import APIServer
import Foundation
import HTTP
import JSON
import TestCluster
import Testing

/// Routing and handlers without a socket: requests go straight into `APIServer.handle` over a test
/// cluster's Registry (with its controllers running on the manual clock).
@Suite struct APIServerHandlerTests {
    struct Answer {
        let status: Int
        let headers: [(name: String, value: String)]
        let body: [UInt8]
        var json: JSON { (try? JSONParser.parse(body)) ?? .null }
        func header(_ name: String) -> String? { headers.first { $0.name.lowercased() == name.lowercased() }?.value }
    }

    final class Slot: @unchecked Sendable {
        var response: HTTPResponse?
    }

    func call(_ api: APIServer, _ method: String, _ path: String, query: [(name: String, value: String)] = [],
              headers: [String: String] = [:], body: JSON? = nil) throws -> Answer {
        let done = DispatchSemaphore(value: 0)
        let slot = Slot()
        var h = headers
        if body != nil, h["Content-Type"] == nil { h["Content-Type"] = "application/json" }
        api.handle(HTTPRequest(method: method, path: path, query: query, headers: h, body: body?.bytes ?? []),
                   HTTPResponder { response in
                       slot.response = response
                       done.signal()
                   })
        guard done.wait(timeout: .now() + 10) == .success, let r = slot.response else {
            throw Failure("no answer to \(method) \(path)")
        }
        guard case .bytes(let bytes) = r.body else { throw Failure("\(method) \(path) answered with a stream") }
        return Answer(status: r.status, headers: r.headers, body: bytes)
    }

    struct Failure: Error { let text: String; init(_ t: String) { text = t } }

    @Test func routesCoreAndGroupResourcesAndAnswersObjects() throws {
        let cluster = try TestCluster()
        let api = APIServer(registry: cluster.registry)
        let ns = try call(api, "GET", "/api/v1/namespaces/default")
        #expect(ns.status == 200)
        #expect(ns.json["kind"]?.stringValue == "Namespace")
        #expect(ns.header("Content-Type")?.hasPrefix("application/json") == true)

        let created = try call(api, "POST", "/apis/apps/v1/namespaces/default/deployments", body: [
            "apiVersion": "apps/v1", "kind": "Deployment", "metadata": ["name": "web"],
            "spec": ["selector": ["matchLabels": ["app": "web"]],
                     "template": ["metadata": ["labels": ["app": "web"]],
                                  "spec": ["containers": [["name": "web", "image": "nginx"]]]]],
        ])
        #expect(created.status == 201)
        #expect(created.json[path: ["metadata", "creationTimestamp"]]?.stringValue == "2026-01-01T00:00:00Z")
        let list = try call(api, "GET", "/apis/apps/v1/deployments")
        #expect(list.json["kind"]?.stringValue == "DeploymentList")
        #expect(list.json["items"]?.arrayValue?.compactMap(\.name) == ["web"])
    }

    @Test func badRequestsGetStatusErrorsWithUpstreamReasons() throws {
        let cluster = try TestCluster(controllers: [])
        let api = APIServer(registry: cluster.registry)
        let missing = try call(api, "GET", "/api/v1/namespaces/default/configmaps/nope")
        #expect(missing.status == 404)
        #expect(missing.json["kind"]?.stringValue == "Status")
        #expect(missing.json["reason"]?.stringValue == "NotFound")
        #expect(missing.json["message"]?.stringValue == "configmaps \"nope\" not found")

        let unknown = try call(api, "GET", "/apis/example.com/v1/widgets")
        #expect(unknown.status == 404)

        let done = DispatchSemaphore(value: 0)
        let slot = Slot()
        api.handle(HTTPRequest(method: "POST", path: "/api/v1/namespaces/default/configmaps",
                               headers: ["Content-Type": "application/json"], body: Array("{not json".utf8)),
                   HTTPResponder { slot.response = $0; done.signal() })
        #expect(done.wait(timeout: .now() + 10) == .success)
        #expect(slot.response?.status == 400)

        let conflict = try call(api, "POST", "/api/v1/namespaces", body: [
            "apiVersion": "v1", "kind": "Namespace", "metadata": ["name": "default"]])
        #expect(conflict.status == 409)
        #expect(conflict.json["reason"]?.stringValue == "AlreadyExists")
    }

    @Test func discoveryListsTheServedGroups() throws {
        let cluster = try TestCluster(controllers: [])
        let api = APIServer(registry: cluster.registry)
        let groups = try call(api, "GET", "/apis")
        #expect(groups.status == 200)
        let names = groups.json["groups"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
        #expect(names.contains("apps"))
        #expect(names.contains("events.k8s.io"))
        let core = try call(api, "GET", "/api/v1")
        #expect(core.json["resources"]?.arrayValue?.contains { $0["name"]?.stringValue == "pods/status" } == true)
    }

    @Test func aNamespaceDeletedThroughTheAPIIsEmptiedByItsController() throws {
        let cluster = try TestCluster()
        let api = APIServer(registry: cluster.registry)
        #expect(try call(api, "POST", "/api/v1/namespaces", body: [
            "apiVersion": "v1", "kind": "Namespace", "metadata": ["name": "scratch"]]).status == 201)
        #expect(try call(api, "POST", "/api/v1/namespaces/scratch/configmaps", body: [
            "apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": "c"]]).status == 201)
        let deleting = try call(api, "DELETE", "/api/v1/namespaces/scratch")
        #expect(deleting.status == 200)
        #expect(deleting.json[path: ["status", "phase"]]?.stringValue == "Terminating")
        try cluster.runUntilQuiet()
        #expect(try call(api, "GET", "/api/v1/namespaces/scratch").status == 404)
        #expect(try call(api, "GET", "/api/v1/namespaces/scratch/configmaps/c").status == 404)
    }

    @Test func aBindingAssignsTheNodeOnceAndAnswersSuccess() throws {
        let cluster = try TestCluster(controllers: [])
        let api = APIServer(registry: cluster.registry)
        #expect(try call(api, "POST", "/api/v1/namespaces/default/pods", body: [
            "apiVersion": "v1", "kind": "Pod", "metadata": ["name": "p"],
            "spec": ["containers": [["name": "c", "image": "nginx"]]]]).status == 201)
        let binding: JSON = ["apiVersion": "v1", "kind": "Binding", "metadata": ["name": "p"],
                             "target": ["apiVersion": "v1", "kind": "Node", "name": "node-a"]]
        let bound = try call(api, "POST", "/api/v1/namespaces/default/pods/p/binding", body: binding)
        #expect(bound.status == 201)
        #expect(bound.json["status"]?.stringValue == "Success")
        let pod = try call(api, "GET", "/api/v1/namespaces/default/pods/p").json
        #expect(pod[path: ["spec", "nodeName"]]?.stringValue == "node-a")
        #expect(pod[path: ["status", "conditions"]]?.arrayValue?.first?["type"]?.stringValue == "PodScheduled")
        let again = try call(api, "POST", "/api/v1/namespaces/default/pods/p/binding", body: binding)
        #expect(again.status == 409)
        #expect(again.json["message"]?.stringValue
                == "Operation cannot be fulfilled on pods/binding \"p\": pod p is already assigned to node \"node-a\"")
        let bad = try call(api, "POST", "/api/v1/namespaces/default/pods/p/binding",
                           body: ["apiVersion": "v1", "kind": "Binding", "metadata": ["name": "p"], "target": [:]])
        #expect(bad.status == 422)
    }
}
