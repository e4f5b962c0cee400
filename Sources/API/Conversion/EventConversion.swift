import JSON

/// core/v1 Event ↔ events.k8s.io/v1 Event, by upstream's field correspondence
/// (`pkg/apis/events/v1/conversion.go`).
enum EventConversion {
    /// The group of the newer Event API, served by converting the stored core/v1 objects.
    static let group = "events.k8s.io"

    /// (events.k8s.io name, core name) pairs.
    static let renames: [(String, String)] = [
        ("regarding", "involvedObject"), ("note", "message"), ("deprecatedSource", "source"),
        ("deprecatedFirstTimestamp", "firstTimestamp"), ("deprecatedLastTimestamp", "lastTimestamp"),
        ("deprecatedCount", "count"), ("reportingController", "reportingComponent"),
    ]

    static func toCore(_ obj: JSON) -> JSON {
        var o = obj
        for (new, old) in renames { if let v = o[new] { o[new] = nil; o[old] = v } }
        o["apiVersion"] = "v1"
        return o
    }

    static func fromCore(_ obj: JSON) -> JSON {
        var o = obj
        for (new, old) in renames { if let v = o[old] { o[old] = nil; o[new] = v } }
        o["apiVersion"] = .string(group + "/v1")
        return o
    }

    /// Whether `obj` has the events.k8s.io shape (`regarding`, `deprecatedSource`, `reportingController`).
    static func isNewShape(_ obj: JSON) -> Bool {
        obj["apiVersion"]?.stringValue?.hasPrefix(group + "/") ?? false
    }
}
