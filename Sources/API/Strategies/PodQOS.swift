import JSON

/// The pod's quality-of-service class as upstream `qos.GetPodQOS` computes it from cpu and memory requests and
/// limits of all containers (init containers included); zero quantities count as unset.
public enum PodQOS {
    /// "BestEffort", "Burstable" or "Guaranteed".
    public static func compute(spec: JSON?) -> String {
        var requests: [String: Quantity] = [:]
        var limits: [String: Quantity] = [:]
        var guaranteed = true
        let containers = (spec?["initContainers"]?.arrayValue ?? []) + (spec?["containers"]?.arrayValue ?? [])
        for c in containers {
            for (name, raw) in c[path: ["resources", "requests"]]?.objectValue ?? JSONObject() {
                guard name == "cpu" || name == "memory", let q = Quantity(json: raw), !q.isZero else { continue }
                requests[name] = requests[name].map { $0 + q } ?? q
            }
            var limitNames = Set<String>()
            for (name, raw) in c[path: ["resources", "limits"]]?.objectValue ?? JSONObject() {
                guard name == "cpu" || name == "memory", let q = Quantity(json: raw), !q.isZero else { continue }
                limitNames.insert(name)
                limits[name] = limits[name].map { $0 + q } ?? q
            }
            if limitNames.count != 2 { guaranteed = false }
        }
        if requests.isEmpty && limits.isEmpty { return "BestEffort" }
        if guaranteed {
            for (name, req) in requests where limits[name] != req { guaranteed = false }
        }
        return guaranteed && limits.count == 2 ? "Guaranteed" : "Burstable"
    }
}
