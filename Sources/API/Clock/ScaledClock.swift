import Dispatch
import Foundation

/// Time that runs `factor` times faster than the wall clock, like a time-lapse
/// (`kubeling serve --time-scale F`): timers fire F times sooner and every timestamp comes from the
/// same clock, so upstream logic that compares object timestamps with "now" (progress deadlines, HPA
/// windows, back-off resets) needs no special case.
///
/// It never goes backwards: it starts at `start` (the caller passes the later of the wall clock and the
/// high-water mark persisted by the last run, see `highWaterMark(ahead:)`) and advances with the
/// monotonic clock, so a wall-clock step cannot move it either.
public final class ScaledClock: Clock, Sendable {
    /// How many cluster seconds pass per wall second.
    public let factor: Double
    private let startSeconds: Double
    private let startUptime: UInt64

    /// A clock reading `start` now and running `factor` (> 0) times as fast as real time.
    public init(factor: Double, start: Date) {
        self.factor = factor > 0 ? factor : 1
        startSeconds = start.timeIntervalSince1970
        startUptime = DispatchTime.now().uptimeNanoseconds
    }

    public func now() -> Date {
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - startUptime) / 1e9
        return Date(timeIntervalSince1970: startSeconds + elapsed * factor)
    }

    @discardableResult
    public func schedule(after seconds: Double, on queue: DispatchQueue,
                         _ work: @escaping @Sendable () -> Void) -> ClockTimer {
        let timer = ClockTimer()
        queue.asyncAfter(deadline: .now() + max(0, seconds) / factor, execute: timer.guarding(work))
        return timer
    }

    /// A time this clock will not reach within `wallSeconds` of real time: persisted periodically, it
    /// bounds every timestamp handed out before a crash, so the next run can start after it.
    public func highWaterMark(ahead wallSeconds: Double) -> Date {
        now().addingTimeInterval(wallSeconds * factor)
    }
}
