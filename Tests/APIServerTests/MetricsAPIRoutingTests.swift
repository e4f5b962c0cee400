import API
import APIServer
import Foundation
import HTTP
import JSON
import TestCluster
import Testing

/// `metrics.k8s.io` routing without a socket: legacy and aggregated discovery and the resource paths
/// follow the `v1beta1.metrics.k8s.io` APIService (absent, not Available, Available), and bad requests
/// get Status answers.
@Suite struct MetricsAPIRoutingTests {
    final class Slot: @unchecked Sendable { var response: HTTPResponse? }

    func call(_ api: APIServer, _ path: String, method: String = "GET", query: [(name: String, value: String)] = [],
              accept: String? = nil) throws -> (status: Int, body: String, type: String?) {
        let done = DispatchSemaphore(value: 0)
        let slot = Slot()
        var headers: [String: String] = [:]
        if let accept { headers["Accept"] = accept }
        api.handle(HTTPRequest(method: method, path: path, query: query, headers: headers, body: []),
                   HTTPResponder { response in
                       slot.response = response
                       done.signal()
                   })
        guard done.wait(timeout: .now() + 10) == .success, let r = slot.response, case .bytes(let b) = r.body else {
            throw APIError.internalError("no answer to \(path)")
        }
        return (r.status, String(decoding: b, as: UTF8.self), r.headers.first { $0.name == "Content-Type" }?.value)
    }

    func setAvailable(_ cluster: TestCluster, _ status: String?) throws {
        let r = try cluster.resource("apiregistration.k8s.io", "v1", "apiservices")
        if try cluster.get("apiregistration.k8s.io", "v1", "apiservices", "v1beta1.metrics.k8s.io") == nil {
            try cluster.client.create(r, namespace: nil, [
                "apiVersion": "apiregistration.k8s.io/v1", "kind": "APIService", "metadata": ["name": "v1beta1.metrics.k8s.io"],
                "spec": ["group": "metrics.k8s.io", "version": "v1beta1",
                         "service": ["name": "metrics-server", "namespace": "kube-system"]]])
        }
        guard let status, let obj = try cluster.get("apiregistration.k8s.io", "v1", "apiservices", "v1beta1.metrics.k8s.io") else { return }
        try cluster.client.writeStatus(r, of: obj, ["conditions": [["type": "Available", "status": .string(status)]]])
    }

    @Test func discoveryAndPathsFollowTheAPIService() throws {
        let cluster = try TestCluster(controllers: [])
        let api = APIServer(registry: cluster.registry)
        let aggregated = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList"

        #expect(try !call(api, "/apis").body.contains("metrics.k8s.io"))
        #expect(try !call(api, "/apis", accept: aggregated).body.contains("metrics.k8s.io"))
        #expect(try call(api, "/apis/metrics.k8s.io/v1beta1").status == 404)
        #expect(try call(api, "/apis/metrics.k8s.io/v1beta1/nodes").status == 404)

        try setAvailable(cluster, "False")
        #expect(try !call(api, "/apis").body.contains("metrics.k8s.io"))
        let gone = try call(api, "/apis/metrics.k8s.io/v1beta1/namespaces/default/pods")
        #expect(gone.status == 503)
        #expect(gone.body == "service unavailable\n")
        #expect(gone.type == "text/plain; charset=utf-8")
        #expect(try call(api, "/apis/metrics.k8s.io/v1beta1").status == 503)

        try setAvailable(cluster, "True")
        #expect(try call(api, "/apis").body.contains(#"{"name":"metrics.k8s.io","versions":[{"groupVersion":"metrics.k8s.io/v1beta1""#))
        #expect(try call(api, "/apis", accept: aggregated).body.contains(#""name":"metrics.k8s.io""#))
        let resources = try call(api, "/apis/metrics.k8s.io/v1beta1")
        #expect(resources.body.contains(#"{"name":"pods","singularName":"","namespaced":true,"kind":"PodMetrics","verbs":["get","list"]}"#),
                "\(resources.body)")
        let empty = try call(api, "/apis/metrics.k8s.io/v1beta1/pods")
        #expect(empty.body == #"{"kind":"PodMetricsList","apiVersion":"metrics.k8s.io/v1beta1","metadata":{},"items":[]}"# + "\n")
        let node = try call(api, "/apis/metrics.k8s.io/v1beta1/nodes/nope")
        #expect(node.status == 404)
        #expect(node.body.contains(#""message":"node \"nope\" not found""#), "\(node.body)")
        let pod = try call(api, "/apis/metrics.k8s.io/v1beta1/namespaces/default/pods/nope")
        #expect(pod.body.contains(#""message":"pods \"nope\" not found""#), "\(pod.body)")

        // Read-only, no watch, no subresources, no namespaced nodes; bad selectors are 400s.
        #expect(try call(api, "/apis/metrics.k8s.io/v1beta1/nodes", method: "POST").status == 405)
        #expect(try call(api, "/apis/metrics.k8s.io/v1beta1/nodes", query: [("watch", "true")]).status == 405)
        #expect(try call(api, "/apis/metrics.k8s.io/v1beta1/nodes/x/status").status == 404)
        #expect(try call(api, "/apis/metrics.k8s.io/v1beta1/namespaces/default/nodes").status == 404)
        #expect(try call(api, "/apis/metrics.k8s.io/v1beta1/pods", query: [("labelSelector", "a in (")]).status == 400)
        #expect(try call(api, "/apis/metrics.k8s.io/v1beta1/pods", query: [("fieldSelector", "nofield")]).status == 400)
        #expect(try call(api, "/apis/metrics.k8s.io/v1beta2/pods").status == 404)
        #expect(try call(api, "/apis/metrics.k8s.io/v1beta1/pods", accept: "application/yaml").status == 406)
        let table = try call(api, "/apis/metrics.k8s.io/v1beta1/pods", accept: "application/json;as=Table;v=v1;g=meta.k8s.io")
        #expect(table.body == #"{"kind":"Table","apiVersion":"meta.k8s.io/v1","metadata":{},"columnDefinitions":null,"rows":null}"# + "\n")
    }
}
