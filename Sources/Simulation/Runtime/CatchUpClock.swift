import API
import Foundation

/// The clock of a shell container picked up after kubeling restarted. A kubelet restart does not stop
/// containers, but a simulated shell's state (where its script is, its variables) lived in the old
/// process: the new one runs the script again from the container's start, on this clock, which starts
/// at that start and ends every sleep at once while it is behind the cluster clock. The script thus
/// arrives where it would be now, having done on the way what it did meanwhile (its loop counters, the
/// files it wrote) at the times it would have; once caught up this is the cluster clock.
final class CatchUpClock: Clock, @unchecked Sendable {
    // Invariant: `behind` and `released` are guarded by `lock`; `base` and `caughtUp` are immutable.
    private let base: any Clock
    private let lock = NSLock()
    /// The replayed time while it is behind the cluster clock; nil once caught up.
    private var behind: Date?
    /// Signalled once, when the replay catches up or `release()` says to stop waiting for it.
    private let caughtUp = DispatchSemaphore(value: 0)
    private var released = false

    init(base: any Clock, from start: Date) {
        self.base = base
        behind = start < base.now() ? start : nil
        if behind == nil { release() }
    }

    func now() -> Date { lock.withLock { behind } ?? base.now() }

    /// Waits until the replay has caught up or `release()` was called, at most `seconds` of real time
    /// (a bound on real work: the replay runs as fast as the machine runs the script); whether it did.
    @discardableResult
    func waitUntilCaughtUp(seconds: Double) -> Bool {
        caughtUp.wait(timeout: .now() + seconds) == .success
    }

    /// Stops any wait for the replay (the container ended, or the replay caught up).
    func release() {
        let first: Bool = lock.withLock {
            defer { released = true }
            return !released
        }
        if first { caughtUp.signal() }
    }

    @discardableResult
    func schedule(after seconds: Double, on queue: DispatchQueue, _ work: @escaping @Sendable () -> Void) -> ClockTimer {
        // nil: caught up, the cluster clock's own delay; 0: due already in the replay.
        let wait: Double? = lock.withLock {
            guard let from = behind else { return nil }
            let due = from.addingTimeInterval(max(0, seconds))
            let now = base.now()
            if due <= now {
                behind = due
                return 0
            }
            behind = nil
            return due.timeIntervalSince(now)
        }
        if let wait, wait > 0 { release() }  // this sleep reaches past the present: caught up
        guard let wait else { return base.schedule(after: seconds, on: queue, work) }
        if wait > 0 { return base.schedule(after: wait, on: queue, work) }
        let timer = ClockTimer()
        queue.async { if !timer.isCancelled { work() } }
        return timer
    }
}
