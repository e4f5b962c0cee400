import Dispatch
import Foundation

/// The cluster's time: the one source of "now" and of timers for the Registry (creation and deletion
/// timestamps, managedFields times), every controller, the simulated kubelet and the HPA
/// (design.md §5, "Clock everywhere"). Three forms share this protocol: `WallClock`, `ScaledClock`
/// (`kubeling serve --time-scale F`) and `ManualClock` (tests). Code that takes a clock never reads
/// `Date()` or arms `asyncAfter` itself, so one clock makes every timestamp and every delay agree.
public protocol Clock: Sendable {
    /// The current time.
    func now() -> Date
    /// Runs `work` on `queue` once `seconds` of this clock's time have passed (at once when
    /// `seconds` ≤ 0). The returned timer cancels it.
    @discardableResult
    func schedule(after seconds: Double, on queue: DispatchQueue, _ work: @escaping @Sendable () -> Void) -> ClockTimer
}

/// A scheduled piece of work that can be cancelled until it has started.
public final class ClockTimer: @unchecked Sendable {
    // Invariant: `cancelled` is guarded by `lock`.
    private let lock = NSLock()
    private var cancelled = false

    public init() {}

    /// Stops the work from running, if it has not started yet.
    public func cancel() {
        lock.lock()
        cancelled = true
        lock.unlock()
    }

    /// Whether `cancel()` was called.
    public var isCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return cancelled
    }

    /// Wraps `work` so that it does nothing once this timer is cancelled.
    func guarding(_ work: @escaping @Sendable () -> Void) -> @Sendable () -> Void {
        { [self] in if !isCancelled { work() } }
    }
}

/// The wall clock: real time, real delays.
public struct WallClock: Clock {
    public init() {}

    public func now() -> Date { Date() }

    @discardableResult
    public func schedule(after seconds: Double, on queue: DispatchQueue,
                         _ work: @escaping @Sendable () -> Void) -> ClockTimer {
        let timer = ClockTimer()
        queue.asyncAfter(deadline: .now() + max(0, seconds), execute: timer.guarding(work))
        return timer
    }
}
