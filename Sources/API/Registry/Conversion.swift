import JSON

/// Conversion between a served version and the stored version of the same objects. Only two
/// families have more than one served shape: HorizontalPodAutoscaler (autoscaling/v1 ↔ stored v2)
/// and Event (events.k8s.io/v1 ↔ stored core/v1), as upstream stores them.
enum Conversion {
    /// Whether `r` is served in a shape other than the stored one.
    static func needsConversion(_ r: ResourceInfo, storage s: ResourceInfo) -> Bool {
        r.group != s.group || r.version != s.version
    }

    /// A served object turned into the stored shape.
    static func toStorage(_ obj: JSON, resource r: ResourceInfo, storage s: ResourceInfo) -> JSON {
        guard needsConversion(r, storage: s) else { return obj }
        if r.plural == "horizontalpodautoscalers" { return HPAConversion.v1ToV2(obj) }
        if r.plural == "events" { return EventConversion.toCore(obj) }
        return obj
    }

    /// A stored object turned into the served shape.
    static func fromStorage(_ obj: JSON, resource r: ResourceInfo, storage s: ResourceInfo) -> JSON {
        guard needsConversion(r, storage: s) else { return obj }
        if r.plural == "horizontalpodautoscalers" { return HPAConversion.v2ToV1(obj) }
        if r.plural == "events" { return EventConversion.fromCore(obj) }
        return obj
    }

    /// Stored bytes in the served shape; the bytes themselves when no conversion applies.
    static func output(_ bytes: [UInt8], resource r: ResourceInfo, storage s: ResourceInfo) -> [UInt8] {
        guard needsConversion(r, storage: s), let obj = try? JSONParser.parse(bytes) else { return bytes }
        return fromStorage(obj, resource: r, storage: s).bytes
    }
}

/// core/v1 Event ↔ events.k8s.io/v1 Event, by upstream's field correspondence
/// (`pkg/apis/events/v1/conversion.go`).
enum EventConversion {
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
        o["apiVersion"] = "events.k8s.io/v1"
        return o
    }
}
