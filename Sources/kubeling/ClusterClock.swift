import API
import Dispatch
import Foundation
import Storage

/// The cluster clock of `kubeling serve`: a `ScaledClock` (factor 1 unless `--time-scale` says
/// otherwise) that never goes backwards across restarts or a change of factor.
///
/// Every second a high-water mark (the time the clock will not reach within the next 5 wall seconds)
/// is persisted as a store counter; a new run starts at the later of the wall clock and that mark, so
/// no timestamp handed out before a crash can be repeated or undercut. After a fast run, time
/// therefore stays ahead of the wall clock: that is the price of never going backwards.
final class ClusterClock: @unchecked Sendable {
    // Invariant: immutable after init; the timer is a thread-safe Dispatch object used only through its own API.
    /// The store counter holding the high-water mark, in milliseconds since 1970.
    static let counterName = "clock.highWaterMillis"
    /// How far ahead of "now" the persisted mark is, in wall seconds.
    static let aheadWallSeconds = 5.0

    /// The clock.
    let clock: ScaledClock
    private let store: Store
    private let timer: DispatchSourceTimer

    /// Starts the clock at the later of the wall clock and the persisted mark, and starts persisting.
    init(store: Store, factor: Double) {
        self.store = store
        let mark = store.counter(Self.counterName).map { Date(timeIntervalSince1970: Double($0) / 1000) }
        clock = ScaledClock(factor: factor, start: max(Date(), mark ?? .distantPast))
        timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "kubeling.clock"))
        persist()
        timer.schedule(deadline: .now() + 1, repeating: 1)
        timer.setEventHandler { [weak self] in self?.persist() }
        timer.resume()
    }

    /// Stops persisting, after writing a final mark.
    func stop() {
        timer.cancel()
        persist()
    }

    private func persist() {
        let mark = clock.highWaterMark(ahead: Self.aheadWallSeconds)
        store.setCounter(Self.counterName, Int64((mark.timeIntervalSince1970 * 1000).rounded(.up)))
    }
}
