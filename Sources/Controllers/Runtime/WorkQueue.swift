import API
import Dispatch
import Foundation

/// What a reconcile asks of its queue when it returns (controller-runtime's `Result`); a thrown error
/// means "retry with back-off".
public enum ReconcileResult: Sendable, Equatable {
    /// Done: the key's failure count is reset.
    case done
    /// Look again after this many seconds of cluster time (also resets the failure count).
    case requeue(after: Double)
}

/// A controller's work queue and its workers (client-go's rate-limited delaying work queue, with the
/// worker loop built in):
/// - a key is queued at most once however often it is added (dedup);
/// - a key is never processed by two workers at once: added while in process, it is queued again
///   when its reconcile returns;
/// - `add(_:after:)` waits on the cluster clock (the earliest pending delay for a key wins);
/// - a failed reconcile retries after the rate limiter's delay (per-key exponential back-off and an
///   overall token bucket, see `RateLimiterOptions`); success forgets the failures;
/// - up to `workers` reconciles run at once, each on `workerQueue`; no thread waits while idle;
/// - keys are taken first in, first out, or with `order: .priority` the highest priority first (then
///   the first queued), as kube-scheduler's activeQ; an ordered queue also queues every delayed key
///   that has come due when the first of them fires, so keys due together are taken by priority, and
///   takes keys added `backingOff` before their time when nothing else is ready (kube-scheduler's
///   backoffQ with `SchedulerPopFromBackoffQ`, on by default since 1.33).
public final class WorkQueue: @unchecked Sendable {
    /// The order workers take ready keys in.
    public enum Order: Sendable {
        /// First in, first out.
        case fifo
        /// Highest `priority(key)` first, then first queued (a heap: O(log n) per key). `priority` runs
        /// with the queue's lock held whenever a key becomes ready: it must be cheap and must not call
        /// the queue.
        case priority(@Sendable (ObjectKey) -> Int)
    }

    // Invariant: every `var` below is guarded by `condition`. `reconcile` runs without the lock held.
    private let condition = NSCondition()
    private var ready: ReadyKeys
    private var dirty: Set<ObjectKey> = []
    private var processing: Set<ObjectKey> = []
    private var waiting: [ObjectKey: (due: Date, timer: ClockTimer)] = [:]
    /// The waiting keys an ordered queue may take early when nothing else is ready.
    private var backingOff: Set<ObjectKey> = []
    private var limiter: RateLimiter
    private var activeWorkers = 0
    private var shuttingDown = false
    private var reconciles = 0

    /// The controller's name (logs).
    public let name: String
    private let workers: Int
    private let clock: any Clock
    private let workerQueue: DispatchQueue
    private let timerQueue: DispatchQueue
    private let log: @Sendable (String) -> Void
    private let reconcile: @Sendable (ObjectKey) throws -> ReconcileResult
    private let priority: (@Sendable (ObjectKey) -> Int)?

    /// A queue named `name` whose `workers` run `reconcile` for each key, taken in `order`.
    public init(name: String, workers: Int = 1, clock: any Clock, rateLimiter: RateLimiterOptions = RateLimiterOptions(),
                order: Order = .fifo, log: @escaping @Sendable (String) -> Void,
                reconcile: @escaping @Sendable (ObjectKey) throws -> ReconcileResult) {
        self.name = name
        self.workers = max(1, workers)
        self.clock = clock
        self.log = log
        self.reconcile = reconcile
        limiter = RateLimiter(options: rateLimiter)
        if case .priority(let p) = order { priority = p } else { priority = nil }
        ready = ReadyKeys(ordered: priority != nil)
        workerQueue = DispatchQueue(label: "kubeling.controller.\(name)", attributes: .concurrent)
        timerQueue = DispatchQueue(label: "kubeling.controller.\(name).timers")
    }

    // MARK: adding

    /// Queues `key` unless it is already queued.
    public func add(_ key: ObjectKey) {
        condition.lock()
        defer { condition.unlock() }
        insertLocked(key)
    }

    /// Queues `keys` unless queued, and `backingOff` keys after their seconds (as `add(_:after:)`, but
    /// an ordered queue with nothing else ready takes them early, soonest due and highest priority
    /// first), all before a worker takes any, so an ordered queue takes them by priority.
    public func add(contentsOf keys: [ObjectKey], backingOff: [ObjectKey: Double] = [:]) {
        condition.lock()
        defer { condition.unlock() }
        for (key, seconds) in backingOff {
            if seconds > 0 { delayLocked(key, seconds, early: true) } else { insertLocked(key) }
        }
        for key in keys { insertLocked(key) }
        startWorkerIfNeededLocked()
    }

    /// Queues `key` after `seconds` of cluster time; an earlier pending delay for the key wins.
    public func add(_ key: ObjectKey, after seconds: Double) {
        guard seconds > 0 else { return add(key) }
        condition.lock()
        defer { condition.unlock() }
        delayLocked(key, seconds, early: false)
    }

    private func delayLocked(_ key: ObjectKey, _ seconds: Double, early: Bool) {
        guard !shuttingDown else { return }
        let due = clock.now().addingTimeInterval(seconds)
        if let pending = waiting[key] {
            if pending.due <= due { return }
            pending.timer.cancel()
        }
        let timer = clock.schedule(after: seconds, on: timerQueue) { [weak self] in self?.fire(key, due: due) }
        waiting[key] = (due, timer)
        if early && priority != nil { backingOff.insert(key) } else { backingOff.remove(key) }
    }

    /// Queues `key` after its rate-limited delay (a retry).
    public func addRateLimited(_ key: ObjectKey) {
        condition.lock()
        let delay = limiter.when(key, now: clock.now())
        condition.unlock()
        add(key, after: delay)
    }

    /// Resets `key`'s failure count.
    public func forget(_ key: ObjectKey) {
        condition.lock()
        limiter.forget(key)
        condition.unlock()
    }

    /// How many times `key` has been retried since it last succeeded.
    public func retries(_ key: ObjectKey) -> Int {
        condition.lock()
        defer { condition.unlock() }
        return limiter.retries(key)
    }

    // MARK: state

    /// Keys queued and not yet being processed.
    public var count: Int {
        condition.lock()
        defer { condition.unlock() }
        return ready.count
    }

    /// Keys waiting for a delay to pass.
    public var delayedCount: Int {
        condition.lock()
        defer { condition.unlock() }
        return waiting.count
    }

    /// How many reconciles have finished (tests and logs).
    public var reconcileCount: Int {
        condition.lock()
        defer { condition.unlock() }
        return reconciles
    }

    /// Whether nothing is queued or being processed (delayed keys do not count).
    public var isIdle: Bool {
        condition.lock()
        defer { condition.unlock() }
        return isIdleLocked
    }

    /// Waits until `isIdle`, or `timeout` seconds of real time; returns whether it became idle.
    @discardableResult
    public func waitUntilIdle(timeout: Double) -> Bool {
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock()
        defer { condition.unlock() }
        while !isIdleLocked {
            if !condition.wait(until: deadline) { return isIdleLocked }
        }
        return true
    }

    /// Stops taking keys, drops queued and delayed ones, and waits for running reconciles to return.
    public func shutDown() {
        condition.lock()
        shuttingDown = true
        for (_, w) in waiting { w.timer.cancel() }
        waiting = [:]
        backingOff = []
        ready.removeAll()
        dirty = []
        while activeWorkers > 0 { condition.wait() }
        condition.unlock()
    }

    // MARK: workers

    private var isIdleLocked: Bool { ready.isEmpty && processing.isEmpty && activeWorkers == 0 }

    private func fire(_ key: ObjectKey, due: Date) {
        condition.lock()
        defer { condition.unlock() }
        // A later add(after:) with an earlier due time replaced this entry; only the current one counts.
        guard let w = waiting[key], w.due == due else { return }
        waiting[key] = nil
        backingOff.remove(key)
        insertLocked(key)
        // Ordered: every other key that has come due goes in now too, so that keys due at the same time
        // are taken by priority rather than in the order their timers happen to fire.
        guard priority != nil else { return }
        let now = clock.now()
        let due = waiting.filter { $0.value.due <= now }.sorted { $0.value.due < $1.value.due }
        for (k, w) in due {
            w.timer.cancel()
            waiting[k] = nil
            backingOff.remove(k)
            insertLocked(k)
        }
    }

    /// With nothing ready, the backing-off key to take early (upstream pops the backoffQ, ordered by
    /// its back-off's end to the second, then priority): nil when there is none.
    private func takeBackingOffLocked() -> ObjectKey? {
        guard let priority, !backingOff.isEmpty else { return nil }
        var best: (key: ObjectKey, second: Double, priority: Int, due: Date)?
        for key in backingOff where !processing.contains(key) {
            guard let w = waiting[key] else { continue }
            let second = w.due.timeIntervalSinceReferenceDate.rounded(.down), p = priority(key)
            if let b = best, (b.second, -b.priority, b.due) <= (second, -p, w.due) { continue }
            best = (key, second, p, w.due)
        }
        guard let key = best?.key, let w = waiting.removeValue(forKey: key) else { return nil }
        w.timer.cancel()
        backingOff.remove(key)
        dirty.insert(key)
        return key
    }

    private func insertLocked(_ key: ObjectKey) {
        guard !shuttingDown, dirty.insert(key).inserted else { return }
        if processing.contains(key) { return }  // queued again when its reconcile returns
        ready.push(key, priority: priority?(key) ?? 0)
        startWorkerIfNeededLocked()
    }

    private func startWorkerIfNeededLocked() {
        guard activeWorkers < workers, !ready.isEmpty || !backingOff.isEmpty else { return }
        activeWorkers += 1
        workerQueue.async { [self] in work() }
    }

    /// One worker: takes keys until none is ready, then ends (a new one starts with the next add).
    private func work() {
        condition.lock()
        while !shuttingDown, let key = ready.pop() ?? takeBackingOffLocked() {
            dirty.remove(key)
            processing.insert(key)
            condition.unlock()

            let outcome: Result<ReconcileResult, any Error>
            do {
                outcome = .success(try reconcile(key))
            } catch {
                outcome = .failure(error)
            }

            condition.lock()
            processing.remove(key)
            reconciles += 1
            if dirty.contains(key) { ready.push(key, priority: priority?(key) ?? 0) }
            condition.unlock()
            switch outcome {
            case .success(.done):
                forget(key)
            case .success(.requeue(let after)):
                forget(key)
                add(key, after: after)
            case .failure(let error):
                log("\(name): \(key): \(error); retrying")
                addRateLimited(key)
            }
            condition.lock()
        }
        activeWorkers -= 1
        condition.broadcast()
        condition.unlock()
    }
}
