import API
import JSON

extension Client {
    /// GET of `name`'s scale subresource (an autoscaling/v1 `Scale`), as the scale client reads it.
    public func getScale(_ r: ResourceInfo, namespace: String?, name: String) throws(APIError) -> JSON {
        let bytes = try registry.getScale(r, namespace: namespace, name: name)
        do {
            return try JSONParser.parse(bytes)
        } catch {
            throw APIError.internalError("unreadable scale of \(name)")
        }
    }

    /// PUT of `name`'s scale subresource with `replicas` (no resourceVersion precondition, as the HPA
    /// controller writes what it decided from the scale it read).
    @discardableResult
    public func updateScale(_ r: ResourceInfo, namespace: String?, name: String, replicas: Int) throws(APIError) -> JSON {
        try wait { completion in
            registry.updateScale(r, namespace: namespace, name: name, options: WriteOptions(), change: { scale in
                var next = scale
                next[path: ["spec", "replicas"]] = .int(Int64(replicas))
                next[path: ["metadata", "resourceVersion"]] = nil
                return next
            }, completion: completion)
        }
    }
}
