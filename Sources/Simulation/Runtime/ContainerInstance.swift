import API
import Foundation
import JSON

/// One process in a simulated container, as `ps` lists it.
public struct ContainerProcess: Sendable, Equatable {
    public var pid: Int
    public var parent: Int
    /// The executable's name (`python3`, `nginx`, `bash`), what `killall` matches.
    public var name: String
    /// The whole command line.
    public var commandLine: String
    public var startedAt: Date
}

/// A running container on a simulated node: its identity, its main program and the processes that
/// `kubectl exec` started beside it. Created by the runtime when the kubelet starts the container and
/// dropped when the run ends; a signal to the main process ends the run as the program's model says
/// (the kubelet then sees the container exit). Thread-safe.
public final class ContainerInstance: @unchecked Sendable {
    public let namespace: String
    public let pod: String
    public let podUID: String
    public let name: String
    public let containerID: String
    public let restart: Int
    public let program: Program
    public let argv: [String]
    public let startedAt: Date
    public let nodeName: String
    public let podIP: String
    /// The environment its processes start with (kept as one `NAME=value\0…` block, as a process's
    /// environment is: only shells read it, and a dictionary per idle container costs several times
    /// its bytes).
    public var environment: [String: String] { EnvironmentBlock.decode(environmentBlock) }
    private let environmentBlock: [UInt8]
    public let image: ImageReference
    /// Which shell and tools the image has.
    public let userland: Userland
    /// Its files: the image's tree, the kubelet's `/etc` files and the Pod's volumes. Assembled on
    /// first use (an exec, a probe, a shell, a served file), so an idle container costs no tree.
    public var fileSystem: VirtualFileSystem {
        lock.withLock {
            if let files { return files }
            let built = buildFiles()
            files = built
            return built
        }
    }
    private var files: VirtualFileSystem?
    private let buildFiles: @Sendable () -> VirtualFileSystem

    /// Where signals to a process that a shell started go.
    public struct Mailbox: Sendable {
        public var signals: ShellSignals
        public var tty: Bool
        public init(signals: ShellSignals, tty: Bool) {
            self.signals = signals
            self.tty = tty
        }
    }

    // Invariant: `processes`, `mailboxes`, `nextPID`, `exit`, `onExit` and `files` are guarded by `lock`.
    private let lock = NSLock()
    private var processes: [ContainerProcess]
    private var mailboxes: [Int: Mailbox] = [:]
    private var nextPID = 7
    private var exit: (code: Int, at: Date)?
    private var onExit: [@Sendable (Int) -> Void] = []
    private let exited: @Sendable (ContainerInstance, Int, Date) -> Void

    init(namespace: String, pod: String, podUID: String, name: String, containerID: String, restart: Int,
         program: Program, argv: [String], startedAt: Date, nodeName: String, podIP: String,
         environment: [String: String], image: ImageReference,
         fileSystem: @escaping @Sendable () -> VirtualFileSystem, exited: @escaping @Sendable (ContainerInstance, Int, Date) -> Void) {
        self.namespace = namespace
        self.pod = pod
        self.podUID = podUID
        self.name = name
        self.containerID = containerID
        self.restart = restart
        self.program = program
        self.argv = argv
        self.startedAt = startedAt
        self.nodeName = nodeName
        self.podIP = podIP
        self.environmentBlock = EnvironmentBlock.encode(environment)
        self.image = image
        self.userland = Userland.forImage(repository: image.repository)
        self.buildFiles = fileSystem
        self.exited = exited
        processes = ContainerInstance.mainProcesses(argv: argv, program: program, startedAt: startedAt)
    }

    /// The log of this run.
    public var logKey: ContainerLogKey {
        ContainerLogKey(namespace: namespace, pod: pod, uid: podUID, container: name, restart: restart)
    }

    /// The container's processes, main first.
    public func processList() -> [ContainerProcess] { lock.withLock { processes } }

    /// Adds a process started by `kubectl exec` (or by a shell inside it); returns its pid.
    public func spawn(name: String, commandLine: String, parent: Int = 0, at time: Date, mailbox: Mailbox? = nil) -> Int {
        let (pid, dead) = lock.withLock { () -> (Int, Bool) in
            let pid = nextPID
            nextPID += 1
            guard exit == nil else { return (pid, true) }
            processes.append(ContainerProcess(pid: pid, parent: parent, name: name, commandLine: commandLine, startedAt: time))
            if let mailbox { mailboxes[pid] = mailbox }
            return (pid, false)
        }
        // A process started in a container that has just stopped dies with it.
        if dead { mailbox?.signals.deliver(ShellSignal.kill) }
        return pid
    }

    /// Removes a process that ended.
    public func reap(_ pid: Int) {
        lock.withLock {
            guard pid != 1 else { return }
            processes.removeAll { $0.pid == pid }
            mailboxes[pid] = nil
        }
    }

    /// Gives a listed process (the main shell) its signal mailbox.
    func setMailbox(_ mailbox: Mailbox, for pid: Int) {
        lock.withLock { if processes.contains(where: { $0.pid == pid }) { mailboxes[pid] = mailbox } }
    }

    /// The mailbox of a process a shell started.
    public func mailbox(_ pid: Int) -> Mailbox? { lock.withLock { mailboxes[pid] } }

    /// Whether the run has ended (the main process exited).
    public var hasExited: Bool { lock.withLock { exit != nil } }

    /// The main process's exit code, once it has exited.
    public var exitCode: Int? { lock.withLock { exit?.code } }

    /// Calls `handler` with the exit code once the main process exits (at once if it already has).
    public func whenExited(_ handler: @escaping @Sendable (Int) -> Void) {
        let code: Int? = lock.withLock {
            if let exit { return exit.code }
            onExit.append(handler)
            return nil
        }
        if let code { handler(code) }
    }

    /// Delivers `signal` to `pid` at `time`; false when no such process. The main process reacts as its
    /// program's model says (SIGKILL always ends it with 137; SIGTERM/SIGINT/SIGHUP/SIGQUIT as the
    /// program handles SIGTERM: a shell or `sleep` as PID 1 has no handler and ignores it; 0 only checks).
    @discardableResult
    public func signal(pid: Int, _ signal: Int32, at time: Date) -> Bool {
        guard let target = lock.withLock({ processes.first { $0.pid == pid } }) else { return false }
        guard signal != 0 else { return true }
        if target.pid != 1 {
            // A worker of the main program is replaced by its master at once; anything else ends.
            let terminating = [SIGKILL, SIGTERM, SIGINT, SIGHUP, SIGQUIT].contains(signal)
            if terminating && !(target.parent == 1 && target.name == program.name) { reap(pid) }
            return true
        }
        switch signal {
        case SIGKILL:
            end(code: 137, at: time)
        case SIGTERM, SIGINT, SIGHUP, SIGQUIT:
            if case .exit(let code, let after) = program.onTerm {
                // A signal other than TERM that the program does not handle kills it with 128 + signal.
                let status = signal == SIGTERM || code < 128 ? code : 128 + Int(signal)
                end(code: status, at: time.addingTimeInterval(after))
            }
        default:
            break
        }
        return true
    }

    /// The main process ended with `code` at `time` (a signal, or the kubelet stopping the run).
    func end(code: Int, at time: Date) {
        let ended: ([@Sendable (Int) -> Void], [Mailbox])? = lock.withLock {
            guard exit == nil else { return nil }
            exit = (code, time)
            let h = onExit
            onExit = []
            processes = []
            let boxes = Array(mailboxes.values)
            mailboxes = [:]
            return (h, boxes)
        }
        guard let (handlers, boxes) = ended else { return }
        // The container's other processes die with its main one.
        for box in boxes { box.signals.deliver(ShellSignal.kill) }
        exited(self, code, time)
        for h in handlers { h(code) }
    }

    /// What `ps` shows for a program's main process (and nginx's workers).
    static func mainProcesses(argv: [String], program: Program, startedAt: Date) -> [ContainerProcess] {
        var words = argv[...]
        while let w = words.first, ["dumb-init", "tini", "--", "docker-entrypoint.sh", "docker-php-entrypoint"]
            .contains(ImageCatalog.basename(w)) {
            words = words.dropFirst()
        }
        let main = words.first.map(ImageCatalog.basename) ?? program.name
        let line = words.isEmpty ? program.name : words.joined(separator: " ")
        var list = [ContainerProcess(pid: 1, parent: 0, name: main, commandLine: line, startedAt: startedAt)]
        switch program.name {
        case "nginx":
            list[0].commandLine = "nginx: master process " + line
            for pid in 2...3 {
                list.append(ContainerProcess(pid: pid, parent: 1, name: "nginx", commandLine: "nginx: worker process", startedAt: startedAt))
            }
        case "httpd":
            list[0].name = "httpd"
            list[0].commandLine = "httpd -DFOREGROUND"
            for pid in 2...4 {
                list.append(ContainerProcess(pid: pid, parent: 1, name: "httpd", commandLine: "httpd -DFOREGROUND", startedAt: startedAt))
            }
        default:
            break
        }
        return list
    }
}

/// A process environment as one block of `NAME=value` entries, each ended by a NUL byte.
enum EnvironmentBlock {
    static func encode(_ environment: [String: String]) -> [UInt8] {
        let entries = environment.sorted { $0.key < $1.key }
        var block: [UInt8] = []
        block.reserveCapacity(entries.reduce(0) { $0 + $1.key.utf8.count + $1.value.utf8.count + 2 })
        for (name, value) in entries {
            block.append(contentsOf: name.utf8)
            block.append(UInt8(ascii: "="))
            block.append(contentsOf: value.utf8)
            block.append(0)
        }
        return block
    }

    static func decode(_ block: [UInt8]) -> [String: String] {
        var environment: [String: String] = [:]
        for entry in block.split(separator: 0, omittingEmptySubsequences: true) {
            guard let eq = entry.firstIndex(of: UInt8(ascii: "=")) else { continue }
            environment[String(decoding: entry[..<eq], as: UTF8.self)] = String(decoding: entry[(eq + 1)...], as: UTF8.self)
        }
        return environment
    }
}
