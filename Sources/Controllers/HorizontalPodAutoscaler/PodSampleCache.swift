import API
import Foundation
import JSON

extension PodSample {
    /// What the calculation reads of a Pod object.
    init(_ pod: JSON) {
        name = pod.name ?? ""
        phase = pod[path: ["status", "phase"]]?.stringValue ?? "Pending"
        deleted = pod.deletionTimestamp != nil
        if let c = pod[path: ["status", "conditions"]]?.arrayValue?.first(where: { $0["type"]?.stringValue == "Ready" }) {
            ready = (c["status"]?.stringValue ?? "Unknown",
                     c["lastTransitionTime"]?.stringValue.flatMap(ObjectMeta.parseTimestamp))
        }
        startTime = pod[path: ["status", "startTime"]]?.stringValue.flatMap(ObjectMeta.parseTimestamp)
        func container(_ c: JSON) -> Container {
            var requests: [String: Int64] = [:]
            for (k, v) in c[path: ["resources", "requests"]]?.objectValue ?? JSONObject() {
                if let q = Quantity(json: v) { requests[k] = q.milliValue }
            }
            return Container(name: c["name"]?.stringValue ?? "", requests: requests)
        }
        let spec = pod["spec"]
        containers = (spec?["containers"]?.arrayValue ?? []).map(container)
            + (spec?["initContainers"]?.arrayValue ?? []).filter { $0["restartPolicy"]?.stringValue == "Always" }.map(container)
    }
}

/// The Pods as the HPA controller reads them (its Pod lister): a `PodSample` and the labels of every
/// Pod, kept up to date from the Pod informer's events (each Pod is read once per change, not once per
/// sync), and indexed by `namespace/key=value` so a selector's Pods are found from one of its equality
/// terms without looking at the rest of the namespace: 500 autoscalers over 5,000 Pods stay cheap.
final class PodSampleCache: @unchecked Sendable {
    // Invariant: `pods`, `byLabel` and `byNamespace` are guarded by `lock` and agree with each other.
    /// A selected Pod: its key (`namespace/name`), sample and labels.
    typealias Entry = (key: String, sample: PodSample, labels: [String: String])
    private let lock = NSLock()
    private var pods: [String: (sample: PodSample, labels: [String: String])] = [:]
    private var byLabel: [String: Set<String>] = [:]
    private var byNamespace: [String: Set<String>] = [:]

    init() {}

    /// Applies one Pod informer event.
    func apply(_ event: InformerEvent) {
        switch event {
        case .added(let pod), .updated(_, let pod):
            guard let name = pod.name else { return }
            let namespace = pod.namespace ?? ""
            let sample = PodSample(pod), labels = pod.labels
            lock.withLock { put(namespace: namespace, name: name, sample: sample, labels: labels) }
        case .deleted(let pod):
            guard let name = pod.name else { return }
            let namespace = pod.namespace ?? ""
            lock.withLock { remove(namespace: namespace, key: namespace + "/" + name) }
        }
    }

    private func put(namespace: String, name: String, sample: PodSample, labels: [String: String]) {
        let key = namespace + "/" + name
        if let old = pods[key] {
            if old.labels == labels {
                pods[key] = (sample, labels)
                return
            }
            remove(namespace: namespace, key: key)
        }
        pods[key] = (sample, labels)
        byNamespace[namespace, default: []].insert(key)
        for (k, v) in labels { byLabel[namespace + "/" + k + "=" + v, default: []].insert(key) }
    }

    private func remove(namespace: String, key: String) {
        guard let old = pods.removeValue(forKey: key) else { return }
        byNamespace[namespace]?.remove(key)
        for (k, v) in old.labels {
            let term = namespace + "/" + k + "=" + v
            byLabel[term]?.remove(key)
            if byLabel[term]?.isEmpty == true { byLabel[term] = nil }
        }
    }

    /// The Pods of `namespace` that `selector` matches, in name order.
    func select(namespace: String, selector: LabelSelector) -> [Entry] {
        if selector.matchesNothing { return [] }
        let term = selector.requirements.first {
            ($0.op == .equals || $0.op == .doubleEquals || $0.op == .in) && $0.values.count == 1
        }
        let out: [Entry] = lock.withLock {
            let candidates = term.map { byLabel[namespace + "/" + $0.key + "=" + $0.values[0]] ?? [] }
                ?? byNamespace[namespace] ?? []
            return candidates.compactMap { key in
                guard let p = pods[key], selector.matches(p.labels) else { return nil }
                return (key, p.sample, p.labels)
            }
        }
        return out.sorted { $0.key < $1.key }
    }

    /// How many Pods are known.
    var count: Int { lock.withLock { pods.count } }
}
