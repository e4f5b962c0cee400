import API
import Foundation

/// What a shell (and every tool it runs) needs from the container it runs in: identity, environment,
/// files, network, the cluster clock and the container's process table. The simulated container runtime
/// implements it, one instance per container; tests use a fake.
///
/// Threading: called from any thread (pipeline stages and background jobs run on threads of their own),
/// so implementations must be thread-safe.
public protocol ShellHost: AnyObject, Sendable {
    /// The Pod's hostname (`hostname`, the bash prompt, `/etc/hostname`).
    var hostname: String { get }
    /// The container's environment as the runtime sets it (image env, `env:` of the spec, Service
    /// variables, `HOSTNAME`, `PATH`, `HOME`). The shell starts from a copy.
    var environment: [String: String] { get }
    /// The container's files.
    var fileSystem: VirtualFileSystem { get }
    /// The container image's userland: which shell and tools exist.
    var userland: Userland { get }
    /// The Pod's network.
    var network: any NetworkAccess { get }

    /// The cluster clock's current time.
    func now() -> Date
    /// Blocks for `seconds` of cluster time, or until `signals` has a pending signal (then returns it;
    /// nil when the whole time passed). A scaled clock converts to real time and waits with
    /// `signals.wait(realSeconds:)`, which wakes as soon as a signal is delivered.
    func sleep(seconds: Double, signals: ShellSignals) -> ShellSignal?

    /// Every process of the container, the main one included, for `ps`, `kill`, `killall` and `pkill`.
    func processes() -> [ProcessEntry]
    /// Sends `signal` to process `pid`; false when there is no such process. For a process the shell
    /// registered, deliver it to that process's `ShellSignals`; the main program is the host's business.
    func signal(pid: Int, signal: ShellSignal) -> Bool
    /// Adds a process the shell started (the shell itself, a tool, a background job) to the table and
    /// returns its new pid. The host keeps `process.signals` to deliver signals sent to that pid.
    func register(_ process: ShellProcess) -> Int
    /// Removes a process registered with `register` (it exited).
    func unregister(pid: Int)

    /// Runs a program the userland has but the shell does not simulate (`python3 app.py`, `nginx`),
    /// connected to `io`, and returns its exit status; nil when the host cannot run it either (the shell
    /// then prints that it cannot run it and returns 126). Called on the shell's thread; may block.
    func runProgram(argv: [String], environment: [String: String], io: ToolIO) -> Int32?
}

extension ShellHost {
    /// Default: the host runs no program for the shell.
    public func runProgram(argv: [String], environment: [String: String], io: ToolIO) -> Int32? { nil }
}

/// A process the shell asks the host to list: its command line, parent and signal mailbox.
public struct ShellProcess: Sendable {
    /// argv, as `ps` shows it.
    public var command: [String]
    /// The pid of the shell that started it (nil for a shell started by the runtime itself).
    public var parentPID: Int?
    /// Whether it runs on the session's terminal (`ps` prints `pts/0`).
    public var tty: Bool
    /// Where signals sent to its pid go.
    public var signals: ShellSignals

    public init(command: [String], parentPID: Int?, tty: Bool, signals: ShellSignals) {
        self.command = command
        self.parentPID = parentPID
        self.tty = tty
        self.signals = signals
    }
}

/// One row of the container's process table.
public struct ProcessEntry: Sendable, Equatable {
    public var pid: Int
    public var parentPID: Int
    public var user: String
    /// argv; `command[0]`'s last path component is the process name `killall` and `pkill` match.
    public var command: [String]
    /// When it started (cluster clock).
    public var started: Date
    /// CPU time used, seconds.
    public var cpuSeconds: Double
    /// Resident memory, KiB.
    public var residentKiB: Int
    /// Virtual memory, KiB.
    public var virtualKiB: Int
    /// Whether it has a terminal (`pts/0`), else `?`.
    public var tty: Bool

    public init(pid: Int, parentPID: Int = 0, user: String = "root", command: [String], started: Date,
                cpuSeconds: Double = 0, residentKiB: Int = 0, virtualKiB: Int = 0, tty: Bool = false) {
        self.pid = pid
        self.parentPID = parentPID
        self.user = user
        self.command = command
        self.started = started
        self.cpuSeconds = cpuSeconds
        self.residentKiB = residentKiB
        self.virtualKiB = virtualKiB
        self.tty = tty
    }

    /// The process name (`python3` for `/usr/local/bin/python3 app.py`).
    public var name: String {
        guard let first = command.first else { return "" }
        return first.split(separator: "/").last.map(String.init) ?? first
    }
}

/// A POSIX signal, by its Linux number.
public struct ShellSignal: Sendable, Hashable, CustomStringConvertible {
    public let number: Int32
    public init(_ number: Int32) { self.number = number }

    public static let hup = ShellSignal(1)
    public static let int = ShellSignal(2)
    public static let quit = ShellSignal(3)
    public static let kill = ShellSignal(9)
    public static let usr1 = ShellSignal(10)
    public static let usr2 = ShellSignal(12)
    public static let pipe = ShellSignal(13)
    public static let alrm = ShellSignal(14)
    public static let term = ShellSignal(15)

    /// Linux signal names 1–31 without `SIG`, in number order (`kill -l`).
    public static let names = ["HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL", "USR1", "SEGV",
                               "USR2", "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN",
                               "TTOU", "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "POLL", "PWR", "SYS"]

    /// `TERM`, `SIGTERM`, `term` or `15`.
    public init?(parsing text: String) {
        if let n = Int32(text), n >= 0, n <= 64 { self.init(n); return }
        var name = text.uppercased()
        if name.hasPrefix("SIG") { name.removeFirst(3) }
        if name == "IO" { name = "POLL" }
        guard let index = Self.names.firstIndex(of: name) else { return nil }
        self.init(Int32(index + 1))
    }

    /// `TERM` for 15.
    public var name: String {
        number >= 1 && Int(number) <= Self.names.count ? Self.names[Int(number) - 1] : String(number)
    }

    public var description: String { "SIG" + name }
}

/// The signal mailbox of one simulated process: the host delivers signals sent to its pid here, and the
/// shell's blocking operations (`sleep`, waiting for input, `ab`) wake on them. A child mailbox also
/// receives what is delivered to its parent (a terminal's Ctrl-C reaches the foreground job's tools).
/// Thread-safe.
public final class ShellSignals: @unchecked Sendable {
    // Sendable invariant: `pending` and `children` are guarded by `condition`.
    private let condition = NSCondition()
    private var pending: ShellSignal?
    private var children: [WeakSignals] = []

    public init() {}

    /// A mailbox that also gets whatever is delivered to `self`.
    public func child() -> ShellSignals {
        let c = ShellSignals()
        condition.lock()
        children.removeAll { $0.value == nil }
        children.append(WeakSignals(value: c))
        let inherited = pending
        condition.unlock()
        if let inherited { c.deliver(inherited) }
        return c
    }

    /// Delivers `signal` (a later one replaces an unhandled earlier one, except that KILL stays) and
    /// wakes every waiter, children included.
    public func deliver(_ signal: ShellSignal) {
        condition.lock()
        if pending != .kill { pending = signal }
        let kids = children.compactMap(\.value)
        condition.broadcast()
        condition.unlock()
        for k in kids { k.deliver(signal) }
    }

    /// The pending signal, if any, without consuming it.
    public var pendingSignal: ShellSignal? {
        condition.lock()
        defer { condition.unlock() }
        return pending
    }

    /// Consumes the pending signal.
    @discardableResult
    public func take() -> ShellSignal? {
        condition.lock()
        defer { condition.unlock() }
        let s = pending
        pending = nil
        return s
    }

    /// Waits up to `realSeconds` of real time for a signal; returns it (not consumed) or nil.
    public func wait(realSeconds: Double) -> ShellSignal? {
        let deadline = Date(timeIntervalSinceNow: max(0, realSeconds))
        condition.lock()
        defer { condition.unlock() }
        while pending == nil {
            if !condition.wait(until: deadline) { break }
        }
        return pending
    }
}

private struct WeakSignals {
    weak var value: ShellSignals?
}
