import API
import Foundation
import JSON
import Simulation
import TestCluster
import Testing

/// Simulated nodes look like a kind cluster's and keep their Lease fresh.
@Suite struct NodeAgentTests {
    @Test func nodesRegisterAsAKindClusterWould() throws {
        let cluster = try simulatedCluster(nodes: 3)
        let nodes = try cluster.list("", "v1", "nodes")
        #expect(nodes.compactMap(\.name) == ["kubeling-control-plane", "kubeling-worker", "kubeling-worker2"])
        let cp = try #require(nodes.first)
        #expect(cp.labels["node-role.kubernetes.io/control-plane"] == "")
        #expect(cp.labels["ingress-ready"] == "true")
        #expect(cp[path: ["spec", "taints"]]?.arrayValue?.first?["effect"]?.stringValue == "NoSchedule")
        #expect(cp[path: ["spec", "podCIDR"]]?.stringValue == "10.244.0.0/24")
        #expect(nodes[2][path: ["spec", "podCIDR"]]?.stringValue == "10.244.2.0/24")
        #expect(nodes[1][path: ["status", "addresses"]]?.arrayValue?.first?["address"]?.stringValue == "127.0.0.2")
        #expect(nodes[1][path: ["status", "allocatable", "cpu"]]?.stringValue == "4")
        #expect(nodes[1][path: ["status", "allocatable", "memory"]]?.stringValue == "8388608Ki")
        let ready = nodes[1][path: ["status", "conditions"]]?.arrayValue?.first { $0["type"]?.stringValue == "Ready" }
        #expect(ready?["status"]?.stringValue == "True")
        #expect(ready?["reason"]?.stringValue == "KubeletReady")
        #expect(nodes[1][path: ["status", "nodeInfo", "kubeletVersion"]]?.stringValue == "v1.33.1")
    }

    @Test func theLeaseIsRenewedEveryTenSecondsAndStatusOnlyEveryFiveMinutes() throws {
        let cluster = try simulatedCluster()
        let lease = { try cluster.get("coordination.k8s.io", "v1", "leases", namespace: "kube-node-lease", "kubeling-control-plane") }
        let first = try #require(try lease())
        #expect(first[path: ["spec", "renewTime"]]?.stringValue == "2026-01-01T00:00:00.000000Z")
        #expect(first[path: ["spec", "leaseDurationSeconds"]]?.intValue == 40)
        #expect(first.ownerReferences.first?.kind == "Node")
        let nodeRV = try cluster.get("", "v1", "nodes", "kubeling-control-plane")?.resourceVersion
        try cluster.advance(by: 10)
        #expect(try lease()?[path: ["spec", "renewTime"]]?.stringValue == "2026-01-01T00:00:10.000000Z")
        try cluster.advance(by: 60)
        #expect(try lease()?[path: ["spec", "renewTime"]]?.stringValue == "2026-01-01T00:01:10.000000Z")
        #expect(try cluster.get("", "v1", "nodes", "kubeling-control-plane")?.resourceVersion == nodeRV)
        try cluster.advance(by: 240)
        let heartbeat = try cluster.get("", "v1", "nodes", "kubeling-control-plane")?[path: ["status", "conditions"]]?
            .arrayValue?.first?["lastHeartbeatTime"]?.stringValue
        #expect(heartbeat == "2026-01-01T00:05:00Z")
    }
}
