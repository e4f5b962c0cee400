import Dispatch
import Foundation

/// Collects request log lines per container and hands them on in batches, so a server answering tens
/// of thousands of requests a second does not write its log a line at a time on the request path (as
/// a real container's stdout goes through a pipe the runtime drains). Lines keep their order per
/// container and the cluster time each was written at; a batch goes out at most `interval` seconds
/// (real time: this is I/O, not simulated time) after its first line. Thread-safe.
public final class LogBatcher: @unchecked Sendable {
    // Invariant: `pending` and `scheduled` are guarded by `lock`; `write` runs on `queue` only.
    private let lock = NSLock()
    private var pending: [ContainerKey: [(text: String, time: Date)]] = [:]
    private var scheduled = false
    private let queue = DispatchQueue(label: "kubeling.network.logs")
    private let interval: Double
    private let write: @Sendable (ContainerKey, [(text: String, time: Date)]) -> Void

    /// A batcher that calls `write` with each container's lines, every `interval` seconds while lines come.
    public init(interval: Double = 0.05, write: @escaping @Sendable (ContainerKey, [(text: String, time: Date)]) -> Void) {
        self.interval = interval
        self.write = write
    }

    /// Queues one line, written at cluster time `time`, of the container `container` of the Pod `podUID`
    /// (a `ClusterNetwork` log sink).
    public func add(podUID: String, container: String, line: String, at time: Date) {
        lock.lock()
        pending[ContainerKey(podUID: podUID, container: container), default: []].append((line, time))
        let start = !scheduled
        scheduled = true
        lock.unlock()
        if start { queue.asyncAfter(deadline: .now() + interval) { [self] in flushOnQueue() } }
    }

    /// Writes everything queued so far and returns when it is written.
    public func flush() { queue.sync { flushOnQueue() } }

    private func flushOnQueue() {
        lock.lock()
        let batch = pending
        pending = [:]
        scheduled = false
        lock.unlock()
        for (key, lines) in batch { write(key, lines) }
    }
}
