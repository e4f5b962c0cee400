import API
import Foundation
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

    /// As `get` and `list`, but each object parsed shallowly (`JSONParser.parseSkimming`): every scalar
    /// of the first two levels, and below that only the containers `parts` names; and parsed once per
    /// revision (`parts` keeps the trees of recently read objects). For controllers that read a few
    /// fields of many objects on every pass (a ReplicaSet of 1,000 Pods syncs on each of their status
    /// changes); never for an object that is written back whole.
    public func get(_ key: ObjectKey, parts: SkimmedObjects) -> JSON? {
        registry.cached(resource, namespace: key.namespace, name: key.name).flatMap(parts.parse)
    }

    public func list(namespace: String?, labels: LabelSelector?, parts: SkimmedObjects) -> [JSON] {
        registry.snapshot(resource, namespace: namespace, labelSelector: labels, fieldSelector: nil)
            .objects.compactMap(parts.parse)
    }

    /// The objects whose keys `informer`'s index `index` files under `value` (for example the Pods
    /// owned by one ReplicaSet UID), as they are now.
    public func list(index: String, value: String, in informer: SharedInformer) -> [JSON] {
        informer.keys(index: index, value: value).compactMap(get)
    }
}

extension Lister {
    /// The owners of this lister's resource that should look at `dependent` (upstream's
    /// `resolveControllerRef` and `get<Kind>sForPod`): the one its controller reference names, if it is
    /// of `kind` in group `group` and still the same object (UID); for an orphan not being deleted,
    /// every owner in its namespace whose `spec.selector` matches its labels, so one can adopt it.
    public func owners(of dependent: JSON, kind: String, group: String) -> [ObjectKey] {
        guard let namespace = dependent.namespace else { return [] }
        guard let ref = dependent.controllerRef else {
            if dependent.isBeingDeleted { return [] }
            return list(namespace: namespace).compactMap { owner in
                guard let selector = try? LabelSelector(from: owner[path: ["spec", "selector"]] ?? .null),
                      !selector.isEverything, selector.matches(dependent.labels) else { return nil }
                return owner.objectKey
            }
        }
        guard ref.kind == kind, ref.apiVersion.hasPrefix(group + "/") else { return [] }
        let key = ObjectKey(namespace: namespace, name: ref.name)
        return get(key)?.uid == ref.uid ? [key] : []
    }
}

/// Index functions most controllers want.
public enum Indexes {
    /// The name of the owner-UID index.
    public static let ownerUID = "ownerUID"
    /// Files an object under the UIDs of its owners.
    @Sendable public static func ownerUIDs(_ object: JSON) -> [String] { object.ownerReferences.map(\.uid) }
}

/// Shallow parses of recently read objects, by storage key and revision (see `Lister.list(…parts:)`).
/// Bounded: it remembers about `capacity` objects.
public final class SkimmedObjects: @unchecked Sendable {
    /// The containers below the second level that are parsed.
    public let keeping: Set<String>
    // Invariant: `trees` is guarded by `lock`.
    private let lock = NSLock()
    private var trees: RecentCache<String, (revision: Int64, object: JSON)>

    public init(keeping: Set<String>, capacity: Int = 8192) {
        self.keeping = keeping
        trees = RecentCache(capacity: capacity)
    }

    func parse(_ cached: CachedObject) -> JSON? {
        if let hit = lock.withLock({ trees[cached.key] }), hit.revision == cached.revision { return hit.object }
        guard let object = try? JSONParser.parseSkimming(cached.bytes, keepNested: keeping) else { return nil }
        lock.withLock { trees[cached.key] = (cached.revision, object) }
        return object
    }
}
