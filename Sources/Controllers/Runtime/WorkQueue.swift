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
/// - up to `workers` reconciles run at once, each on `workerQueue`; no thread waits while idle.
public final class WorkQueue: @unchecked Sendable {
    // Invariant: every `var` below is guarded by `condition`. `reconcile` runs without the lock held.
    private let condition = NSCondition()
    private var queue: [ObjectKey] = []
    private var head = 0
    private var dirty: Set<ObjectKey> = []
    private var processing: Set<ObjectKey> = []
    private var waiting: [ObjectKey: (due: Date, timer: ClockTimer)] = [:]
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

    /// A queue named `name` whose `workers` run `reconcile` for each key.
    public init(name: String, workers: Int = 1, clock: any Clock, rateLimiter: RateLimiterOptions = RateLimiterOptions(),
                log: @escaping @Sendable (String) -> Void,
                reconcile: @escaping @Sendable (ObjectKey) throws -> ReconcileResult) {
        self.name = name
        self.workers = max(1, workers)
        self.clock = clock
        self.log = log
        self.reconcile = reconcile
        limiter = RateLimiter(options: rateLimiter)
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

    /// Queues `key` after `seconds` of cluster time; an earlier pending delay for the key wins.
    public func add(_ key: ObjectKey, after seconds: Double) {
        guard seconds > 0 else { return add(key) }
        condition.lock()
        defer { condition.unlock() }
        guard !shuttingDown else { return }
        let due = clock.now().addingTimeInterval(seconds)
        if let pending = waiting[key] {
            if pending.due <= due { return }
            pending.timer.cancel()
        }
        let timer = clock.schedule(after: seconds, on: timerQueue) { [weak self] in self?.fire(key, due: due) }
        waiting[key] = (due, timer)
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
        return queue.count - head
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
        queue = []
        head = 0
        dirty = []
        while activeWorkers > 0 { condition.wait() }
        condition.unlock()
    }

    // MARK: workers

    private var isIdleLocked: Bool { queue.count == head && processing.isEmpty && activeWorkers == 0 }

    private func fire(_ key: ObjectKey, due: Date) {
        condition.lock()
        defer { condition.unlock() }
        // A later add(after:) with an earlier due time replaced this entry; only the current one counts.
        guard let w = waiting[key], w.due == due else { return }
        waiting[key] = nil
        insertLocked(key)
    }

    private func insertLocked(_ key: ObjectKey) {
        guard !shuttingDown, dirty.insert(key).inserted else { return }
        if processing.contains(key) { return }  // queued again when its reconcile returns
        queue.append(key)
        startWorkerIfNeededLocked()
    }

    private func startWorkerIfNeededLocked() {
        guard activeWorkers < workers, queue.count > head else { return }
        activeWorkers += 1
        workerQueue.async { [self] in work() }
    }

    /// One worker: takes keys until none is ready, then ends (a new one starts with the next add).
    private func work() {
        condition.lock()
        while !shuttingDown, queue.count > head {
            let key = queue[head]
            head += 1
            if head > 1024, head * 2 > queue.count {
                queue.removeFirst(head)
                head = 0
            }
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
            if dirty.contains(key) { queue.append(key) }
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
