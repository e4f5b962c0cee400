import API
import Controllers
import Foundation
import JSON

/// The node half of a simulated kubelet: registers the Node, keeps its status (conditions, capacity,
/// addresses, nodeInfo), and renews its `Lease` in `kube-node-lease` every 10 s, as upstream's kubelet
/// does with node leases: the status itself is written only when it changes or every 5 minutes
/// (`nodeStatusReportFrequency`), so an idle cluster writes little.
public final class NodeAgent: Controller, @unchecked Sendable {
    // Invariant: `lastReport` is touched only by reconciles, which the queue runs one at a time for the
    // single key; everything else is immutable after init.
    public let queue: WorkQueue
    /// The node this agent runs.
    public let node: NodeSpec
    private let context: ControllerContext
    private var lastReport: Date?
    private let bootID: String

    /// Upstream's lease renewal interval (a quarter of the 40 s lease duration).
    static let leaseRenewSeconds = 10.0
    /// Upstream's `nodeStatusReportFrequency`.
    static let statusReportSeconds = 300.0
    /// The kubelet version nodes report.
    public static let kubeletVersion = "v1.33.1"

    public init(context: ControllerContext, node: NodeSpec) {
        self.context = context
        self.node = node
        bootID = Hex.digest("boot-\(node.name)-\(UUID().uuidString)", length: 32)
        let box = WeakBox<NodeAgent>()
        queue = WorkQueue(name: "node-\(node.name)", clock: context.clock, log: context.log) { _ in
            try box.value?.sync() ?? .done
        }
        box.value = self
        if let nodes = context.resource("", "v1", "nodes") {
            // Someone deleting the Node (register it again at once) or stopping and starting its kubelet.
            context.informers.informer(for: nodes).addHandler { [queue, name = node.name] event in
                switch event {
                case .deleted(let o) where o.name == name:
                    queue.add(ObjectKey(name))
                case .updated(let old, let new) where new.name == name && Self.isStopped(old) != Self.isStopped(new):
                    queue.add(ObjectKey(name))
                default:
                    break
                }
            }
        }
        queue.add(ObjectKey(node.name))
    }

    /// The annotation that stops and starts a node's kubelet (a fault to inject with kubectl:
    /// `kubectl annotate node NAME kubeling.io/kubelet=stopped`, and `kubeling.io/kubelet-` to start it).
    public static let kubeletAnnotation = "kubeling.io/kubelet"

    /// Whether the Node says its kubelet is stopped.
    public static func isStopped(_ node: JSON) -> Bool { node.annotations[kubeletAnnotation] == "stopped" }

    /// Registers or refreshes the Node, renews the Lease; comes back in 10 s.
    func sync() throws -> ReconcileResult {
        guard let nodes = context.resource("", "v1", "nodes"),
              let leases = context.resource("coordination.k8s.io", "v1", "leases") else { return .done }
        let now = context.clock.now()
        var current = context.informers.lister(for: nodes).get(ObjectKey(node.name))
        if current == nil {
            current = try context.client.create(nodes, namespace: nil, node.object)
            lastReport = nil
            if let created = current {
                // What a kubelet says as it starts and registers (and the node controller when it sees it).
                let kubelet = context.recorder("kubelet", host: node.name)
                kubelet.event(created, .normal, reason: "Starting", message: "Starting kubelet.")
                for reason in ["NodeHasSufficientMemory", "NodeHasNoDiskPressure", "NodeHasSufficientPID"] {
                    kubelet.event(created, .normal, reason: reason, message: "Node \(node.name) status is now: \(reason)")
                }
                kubelet.event(created, .normal, reason: "NodeAllocatableEnforced", message: "Updated Node Allocatable limit across pods")
                context.recorder("node-controller").event(created, .normal, reason: "RegisteredNode",
                                                          message: "Node \(node.name) event: Registered Node \(node.name) in Controller")
            }
        }
        guard let obj = current else { return .requeue(after: Self.leaseRenewSeconds) }
        if Self.isStopped(obj) {
            // A stopped kubelet posts nothing: no Lease renewal, no status (the node lifecycle controller
            // notices after its grace period). When it starts again it reports at once.
            lastReport = nil
            return .done
        }
        let stamp = ObjectMeta.timestamp(now)
        let wanted = status(existing: obj, heartbeat: stamp)
        let due = lastReport.map { now.timeIntervalSince($0) >= Self.statusReportSeconds } ?? true
        if due || !Self.sameIgnoringHeartbeats(wanted, obj["status"]) {
            var next = obj
            next["status"] = wanted
            try context.client.update(nodes, namespace: nil, name: node.name, subresource: "status", next)
            lastReport = now
            if obj[path: ["status", "conditions"]] == nil {
                context.recorder("kubelet", host: node.name).event(obj, .normal, reason: "NodeReady",
                                                                   message: "Node \(node.name) status is now: NodeReady")
            }
        }
        try renewLease(leases, owner: obj, now: now)
        return .requeue(after: Self.leaseRenewSeconds)
    }

    private func renewLease(_ leases: ResourceInfo, owner: JSON, now: Date) throws {
        let renew = MicroTime.format(now)
        if var lease = context.informers.lister(for: leases).get(ObjectKey(namespace: "kube-node-lease", name: node.name)) {
            lease[path: ["spec", "renewTime"]] = .string(renew)
            lease[path: ["spec", "holderIdentity"]] = .string(node.name)
            try context.client.update(leases, namespace: "kube-node-lease", name: node.name, lease)
            return
        }
        var meta: JSONObject = ["name": .string(node.name), "namespace": "kube-node-lease"]
        if let uid = owner.uid {
            meta["ownerReferences"] = [OwnerReference(apiVersion: "v1", kind: "Node", name: node.name, uid: uid).json]
        }
        try context.client.create(leases, namespace: "kube-node-lease", [
            "apiVersion": "coordination.k8s.io/v1", "kind": "Lease", "metadata": .object(meta),
            "spec": ["holderIdentity": .string(node.name), "leaseDurationSeconds": 40, "renewTime": .string(renew)],
        ])
    }

    /// The status the kubelet reports, keeping transition times of conditions that did not change.
    func status(existing: JSON, heartbeat: String) -> JSON {
        let old = existing[path: ["status", "conditions"]]?.arrayValue ?? []
        func condition(_ type: String, _ status: String, _ reason: String, _ message: String) -> JSON {
            let before = old.first { $0["type"]?.stringValue == type }
            let since = before?["status"]?.stringValue == status ? before?["lastTransitionTime"] : nil
            return ["type": .string(type), "status": .string(status), "lastHeartbeatTime": .string(heartbeat),
                    "lastTransitionTime": since ?? .string(heartbeat), "reason": .string(reason), "message": .string(message)]
        }
        return [
            "capacity": node.resources, "allocatable": node.resources,
            "conditions": [
                condition("MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available"),
                condition("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"),
                condition("PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available"),
                condition("Ready", "True", "KubeletReady", "kubelet is posting ready status"),
            ],
            "addresses": [["type": "InternalIP", "address": .string(node.internalIP)],
                          ["type": "Hostname", "address": .string(node.name)]],
            "daemonEndpoints": ["kubeletEndpoint": ["Port": 10250]],
            "nodeInfo": [
                "machineID": .string(Hex.digest("machine-\(node.name)", length: 32)),
                "systemUUID": .string(Self.uuid(Hex.digest("uuid-\(node.name)", length: 32))),
                "bootID": .string(Self.uuid(bootID)),
                "kernelVersion": .string(Self.kernelVersion), "osImage": "Debian GNU/Linux 12 (bookworm)",
                "containerRuntimeVersion": "containerd://2.1.1", "kubeletVersion": .string(Self.kubeletVersion),
                "kubeProxyVersion": .string(Self.kubeletVersion), "operatingSystem": "linux", "architecture": "amd64",
            ],
        ]
    }

    /// Whether two statuses differ only in heartbeat times.
    static func sameIgnoringHeartbeats(_ a: JSON, _ b: JSON?) -> Bool {
        func strip(_ s: JSON?) -> JSON? {
            guard var s else { return nil }
            if let cs = s["conditions"]?.arrayValue {
                s["conditions"] = .array(cs.map { c in var c = c; c["lastHeartbeatTime"] = nil; return c })
            }
            return s
        }
        return strip(a) == strip(b)
    }

    static func uuid(_ hex: String) -> String {
        let h = Array(hex.prefix(32))
        guard h.count == 32 else { return hex }
        return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(h[$0]) }.joined(separator: "-")
    }

    static let kernelVersion: String = {
        var u = utsname()
        uname(&u)
        return withUnsafeBytes(of: &u.release) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
    }()
}

/// `metav1.MicroTime` as upstream writes it: RFC 3339 with six fractional digits.
enum MicroTime {
    static func format(_ date: Date) -> String {
        let seconds = ObjectMeta.timestamp(date)
        let micros = Int((date.timeIntervalSince1970 - date.timeIntervalSince1970.rounded(.down)) * 1_000_000)
        let frac = String(micros)
        return String(seconds.dropLast()) + "." + String(repeating: "0", count: 6 - frac.count) + frac + "Z"
    }
}
