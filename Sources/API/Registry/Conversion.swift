import JSON

/// Conversion between a served version and the stored version of the same objects, through the stored
/// kind's strategy (`KindStrategy.convertToStorage` / `convertFromStorage`): HorizontalPodAutoscaler
/// (autoscaling/v1 ↔ stored v2) and Event (events.k8s.io/v1 ↔ stored core/v1), as upstream stores them.
enum Conversion {
    /// Whether `r` is served in a shape other than the stored one.
    static func needsConversion(_ r: ResourceInfo, storage s: ResourceInfo) -> Bool {
        r.group != s.group || r.version != s.version
    }

    /// A served object turned into the stored shape.
    static func toStorage(_ obj: JSON, resource r: ResourceInfo, storage s: ResourceInfo) -> JSON {
        guard needsConversion(r, storage: s) else { return obj }
        return Strategies.strategy(for: s).convertToStorage(obj, from: r)
    }

    /// A stored object turned into the served shape.
    static func fromStorage(_ obj: JSON, resource r: ResourceInfo, storage s: ResourceInfo) -> JSON {
        guard needsConversion(r, storage: s) else { return obj }
        return Strategies.strategy(for: s).convertFromStorage(obj, to: r)
    }

    /// Stored bytes in the served shape; the bytes themselves when no conversion applies.
    static func output(_ bytes: [UInt8], resource r: ResourceInfo, storage s: ResourceInfo) -> [UInt8] {
        guard needsConversion(r, storage: s), let obj = try? JSONParser.parse(bytes) else { return bytes }
        return fromStorage(obj, resource: r, storage: s).bytes
    }
}
