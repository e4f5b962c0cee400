import Foundation

/// A subscription to the store's events on one key prefix, from a revision on. Events are queued by the writer
/// and drained with ``next(max:)``; a watcher that lets more than `watcherBufferLimit` live events pile up is
/// terminated (cut off, never waited for, as upstream's cacher does) and its client must re-list.
public final class StoreWatcher: @unchecked Sendable {
    // Invariant (why @unchecked Sendable is sound): `id`, `prefix`, `limit`, `onReady` and `onCancel` are
    // immutable; `queue`, `head`, `replayRemaining` and `terminated` are only touched under `lock`.
    // Lock order: the store's state lock may be held while taking `lock`, never the reverse.
    let id: Int
    let prefix: String
    private let limit: Int
    let onReady: @Sendable () -> Void
    private let onCancel: @Sendable (Int) -> Void

    private let lock = NSLock()
    private var queue: [StoreEvent]
    private var head = 0
    /// Replayed history events not yet drained; they do not count against `limit`.
    private var replayRemaining: Int
    private var terminated = false

    init(id: Int, prefix: String, replay: [StoreEvent], limit: Int,
         onReady: @escaping @Sendable () -> Void, onCancel: @escaping @Sendable (Int) -> Void) {
        self.id = id
        self.prefix = prefix
        self.limit = limit
        self.onReady = onReady
        self.onCancel = onCancel
        self.queue = replay
        self.replayRemaining = replay.count
    }

    /// Removes and returns up to `max` pending events, oldest first, without blocking. Empty when nothing is
    /// pending or the watcher is terminated.
    public func next(max: Int) -> [StoreEvent] {
        lock.lock()
        defer { lock.unlock() }
        let available = queue.count - head
        let take = Swift.min(Swift.max(max, 0), available)
        guard take > 0 else { return [] }
        let batch = Array(queue[head..<(head + take)])
        head += take
        replayRemaining = Swift.max(0, replayRemaining - take)
        if head == queue.count {
            queue.removeAll(keepingCapacity: true)
            head = 0
        } else if head > 256, head * 2 > queue.count {
            queue.removeFirst(head)
            head = 0
        }
        return batch
    }

    /// Undelivered events.
    public var pendingCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return queue.count - head
    }

    /// True after ``cancel()``, after the store closed, or after the watcher fell more than
    /// `watcherBufferLimit` events behind.
    public var isTerminated: Bool {
        lock.lock()
        defer { lock.unlock() }
        return terminated
    }

    /// Stops the subscription and drops pending events. Idempotent; does not call `onReady`.
    public func cancel() {
        guard markTerminated() else { return }
        onCancel(id)
    }

    /// Sets the terminated flag and drops the queue; false if it already was terminated.
    @discardableResult
    func markTerminated() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard !terminated else { return false }
        terminated = true
        queue = []
        head = 0
        return true
    }

    /// What ``offer(_:)`` did.
    enum OfferResult {
        case queued, overflowed, alreadyTerminated
    }

    /// Queues live events (called by the writer under the store's state lock); terminates the watcher when this
    /// pushes it over its limit.
    func offer(_ events: [StoreEvent]) -> OfferResult {
        lock.lock()
        defer { lock.unlock() }
        guard !terminated else { return .alreadyTerminated }
        queue.append(contentsOf: events)
        if queue.count - head - replayRemaining > limit {
            terminated = true
            queue = []
            head = 0
            return .overflowed
        }
        return .queued
    }
}
