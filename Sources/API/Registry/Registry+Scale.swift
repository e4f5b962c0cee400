import JSON
import Storage

extension Registry {
    /// GET …/scale.
    public func getScale(_ r: ResourceInfo, namespace: String?, name: String) throws(APIError) -> [UInt8] {
        guard let stored = store.get(key(r, namespace: namespace, name: name)) else {
            throw APIError.notFound(resource: r.plural, group: r.group, name: name)
        }
        return ScaleView.of(try Registry.parseStored(stored)).bytes
    }

    /// PUT or PATCH of …/scale: `change` maps the current Scale to the desired one; the parent's
    /// `spec.replicas` takes its `spec.replicas`. A resourceVersion in the Scale is a precondition.
    public func updateScale(_ r: ResourceInfo, namespace: String?, name: String, options: WriteOptions,
                            change: @escaping @Sendable (JSON) throws(APIError) -> JSON,
                            completion: @escaping WriteCompletion) {
        guaranteedUpdate(r, namespace: namespace, name: name, subresource: "scale", options: options,
                         transform: { old throws(APIError) in
            let current = ScaleView.of(old)
            let desired = try change(current)
            if let rv = desired.resourceVersion, !rv.isEmpty, rv != old.resourceVersion {
                throw APIError.conflict(resource: r.plural, group: r.group, name: name, APIError.staleObjectDetail)
            }
            guard let replicas = desired[path: ["spec", "replicas"]]?.intValue else {
                throw APIError.badRequest("Scale.spec.replicas must be an integer")
            }
            if replicas < 0 {
                throw APIError.invalid(kind: ScaleView.kind, group: ScaleView.group, name: name,
                                       [FieldError(.invalid, "spec.replicas", value: String(replicas),
                                                   "must be greater than or equal to 0")])
            }
            var next = old
            next[path: ["spec", "replicas"]] = .int(replicas)
            next[path: ["metadata", "resourceVersion"]] = nil
            return next
        }, render: { stored in ScaleView.of(stored).bytes }, completion: completion)
    }
}
