import JSON
import Storage

/// One object as an in-process reader sees it: its storage key and stored bytes. The bytes share the
/// store cache's buffer (arrays are copy-on-write), so holding them costs no second copy.
public struct CachedObject: Sendable {
    /// The storage key (unique per object; stable for its life).
    public let key: String
    /// The object's JSON, in the stored version.
    public let bytes: [UInt8]
    /// The store revision of the object's last write (its `resourceVersion`).
    public let revision: Int64

    public init(key: String, bytes: [UInt8], revision: Int64) {
        self.key = key
        self.bytes = bytes
        self.revision = revision
    }
}

/// Reads for in-process callers (controllers, the simulation): straight from the store's in-memory
/// cache, in the stored version, without paging. A write acknowledged by the Registry is already in
/// that cache, so every read made after a write returns is at least as new as the write
/// (read-your-own-writes).
extension Registry {
    /// The store's current revision: the revision of the latest committed write.
    public var currentRevision: Int64 { store.revision }

    /// Every object of `r` (in `namespace`, or all namespaces when nil) matching the selectors, in key
    /// order, with the revision the snapshot reflects.
    public func snapshot(_ r: ResourceInfo, namespace: String? = nil, labelSelector: LabelSelector? = nil,
                         fieldSelector: FieldSelector? = nil) -> (objects: [CachedObject], revision: Int64) {
        var options = ListOptions()
        options.labelSelector = labelSelector
        options.fieldSelector = fieldSelector.flatMap { try? $0.converted(for: r) }
        let page = store.list(prefix: prefix(r, namespace: namespace),
                              filter: Registry.objectFilter(Registry.matcher(options)))
        return (page.items.map { CachedObject(key: $0.key, bytes: $0.value, revision: $0.revision) }, page.revision)
    }

    /// One object of `r` from the cache; nil when absent.
    public func cached(_ r: ResourceInfo, namespace: String?, name: String) -> CachedObject? {
        guard let o = store.get(key(r, namespace: namespace, name: name)) else { return nil }
        return CachedObject(key: o.key, bytes: o.value, revision: o.revision)
    }
}
