import Foundation
import JSON
import Storage

/// The object store with Kubernetes rules: keys, ObjectMeta rules, defaulting and validation through
/// each kind's `KindStrategy`, optimistic concurrency, finalizers and version conversion. HTTP handlers
/// and in-process controllers both write through it (design.md §1); nothing else touches Storage.
public final class Registry: Sendable {
    /// The revisioned store underneath; only the Registry reads or writes it.
    let store: Store
    /// The served resources.
    public let resources: ResourceRegistry
    /// The time source for timestamps.
    public let clock: any Clock
    /// What kinds claim on create and give back on delete (Service cluster IPs and node ports).
    let allocators: Allocators

    /// Opens the registry over an existing store and primes the allocators from what it holds.
    public init(store: Store, resources: ResourceRegistry = .standard, clock: any Clock = WallClock()) {
        self.store = store
        self.resources = resources
        self.clock = clock
        self.allocators = Allocators()
        restoreClaims()
    }

    /// The version of `indexer`'s output, persisted with each object's attributes so cold start can decode them
    /// instead of re-indexing. Bump it whenever the attributes extracted from the same bytes change (a new
    /// selectable field, a changed value format, another kind indexed in `ObjectAttributes`): rows tagged with
    /// another version are re-indexed at the next start.
    public static let indexerVersion: Int64 = 1

    /// The Storage indexer: field-selector fields and labels of a stored object, from its key's prefix.
    public static func indexer(resources: ResourceRegistry) -> Indexer {
        return { key, value in
            let (group, plural) = Registry.groupAndPlural(ofKey: key)
            let a = ObjectAttributes.extractFromBytes(value, group: group, plural: plural)
            return Attributes(fields: a.fields, labels: a.labels)
        }
    }

    /// The index attributes of an object about to be stored, from the parsed value the write already
    /// holds (cheaper than the indexer's parse of the bytes, and off the writer thread for creates).
    static func attributes(_ obj: JSON, _ s: ResourceInfo) -> Attributes {
        let a = ObjectAttributes.extract(obj, group: s.group, plural: s.plural)
        return Attributes(fields: a.fields, labels: a.labels)
    }

    /// Splits a storage key "/deployments.apps/ns/name" into ("apps", "deployments").
    static func groupAndPlural(ofKey key: String) -> (String, String) {
        let u = key.utf8.dropFirst()
        let seg = u.prefix { $0 != UInt8(ascii: "/") }
        let s = String(decoding: seg, as: UTF8.self)
        if let dot = s.firstIndex(of: ".") {
            return (String(s[s.index(after: dot)...]), String(s[..<dot]))
        }
        return ("", s)
    }

    // MARK: keys

    /// The storage key of one object.
    public func key(_ r: ResourceInfo, namespace: String?, name: String) -> String {
        if r.namespaced { return r.storagePrefix + "/" + (namespace ?? "") + "/" + name }
        return r.storagePrefix + "/" + name
    }

    /// The key prefix of a collection: one namespace, or every namespace when `namespace` is nil.
    public func prefix(_ r: ResourceInfo, namespace: String?) -> String {
        if r.namespaced, let namespace { return r.storagePrefix + "/" + namespace + "/" }
        return r.storagePrefix + "/"
    }

    /// The resource info of the stored version of `r` (autoscaling/v2 for any HPA version).
    func storageResource(_ r: ResourceInfo) -> ResourceInfo {
        resources.storageVersion(forPrefix: r.storagePrefix) ?? r
    }

    // MARK: reads

    /// GET of one object, in the requested version.
    public func get(_ r: ResourceInfo, namespace: String?, name: String) throws(APIError) -> [UInt8] {
        guard let obj = store.get(key(r, namespace: namespace, name: name)) else {
            throw APIError.notFound(resource: r.plural, group: r.group, name: name)
        }
        return Conversion.output(obj.value, resource: r, storage: storageResource(r))
    }

    /// A stored object's bytes in the served version of `r`.
    public func output(_ item: StoredObject, for r: ResourceInfo) -> [UInt8] {
        Conversion.output(item.value, resource: r, storage: storageResource(r))
    }

    /// GET of one object as a parsed value, in the stored version (for in-process callers).
    public func getObject(_ r: ResourceInfo, namespace: String?, name: String) -> JSON? {
        guard let obj = store.get(key(r, namespace: namespace, name: name)) else { return nil }
        return try? JSONParser.parse(obj.value)
    }

    /// What admission may read: the store's cache, in the stored version (read-your-own-writes, like the
    /// informers upstream's plugins read).
    var admissionLookup: AdmissionLookup {
        let store = self.store
        return AdmissionLookup(get: { key in store.get(key).flatMap { try? JSONParser.parse($0.value) } },
                               list: { prefix in store.list(prefix: prefix).items.compactMap { try? JSONParser.parse($0.value) } },
                               count: { prefix in store.count(prefix: prefix) })
    }

    /// The strategy of the kind stored for `r` (the stored version's kind).
    func strategy(_ r: ResourceInfo) -> any KindStrategy {
        Strategies.strategy(for: storageResource(r))
    }

    /// Marks, at start-up, what stored objects hold from the allocators (Services' addresses).
    func restoreClaims() {
        var seen: Set<String> = []
        for r in resources.all where seen.insert(r.storagePrefix).inserted {
            let strategy = self.strategy(r)
            guard strategy.claimsAllocations else { continue }
            for item in store.list(prefix: r.storagePrefix + "/").items {
                guard let obj = try? JSONParser.parse(item.value) else { continue }
                strategy.restoreClaims(obj, allocators: allocators)
            }
        }
    }

    /// Maps an error from a store write to the Status the client sees.
    static func apiError(_ error: any Error) -> APIError {
        if let e = error as? APIError { return e }
        return APIError.internalError("\(error)")
    }
}
