import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Threads for request work that is large next to a hop (decoding, validating and encoding whole
/// objects; assembling lists), one per core. They run at a lower priority (nice 5) than the HTTP
/// thread and the store's writer, so a burst of writes cannot make the HTTP thread wait on the
/// scheduler to answer a GET; on an idle machine the priority changes nothing. The threads live as
/// long as the process (the server makes one pool).
final class WorkerPool: @unchecked Sendable {
    // Invariant: `jobs` is touched only under `condition`.
    private let condition = NSCondition()
    private var jobs: [@Sendable () -> Void] = []
    private var head = 0

    init(threads: Int, name: String) {
        for i in 0..<max(1, threads) {
            let thread = Thread { [self] in
                // Raising one's own niceness needs no privilege; failing to is harmless. On Linux the
                // nice value belongs to the thread, and `who` 0 is the calling thread.
                _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 5)
                self.run()
            }
            thread.name = "\(name)-\(i)"
            thread.start()
        }
    }

    /// Runs `job` on one of the threads.
    func async(_ job: @escaping @Sendable () -> Void) {
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    private func run() {
        while true {
            condition.lock()
            while head == jobs.count { condition.wait() }
            let job = jobs[head]
            head += 1
            if head == jobs.count {
                jobs.removeAll(keepingCapacity: true)
                head = 0
            }
            condition.unlock()
            job()
        }
    }
}
