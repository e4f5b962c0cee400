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

/// The Pods an HPA's selector picks, read from the store's cache through its label index and turned
/// into `PodSample`s once per Pod revision (a sync then parses only the Pods that changed since the
/// last one looked: 500 autoscalers over 5,000 Pods stay cheap).
final class PodSampleCache: @unchecked Sendable {
    // Invariant: `samples` is guarded by `lock`.
    private let registry: Registry
    private let pods: ResourceInfo
    private let lock = NSLock()
    private var samples: [String: (revision: Int64, sample: PodSample, labels: [String: String])] = [:]

    init(registry: Registry, pods: ResourceInfo) {
        self.registry = registry
        self.pods = pods
    }

    /// The Pods of `namespace` that `selector` matches, with their labels, in key order.
    func select(namespace: String, selector: LabelSelector) -> [(key: String, sample: PodSample, labels: [String: String])] {
        let objects = registry.snapshot(pods, namespace: namespace, labelSelector: selector).objects
        var out: [(key: String, sample: PodSample, labels: [String: String])] = []
        out.reserveCapacity(objects.count)
        var parsed: [(String, Int64, PodSample, [String: String])] = []
        lock.lock()
        for o in objects {
            if let hit = samples[o.key], hit.revision == o.revision {
                out.append((o.key, hit.sample, hit.labels))
            } else {
                lock.unlock()
                if let json = try? JSONParser.parse(o.bytes) {
                    let sample = PodSample(json), labels = json.labels
                    parsed.append((o.key, o.revision, sample, labels))
                    out.append((o.key, sample, labels))
                }
                lock.lock()
            }
        }
        for (key, revision, sample, labels) in parsed { samples[key] = (revision, sample, labels) }
        lock.unlock()
        return out
    }

    /// Forgets a deleted Pod.
    func forget(namespace: String, name: String) {
        let key = registry.key(pods, namespace: namespace, name: name)
        lock.withLock { _ = samples.removeValue(forKey: key) }
    }

    /// How many Pods are remembered.
    var count: Int { lock.withLock { samples.count } }
}
