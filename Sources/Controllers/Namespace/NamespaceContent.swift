import API
import JSON

/// What the namespace controller empties: every namespaced kind's objects in one namespace. A seam so
/// tests can make listing or deleting fail; `RegistryNamespaceContent` is the real one.
public protocol NamespaceContent: Sendable {
    /// The namespaced resources that can be deleted, one per stored collection.
    func resources() throws -> [ResourceInfo]
    /// The objects of `r` in `namespace`, as they are now.
    func list(_ r: ResourceInfo, namespace: String) throws -> [JSON]
    /// Deletes one object (background propagation, as upstream's deleter asks).
    func delete(_ r: ResourceInfo, namespace: String, name: String) throws(APIError)
}

/// The namespace's content as the Registry holds it.
public struct RegistryNamespaceContent: NamespaceContent {
    private let context: ControllerContext

    public init(context: ControllerContext) { self.context = context }

    public func resources() throws -> [ResourceInfo] {
        var seen: Set<String> = []
        return context.registry.resources.all.filter {
            $0.namespaced && $0.verbs.contains("delete") && seen.insert($0.storagePrefix).inserted
        }
    }

    public func list(_ r: ResourceInfo, namespace: String) throws -> [JSON] {
        context.informers.lister(for: r).list(namespace: namespace)
    }

    public func delete(_ r: ResourceInfo, namespace: String, name: String) throws(APIError) {
        var options = DeleteOptions()
        options.propagationPolicy = "Background"
        try context.client.delete(r, namespace: namespace, name: name, options: options)
    }
}
