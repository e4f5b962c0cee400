import API
@testable import Controllers
import JSON
import TestCluster
import Testing

/// The resource quota controller on a test cluster: `status.hard` follows `spec.hard` and `status.used`
/// follows the namespace's Pods.
@Suite struct ResourceQuotaControllerTests {
    static func pod(_ name: String, cpu: String) -> JSON {
        ["apiVersion": "v1", "kind": "Pod", "metadata": ["name": .string(name)],
         "spec": ["containers": [["name": "c", "image": "nginx", "resources": ["requests": ["cpu": .string(cpu)]]]]]]
    }

    @Test func usedFollowsTheNamespacesPods() throws {
        let cluster = try TestCluster(controllers: [{ ResourceQuotaController(context: $0) }])
        let quotas = try cluster.resource("", "v1", "resourcequotas")
        let pods = try cluster.resource("", "v1", "pods")
        try cluster.client.create(quotas, namespace: "default", [
            "apiVersion": "v1", "kind": "ResourceQuota", "metadata": ["name": "q"],
            "spec": ["hard": ["pods": "10", "requests.cpu": "2", "configmaps": "5"]]])
        try cluster.runUntilQuiet()
        var status = try cluster.get("", "v1", "resourcequotas", namespace: "default", "q")?["status"]
        #expect(status?["hard"] == ["pods": "10", "requests.cpu": "2", "configmaps": "5"])
        #expect(status?["used"] == ["pods": "0", "requests.cpu": "0"])

        try cluster.client.create(pods, namespace: "default", Self.pod("a", cpu: "500m"))
        try cluster.client.create(pods, namespace: "default", Self.pod("b", cpu: "250m"))
        try cluster.runUntilQuiet()
        status = try cluster.get("", "v1", "resourcequotas", namespace: "default", "q")?["status"]
        #expect(status?["used"] == ["pods": "2", "requests.cpu": "750m"])

        try cluster.client.delete(pods, namespace: "default", name: "a")
        try cluster.runUntilQuiet()
        status = try cluster.get("", "v1", "resourcequotas", namespace: "default", "q")?["status"]
        #expect(status?["used"] == ["pods": "1", "requests.cpu": "250m"])
    }
}
