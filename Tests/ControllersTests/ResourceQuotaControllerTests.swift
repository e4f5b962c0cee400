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
        #expect(status?["used"] == ["configmaps": "0", "pods": "0", "requests.cpu": "0"])

        try cluster.client.create(pods, namespace: "default", Self.pod("a", cpu: "500m"))
        try cluster.client.create(pods, namespace: "default", Self.pod("b", cpu: "250m"))
        try cluster.runUntilQuiet()
        status = try cluster.get("", "v1", "resourcequotas", namespace: "default", "q")?["status"]
        #expect(status?["used"] == ["configmaps": "0", "pods": "2", "requests.cpu": "750m"])

        try cluster.client.delete(pods, namespace: "default", name: "a")
        try cluster.runUntilQuiet()
        status = try cluster.get("", "v1", "resourcequotas", namespace: "default", "q")?["status"]
        #expect(status?["used"] == ["configmaps": "0", "pods": "1", "requests.cpu": "250m"])
    }

    @Test func usedCountsObjectsServicesAndScopedPods() throws {
        let cluster = try TestCluster(controllers: [{ ResourceQuotaController(context: $0) }])
        let quotas = try cluster.resource("", "v1", "resourcequotas")
        let configMaps = try cluster.resource("", "v1", "configmaps")
        let services = try cluster.resource("", "v1", "services")
        let pods = try cluster.resource("", "v1", "pods")
        try cluster.client.create(quotas, namespace: "default", [
            "apiVersion": "v1", "kind": "ResourceQuota", "metadata": ["name": "objects"],
            "spec": ["hard": ["count/configmaps": "10", "services.nodeports": "5", "count/deployments.apps": "1"]]])
        try cluster.client.create(quotas, namespace: "default", [
            "apiVersion": "v1", "kind": "ResourceQuota", "metadata": ["name": "best-effort"],
            "spec": ["hard": ["pods": "10"], "scopes": ["BestEffort"]]])
        try cluster.runUntilQuiet()
        var used = try cluster.get("", "v1", "resourcequotas", namespace: "default", "objects")?[path: ["status", "used"]]
        #expect(used == ["count/configmaps": "0", "count/deployments.apps": "0", "services.nodeports": "0"])

        try cluster.client.create(configMaps, namespace: "default", ["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": "a"]])
        try cluster.client.create(services, namespace: "default", [
            "apiVersion": "v1", "kind": "Service", "metadata": ["name": "np"],
            "spec": ["type": "NodePort", "selector": ["a": "b"], "ports": [["name": "a", "port": 80], ["name": "b", "port": 81]]]])
        try cluster.client.create(pods, namespace: "default", [
            "apiVersion": "v1", "kind": "Pod", "metadata": ["name": "be"], "spec": ["containers": [["name": "c", "image": "nginx"]]]])
        try cluster.client.create(pods, namespace: "default", Self.pod("burstable", cpu: "100m"))
        try cluster.runUntilQuiet()
        used = try cluster.get("", "v1", "resourcequotas", namespace: "default", "objects")?[path: ["status", "used"]]
        #expect(used == ["count/configmaps": "1", "count/deployments.apps": "0", "services.nodeports": "2"])
        used = try cluster.get("", "v1", "resourcequotas", namespace: "default", "best-effort")?[path: ["status", "used"]]
        #expect(used == ["pods": "1"])

        // A Service that stops using node ports gives them back.
        try cluster.client.delete(services, namespace: "default", name: "np")
        try cluster.runUntilQuiet()
        used = try cluster.get("", "v1", "resourcequotas", namespace: "default", "objects")?[path: ["status", "used"]]
        #expect(used == ["count/configmaps": "1", "count/deployments.apps": "0", "services.nodeports": "0"])
    }
}
