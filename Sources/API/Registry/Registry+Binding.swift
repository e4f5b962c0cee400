import JSON

extension Registry {
    /// POST to a Pod's `binding` subresource (the scheduler's write): the rules are `PodBinding`'s; the
    /// write is the Registry's read-modify-write, limited to what a binding may change. Answers 201
    /// with a `Success` Status.
    public func bind(_ r: ResourceInfo, namespace: String?, name: String, binding: JSON, options: WriteOptions,
                     completion: @escaping WriteCompletion) {
        let node: String
        do throws(APIError) {
            node = try PodBinding.target(of: binding, name: name)
        } catch {
            completion(.failure(error))
            return
        }
        let now = ObjectMeta.timestamp(clock.now())
        let subresourceName = r.plural + "/binding"
        guaranteedUpdate(r, namespace: namespace, name: name, subresource: "binding", options: options, transform: { pod throws(APIError) in
            try PodBinding.bind(pod, to: node, binding: binding, now: now, resource: subresourceName, group: r.group, name: name)
        }, completion: { result in
            completion(result.map { _ in WriteResult(code: 201, body: PodBinding.success.bytes) })
        })
    }
}
