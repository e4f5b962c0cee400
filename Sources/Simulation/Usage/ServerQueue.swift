/// The CPU model of one serving container: `slots` requests run at once (worker processes or threads),
/// each taking CPU time (`work`, in core-seconds) at a speed of at most one core, and all of them
/// together at most `cores` cores (the container's CPU limit, the node's CPUs, or 1 for a runtime with
/// a global interpreter lock). Requests beyond the slots wait first-come, first-served for the slot that
/// frees first. Latency and throughput are not configured but follow: a Flask app costing 1.5 ms a
/// request on one core answers at most ~660 requests a second, and its latency grows with the queue.
///
/// A pure value: times are seconds on the cluster clock, passed in by the caller.
public struct ServerQueue: Sendable, Equatable {
    /// Requests served in parallel.
    public let slots: Int
    /// CPU cores the container may use in total.
    public let cores: Double
    /// When each slot finishes the work admitted so far.
    private var freeAt: [Double]
    /// The speed (cores) of the last request each slot took.
    private var speed: [Double]
    /// CPU time of every request admitted so far, in core-seconds.
    public private(set) var admittedWork = 0.0

    /// A queue with `slots` (≥ 1) parallel slots sharing `cores` (> 0) cores.
    public init(slots: Int, cores: Double) {
        self.slots = max(1, slots)
        self.cores = max(0.001, cores)
        freeAt = Array(repeating: -Double.infinity, count: max(1, slots))
        speed = Array(repeating: 1, count: max(1, slots))
    }

    /// Admits a request needing `work` core-seconds at time `now`; returns when it starts and ends. A
    /// request runs at one core when enough cores are free, slower when the busy slots share fewer.
    public mutating func admit(work: Double, at now: Double) -> (start: Double, end: Double) {
        var best = 0
        for i in 1..<freeAt.count where freeAt[i] < freeAt[best] { best = i }
        let start = max(now, freeAt[best])
        var busy = 0
        for i in freeAt.indices where i != best && freeAt[i] > start { busy += 1 }
        let rate = min(1, cores / Double(busy + 1))
        let end = start + max(0, work) / rate
        freeAt[best] = end
        speed[best] = rate
        admittedWork += max(0, work)
        return (start, end)
    }

    /// CPU time used by time `now`: everything admitted minus what is still queued or running (a slot's
    /// backlog runs without gaps until it is free, so the remainder is its busy time left × its speed).
    public func workDone(at now: Double) -> Double {
        var remaining = 0.0
        for i in freeAt.indices where freeAt[i] > now { remaining += (freeAt[i] - now) * speed[i] }
        return max(0, admittedWork - remaining)
    }

    /// Slots busy at `now` (requests in flight, not counting those waiting behind them).
    public func busySlots(at now: Double) -> Int { freeAt.filter { $0 > now }.count }

    /// How long a request arriving at `now` waits before a slot takes it.
    public func backlog(at now: Double) -> Double { max(0, (freeAt.min() ?? now) - now) }
}
