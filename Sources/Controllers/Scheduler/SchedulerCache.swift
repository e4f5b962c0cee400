import API
import Foundation
import JSON

/// What each node already holds, kept from Pod events (upstream's scheduler cache), so a scheduling
/// decision costs one pass over the nodes rather than a list of every node's Pods. A Pod the scheduler
/// has just bound is "assumed" on its node at once, before its event arrives, so two decisions in a row
/// cannot both count the same free room.
final class SchedulerCache: @unchecked Sendable {
    // Invariant: `placed` and `nodes` are guarded by `lock`.
    private let lock = NSLock()
    private var placed: [ObjectKey: (node: String, pod: SchedulingPlan.PlacedPod)] = [:]
    /// The nodes as their events show them (parsed once per change, not once per decision).
    private var nodes: [String: JSON] = [:]

    /// Records a Node as its event shows it.
    func update(node: JSON) {
        guard let name = node.name else { return }
        lock.withLock { nodes[name] = node }
    }

    /// Forgets a deleted Node.
    func remove(node: JSON) {
        guard let name = node.name else { return }
        _ = lock.withLock { nodes.removeValue(forKey: name) }
    }

    /// Records a Pod as its event shows it: on a node and not finished, or not.
    func update(_ pod: JSON) {
        guard let key = pod.objectKey else { return }
        let view = Pod(pod)
        lock.withLock {
            if let node = view.nodeName, !view.isTerminal {
                placed[key] = (node, SchedulingPlan.PlacedPod(pod: pod))
            } else {
                placed[key] = nil
            }
        }
    }

    /// Forgets a deleted Pod.
    func remove(_ pod: JSON) {
        guard let key = pod.objectKey else { return }
        _ = lock.withLock { placed.removeValue(forKey: key) }
    }

    /// Counts a just-bound Pod on its node before its event comes.
    func assume(_ pod: JSON, on node: String) {
        guard let key = pod.objectKey else { return }
        lock.withLock { placed[key] = (node, SchedulingPlan.PlacedPod(pod: pod)) }
    }

    /// The nodes as the scheduler sees them, with what each holds.
    func nodeInfos() -> [SchedulingPlan.NodeInfo] {
        lock.withLock {
            var infos: [String: SchedulingPlan.NodeInfo] = [:]
            for (name, node) in nodes { infos[name] = SchedulingPlan.NodeInfo(node: node, requested: .init(), podCount: 0) }
            for (_, p) in placed { infos[p.node]?.add(p.pod) }
            return Array(infos.values)
        }
    }
}
