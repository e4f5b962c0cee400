import Dispatch
import Foundation

/// A clock that moves only when told to (tests): `advance(by:)` or `advance(to:)` moves "now" forward and
/// fires, in due order, every timer that came due. Timers run on their queues asynchronously, as the
/// other clocks' do; a test cluster waits for quiescence between steps.
public final class ManualClock: Clock, @unchecked Sendable {
    // Invariant: `current`, `timers` and `sequence` are guarded by `lock`.
    private struct Entry {
        let due: Date
        let sequence: Int
        let queue: DispatchQueue
        let work: @Sendable () -> Void
        let timer: ClockTimer
    }

    private let lock = NSLock()
    private var current: Date
    private var timers: [Entry] = []
    private var sequence = 0
    /// Fired timers whose work has not finished yet.
    private let firing = DispatchGroup()

    /// A clock reading `start` (default: a fixed, round instant, so test output is stable).
    public init(start: Date = Date(timeIntervalSince1970: 1_767_225_600)) {  // 2026-01-01T00:00:00Z
        current = start
    }

    public func now() -> Date {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    @discardableResult
    public func schedule(after seconds: Double, on queue: DispatchQueue,
                         _ work: @escaping @Sendable () -> Void) -> ClockTimer {
        let timer = ClockTimer()
        if seconds <= 0 {
            queue.async(execute: timer.guarding(work))
            return timer
        }
        lock.lock()
        sequence += 1
        timers.append(Entry(due: current.addingTimeInterval(seconds), sequence: sequence, queue: queue,
                            work: work, timer: timer))
        lock.unlock()
        return timer
    }

    /// When the earliest pending (not cancelled) timer is due; nil when none is pending.
    public var nextDue: Date? {
        lock.lock()
        defer { lock.unlock() }
        timers.removeAll { $0.timer.isCancelled }
        return timers.map(\.due).min()
    }

    /// How many timers are pending.
    public var pendingTimers: Int {
        lock.lock()
        defer { lock.unlock() }
        timers.removeAll { $0.timer.isCancelled }
        return timers.count
    }

    /// Moves the clock forward by `seconds`, firing the timers that come due.
    public func advance(by seconds: Double) {
        advance(to: now().addingTimeInterval(seconds))
    }

    /// Moves the clock to `date` (never backwards), firing due timers in order of due time.
    public func advance(to date: Date) {
        lock.lock()
        if date > current { current = date }
        let due = timers.filter { $0.due <= current }.sorted { ($0.due, $0.sequence) < ($1.due, $1.sequence) }
        timers.removeAll { $0.due <= current }
        lock.unlock()
        for entry in due {
            firing.enter()
            let work = entry.timer.guarding(entry.work)
            entry.queue.async { [firing] in
                work()
                firing.leave()
            }
        }
    }

    /// Waits until the work of every timer fired so far has run; false if `timeout` real seconds pass.
    @discardableResult
    public func waitForFiredTimers(timeout: Double) -> Bool {
        firing.wait(timeout: .now() + timeout) == .success
    }
}
