/// Upstream's NamespaceLifecycle admission plugin, for creates of namespaced objects: the namespace must
/// exist and must not be terminating.
enum NamespaceLifecycle {
    /// The storage key of the namespace `name` (core/v1 namespaces, stored under their plural).
    static func key(_ name: String) -> String { "/namespaces/" + name }

    /// Checks a create of `name` (a `r`) in `namespace`, given the stored namespace's indexed fields
    /// (nil when there is no such namespace). The indexed `status.phase` spares parsing the namespace on
    /// every create; deletion sets it (`NamespaceStrategy.prepareForDeletion`).
    static func admitCreate(_ r: ResourceInfo, name: String, namespace: String,
                            namespaceFields: [String: String]?) throws(APIError) {
        guard let fields = namespaceFields else {
            throw APIError.notFound(resource: "namespaces", group: "", name: namespace)
        }
        if fields["status.phase"] == NamespaceStrategy.terminating {
            throw APIError(code: 403, reason: "Forbidden",
                           message: "\(r.qualifiedResource) \"\(name)\" is forbidden: unable to create new content in namespace \(namespace) because it is being terminated",
                           name: name, group: r.group, kind: r.plural)
        }
    }
}
