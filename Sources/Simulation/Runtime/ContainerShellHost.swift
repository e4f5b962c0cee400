import API
import Foundation

/// A running container as the shell sees it: its hostname, environment, files, userland, the Pod's
/// network, the cluster clock and the container's process table (the main program, the shells and
/// tools `kubectl exec` started). Signals to a shell's pid reach that shell's mailbox; signals to the
/// main program go through `ContainerInstance.signal`, which ends the run as the program's model says.
final class ContainerShellHost: ShellHost, @unchecked Sendable {
    // Invariant: every stored property is immutable; `instance` is thread-safe.
    let instance: ContainerInstance
    let clock: any Clock
    let network: any NetworkAccess
    /// The host of the container's main program (a shell that is PID 1), not of an exec session.
    let isMain: Bool

    init(instance: ContainerInstance, clock: any Clock, network: any NetworkAccess, isMain: Bool = false) {
        self.instance = instance
        self.clock = clock
        self.network = network
        self.isMain = isMain
    }

    var hostname: String { instance.pod }
    var environment: [String: String] { instance.environment }
    var fileSystem: VirtualFileSystem { instance.fileSystem }
    var userland: Userland { instance.userland }

    func now() -> Date { clock.now() }

    /// Waits on the cluster clock: a timer delivers a private wake-up to a child mailbox, which also
    /// receives every real signal sent to the waiting process.
    func sleep(seconds: Double, signals: ShellSignals) -> ShellSignal? {
        if let pending = signals.pendingSignal { return pending }
        guard seconds > 0 else { return nil }
        let waiter = signals.child()
        let timer = clock.schedule(after: seconds, on: .global()) { waiter.deliver(Self.wake) }
        defer { timer.cancel() }
        while true {
            if let s = waiter.wait(realSeconds: 3600) { return s == Self.wake ? nil : s }
        }
    }

    /// Not a real signal number: the end of a sleep.
    private static let wake = ShellSignal(0)

    func processes() -> [ProcessEntry] {
        instance.processList().map { p in
            ProcessEntry(pid: p.pid, parentPID: p.parent, command: p.commandLine.split(separator: " ").map(String.init),
                         started: p.startedAt, residentKiB: p.pid == 1 ? 20_480 : 3_072,
                         virtualKiB: p.pid == 1 ? 120_000 : 8_000, tty: instance.mailbox(p.pid)?.tty ?? false)
        }
    }

    func signal(pid: Int, signal: ShellSignal) -> Bool {
        if let mailbox = instance.mailbox(pid) {
            mailbox.signals.deliver(signal)
            return true
        }
        return instance.signal(pid: pid, signal.number, at: clock.now())
    }

    func register(_ process: ShellProcess) -> Int {
        if isMain && process.parentPID == nil {
            // The main shell is PID 1 already: it gets its mailbox rather than a second entry.
            instance.setMailbox(.init(signals: process.signals, tty: process.tty), for: 1)
            return 1
        }
        return instance.spawn(name: process.command.first.map(VirtualFileSystem.basename) ?? "sh",
                       commandLine: process.command.joined(separator: " "),
                       parent: process.parentPID ?? 0, at: clock.now(),
                       mailbox: .init(signals: process.signals, tty: process.tty))
    }

    func unregister(pid: Int) { instance.reap(pid) }
}
