import API
import Controllers
import Foundation
import JSON
import Simulation
import TestCluster
import Testing

/// A node whose kubelet stops: after 40 s it is Unknown and tainted unreachable, its Pods not ready; after
/// their 300 s toleration they are evicted and replaced elsewhere; when the kubelet starts again the node
/// comes back and the evicted Pods finish terminating.
@Suite struct NodeLifecycleTests {
    func nodeReady(_ cluster: TestCluster, _ name: String) throws -> String? {
        try cluster.get("", "v1", "nodes", name)?[path: ["status", "conditions"]]?.arrayValue?
            .first { $0["type"]?.stringValue == "Ready" }?["status"]?.stringValue
    }

    /// After a restart of kubeling the cluster clock resumes ahead of the last Lease renewal (it never
    /// goes backwards), often by more than the grace period: the controller counts the grace period from
    /// when it first sees a renewal, as upstream's does, so a node gets its whole grace period to renew.
    @Test func aStartingControllerGivesEveryNodeAWholeGracePeriod() throws {
        let cluster = try TestCluster(controllers: [])
        let nodes = try cluster.resource("", "v1", "nodes")
        var node = try cluster.client.create(nodes, namespace: nil, [
            "apiVersion": "v1", "kind": "Node", "metadata": ["name": "n1"]])
        node["status"] = ["conditions": [["type": "Ready", "status": "True", "reason": "KubeletReady",
                                          "lastHeartbeatTime": "2025-12-31T23:58:20Z",
                                          "lastTransitionTime": "2025-12-31T23:50:00Z"]]]
        try cluster.client.update(nodes, namespace: nil, name: "n1", subresource: "status", node)
        // Renewed 100 s before "now": well past the 40 s grace period by the Lease's own time.
        try cluster.client.create(try cluster.resource("coordination.k8s.io", "v1", "leases"), namespace: "kube-node-lease", [
            "apiVersion": "coordination.k8s.io/v1", "kind": "Lease", "metadata": ["name": "n1"],
            "spec": ["holderIdentity": "n1", "leaseDurationSeconds": 40, "renewTime": "2025-12-31T23:58:20.000000Z"]])
        cluster.start { NodeLifecycleController(context: $0) }
        try cluster.runUntilQuiet()
        #expect(try nodeReady(cluster, "n1") == "True")
        try cluster.advance(by: 39)
        #expect(try nodeReady(cluster, "n1") == "True")
        try cluster.advance(by: 2)  // and no renewal came: now it is unreachable
        #expect(try nodeReady(cluster, "n1") == "Unknown")
    }

    @Test func aStoppedKubeletsNodeGoesUnknownItsPodsAreEvictedAndItComesBack() throws {
        let cluster = try simulatedCluster(nodes: 3)
        let rs: JSON = [
            "apiVersion": "apps/v1", "kind": "ReplicaSet", "metadata": ["name": "web"],
            "spec": ["replicas": 2, "selector": ["matchLabels": ["app": "web"]],
                     "template": ["metadata": ["labels": ["app": "web"]],
                                  "spec": ["containers": [["name": "web", "image": "nginx:1.27"]]]]],
        ]
        try cluster.client.create(try cluster.resource("apps", "v1", "replicasets"), namespace: "default", rs)
        try cluster.advance(by: 2)
        let pods = try cluster.list("", "v1", "pods", namespace: "default")
        #expect(pods.count == 2)
        // Both workers take one (the control plane is tainted NoSchedule); find the one on the worker.
        let victim = try #require(pods.first { Pod($0).nodeName == "kubeling-worker" })

        let nodes = try cluster.resource("", "v1", "nodes")
        try cluster.client.patch(nodes, namespace: nil, name: "kubeling-worker",
                                 ["metadata": ["annotations": ["kubeling.io/kubelet": "stopped"]]])
        try cluster.advance(by: 35)
        #expect(try nodeReady(cluster, "kubeling-worker") == "True")
        try cluster.advance(by: 15)  // the last renewal was at +2 s at most: 40 s later it is overdue
        #expect(try nodeReady(cluster, "kubeling-worker") == "Unknown")
        let worker = try cluster.get("", "v1", "nodes", "kubeling-worker")
        let taints = worker?[path: ["spec", "taints"]]?.arrayValue?.compactMap { t in
            t["key"]?.stringValue.map { "\($0):\(t["effect"]?.stringValue ?? "")" }
        }
        #expect(taints == ["node.kubernetes.io/unreachable:NoSchedule", "node.kubernetes.io/unreachable:NoExecute"])
        let notReady = try cluster.pod(victim.name ?? "")
        #expect(notReady.map { Pod($0).isReady } == false)

        try cluster.advance(by: 300)  // the default 300 s toleration runs out
        let evicted = try #require(try cluster.pod(victim.name ?? ""))
        #expect(evicted.isBeingDeleted)  // Terminating: its kubelet is not there to finish it
        let running = try cluster.list("", "v1", "pods", namespace: "default").filter { !$0.isBeingDeleted }
        #expect(running.count == 2)
        #expect(running.allSatisfy { Pod($0).nodeName != "kubeling-worker" })
        #expect(try cluster.events(about: victim.name ?? "").contains { $0.hasPrefix("TaintManagerEviction: Marking for deletion Pod default/") })

        try cluster.client.patch(nodes, namespace: nil, name: "kubeling-worker",
                                 ["metadata": ["annotations": ["kubeling.io/kubelet": .null]]])
        try cluster.advance(by: 1)
        #expect(try nodeReady(cluster, "kubeling-worker") == "True")
        #expect(try cluster.get("", "v1", "nodes", "kubeling-worker")?[path: ["spec", "taints"]]?.arrayValue?.isEmpty ?? true)
        #expect(try cluster.pod(victim.name ?? "") == nil)  // the kubelet finished the eviction
    }
}
