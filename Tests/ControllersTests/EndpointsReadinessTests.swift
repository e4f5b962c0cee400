import API
@testable import Controllers
import Foundation
import JSON
import TestCluster
import Testing

/// The endpoint controllers with Pod status written by hand (a node without a kubelet), to drive
/// readiness, labels and counts exactly: failover, relabelling, Services the controllers leave alone,
/// headless Services, slices of at most 100, the placeholder slice, leftovers and the `kubernetes`
/// Service.
@Suite struct EndpointsReadinessTests {
    typealias F = EndpointsFixture

    /// A cluster with the standard controllers and a Node `node-1` no kubelet runs.
    func cluster(_ extra: [ControllerManager.Factory] = []) throws -> TestCluster {
        let cluster = try TestCluster(controllers: ControllerManager.standard + extra)
        try cluster.create(["apiVersion": "v1", "kind": "Node", "metadata": ["name": "node-1"]])
        return cluster
    }

    /// Pods `names` on node-1, Running and Ready with IPs 10.0.0.1, 10.0.0.2, …
    func readyPods(_ cluster: TestCluster, _ names: [String], labels: JSON = ["app": "web"]) throws {
        for (i, name) in names.enumerated() {
            try cluster.create(F.pod(name, labels: labels, nodeName: "node-1"))
            try cluster.setStatus(name, ip: "10.0.\(i / 250).\(i % 250 + 1)", ready: true)
        }
    }

    @Test func aPodTurningNotReadyLeavesTheReadyAddressesAtOnce() throws {
        let cluster = try cluster()
        try readyPods(cluster, ["a", "b"])
        try cluster.create(F.service("web"))
        try cluster.runUntilQuiet()
        let a = try #require(try cluster.pod(named: "a")), b = try #require(try cluster.pod(named: "b"))
        #expect(try cluster.endpoints("web")?["subsets"]?[0]?["addresses"] == [F.address(a, node: "node-1"), F.address(b, node: "node-1")])

        try cluster.setStatus("a", ip: "10.0.0.1", ready: false, since: "2026-01-01T00:05:00Z")
        try cluster.runUntilQuiet()
        let ep = try #require(try cluster.endpoints("web"))
        #expect(ep["subsets"] == [["addresses": [F.address(b, node: "node-1")], "notReadyAddresses": [F.address(a, node: "node-1")],
                                   "ports": [["name": "web", "port": 80, "protocol": "TCP"]]]])
        // The change that caused the write: a's Ready transition.
        #expect(ep.annotations["endpoints.kubernetes.io/last-change-trigger-time"] == "2026-01-01T00:05:00Z")
        let slice = try #require(try cluster.slices(of: "web").first)
        #expect(slice["endpoints"] == [F.endpoint(a, ready: false, serving: false, node: "node-1"),
                                       F.endpoint(b, ready: true, serving: true, node: "node-1")])
        #expect(slice.annotations["endpoints.kubernetes.io/last-change-trigger-time"] == "2026-01-01T00:05:00Z")
    }

    @Test func aPodRelabelledOutOfTheSelectorLeavesAndOneRelabelledInJoins() throws {
        let cluster = try cluster()
        try readyPods(cluster, ["a"])
        try readyPods(cluster, ["other"], labels: ["app": "db"])
        try cluster.create(F.service("web"))
        try cluster.runUntilQuiet()
        let pods = try cluster.resource("", "v1", "pods")
        try cluster.client.patch(pods, namespace: "default", name: "a", ["metadata": ["labels": ["app": "gone"]]])
        try cluster.client.patch(pods, namespace: "default", name: "other", ["metadata": ["labels": ["app": "web"]]])
        try cluster.runUntilQuiet()
        let other = try #require(try cluster.pod(named: "other"))
        #expect(try cluster.endpoints("web")?["subsets"]?[0]?["addresses"] == [F.address(other, node: "node-1")])
        #expect(try cluster.slices(of: "web").first?["endpoints"] == [F.endpoint(other, ready: true, serving: true, node: "node-1")])
    }

    @Test func servicesWithoutSelectorOrOfTypeExternalNameAreLeftAlone() throws {
        let cluster = try cluster()
        try readyPods(cluster, ["a"])
        try cluster.create(F.service("manual", selector: nil))
        let mine: JSON = ["apiVersion": "v1", "kind": "Endpoints", "metadata": ["name": "manual"],
                          "subsets": [["addresses": [["ip": "192.168.1.1"]], "ports": [["port": 5432]]]]]
        let written = try cluster.create(mine)
        try cluster.create(F.service("external", spec: ["type": "ExternalName", "externalName": "example.com"]))
        try cluster.runUntilQuiet()
        #expect(try cluster.endpoints("manual")?.resourceVersion == written.resourceVersion)
        #expect(try cluster.endpoints("external") == nil)
        #expect(try cluster.slices(of: "manual").isEmpty && cluster.slices(of: "external").isEmpty)
    }

    @Test func aHeadlessServiceWithoutPortsListsBareAddresses() throws {
        let cluster = try cluster()
        try readyPods(cluster, ["a"])
        try cluster.create(F.service("db", ports: [], spec: ["clusterIP": "None"]))
        try cluster.runUntilQuiet()
        let a = try #require(try cluster.pod(named: "a"))
        let ep = try #require(try cluster.endpoints("db"))
        #expect(ep["subsets"] == [["addresses": [F.address(a, node: "node-1")]]])
        #expect(ep.labels == ["team": "a", "service.kubernetes.io/headless": ""])
        let slice = try #require(try cluster.slices(of: "db").first)
        #expect(slice.labels["service.kubernetes.io/headless"] == "")
        #expect(slice["ports"] == .null)
        #expect(slice["endpoints"] == [F.endpoint(a, ready: true, serving: true, node: "node-1")])
    }

    @Test func aServiceWithoutPodsHasEmptyEndpointsAndOnePlaceholderSlice() throws {
        let cluster = try cluster()
        try cluster.create(F.service("web"))
        try cluster.runUntilQuiet()
        let ep = try #require(try cluster.endpoints("web"))
        #expect(ep["subsets"] == nil)
        let slices = try cluster.slices(of: "web")
        #expect(slices.count == 1)
        #expect(slices.first?["endpoints"] == .null && slices.first?["ports"] == .null)

        // Pods come: the placeholder is reused, not replaced.
        try readyPods(cluster, ["a"])
        try cluster.runUntilQuiet()
        let now = try cluster.slices(of: "web")
        #expect(now.map(\.name) == slices.map(\.name))
        #expect(now.first?["endpoints"]?.arrayValue?.count == 1)
    }

    @Test func moreThanAHundredPodsFillSlicesOfAHundred() throws {
        let cluster = try cluster()
        try readyPods(cluster, (0..<150).map { "p\($0)" })
        try cluster.create(F.service("web"))
        try cluster.runUntilQuiet()
        let counts = try cluster.slices(of: "web").map { $0["endpoints"]?.arrayValue?.count ?? 0 }
        #expect(counts.sorted() == [50, 100])
        let ep = try #require(try cluster.endpoints("web"))
        #expect(ep["subsets"]?[0]?["addresses"]?.arrayValue?.count == 150)
        #expect(ep.annotations["endpoints.kubernetes.io/over-capacity"] == nil)
    }

    @Test func endpointsLeftOverFromAServiceDeletedWhileTheControllerWasDownGoAtStart() throws {
        let cluster = try TestCluster(controllers: [])
        try cluster.create(["apiVersion": "v1", "kind": "Endpoints", "metadata": ["name": "orphan"]])
        try cluster.create(F.service("kept", selector: nil))
        try cluster.create(["apiVersion": "v1", "kind": "Endpoints", "metadata": ["name": "kept"]])
        let controller = EndpointsController(context: cluster.context)
        #expect(controller.queue.waitUntilIdle(timeout: 10))
        #expect(try cluster.endpoints("orphan") == nil)
        #expect(try cluster.endpoints("kept") != nil)
    }

    @Test func theKubernetesServicePointsAtTheAPIServer() throws {
        let cluster = try cluster([KubernetesServiceEndpoints.factory(address: "0.0.0.0", port: 8443)])
        try cluster.runUntilQuiet()
        let service = try #require(try cluster.get("", "v1", "services", namespace: "default", "kubernetes"))
        #expect(service[path: ["spec", "ports"]] == [["name": "https", "protocol": "TCP", "port": 443, "targetPort": 8443]])
        #expect(service[path: ["spec", "clusterIP"]] == "10.96.0.1")
        let ep = try #require(try cluster.endpoints("kubernetes"))
        #expect(ep.labels == ["endpointslice.kubernetes.io/skip-mirror": "true"])
        #expect(ep["subsets"] == [["addresses": [["ip": "127.0.0.1"]], "ports": [["name": "https", "port": 8443, "protocol": "TCP"]]]])
        let slices = try cluster.slices(of: "kubernetes")
        #expect(slices.map(\.name) == ["kubernetes"])
        #expect(slices.first?.labels == ["kubernetes.io/service-name": "kubernetes"])
        #expect(slices.first?["addressType"] == "IPv4")
        #expect(slices.first?["endpoints"] == [["addresses": ["127.0.0.1"], "conditions": ["ready": true]]])
        #expect(slices.first?["ports"] == [["name": "https", "port": 8443, "protocol": "TCP"]])

        // Changed or deleted by someone, they are put back.
        try cluster.delete("endpoints", "kubernetes")
        try cluster.delete("endpointslices", "kubernetes", group: "discovery.k8s.io")
        try cluster.runUntilQuiet()
        #expect(try cluster.endpoints("kubernetes")?["subsets"] == ep["subsets"])
        #expect(try cluster.slices(of: "kubernetes").map(\.name) == ["kubernetes"])
    }
}
