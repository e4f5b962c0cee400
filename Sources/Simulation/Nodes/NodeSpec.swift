import API
import Foundation
import JSON

/// One simulated node as a kind cluster would have it: `kubeling-control-plane`, then `kubeling-worker`,
/// `kubeling-worker2`, …; the first carries the control-plane role and `ingress-ready=true` (the
/// tutorial's ingress controller selects it), and is tainted only when there are workers.
public struct NodeSpec: Sendable, Equatable {
    /// The node's name.
    public let name: String
    /// Its position (0 for the control plane).
    public let index: Int
    /// Capacity: CPU in millicores.
    public let cpuMillis: Int
    /// Capacity: memory in bytes.
    public let memoryBytes: Int64
    /// Capacity: Pods.
    public let pods: Int
    /// The address the host reaches it on (127.0.0.1 for the first, then 127.0.0.2, …).
    public let internalIP: String
    /// Its Pod address range, `10.244.<index>.0/24` as kubeadm assigns.
    public let podCIDR: String
    /// Whether other nodes exist (the control plane then gets its NoSchedule taint).
    public let multiNode: Bool

    /// The nodes of a cluster of `count` (≥ 1), each with `cpuMillis`, `memoryBytes` and `pods`.
    public static func cluster(count: Int, cpuMillis: Int = NodeSpec.hostCPUMillis,
                               memoryBytes: Int64 = NodeSpec.hostMemoryBytes, pods: Int = 110) -> [NodeSpec] {
        (0..<max(1, count)).map { i in
            NodeSpec(name: i == 0 ? "kubeling-control-plane" : (i == 1 ? "kubeling-worker" : "kubeling-worker\(i)"),
                     index: i, cpuMillis: cpuMillis, memoryBytes: memoryBytes, pods: pods,
                     internalIP: "127.0.0.\(i + 1)", podCIDR: "10.244.\(i).0/24", multiNode: count > 1)
        }
    }

    /// This host's CPUs, in millicores.
    public static var hostCPUMillis: Int { ProcessInfo.processInfo.activeProcessorCount * 1000 }
    /// This host's memory, in bytes (rounded down to KiB, as the kubelet reports it).
    public static var hostMemoryBytes: Int64 { Int64(ProcessInfo.processInfo.physicalMemory) / 1024 * 1024 }

    /// The node's labels.
    public var labels: [String: String] {
        var l = ["beta.kubernetes.io/arch": "amd64", "beta.kubernetes.io/os": "linux", "kubernetes.io/arch": "amd64",
                 "kubernetes.io/hostname": name, "kubernetes.io/os": "linux"]
        if index == 0 {
            l["node-role.kubernetes.io/control-plane"] = ""
            l["node.kubernetes.io/exclude-from-external-load-balancers"] = ""
            l["ingress-ready"] = "true"
        }
        return l
    }

    /// Capacity (and allocatable: kind reserves nothing) as the kubelet reports it.
    public var resources: JSON {
        ["cpu": .string(cpuMillis % 1000 == 0 ? String(cpuMillis / 1000) : "\(cpuMillis)m"),
         "ephemeral-storage": "102626232Ki", "hugepages-1Gi": "0", "hugepages-2Mi": "0",
         "memory": .string("\(memoryBytes / 1024)Ki"), "pods": .string(String(pods))]
    }

    /// The Node object a kubelet registers (spec and metadata; status is written separately).
    public var object: JSON {
        var spec: JSONObject = ["podCIDR": .string(podCIDR), "podCIDRs": [.string(podCIDR)],
                                "providerID": .string("kind://docker/kubeling/\(name)")]
        if index == 0, multiNode {
            spec["taints"] = [["key": "node-role.kubernetes.io/control-plane", "effect": "NoSchedule"]]
        }
        return ["apiVersion": "v1", "kind": "Node",
                "metadata": ["name": .string(name), "labels": .object(JSONObject(labels.sorted { $0.key < $1.key }.map { ($0.key, JSON.string($0.value)) })),
                             "annotations": ["node.alpha.kubernetes.io/ttl": "0",
                                             "kubeadm.alpha.kubernetes.io/cri-socket": "unix:///run/containerd/containerd.sock",
                                             "volumes.kubernetes.io/controller-managed-attach-detach": "true"]],
                "spec": .object(spec)]
    }

    /// The first usable Pod address of the range and how many there are (.2 … .254; .1 is the gateway).
    var podAddressBase: String { String(podCIDR.split(separator: ".").prefix(3).joined(separator: ".")) }
}
