import Foundation

/// A revisioned key/value store: current state plus an event log in one SQLite file, served from memory.
///
/// - Writes go through one writer thread that commits them in batches (group commit) and assigns dense revisions
///   (+1 per changing write) that keep growing across restarts.
/// - Reads (`get`, `list`, `count`) are served from an in-memory cache loaded at start-up.
/// - Watches replay the in-memory history (which survives restarts through the persisted event log) and then
///   receive live events, in revision order.
///
/// Threading: every method may be called from any thread. `decide` closures and completions run on the writer
/// thread; they must not block and must not call ``writeSync(key:decide:)`` (that would deadlock the writer).
public final class Store: @unchecked Sendable {
    // Invariant (why @unchecked Sendable is sound): all shared mutable state lives in `state` (guarded by its
    // lock) or in `writer` (guarded by the writer's condition / owned by the writer thread); `options` and
    // `indexer` are immutable.
    let state: Locked<StoreState>
    let writer: StoreWriter
    let options: StoreOptions
    let indexer: Indexer
    /// The version of `indexer`'s output, persisted with each row's attributes; nil persists none.
    let indexerVersion: Int64?

    /// Opens (creating if needed) the store at `path`, applies migrations, loads every object and the persisted
    /// event-log tail, then starts the writer thread.
    ///
    /// With an `indexerVersion`, every write persists the object's attributes tagged with it, and loading decodes
    /// the persisted attributes of rows tagged with the same version instead of running `indexer` on their values;
    /// other rows (older files, another version) are indexed, and their objects' attributes rewritten once. Change
    /// the version whenever `indexer`'s output for the same bytes changes. Without one, `indexer` runs on every row.
    public init(path: String, options: StoreOptions = StoreOptions(), indexer: @escaping Indexer,
                indexerVersion: Int64? = nil) throws {
        self.options = options
        self.indexer = indexer
        self.indexerVersion = indexerVersion
        let database: StoreDatabase
        var loaded = StoreState()
        let oldestLogged: Int64?
        do {
            database = try StoreDatabase(path: path, synchronousFull: options.synchronousFull)
            loaded.revision = try database.loadRevision()
            loaded.counters = try database.loadCounters()
            try Self.loadObjects(database, into: &loaded, indexer: indexer, version: indexerVersion)
            try Self.loadHistory(database, into: &loaded, indexer: indexer, version: indexerVersion, options: options)
            oldestLogged = try database.oldestEventRevision()
            try database.finishLoading()
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.database(String(describing: error))
        }
        loaded.stats.revision = loaded.revision
        state = Locked(loaded)
        writer = StoreWriter(database: database, state: state, options: options, indexer: indexer,
                             indexerVersion: indexerVersion, revision: loaded.revision, oldestLoggedRevision: oldestLogged)
        writer.start()
    }

    deinit {
        close()
    }

    private static func loadObjects(_ database: StoreDatabase, into state: inout StoreState,
                                    indexer: @escaping Indexer, version: Int64?) throws {
        var loaded: [(key: String, revision: Int64, createRevision: Int64, value: [UInt8], attrs: [UInt8])] = []
        try database.loadObjects { key, revision, createRevision, value, attrs in
            loaded.append((key, revision, createRevision, value, version == nil ? [] : Array(attrs)))
        }
        let rows = loaded
        // Decoding builds two dictionaries per object, so it runs on all cores too; only rows without current
        // persisted attributes pay for the indexer.
        let attributes = indexInParallel(rows.count) { range in
            var decoder = AttributesCodec.Decoder(version: version ?? 0)
            return range.map { index in
                let row = rows[index]
                if version != nil, let decoded = row.attrs.withUnsafeBytes({ decoder.decode($0) }) {
                    return (decoded, false)
                }
                return (indexer(row.key, row.value), true)
            }
        }
        var refresh: [(key: String, revision: Int64, attrs: [UInt8])] = []
        if let version {
            for (row, (attributes, indexed)) in zip(rows, attributes) where indexed {
                refresh.append((row.key, row.revision, AttributesCodec.encode(attributes, version: version)))
            }
        }
        // Once per file or indexer version: later starts decode instead of indexing again.
        try database.refreshAttributes(refresh)
        var keys: [String] = []
        keys.reserveCapacity(rows.count)
        state.objects.reserveCapacity(rows.count)
        for (row, (attributes, _)) in zip(rows, attributes) {
            state.objects[row.key] = StoredObject(key: row.key, value: row.value, revision: row.revision,
                                                  createRevision: row.createRevision, attributes: attributes)
            keys.append(row.key)
        }
        // SQLite returns BINARY (byte) order; sort with the in-memory ordering (already sorted for ASCII keys).
        keys.sort()
        state.sortedKeys = keys
    }

    /// Computes `count` rows' attributes on all cores (decoding, or indexing at ≈ 20 µs per pod parse); the flag
    /// says the row was indexed.
    private static func indexInParallel(_ count: Int,
                                        _ index: @escaping @Sendable (Range<Int>) -> [(Attributes, Bool)])
        -> [(Attributes, Bool)]
    {
        guard count > 256 else { return index(0..<count) }
        let chunks = min(count, ProcessInfo.processInfo.activeProcessorCount * 4)
        let chunkSize = (count + chunks - 1) / chunks
        var results = [[(Attributes, Bool)]](repeating: [], count: chunks)
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = Slots(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let range = (chunk * chunkSize)..<min(count, (chunk + 1) * chunkSize)
                slots.buffer[chunk] = index(range)
            }
        }
        return results.flatMap { $0 }
    }

    /// Per-chunk result slots for `indexInParallel`.
    private struct Slots: @unchecked Sendable {
        // Invariant: each concurrent iteration writes only its own element, and the buffer outlives
        // concurrentPerform (which returns only after every iteration finished).
        let buffer: UnsafeMutableBufferPointer<[(Attributes, Bool)]>
    }

    /// Rebuilds the history ring from the event log so watches can resume across restarts. `previous` is known
    /// only for keys changed earlier in the log tail.
    private static func loadHistory(_ database: StoreDatabase, into state: inout StoreState, indexer: Indexer,
                                    version: Int64?, options: StoreOptions) throws {
        var lastSeen: [String: StoredObject] = [:]
        let now = monotonicSeconds()
        var latest = state.revision
        try database.loadEvents { revision, key, typeCode, details in
            let type = StoreEventType(rawValue: Int(typeCode)) ?? .modified
            let object: StoredObject
            if let current = state.objects[key], current.revision == revision {
                // The same state as the live object: share its bytes and attributes rather than
                // reading a second copy and re-indexing.
                object = current
            } else {
                let row = try details()
                let attributes = version.flatMap { version in
                    row.attrs.withUnsafeBytes { AttributesCodec.decode($0, version: version) }
                }
                object = StoredObject(key: key, value: row.value, revision: revision,
                                      createRevision: row.createRevision,
                                      attributes: attributes ?? indexer(key, row.value))
            }
            let previous = type == .added ? nil : lastSeen[key]
            state.history.append(StoreEvent(type: type, object: object, previous: previous), time: now)
            if type == .deleted { lastSeen[key] = nil } else { lastSeen[key] = object }
            latest = max(latest, revision)
        }
        state.revision = latest
        state.history.prune(minEvents: options.historyMinEvents, maxEvents: options.historyMaxEvents,
                            cutoff: now - options.historySeconds)
    }

    /// The latest committed revision (0 on an empty new store).
    public var revision: Int64 {
        state.withLock { $0.revision }
    }

    /// A named counter's persisted value (nil if never set). Counters live beside the data, outside the
    /// revisioned key space: no revision, no watch event.
    public func counter(_ name: String) -> Int64? {
        state.withLock { $0.counters[name] }
    }

    /// Sets a named counter. It is readable at once and written to the file in the writer's next
    /// transaction (within about a second even when no other write comes), not before this returns.
    public func setCounter(_ name: String, _ value: Int64) {
        state.withLock { $0.counters[name] = value }
        writer.setCounter(name, value)
    }

    /// The oldest revision still in history. A watch from revision R is allowed iff R >= this - 1 (all events
    /// after R are still held); with an empty history it is `revision + 1`.
    public var oldestWatchableRevision: Int64 {
        state.withLock { $0.oldestWatchableRevision }
    }

    /// Drains the writer (queued writes are still committed), closes SQLite and terminates every watcher.
    /// Later writes fail with ``StoreError/closed``; reads keep answering from the cache. Idempotent.
    public func close() {
        writer.shutdown()
        let watchers = state.withLock { state -> [StoreWatcher] in
            state.closed = true
            let all = Array(state.watchers.values)
            state.watchers.removeAll()
            return all
        }
        for watcher in watchers where watcher.markTerminated() {
            watcher.onReady()
        }
    }

    /// A snapshot of the counters (objects, commits, commit latency and batch size histograms, watchers).
    public var stats: StoreStats {
        state.withLock { state in
            var stats = state.stats
            stats.objects = state.objects.count
            stats.revision = state.revision
            stats.historyEvents = state.history.count
            stats.watchers = state.watchers.count
            return stats
        }
    }
}
