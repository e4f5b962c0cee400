import Foundation

/// One queued write.
struct PendingWrite: Sendable {
    let key: String
    let decide: @Sendable (StoredObject?, Int64) throws -> WriteDecision
    let completion: @Sendable (Result<WriteOutcome, any Error>) -> Void
}

/// The single writer: a thread that owns the database, drains the queue of pending writes, runs their `decide`
/// closures in order, commits each batch in one transaction (one fsync), publishes the events to the cache and the
/// watchers in revision order and then calls the completions, on this thread.
final class StoreWriter: @unchecked Sendable {
    // Invariant (why @unchecked Sendable is sound): `pending`, `pendingCounters`, `closing` and `finished` are
    // guarded by `condition`;
    // `database`, `committedRevision`, `oldestLoggedRevision` and the maintenance counters are touched only by the
    // writer thread (after `start()`); `state`, `options` and `indexer` are immutable references.
    private let condition = NSCondition()
    /// Wakes watchers after a commit. Waking a thousand watch streams takes milliseconds (a resume and
    /// an eventfd write each); on its own queue that neither holds up the writes' replies nor the
    /// next batch.
    private let notifier = DispatchQueue(label: "kubeling.store.notify", qos: .userInitiated)
    private var pending: [PendingWrite] = []
    private var pendingCounters: [String: Int64] = [:]
    private var closing = false
    private var finished = false

    private var database: StoreDatabase?
    private let state: Locked<StoreState>
    private let options: StoreOptions
    private let indexer: Indexer
    private let indexerVersion: Int64?
    private var committedRevision: Int64
    /// The oldest revision still in the SQLite event log (nil when empty).
    private var oldestLoggedRevision: Int64?
    private var commitsSinceCheckpoint = 0
    private var lastCheckpoint = monotonicSeconds()

    /// Log rows deleted per transaction: small steps so pruning never stalls writers (the kine lesson, §a.4.6).
    private static let pruneStep: Int64 = 1_000
    /// Checkpoint after this many commits even when never idle.
    private static let checkpointEveryCommits = 2_000

    init(database: StoreDatabase, state: Locked<StoreState>, options: StoreOptions, indexer: @escaping Indexer,
         indexerVersion: Int64?, revision: Int64, oldestLoggedRevision: Int64?) {
        self.database = database
        self.state = state
        self.options = options
        self.indexer = indexer
        self.indexerVersion = indexerVersion
        self.committedRevision = revision
        self.oldestLoggedRevision = oldestLoggedRevision
    }

    /// Starts the writer thread.
    func start() {
        let thread = Thread { [self] in run() }
        thread.name = "kubeling.storage.writer"
        thread.start()
    }

    /// Queues a write; false when the writer is closing.
    func enqueue(_ write: PendingWrite) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        guard !closing else { return false }
        pending.append(write)
        condition.signal()
        return true
    }

    /// Queues a counter value for the next transaction (the latest value per name wins).
    func setCounter(_ name: String, _ value: Int64) {
        condition.lock()
        defer { condition.unlock() }
        pendingCounters[name] = value
        condition.signal()
    }

    /// Stops accepting writes, lets the thread commit what is queued, and waits until it has closed the database.
    func shutdown() {
        condition.lock()
        closing = true
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
    }

    private func run() {
        while true {
            condition.lock()
            if pending.isEmpty, pendingCounters.isEmpty, !closing {
                // Wake at least once a second for maintenance (pruning, checkpoints) while idle.
                _ = condition.wait(until: Date(timeIntervalSinceNow: 1))
            }
            let take = min(pending.count, max(1, options.maxBatchSize))
            let batch = Array(pending.prefix(take))
            pending.removeFirst(take)
            let stop = closing && pending.isEmpty && batch.isEmpty
            let counters = pendingCounters
            pendingCounters = [:]
            condition.unlock()

            if !batch.isEmpty {
                process(batch)
            } else if !stop, counters.isEmpty {
                idleMaintenance()
            }
            if !counters.isEmpty { writeCounters(counters) }
            if stop { break }
        }
        database?.optimize()
        database?.checkpoint()
        database = nil  // finalises the statements, then closes the connection
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Runs one batch: decide, write, commit, publish, complete.
    private func process(_ batch: [PendingWrite]) {
        guard let database else {
            for write in batch { write.completion(.failure(StoreError.closed)) }
            return
        }
        var results: [Result<WriteOutcome, any Error>] = []
        results.reserveCapacity(batch.count)
        var events: [StoreEvent] = []
        // The batch's own effects, so each decide sees the writes before it: .some(nil) means deleted.
        var overlay: [String: StoredObject?] = [:]
        var revision = committedRevision
        let started = monotonicSeconds()
        do {
            for write in batch {
                let current: StoredObject?
                if let local = overlay[write.key] {
                    current = local
                } else {
                    current = state.withLock { $0.objects[write.key] }
                }
                let decision: WriteDecision
                do {
                    decision = try write.decide(current, revision + 1)
                } catch {
                    results.append(.failure(error))
                    continue
                }
                switch decision {
                case .abort:
                    results.append(.success(WriteOutcome(object: current, previous: current, revision: revision,
                                                         changed: false)))
                case .put(let bytes, let given):
                    if events.isEmpty { try database.begin() }
                    revision += 1
                    let object = StoredObject(key: write.key, value: bytes, revision: revision,
                                              createRevision: current?.createRevision ?? revision,
                                              attributes: given ?? indexer(write.key, bytes))
                    let type: StoreEventType = current == nil ? .added : .modified
                    try database.put(object, type: type, attrs: encoded(object.attributes))
                    overlay[write.key] = .some(object)
                    events.append(StoreEvent(type: type, object: object, previous: current))
                    results.append(.success(WriteOutcome(object: object, previous: current, revision: revision,
                                                         changed: true)))
                case .delete(let tombstoneBytes, let given):
                    guard let current else {
                        results.append(.success(WriteOutcome(object: nil, previous: nil, revision: revision,
                                                             changed: false)))
                        continue
                    }
                    if events.isEmpty { try database.begin() }
                    revision += 1
                    let tombstone = StoredObject(key: write.key, value: tombstoneBytes, revision: revision,
                                                 createRevision: current.createRevision,
                                                 attributes: given ?? current.attributes)
                    try database.delete(tombstone, attrs: encoded(tombstone.attributes))
                    overlay[write.key] = .some(nil)
                    events.append(StoreEvent(type: .deleted, object: tombstone, previous: current))
                    results.append(.success(WriteOutcome(object: nil, previous: current, revision: revision,
                                                         changed: true, tombstone: tombstone)))
                }
            }
            if !events.isEmpty {
                try database.setRevision(revision)
                let prunedBelow = try pruneStep(database, committing: true)
                try database.commit()
                if let prunedBelow { oldestLoggedRevision = prunedBelow }
                if oldestLoggedRevision == nil { oldestLoggedRevision = events.first?.revision }
            }
        } catch {
            database.rollback()
            state.withLock { $0.stats.failedWrites += Int64(batch.count) }
            let failure = StoreError.database(String(describing: error))
            for write in batch { write.completion(.failure(failure)) }
            return
        }

        if !events.isEmpty {
            committedRevision = revision
            commitsSinceCheckpoint += 1
            publish(events, latency: monotonicSeconds() - started, batchSize: batch.count)
            if commitsSinceCheckpoint >= Self.checkpointEveryCommits { checkpointNow(database) }
        }
        for (write, result) in zip(batch, results) {
            write.completion(result)
        }
    }

    /// The attributes as persisted next to the value (same transaction), nil when the store persists none.
    private func encoded(_ attributes: Attributes) -> [UInt8]? {
        indexerVersion.map { AttributesCodec.encode(attributes, version: $0) }
    }

    /// Applies committed events to the cache, history and watchers, then has the notifier wake the watchers.
    private func publish(_ events: [StoreEvent], latency: Double, batchSize: Int) {
        let now = monotonicSeconds()
        let options = self.options
        let notify = state.withLock { state -> [StoreWatcher] in
            for event in events { state.apply(event, time: now) }
            state.history.prune(minEvents: options.historyMinEvents, maxEvents: options.historyMaxEvents,
                                cutoff: now - options.historySeconds)
            state.stats.commits += 1
            state.stats.writes += Int64(events.count)
            state.stats.commitLatency.observe(latency)
            state.stats.batchSize.observe(Double(batchSize))
            return state.fanOut(events)
        }
        if !notify.isEmpty {
            notifier.async {
                for watcher in notify { watcher.onReady() }
            }
        }
    }

    /// Deletes one small step of log rows older than the in-memory history (inside the open transaction when
    /// `committing`, else in its own).
    /// Returns the new oldest logged revision once the deletion is part of a transaction; the caller records it
    /// only after that transaction commits.
    private func pruneStep(_ database: StoreDatabase, committing: Bool) throws -> Int64? {
        guard let oldestLogged = oldestLoggedRevision else { return nil }
        let keepFrom = state.withLock { $0.oldestWatchableRevision }
        guard oldestLogged < keepFrom else { return nil }
        let below = min(keepFrom, oldestLogged + Self.pruneStep)
        if !committing { try database.begin() }
        try database.pruneEvents(below: below)
        if !committing { try database.commit() }
        return below
    }

    /// Persists counters in their own small transaction (they change about once a second at most).
    private func writeCounters(_ counters: [String: Int64]) {
        guard let database else { return }
        do {
            try database.begin()
            for (name, value) in counters { try database.setCounter(name, value) }
            try database.commit()
        } catch {
            database.rollback()
        }
    }

    private func idleMaintenance() {
        guard let database else { return }
        do {
            if let prunedBelow = try pruneStep(database, committing: false) { oldestLoggedRevision = prunedBelow }
        } catch {
            database.rollback()
        }
        if commitsSinceCheckpoint > 0, monotonicSeconds() - lastCheckpoint > 1 {
            checkpointNow(database)
        }
    }

    private func checkpointNow(_ database: StoreDatabase) {
        database.checkpoint()
        commitsSinceCheckpoint = 0
        lastCheckpoint = monotonicSeconds()
    }
}

/// Seconds on a monotonic clock (history ages and latencies; never the wall clock).
func monotonicSeconds() -> Double {
    Double(DispatchTime.now().uptimeNanoseconds) / 1e9
}
