import JSON
import Storage

/// One watch event for a client: `type` is ADDED, MODIFIED, DELETED, BOOKMARK or ERROR; `object` the
/// object's JSON in the requested version.
public struct WatchEvent: Sendable {
    public var type: String
    public var object: [UInt8]
    public var revision: Int64
    public init(type: String, object: [UInt8], revision: Int64) {
        self.type = type
        self.object = object
        self.revision = revision
    }
}

/// A watch on one collection with Kubernetes semantics over a Storage watcher: namespace scoping by key
/// prefix, label and field selectors (an object that stops matching arrives as DELETED, one that
/// starts matching as ADDED, as upstream's cacher does), version conversion, and the synthetic
/// ADDED events of a watch that starts from "now".
public final class ResourceWatch: @unchecked Sendable {
    // Invariant: `initial` and `initialIndex` are touched only by the single consumer calling
    // `next`; the store watcher is thread-safe on its own.
    private let watcher: StoreWatcher
    private let match: (@Sendable (Attributes) -> Bool)?
    private let resource: ResourceInfo
    private let storage: ResourceInfo
    private var initial: [WatchEvent]
    private var initialIndex = 0
    /// The revision of the last event handed out (or the start revision): a safe BOOKMARK revision.
    public private(set) var lastRevision: Int64
    /// Whether the synthetic initial events have all been handed out.
    public var initialEventsDone: Bool { initialIndex >= initial.count }

    init(watcher: StoreWatcher, match: (@Sendable (Attributes) -> Bool)?, resource: ResourceInfo,
         storage: ResourceInfo, initial: [WatchEvent], startRevision: Int64) {
        self.watcher = watcher
        self.match = match
        self.resource = resource
        self.storage = storage
        self.initial = initial
        self.lastRevision = startRevision
    }

    /// Up to `max` pending events, without blocking; empty when none are pending.
    public func next(max: Int) -> [WatchEvent] {
        var out: [WatchEvent] = []
        while initialIndex < initial.count, out.count < max {
            out.append(initial[initialIndex])
            initialIndex += 1
        }
        if initialIndex >= initial.count, !initial.isEmpty { initial = [] ; initialIndex = 0 }
        while out.count < max {
            let batch = watcher.next(max: max - out.count)
            if batch.isEmpty { break }
            for e in batch {
                lastRevision = e.revision
                if let ev = translate(e) { out.append(ev) }
            }
        }
        return out
    }

    /// Whether the store cut this watcher off (it fell too far behind) or it was cancelled.
    public var isTerminated: Bool { watcher.isTerminated }

    /// Stops the watch and releases its buffer.
    public func cancel() { watcher.cancel() }

    private func translate(_ e: StoreEvent) -> WatchEvent? {
        let type: String
        if let match {
            let now = match(e.object.attributes)
            let before = e.previous.map { match($0.attributes) } ?? false
            switch e.type {
            case .added:
                guard now else { return nil }
                type = "ADDED"
            case .modified:
                if now && before {
                    type = "MODIFIED"
                } else if now {
                    type = "ADDED"
                } else if before {
                    type = "DELETED"
                } else {
                    return nil
                }
            case .deleted:
                guard now || before else { return nil }
                type = "DELETED"
            }
        } else {
            switch e.type {
            case .added: type = "ADDED"
            case .modified: type = "MODIFIED"
            case .deleted: type = "DELETED"
            }
        }
        return WatchEvent(type: type, object: Conversion.output(e.object.value, resource: resource, storage: storage),
                          revision: e.revision)
    }
}

extension Registry {
    /// Starts a watch. `resourceVersion` unset or "0" starts with synthetic ADDED events for the
    /// current objects; N replays every change after N, or throws 410 Expired when N has left the
    /// history window. `onReady` fires whenever events may be pending.
    public func watch(_ r: ResourceInfo, namespace: String?, options: ListOptions,
                      onReady: @escaping @Sendable () -> Void) throws(APIError) -> ResourceWatch {
        var options = options
        if let fs = options.fieldSelector { options.fieldSelector = try fs.converted(for: r) }
        let s = storageResource(r)
        let match = Registry.matcher(options)
        let p = prefix(r, namespace: namespace)
        var initial: [WatchEvent] = []
        var start: Int64
        let rvText = options.resourceVersion ?? ""
        if rvText.isEmpty || rvText == "0" {
            let filter = Registry.objectFilter(match)
            let snapshot = store.list(prefix: p, filter: filter)
            start = snapshot.revision
            initial = snapshot.items.map {
                WatchEvent(type: "ADDED", object: Conversion.output($0.value, resource: r, storage: s), revision: $0.revision)
            }
        } else {
            guard let rv = Int64(rvText), rv >= 0 else {
                throw APIError.badRequest("invalid resource version \"\(rvText)\"")
            }
            start = rv
        }
        do {
            let w = try store.watch(prefix: p, after: start, onReady: onReady)
            return ResourceWatch(watcher: w, match: match, resource: r, storage: s, initial: initial, startRevision: start)
        } catch StoreError.expired(let requested, let oldest) {
            throw APIError.expired("too old resource version: \(requested) (\(oldest))")
        } catch {
            throw Registry.apiError(error)
        }
    }
}
