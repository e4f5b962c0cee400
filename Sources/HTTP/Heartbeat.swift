import Foundation

/// A thread that, every interval, lets each suspended connection check its peer and resume
/// (performance.md §c.4: suspended connections neither time out nor notice closed clients).
final class Heartbeat: @unchecked Sendable {
    // Sendable invariant: `stopRequested` and `exited` are guarded by `condition`.
    private let condition = NSCondition()
    private var stopRequested = false
    private var exited = false
    private let interval: Double
    private let registry: SuspensionRegistry

    init(interval: Double, registry: SuspensionRegistry) {
        self.interval = max(interval, 0.01)
        self.registry = registry
    }

    func start() {
        let thread = Thread { [self] in run() }
        thread.name = "http-heartbeat"
        thread.start()
    }

    /// Stops the thread and waits until it has left its loop, so it never touches a connection afterwards.
    func stop() {
        condition.lock()
        stopRequested = true
        condition.broadcast()
        while !exited {
            condition.wait()
        }
        condition.unlock()
    }

    private func run() {
        while true {
            condition.lock()
            let deadline = Date(timeIntervalSinceNow: interval)
            while !stopRequested && Date() < deadline {
                _ = condition.wait(until: deadline)
            }
            if stopRequested {
                exited = true
                condition.broadcast()
                condition.unlock()
                return
            }
            condition.unlock()
            for member in registry.snapshot() {
                member.heartbeat()
            }
        }
    }
}
