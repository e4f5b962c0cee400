import JSON

/// Events, stored as core/v1 and also served as events.k8s.io/v1 (upstream stores one object for both).
public struct EventStrategy: KindStrategy {
    public init() {}

    public func convertToStorage(_ object: JSON, from served: ResourceInfo) -> JSON {
        served.group == EventConversion.group ? EventConversion.toCore(object) : object
    }

    public func convertFromStorage(_ object: JSON, to served: ResourceInfo) -> JSON {
        served.group == EventConversion.group ? EventConversion.fromCore(object) : object
    }
}
