#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import CChildProcess
import Foundation

/// A program started with `posix_spawn` whose output is read by plain threads, for tests.
///
/// Why not Foundation's `Process` with `Pipe` and `readabilityHandler`: on Linux the handler is a
/// dispatch read source on the pipe, and a descriptor closed (and reused by a parallel test) while
/// its source is still registered crashed libdispatch's epoll loop (issue 7). Here no dispatch
/// source ever sees these descriptors:
/// - every pipe is made with `O_CLOEXEC`, so a child spawned by another test at the same moment
///   never inherits it (which would hold the pipe open and delay EOF);
/// - each output pipe has one reader thread doing blocking `read` until EOF; that thread alone
///   closes the descriptor, after its last read;
/// - the exit status comes from one waiter thread blocked in `waitpid` for this pid only.
///
/// Threading: the output buffers are guarded by their `OutputBuffer` locks and the exit status by
/// `state`; everything else is immutable after `init`.
public final class ChildProcess: @unchecked Sendable {
    /// What happens to one of the child's output streams.
    public enum Output: Sendable { case capture, discard }

    /// The child's process id.
    public let pid: pid_t
    /// Everything the child wrote to standard output so far (empty when discarded).
    public let stdout = OutputBuffer()
    /// Everything the child wrote to standard error so far (empty when discarded).
    public let stderr = OutputBuffer()

    private let state = ExitState()
    private let readersDone = DispatchGroup()

    /// Starts `executable` (a path) with `arguments`. `environment` nil inherits this process's.
    /// `stdin` nil connects standard input to /dev/null; otherwise the bytes are written from a
    /// thread and the pipe is closed after them.
    public init(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                stdin input: [UInt8]? = nil, stdout outMode: Output = .capture,
                stderr errMode: Output = .capture) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The child starts with default signal dispositions and nothing blocked, whatever the
        // test runner's threads have set (an ignored SIGPIPE would otherwise be inherited).
        var all = sigset_t()
        sigfillset(&all)
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        var parentEnds: [Int32] = []   // closed on failure
        var childEnds: [Int32] = []    // closed in the parent once the child has them
        defer { childEnds.forEach { _ = close($0) } }
        func makePipe() throws -> (read: Int32, write: Int32) {
            var fds: [Int32] = [-1, -1]
            guard childprocess_pipe_cloexec(&fds) == 0 else { throw ChildProcessError("pipe2: \(errnoText())") }
            return (fds[0], fds[1])
        }

        var stdinWriteEnd: Int32 = -1
        if input != nil {
            let p = try makePipe()
            childEnds.append(p.read); parentEnds.append(p.write); stdinWriteEnd = p.write
            posix_spawn_file_actions_adddup2(&actions, p.read, 0)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        var readEnds: [(fd: Int32, buffer: OutputBuffer)] = []
        for (target, mode, buffer) in [(Int32(1), outMode, stdout), (Int32(2), errMode, stderr)] {
            switch mode {
            case .discard:
                posix_spawn_file_actions_addopen(&actions, target, "/dev/null", O_WRONLY, 0)
            case .capture:
                do {
                    let p = try makePipe()
                    childEnds.append(p.write); parentEnds.append(p.read)
                    posix_spawn_file_actions_adddup2(&actions, p.write, target)
                    readEnds.append((p.read, buffer))
                } catch {
                    parentEnds.forEach { _ = close($0) }
                    throw error
                }
            }
        }

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let env = (environment ?? ProcessInfo.processInfo.environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            env.forEach { free($0) }
        }
        var child: pid_t = 0
        let rc = posix_spawn(&child, executable, &actions, &attributes, argv, env)
        guard rc == 0 else {
            parentEnds.forEach { _ = close($0) }
            throw ChildProcessError("cannot start \(executable): \(String(cString: strerror(rc)))")
        }
        pid = child
        let spawned = child

        for (fd, buffer) in readEnds {
            readersDone.enter()
            let group = readersDone
            Thread.detachNewThread {
                ChildProcess.drain(fd, into: buffer)
                group.leave()
            }
        }
        if let input {
            let fd = stdinWriteEnd
            Thread.detachNewThread { ChildProcess.feed(input, to: fd) }
        }
        let state = self.state
        Thread.detachNewThread {
            // Wait without reaping, then reap under the state's lock: `send` holds the same lock,
            // so it never signals a pid that was reaped (and perhaps reused) in between.
            var info = siginfo_t()
            while waitid(P_PID, id_t(spawned), &info, WEXITED | WNOWAIT) < 0 && errno == EINTR {}
            state.reap {
                var status: Int32 = 0
                while waitpid(spawned, &status, 0) < 0 && errno == EINTR {}
                return status
            }
        }
    }

    /// Blocking reads until EOF, then closes the descriptor (this thread is its only user).
    private static func drain(_ fd: Int32, into buffer: OutputBuffer) {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n > 0 {
                buffer.append(chunk[0..<n])
            } else if n < 0 && errno == EINTR {
                continue
            } else {
                break
            }
        }
        close(fd)
    }

    /// Writes all of `bytes` (a child that exits early ends it with EPIPE), then closes.
    private static func feed(_ bytes: [UInt8], to fd: Int32) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n > 0 { offset += n } else if n < 0 && errno == EINTR { continue } else { break }
        }
        close(fd)
    }

    /// Whether the child has not been reaped yet.
    public var isRunning: Bool { state.status == nil }

    /// Sends `signal` to the child (if it has not been reaped; a reaped pid may be reused).
    public func send(_ signal: Int32) {
        state.whileRunning { _ = kill(pid, signal) }
    }

    /// Waits for the child to exit and for its output to reach EOF. Returns the status as
    /// Foundation's `Process.terminationStatus` does (the exit code, or the signal that ended it),
    /// or nil when `timeout` seconds pass first.
    @discardableResult
    public func wait(timeout: Double? = nil) -> Int32? {
        guard let raw = state.wait(timeout: timeout) else { return nil }
        // A grandchild that inherited the pipes could hold them open; the output so far is kept.
        _ = readersDone.wait(timeout: .now() + 5)
        let signal = raw & 0x7f
        return signal == 0 ? (raw >> 8) & 0xff : signal
    }

    /// SIGTERM, then SIGKILL if the child is still there after `grace` seconds; returns the status.
    @discardableResult
    public func terminate(grace: Double = 10) -> Int32 {
        send(SIGTERM)
        if let status = wait(timeout: grace) { return status }
        return kill9()
    }

    /// SIGKILL, as a crash; returns the status.
    @discardableResult
    public func kill9() -> Int32 {
        send(SIGKILL)
        return wait() ?? SIGKILL
    }

    deinit {
        if isRunning { kill9() }
    }
}

/// A failure to start a child process.
public struct ChildProcessError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}

/// A growing, thread-safe byte buffer.
public final class OutputBuffer: @unchecked Sendable {
    private let lock = NSLock()   // guards bytes
    private var bytes: [UInt8] = []
    public init() {}

    /// Appends bytes.
    public func append<C: Collection>(_ more: C) where C.Element == UInt8 {
        lock.lock(); bytes.append(contentsOf: more); lock.unlock()
    }
    /// The bytes so far.
    public var data: [UInt8] { lock.lock(); defer { lock.unlock() }; return bytes }
    /// The bytes so far, as UTF-8 text.
    public var string: String { String(decoding: data, as: UTF8.self) }
}

/// The child's raw wait status, set once by the waiter thread.
private final class ExitState: @unchecked Sendable {
    private let condition = NSCondition()   // guards raw
    private var raw: Int32?

    var status: Int32? { condition.lock(); defer { condition.unlock() }; return raw }

    /// Reaps the child (`body` calls waitpid) and records its status, under the lock.
    func reap(_ body: () -> Int32) {
        condition.lock(); raw = body(); condition.broadcast(); condition.unlock()
    }

    /// Runs `body` while holding the lock, only if the child has not been reaped: the pid cannot
    /// be reaped (and reused) in between.
    func whileRunning(_ body: () -> Void) {
        condition.lock(); defer { condition.unlock() }
        if raw == nil { body() }
    }

    func wait(timeout: Double?) -> Int32? {
        condition.lock(); defer { condition.unlock() }
        let deadline = timeout.map { Date().addingTimeInterval($0) }
        while raw == nil {
            if let deadline {
                if !condition.wait(until: deadline) { break }
            } else {
                condition.wait()
            }
        }
        return raw
    }
}

private func errnoText() -> String { String(cString: strerror(errno)) }
