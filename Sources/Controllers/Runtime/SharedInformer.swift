import API
import Dispatch
import Foundation
import JSON

/// One change an informer delivers (client-go's `ResourceEventHandler` calls as values).
public enum InformerEvent: Sendable {
    /// The object appeared (or was first seen).
    case added(JSON)
    /// The object changed from `old` to `new`.
    case updated(old: JSON, new: JSON)
    /// The object is gone; this is its last known state (a tombstone when the deletion happened while
    /// the watch was broken and was only noticed by the relist).
    case deleted(JSON)

    /// The object the event is about (the new one for an update).
    public var object: JSON {
        switch self {
        case .added(let o), .deleted(let o), .updated(_, let o): return o
        }
    }
}

/// One watch per resource for the whole process, shared by every controller that cares (client-go's
/// shared informer, over the Registry instead of HTTP):
/// - it lists, then watches from the list's revision; when the store cuts the watch off it resumes from
///   the last revision seen, and when that revision has left the history (410 Expired) it lists again
///   and delivers `deleted` for what vanished meanwhile, so no deletion is ever lost;
/// - handlers run on the informer's serial queue, in revision order; they should only enqueue keys;
/// - it remembers the last bytes seen per object (sharing the store cache's buffers, not a parsed
///   copy) to hand handlers the old object of an update and the last state of a deletion;
/// - named indexes (`addIndex`) map a value, such as an owner's UID, to the keys of the objects that
///   carry it. Reads of current objects go to a `Lister`, straight to the store cache.
public final class SharedInformer: @unchecked Sendable {
    // Invariant: every `var` is touched only on `queue`.
    /// The resource watched (its stored version).
    public let resource: ResourceInfo
    private let registry: Registry
    private let log: @Sendable (String) -> Void
    let queue: DispatchQueue
    private var handlers: [@Sendable (InformerEvent) -> Void] = []
    private var known: [String: CachedObject] = [:]
    private var indexFunctions: [String: @Sendable (JSON) -> [String]] = [:]
    private var indexes: [String: [String: Set<ObjectKey>]] = [:]
    private var indexedValues: [String: [String: [String]]] = [:]  // storage key → index name → values
    private var watch: ResourceWatch?
    private var lastRevision: Int64 = 0
    private var started = false
    private var stopped = false
    private var synced = false
    private var delivered = 0
    private var relists = 0

    init(registry: Registry, resource: ResourceInfo, log: @escaping @Sendable (String) -> Void) {
        self.registry = registry
        self.resource = resource
        self.log = log
        queue = DispatchQueue(label: "kubeling.informer.\(resource.plural).\(resource.group)")
    }

    /// Adds a handler. Added after start, it first receives the current objects as `added` (as
    /// client-go replays its store to a late handler).
    public func addHandler(_ handler: @escaping @Sendable (InformerEvent) -> Void) {
        queue.sync {
            handlers.append(handler)
            guard started else { return }
            for o in known.values.sorted(by: { $0.key < $1.key }) {
                if let obj = try? JSONParser.parse(o.bytes) { handler(.added(obj)) }
            }
        }
    }

    /// Adds an index: `function` returns the values an object is filed under (for example its owners'
    /// UIDs). Adding a name that exists keeps the existing index (controllers that share an informer
    /// ask for the same common indexes); an index added after start is filled from the objects known.
    public func addIndex(_ name: String, _ function: @escaping @Sendable (JSON) -> [String]) {
        queue.sync {
            guard indexFunctions[name] == nil else { return }
            indexFunctions[name] = function
            indexes[name] = [:]
            for (storageKey, o) in known {
                guard let obj = try? JSONParser.parse(o.bytes), let key = obj.objectKey else { continue }
                let values = function(obj)
                if !values.isEmpty { indexedValues[storageKey, default: [:]][name] = values }
                for v in values { indexes[name]?[v, default: []].insert(key) }
            }
        }
    }

    /// The keys of the objects filed under `value` in index `name`.
    public func keys(index name: String, value: String) -> [ObjectKey] {
        queue.sync { Array(indexes[name]?[value] ?? []).sorted() }
    }

    /// How many objects are filed under `value` in index `name` (cheaper than `keys` when only the
    /// number matters).
    public func count(index name: String, value: String) -> Int {
        queue.sync { indexes[name]?[value]?.count ?? 0 }
    }

    /// Whether the first list has been delivered.
    public var hasSynced: Bool { queue.sync { synced } }

    /// How many times the informer had to list again after losing its place (tests, metrics).
    public var relistCount: Int { queue.sync { relists } }

    /// Starts listing and watching (once; later calls do nothing).
    public func start() {
        queue.async { [self] in
            guard !started, !stopped else { return }
            started = true
            relist()
        }
    }

    /// Stops watching. Handlers are not called after `stop` returns.
    public func stop() {
        queue.sync {
            stopped = true
            watch?.cancel()
            watch = nil
        }
    }

    /// Delivers every event already committed to the store, on the caller's thread's behalf, and returns
    /// how many were delivered (test clusters use it to reach quiescence).
    @discardableResult
    func flush() -> Int {
        queue.sync {
            let before = delivered
            drain()
            return delivered - before
        }
    }

    // MARK: list and watch (on `queue`)

    /// Lists, diffs against what was known (delivering adds, updates and tombstones) and watches from the
    /// list's revision.
    private func relist() {
        guard !stopped else { return }
        let snapshot = registry.snapshot(resource)
        var seen = Set<String>()
        for o in snapshot.objects {
            seen.insert(o.key)
            if let old = known[o.key] {
                if old.revision != o.revision { deliverUpdate(old: old, new: o) }
            } else {
                deliverAdd(o)
            }
        }
        for (key, old) in known where !seen.contains(key) {
            deliverDelete(old)
        }
        lastRevision = snapshot.revision
        synced = true
        connect()
    }

    /// Watches from `lastRevision`; lists again if that revision is no longer in the history.
    private func connect() {
        guard !stopped else { return }
        var options = ListOptions()
        options.resourceVersion = String(lastRevision)
        do throws(APIError) {
            watch = try registry.watch(resource, namespace: nil, options: options) { [weak self] in
                guard let self else { return }
                self.queue.async { self.drain() }
            }
        } catch {
            relists += 1
            log("informer \(resource.plural): \(error.message); listing again")
            relist()
            return
        }
        drain()
    }

    private func drain() {
        guard !stopped, let w = watch else { return }
        while true {
            let events = w.next(max: 256)
            if events.isEmpty { break }
            for e in events {
                lastRevision = e.revision
                guard let obj = try? JSONParser.parse(e.object), let name = obj.name else { continue }
                let key = registry.key(resource, namespace: obj.namespace, name: name)
                let o = CachedObject(key: key, bytes: e.object, revision: e.revision)
                switch e.type {
                case "ADDED", "MODIFIED":
                    if let old = known[key] { deliverUpdate(old: old, new: o, obj) } else { deliverAdd(o, obj) }
                case "DELETED":
                    if known[key] != nil { deliverDelete(o, obj) }
                default:
                    break
                }
            }
        }
        if w.isTerminated {
            // Cut off for falling behind: resume from the last revision seen.
            w.cancel()
            watch = nil
            connect()
        }
    }

    // MARK: delivery (on `queue`)

    private func deliverAdd(_ o: CachedObject, _ parsed: JSON? = nil) {
        known[o.key] = o
        guard let obj = parsed ?? (try? JSONParser.parse(o.bytes)) else { return }
        reindex(o.key, obj)
        deliver(.added(obj))
    }

    private func deliverUpdate(old: CachedObject, new: CachedObject, _ parsed: JSON? = nil) {
        known[new.key] = new
        guard let obj = parsed ?? (try? JSONParser.parse(new.bytes)) else { return }
        reindex(new.key, obj)
        deliver(.updated(old: (try? JSONParser.parse(old.bytes)) ?? .null, new: obj))
    }

    private func deliverDelete(_ last: CachedObject, _ parsed: JSON? = nil) {
        known[last.key] = nil
        reindex(last.key, nil)
        guard let obj = parsed ?? (try? JSONParser.parse(last.bytes)) else { return }
        deliver(.deleted(obj))
    }

    private func deliver(_ event: InformerEvent) {
        delivered += 1
        for h in handlers { h(event) }
    }

    private func reindex(_ storageKey: String, _ obj: JSON?) {
        guard !indexFunctions.isEmpty else { return }
        let objectKey = obj?.objectKey
        for (name, function) in indexFunctions {
            for v in indexedValues[storageKey]?[name] ?? [] {
                if let k = objectKey ?? ObjectKey(storageKey: storageKey) { indexes[name]?[v]?.remove(k) }
                if indexes[name]?[v]?.isEmpty == true { indexes[name]?[v] = nil }
            }
            let values = obj.map(function) ?? []
            indexedValues[storageKey, default: [:]][name] = values.isEmpty ? nil : values
            if let objectKey {
                for v in values { indexes[name]?[v, default: []].insert(objectKey) }
            }
        }
        if indexedValues[storageKey]?.isEmpty == true { indexedValues[storageKey] = nil }
    }
}

extension ObjectKey {
    /// The key of a storage key "/prefix/namespace/name" or "/prefix/name".
    init?(storageKey: String) {
        let parts = storageKey.split(separator: "/", omittingEmptySubsequences: true)
        switch parts.count {
        case 2: self.init(namespace: nil, name: String(parts[1]))
        case 3: self.init(namespace: String(parts[1]), name: String(parts[2]))
        default: return nil
        }
    }
}
