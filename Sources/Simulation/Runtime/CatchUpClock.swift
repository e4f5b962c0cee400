import API
import Foundation

/// The clock of a shell container picked up after kubeling restarted. A kubelet restart does not stop
/// containers, but a simulated shell's state (where its script is, its variables) lived in the old
/// process: the new one runs the script again from the container's start, on this clock, which starts
/// at that start and ends every sleep at once while it is behind the cluster clock. The script thus
/// arrives where it would be now, having done on the way what it did meanwhile (its loop counters, the
/// files it wrote) at the times it would have; once caught up this is the cluster clock.
final class CatchUpClock: Clock, @unchecked Sendable {
    // Invariant: `behind` is guarded by `lock`; `base` is immutable.
    private let base: any Clock
    private let lock = NSLock()
    /// The replayed time while it is behind the cluster clock; nil once caught up.
    private var behind: Date?

    init(base: any Clock, from start: Date) {
        self.base = base
        behind = start < base.now() ? start : nil
    }

    func now() -> Date { lock.withLock { behind } ?? base.now() }

    /// Whether the replay is still behind the cluster clock.
    var isCatchingUp: Bool { lock.withLock { behind != nil } }

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
        guard let wait else { return base.schedule(after: seconds, on: queue, work) }
        if wait > 0 { return base.schedule(after: wait, on: queue, work) }
        let timer = ClockTimer()
        queue.async { if !timer.isCancelled { work() } }
        return timer
    }
}
