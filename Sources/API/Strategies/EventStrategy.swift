import JSON

/// Events, stored as core/v1 and also served as events.k8s.io/v1 (upstream stores one object for both).
/// The garbage collector ignores them (upstream event strategy: `DefaultGarbageCollectionPolicy` is
/// `Unsupported`).
public struct EventStrategy: KindStrategy {
    public init() {}

    public var garbageCollectionPolicy: GarbageCollectionPolicy { .unsupported }

    public func convertToStorage(_ object: JSON, from served: ResourceInfo) -> JSON {
        served.group == EventConversion.group ? EventConversion.toCore(object) : object
    }

    public func convertFromStorage(_ object: JSON, to served: ResourceInfo) -> JSON {
        served.group == EventConversion.group ? EventConversion.fromCore(object) : object
    }

    /// The members of `involvedObject` (events.k8s.io: `regarding`) a selector can name.
    static let referenceFields = ["kind", "namespace", "name", "uid", "apiVersion", "resourceVersion", "fieldPath"]

    /// Upstream's core Event `GetAttrs`, read from either stored shape: core/v1 (`involvedObject`,
    /// `source`, `reportingComponent`) or events.k8s.io/v1 (`regarding`, `deprecatedSource`,
    /// `reportingController`).
    public var selectableFields: [SelectableField] {
        var fields = Self.referenceFields.map { k in
            SelectableField("involvedObject." + k, reads: [["apiVersion"], ["involvedObject", k], ["regarding", k]]) { o in
                o[path: [EventConversion.isNewShape(o) ? "regarding" : "involvedObject", k]]?.stringValue ?? ""
            }
        }
        fields += [.string("reason"), .string("type")]
        fields.append(SelectableField("reportingComponent", reads: [["apiVersion"], ["reportingComponent"], ["reportingController"]],
                                      value: Self.reporting))
        fields.append(SelectableField("source", reads: [["apiVersion"], ["source", "component"], ["deprecatedSource", "component"],
                                                        ["reportingComponent"], ["reportingController"]]) { o in
            let component = o[path: [EventConversion.isNewShape(o) ? "deprecatedSource" : "source", "component"]]?.stringValue ?? ""
            // Upstream falls back to the reporting controller when source.component is empty.
            return component.isEmpty ? Self.reporting(o) : component
        })
        return fields
    }

    static func reporting(_ o: JSON) -> String {
        o[EventConversion.isNewShape(o) ? "reportingController" : "reportingComponent"]?.stringValue ?? ""
    }

    /// core/v1 names the stored fields; events.k8s.io names map onto them (`regarding.name` →
    /// `involvedObject.name`, `reportingController` → `reportingComponent`) and accepts no others but
    /// `reason` and `type`.
    public func fieldLabels(for served: ResourceInfo) -> [String: String] {
        guard served.group == EventConversion.group else {
            return SelectableField.identityLabels(selectableFields, served: served)
        }
        var labels: [String: String] = [:]
        for l in ["metadata.name", "metadata.namespace", "reason", "type"] { labels[l] = l }
        for f in Self.referenceFields { labels["regarding." + f] = "involvedObject." + f }
        labels["reportingController"] = "reportingComponent"
        return labels
    }
}
