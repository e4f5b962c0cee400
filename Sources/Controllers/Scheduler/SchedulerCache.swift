import API
import Foundation
import JSON

/// What each node already holds, kept from Pod events (upstream's scheduler cache), so a scheduling
/// decision costs one pass over the nodes rather than a list of every node's Pods. A Pod the scheduler
/// has just bound is "assumed" on its node at once, before its event arrives, so two decisions in a row
/// cannot both count the same free room.
final class SchedulerCache: @unchecked Sendable {
    // Invariant: every stored property is guarded by `lock`.
    private let lock = NSLock()
    /// The node each placed Pod is on.
    private var placed: [ObjectKey: String] = [:]
    /// The Pods on each node (also on nodes whose event has not come yet).
    private var byNode: [String: [ObjectKey: SchedulingPlan.PlacedPod]] = [:]
    /// The nodes as their events show them (parsed once per change, not once per decision).
    private var nodes: [String: JSON] = [:]
    /// Each known node's view as last built, and the nodes changed since (upstream's snapshot update:
    /// a decision rebuilds only the nodes that changed, not every node from every Pod).
    private var infos: [String: SchedulingPlan.NodeInfo] = [:]
    private var changed: Set<String> = []

    /// Records a Node as its event shows it.
    func update(node: JSON) {
        guard let name = node.name else { return }
        lock.withLock {
            nodes[name] = node
            changed.insert(name)
        }
    }

    /// Forgets a deleted Node.
    func remove(node: JSON) {
        guard let name = node.name else { return }
        lock.withLock {
            nodes[name] = nil
            changed.insert(name)
        }
    }

    /// Records a Pod as its event shows it: on a node and not finished, or not.
    func update(_ pod: JSON) {
        guard let key = pod.objectKey else { return }
        let view = Pod(pod)
        let node = view.isTerminal ? nil : view.nodeName
        let placement = node.map { _ in SchedulingPlan.PlacedPod(pod: pod) }
        lock.withLock { place(key, on: node, placement) }
    }

    /// Forgets a deleted Pod.
    func remove(_ pod: JSON) {
        guard let key = pod.objectKey else { return }
        lock.withLock { place(key, on: nil, nil) }
    }

    /// Counts a just-bound Pod on its node before its event comes.
    func assume(_ pod: JSON, on node: String) {
        guard let key = pod.objectKey else { return }
        let placement = SchedulingPlan.PlacedPod(pod: pod)
        lock.withLock { place(key, on: node, placement) }
    }

    /// The nodes as the scheduler sees them, with what each holds.
    func nodeInfos() -> [SchedulingPlan.NodeInfo] {
        lock.withLock {
            for name in changed {
                guard let node = nodes[name] else {
                    infos[name] = nil
                    continue
                }
                var info = SchedulingPlan.NodeInfo(node: node, requested: .init(), podCount: 0)
                for pod in (byNode[name] ?? [:]).values { info.add(pod) }
                infos[name] = info
            }
            changed.removeAll(keepingCapacity: true)
            return Array(infos.values)
        }
    }

    /// Moves `key` to `node` (nil: off every node). Caller holds `lock`.
    private func place(_ key: ObjectKey, on node: String?, _ pod: SchedulingPlan.PlacedPod?) {
        if let old = placed[key] {
            byNode[old]?[key] = nil
            if byNode[old]?.isEmpty == true { byNode[old] = nil }
            changed.insert(old)
        }
        guard let node, let pod else {
            placed[key] = nil
            return
        }
        placed[key] = node
        byNode[node, default: [:]][key] = pod
        changed.insert(node)
    }
}
