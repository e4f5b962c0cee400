import API
import JSON

/// Reads one resource's current objects for a controller, straight from the store's in-memory cache
/// (there is no second copy of the objects). Namespace, label and field selectors (node name among
/// them: `spec.nodeName` is an indexed field) are answered by the store's attribute indexes; other
/// lookups, such as by owner UID, go through an informer index to keys and then here.
///
/// Read-your-own-writes: a write through `Client` returns only after the store cache holds it, so a
/// reconcile that created Pods and lists again sees them. That is why controllers here need none of
/// upstream's "expectations" (which guard against a lagging informer cache): a lister never lags
/// behind its own controller's writes. Events may still arrive after the reconcile that caused them;
/// reconciles are level-based, so a second look finds nothing to do.
public struct Lister: Sendable {
    /// The resource read.
    public let resource: ResourceInfo
    private let registry: Registry

    public init(registry: Registry, resource: ResourceInfo) {
        self.registry = registry
        self.resource = resource
    }

    /// The object with this key; nil when absent.
    public func get(_ key: ObjectKey) -> JSON? {
        registry.cached(resource, namespace: key.namespace, name: key.name).flatMap { try? JSONParser.parse($0.bytes) }
    }

    /// The objects in `namespace` (every namespace when nil) matching the selectors, in key order.
    public func list(namespace: String? = nil, labels: LabelSelector? = nil, fields: FieldSelector? = nil) -> [JSON] {
        registry.snapshot(resource, namespace: namespace, labelSelector: labels, fieldSelector: fields)
            .objects.compactMap { try? JSONParser.parse($0.bytes) }
    }

    /// The objects whose keys `informer`'s index `index` files under `value` (for example the Pods
    /// owned by one ReplicaSet UID), as they are now.
    public func list(index: String, value: String, in informer: SharedInformer) -> [JSON] {
        informer.keys(index: index, value: value).compactMap(get)
    }
}

/// Index functions most controllers want.
public enum Indexes {
    /// The name of the owner-UID index.
    public static let ownerUID = "ownerUID"
    /// Files an object under the UIDs of its owners.
    @Sendable public static func ownerUIDs(_ object: JSON) -> [String] { object.ownerReferences.map(\.uid) }
}
