import API
@testable import Controllers
import Foundation
import JSON
import TestCluster
import Testing

/// The Endpoints and EndpointSlice controllers on a test cluster whose simulated node runs the Pods:
/// ready and not-ready addresses, named ports, terminating Pods, publishNotReadyAddresses, the slices'
/// labels, owner and conditions, and the Service's deletion.
@Suite struct EndpointsControllerTests {
    typealias F = EndpointsFixture

    /// Two Ready Pods behind `web`, the cluster settled.
    func twoReadyPods(_ cluster: TestCluster, image: String = "nginx", command: [String]? = nil) throws -> [JSON] {
        try cluster.create(F.pod("web-a", image: image, command: command))
        try cluster.create(F.pod("web-b", image: image, command: command))
        try cluster.create(F.service("web"))
        try cluster.advance(by: 2)
        return [try #require(try cluster.pod(named: "web-a")), try #require(try cluster.pod(named: "web-b"))]
    }

    @Test func aServiceGetsTheReadyAddressesOfItsPodsWithTheNamedPortResolved() throws {
        let cluster = try F.simulatedCluster()
        let pods = try twoReadyPods(cluster)
        #expect(pods.allSatisfy { Pod($0).isReady })
        let ep = try #require(try cluster.endpoints("web"))
        let sorted = pods.sorted { ($0[path: ["status", "podIP"]]?.stringValue ?? "") < ($1[path: ["status", "podIP"]]?.stringValue ?? "") }
        #expect(ep["subsets"] == [["addresses": .array(sorted.map { F.address($0) }),
                                   "ports": [["name": "web", "port": 80, "protocol": "TCP"]]]])
        #expect(ep.labels == ["team": "a"])
        let service = try #require(try cluster.get("", "v1", "services", namespace: "default", "web"))

        let slices = try cluster.slices(of: "web")
        try #require(slices.count == 1)
        let slice = slices[0]
        let name = try #require(slice.name)
        #expect(name.hasPrefix("web-") && name.count == 9, "\(name)")
        #expect(slice[path: ["metadata", "generateName"]] == "web-")
        #expect(slice.labels == ["team": "a", "kubernetes.io/service-name": "web",
                                 "endpointslice.kubernetes.io/managed-by": .init(F.managedBy)])
        #expect(slice.ownerReferences == [OwnerReference(apiVersion: "v1", kind: "Service", name: "web", uid: service.uid ?? "",
                                                         controller: true, blockOwnerDeletion: true)])
        #expect(slice["addressType"] == "IPv4")
        #expect(slice["ports"] == [["name": "web", "port": 80, "protocol": "TCP"]])
        #expect(slice["endpoints"] == .array(pods.map { F.endpoint($0, ready: true, serving: true) }))

        // Nothing changes on a second look: no write.
        let versions = (ep.resourceVersion, slice.resourceVersion)
        try cluster.patchService("web", ["sessionAffinity": "None"])
        try cluster.runUntilQuiet()
        #expect((try cluster.endpoints("web")?.resourceVersion, try cluster.slices(of: "web").first?.resourceVersion) == versions)
    }

    @Test func aPodFailingItsReadinessProbeIsANotReadyAddressUntilTheServicePublishesIt() throws {
        let cluster = try F.simulatedCluster()
        // nginx listens on 80 only: a probe on 8080 never succeeds.
        try cluster.create(F.pod("deaf", container: ["readinessProbe": ["tcpSocket": ["port": 8080], "periodSeconds": 5]]))
        try cluster.create(F.pod("good"))
        try cluster.create(F.service("web"))
        try cluster.advance(by: 6)
        let deaf = try #require(try cluster.pod(named: "deaf"))
        let good = try #require(try cluster.pod(named: "good"))
        #expect(deaf[path: ["status", "phase"]] == "Running" && !Pod(deaf).isReady)
        let port: JSON = [["name": "web", "port": 80, "protocol": "TCP"]]
        #expect(try cluster.endpoints("web")?["subsets"] == [["addresses": [F.address(good)],
                                                              "notReadyAddresses": [F.address(deaf)], "ports": port]])
        let slice = try #require(try cluster.slices(of: "web").first)
        #expect(F.byTarget(slice["endpoints"]) == [F.endpoint(deaf, ready: false, serving: false),
                                                   F.endpoint(good, ready: true, serving: true)])

        try cluster.patchService("web", ["publishNotReadyAddresses": true])
        try cluster.runUntilQuiet()
        let both = [deaf, good].sorted { ($0[path: ["status", "podIP"]]?.stringValue ?? "") < ($1[path: ["status", "podIP"]]?.stringValue ?? "") }
        #expect(try cluster.endpoints("web")?["subsets"] == [["addresses": .array(both.map { F.address($0) }), "ports": port]])
        let published = try #require(try cluster.slices(of: "web").first)
        #expect(F.byTarget(published["endpoints"]) == [F.endpoint(deaf, ready: true, serving: false),
                                                       F.endpoint(good, ready: true, serving: true)])
    }

    @Test func aDeletedPodLeavesTheEndpointsAtOnceAndTheSliceOnceGone() throws {
        let cluster = try F.simulatedCluster()
        // `sleep` as PID 1 ignores SIGTERM: the Pod terminates for its whole grace period.
        let pods = try twoReadyPods(cluster, image: "busybox", command: ["sleep", "3600"])
        #expect(pods.allSatisfy { Pod($0).isReady })
        try cluster.delete("pods", "web-a")
        try cluster.runUntilQuiet()
        let terminating = try #require(try cluster.pod(named: "web-a"))
        #expect(terminating.isBeingDeleted)
        #expect(try cluster.endpoints("web")?["subsets"] == [["addresses": [F.address(pods[1])],
                                                              "ports": [["name": "web", "port": 80, "protocol": "TCP"]]]])
        let slice = try #require(try cluster.slices(of: "web").first)
        // The order of a slice's endpoints follows the order the Pods' changes arrived in (as upstream's).
        #expect(F.byTarget(slice["endpoints"]) == F.byTarget(.array([
            F.endpoint(terminating, ready: false, serving: Pod(terminating).isReady, terminating: true),
            F.endpoint(pods[1], ready: true, serving: true)])))

        try cluster.advance(by: 31)  // the grace period ends: SIGKILL, and the kubelet removes the Pod
        #expect(try cluster.pod(named: "web-a") == nil)
        #expect(try cluster.slices(of: "web").first?["endpoints"] == [F.endpoint(pods[1], ready: true, serving: true)])
    }

    @Test func deletingTheServiceDeletesItsEndpointsAndSlices() throws {
        let cluster = try F.simulatedCluster()
        _ = try twoReadyPods(cluster)
        #expect(try cluster.endpoints("web") != nil)
        #expect(try cluster.slices(of: "web").count == 1)
        try cluster.delete("services", "web")
        try cluster.runUntilQuiet()
        #expect(try cluster.endpoints("web") == nil)
        #expect(try cluster.slices(of: "web").isEmpty)
    }

    @Test func aPodWithoutTheNamedPortIsLeftOutOfThatPortAndGetsASliceWithoutPorts() throws {
        let cluster = try F.simulatedCluster()
        try cluster.create(F.pod("named"))
        try cluster.create(F.pod("unnamed", ports: [["containerPort": 80]]))
        try cluster.create(F.service("web", ports: [["name": "web", "port": 8080, "targetPort": "http"],
                                                    ["name": "plain", "port": 9090, "targetPort": 9090]]))
        try cluster.advance(by: 2)
        let named = try #require(try cluster.pod(named: "named"))
        let unnamed = try #require(try cluster.pod(named: "unnamed"))
        // Both serve the numbered port; only `named` resolves `http`.
        let all = [named, unnamed].sorted { ($0[path: ["status", "podIP"]]?.stringValue ?? "") < ($1[path: ["status", "podIP"]]?.stringValue ?? "") }
        let subsets = try #require(try cluster.endpoints("web")?["subsets"]?.arrayValue)
        #expect(subsets.sorted { ($0["addresses"]?.arrayValue?.count ?? 0) > ($1["addresses"]?.arrayValue?.count ?? 0) } == [
            ["addresses": .array(all.map { F.address($0) }), "ports": [["name": "plain", "port": 9090, "protocol": "TCP"]]],
            ["addresses": [F.address(named)], "ports": [["name": "web", "port": 80, "protocol": "TCP"]]],
        ])
        // Slices group endpoints by the ports they resolve.
        let slices = try cluster.slices(of: "web")
        #expect(slices.count == 2)
        let byEndpoint = Dictionary(uniqueKeysWithValues: slices.map {
            ($0["endpoints"]?[0]?[path: ["targetRef", "name"]]?.stringValue ?? "", $0["ports"] ?? .null)
        })
        #expect(byEndpoint["named"] == [["name": "web", "port": 80, "protocol": "TCP"], ["name": "plain", "port": 9090, "protocol": "TCP"]])
        #expect(byEndpoint["unnamed"] == [["name": "plain", "port": 9090, "protocol": "TCP"]])
    }
}
