import Foundation

/// Something whose MHD connection can be suspended and must be resumed before the daemon stops.
protocol SuspendedConnection: AnyObject, Sendable {
    /// Resumes the connection because the server is stopping; the owner must not suspend it again.
    func resumeForShutdown()
    /// Heartbeat: ends the connection if its peer went away, and resumes it so it can write or finish.
    func heartbeat()
}

/// The set of connections currently suspended by this server, and the resumes still in flight.
///
/// `MHD_stop_daemon` hangs on a suspended connection, and `MHD_resume_connection` after it returns would touch
/// freed memory, so `stop()` marks the registry stopping (no new suspensions), resumes every member, and waits
/// until every resume call has returned.
///
/// Lock order: a connection's own lock, then this registry's lock (members call `add`/`beginResume` while
/// holding their own lock); the registry never calls into a member while holding its lock.
final class SuspensionRegistry: @unchecked Sendable {
    // Sendable invariant: every stored property is guarded by `condition`.
    private let condition = NSCondition()
    private var members: [ObjectIdentifier: any SuspendedConnection] = [:]
    private var resumesInFlight = 0
    private var stopping = false

    /// Records a connection about to be suspended; false when the server is stopping (then do not suspend).
    func add(_ member: any SuspendedConnection) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        if stopping { return false }
        members[ObjectIdentifier(member)] = member
        return true
    }

    /// Removes a member that is about to be resumed; pair with `endResume()` after `MHD_resume_connection`.
    func beginResume(_ member: any SuspendedConnection) {
        condition.lock()
        members[ObjectIdentifier(member)] = nil
        resumesInFlight += 1
        condition.unlock()
    }

    /// Marks one resume call as finished.
    func endResume() {
        condition.lock()
        resumesInFlight -= 1
        if resumesInFlight == 0 { condition.broadcast() }
        condition.unlock()
    }

    /// The members now suspended (for the heartbeat).
    func snapshot() -> [any SuspendedConnection] {
        condition.lock()
        defer { condition.unlock() }
        return Array(members.values)
    }

    /// Refuses further suspensions, resumes every member and waits until no resume call is in flight.
    func resumeAllForShutdown() {
        condition.lock()
        stopping = true
        let all = Array(members.values)
        condition.unlock()
        for member in all {
            member.resumeForShutdown()
        }
        condition.lock()
        while resumesInFlight > 0 {
            condition.wait()
        }
        condition.unlock()
    }
}
