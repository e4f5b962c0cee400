import JSON

/// Moving from client-side to server-side apply, as kube-apiserver eases it for the `kubectl`
/// field manager: fields recorded in the `kubectl.kubernetes.io/last-applied-configuration`
/// annotation may be taken over without conflict, and an existing annotation is kept in step
/// with what is server-side applied.
extension ManagedFields {
    static let lastAppliedAnnotation = "kubectl.kubernetes.io/last-applied-configuration"

    /// The fields of the last client-side applied configuration whose values the live object
    /// still has; nil when there is no usable annotation.
    static func clientSideApplied(_ live: JSON?, schema: any StrategicSchema) -> FieldSet? {
        guard let live, let text = live[path: ["metadata", "annotations", lastAppliedAnnotation]]?.stringValue,
              let lastApplied = try? JSONParser.parse(text), case .object = lastApplied
        else { return nil }
        var walker = FieldWalker(schema: schema, subresource: nil)
        let applied = walker.fieldSet(of: lastApplied)
        let (changedSince, _) = walker.compare(lastApplied, live)
        return applied.subtracting(changedSince)
    }

    /// Rewrites an existing last-applied annotation to the configuration just applied (without the
    /// annotation itself), as upstream's lastAppliedUpdater does for `kubectl`.
    static func syncLastApplied(config: JSON, into object: inout JSON) {
        let path = ["metadata", "annotations", lastAppliedAnnotation]
        guard let current = object[path: path]?.stringValue, !current.isEmpty else { return }
        var applied = config
        applied[path: path] = nil
        if applied[path: ["metadata", "annotations"]]?.objectValue?.isEmpty == true {
            applied[path: ["metadata", "annotations"]] = nil
        }
        object[path: path] = .string(applied.jsonString + "\n")
    }
}
