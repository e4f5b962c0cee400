import API
import Foundation

/// How execution leaves the normal flow.
enum ShellControl: Error {
    /// `exit N`, `set -e`, a fatal error.
    case exit(Int32)
    case breakLoop(Int)
    case continueLoop(Int)
    case returnFunction(Int32)
    /// A signal ended the command (status 128 + n).
    case signaled(ShellSignal)
}

/// One shell process's state and the evaluator of `ShellCommand` trees. Subshells (`( … )`, `$( … )`,
/// pipeline stages, background jobs) run on a copy (`subshell()`), as a fork would give them.
///
/// Threading: an interpreter is used by one thread at a time; a new thread gets a copy.
final class ShellInterpreter: @unchecked Sendable {
    // Sendable invariant: confined to one thread at a time (see the type's documentation).
    let host: any ShellHost
    let dialect: Userland.Dialect
    /// `$0`: the shell's name in messages (`bash`, `sh`).
    var name: String
    var variables: [String: String] = [:]
    var exported: Set<String> = []
    var positional: [String] = []
    var functions: [String: ShellCommand] = [:]
    var status: Int32 = 0
    var cwd: String
    var pid: Int
    var lastBackgroundPID: Int?
    var interactive = false
    var tty = false
    var errexit = false
    var xtrace = false
    var nounset = false
    /// Inside an `if`/`while` condition or the left of `&&`/`||`, where `set -e` does not apply.
    var conditionDepth = 0
    /// The line the current command started on (dash and bash print it in errors).
    var line = 1
    /// Signals of the current foreground command (a child of the shell's own mailbox).
    var signals: ShellSignals
    /// Saved values for `local`, innermost function last.
    var localFrames: [[String: String?]] = []
    var functionDepth = 0
    /// Background jobs still running (for `wait`).
    var jobs: [BackgroundJob] = []
    /// Set when this interpreter runs a background job whose pid was already registered.
    var jobPID: Int?
    /// The exit status of the last command substitution in the current command (an assignment-only
    /// command returns it).
    var substitutionStatus: Int32?

    init(host: any ShellHost, dialect: Userland.Dialect, name: String, signals: ShellSignals, pid: Int) {
        self.host = host
        self.dialect = dialect
        self.name = name
        self.signals = signals
        self.pid = pid
        var env = host.environment
        if env["PATH"] == nil { env["PATH"] = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" }
        if env["HOME"] == nil { env["HOME"] = "/root" }
        if env["HOSTNAME"] == nil { env["HOSTNAME"] = host.hostname }
        let start = env["PWD"].map { VirtualFileSystem.normalize($0) } ?? "/"
        cwd = host.fileSystem.isDirectory(start) ? start : "/"
        env["PWD"] = cwd
        variables = env
        exported = Set(env.keys)
        variables["IFS"] = " \t\n"
        variables["PS1"] = dialect == .bash ? "\\u@\\h:\\w\\$ " : dialect == .ash ? "\\w \\$ " : "# "
        variables["PS2"] = "> "
        variables["PPID"] = "0"
        if dialect == .bash {
            variables["BASH"] = "/bin/bash"
            variables["BASH_VERSION"] = "5.2.15(1)-release"
            variables["SHLVL"] = String((Int(env["SHLVL"] ?? "0") ?? 0) + 1)
            exported.insert("SHLVL")
        }
    }

    /// A copy for a subshell (same pid for `$$`, as POSIX says).
    func subshell() -> ShellInterpreter {
        let s = ShellInterpreter(copying: self)
        return s
    }

    private init(copying o: ShellInterpreter) {
        host = o.host
        dialect = o.dialect
        name = o.name
        variables = o.variables
        exported = o.exported
        positional = o.positional
        functions = o.functions
        status = o.status
        cwd = o.cwd
        pid = o.pid
        lastBackgroundPID = o.lastBackgroundPID
        interactive = false
        tty = o.tty
        errexit = o.errexit
        xtrace = o.xtrace
        nounset = o.nounset
        line = o.line
        signals = o.signals
        functionDepth = o.functionDepth
        localFrames = o.localFrames
    }

    var userland: Userland { host.userland }
    var fs: VirtualFileSystem { host.fileSystem }

    /// The environment exported to tools.
    var environment: [String: String] {
        var env: [String: String] = [:]
        for k in exported { if let v = variables[k] { env[k] = v } }
        return env
    }

    /// `bash: line 1: `, `sh: 1: `, `sh: ` (error message prefix).
    var errorPrefix: String {
        switch dialect {
        case .bash: interactive ? "\(name): " : "\(name): line \(line): "
        case .dash: "\(name): \(line): "
        case .ash: "\(name): "
        }
    }

    /// Reports a shell error on `io`'s stderr.
    func error(_ message: String, _ io: FileDescriptors) {
        io.stderr.write(errorPrefix + message + "\n")
    }

    // MARK: Execution

    /// Runs `command`; returns (and stores in `$?`) its status.
    @discardableResult
    func execute(_ command: ShellCommand, _ io: FileDescriptors) throws(ShellControl) -> Int32 {
        let result = try evaluate(command, io)
        status = result
        return result
    }

    /// Throws when a signal is pending for the foreground command.
    func checkSignals() throws(ShellControl) {
        if let s = signals.pendingSignal { throw .signaled(s) }
    }

    private func evaluate(_ command: ShellCommand, _ io: FileDescriptors) throws(ShellControl) -> Int32 {
        try checkSignals()
        switch command {
        case .simple(let assignments, let words, let redirections):
            let s = try runSimple(assignments: assignments, words: words, redirections: redirections, io)
            status = s
            if io.stdoutBroken { throw .signaled(.pipe) }
            try errexitCheck(s)
            return s
        case .pipeline(let stages, let negated):
            if negated { conditionDepth += 1 }
            let s: Int32
            do {
                s = try runPipeline(stages, io)
            } catch {
                if negated { conditionDepth -= 1 }
                throw error
            }
            if negated {
                conditionDepth -= 1
                return s == 0 ? 1 : 0
            }
            try errexitCheck(s)
            return s
        case .andOr(let first, let rest):
            conditionDepth += 1
            var s: Int32
            do {
                s = try execute(first, io)
                for (i, (op, next)) in rest.enumerated() {
                    if (op == .and && s != 0) || (op == .or && s == 0) { continue }
                    if i == rest.count - 1 { conditionDepth -= 1 }
                    s = try execute(next, io)
                    if i == rest.count - 1 { conditionDepth += 1 }
                }
            } catch {
                conditionDepth -= 1
                throw error
            }
            conditionDepth -= 1
            return s
        case .list(let items):
            var s: Int32 = status
            for item in items {
                if item.background {
                    startBackground(item.command, io)
                    s = 0
                } else {
                    s = try execute(item.command, io)
                }
            }
            return s
        case .subshell(let body, let redirections):
            guard let io2 = openRedirections(redirections, io) else { return 1 }
            let sub = subshell()
            return sub.runToCompletion(body, io2)
        case .group(let body, let redirections):
            guard let io2 = openRedirections(redirections, io) else { return 1 }
            return try execute(body, io2)
        case .ifClause(let branches, let otherwise, let redirections):
            guard let io2 = openRedirections(redirections, io) else { return 1 }
            for branch in branches {
                if try condition(branch.condition, io2) == 0 { return try execute(branch.body, io2) }
            }
            if let otherwise { return try execute(otherwise, io2) }
            return 0
        case .loop(let cond, let body, let until, let redirections):
            guard let io2 = openRedirections(redirections, io) else { return 1 }
            var s: Int32 = 0
            while true {
                let c = try condition(cond, io2)
                if (c == 0) == until { break }
                if let next = try loopBody(body, io2, &s) { if next { continue } else { break } }
            }
            return s
        case .forLoop(let variable, let words, let body, let redirections):
            guard let io2 = openRedirections(redirections, io) else { return 1 }
            let items = try words.map { ws throws(ShellControl) in try expandWords(ws, io2) } ?? positional
            var s: Int32 = 0
            for item in items {
                variables[variable] = item
                if let next = try loopBody(body, io2, &s) { if next { continue } else { break } }
            }
            return s
        case .caseClause(let subject, let items, let redirections):
            guard let io2 = openRedirections(redirections, io) else { return 1 }
            let text = try expandToString(subject, io2)
            for item in items {
                for p in item.patterns where ShellPattern.matches(try expandPattern(p, io2), text) {
                    guard let body = item.body else { return 0 }
                    return try execute(body, io2)
                }
            }
            return 0
        case .function(let fname, let body):
            functions[fname] = body
            return 0
        }
    }

    /// Runs a loop body: nil to go on, true for `continue`, false for `break` (outer levels rethrown).
    private func loopBody(_ body: ShellCommand, _ io: FileDescriptors, _ s: inout Int32) throws(ShellControl) -> Bool? {
        do {
            s = try execute(body, io)
            return nil
        } catch {
            switch error {
            case .breakLoop(let n):
                if n > 1 { throw .breakLoop(n - 1) }
                return false
            case .continueLoop(let n):
                if n > 1 { throw .continueLoop(n - 1) }
                return true
            default:
                throw error
            }
        }
    }

    /// A condition: `set -e` does not apply inside.
    private func condition(_ c: ShellCommand, _ io: FileDescriptors) throws(ShellControl) -> Int32 {
        conditionDepth += 1
        defer { conditionDepth -= 1 }
        return try execute(c, io)
    }

    private func errexitCheck(_ s: Int32) throws(ShellControl) {
        if s != 0 && errexit && conditionDepth == 0 { throw .exit(s) }
    }

    /// Runs `command` to its end as a subshell would, turning control flow into a status.
    func runToCompletion(_ command: ShellCommand, _ io: FileDescriptors) -> Int32 {
        do {
            return try execute(command, io)
        } catch {
            return Self.status(of: error)
        }
    }

    /// The status a control-flow exit leaves.
    static func status(of control: ShellControl) -> Int32 {
        switch control {
        case .exit(let s), .returnFunction(let s): s
        case .breakLoop, .continueLoop: 0
        case .signaled(let sig): 128 + sig.number
        }
    }

    // MARK: Pipelines and jobs

    private func runPipeline(_ stages: [ShellCommand], _ io: FileDescriptors) throws(ShellControl) -> Int32 {
        if stages.count == 1 { return try execute(stages[0], io) }
        var pipes: [BytePipeLink] = []
        for _ in 0..<(stages.count - 1) { pipes.append(BytePipeLink(tty: false)) }
        let results = StatusBox(count: stages.count)
        let group = DispatchGroup()
        for (i, stage) in stages.enumerated() {
            var stageIO = io
            if i > 0 { stageIO.inputs[0] = PipeInput(pipes[i - 1].pipe) }
            if i < stages.count - 1 { stageIO.outputs[1] = pipes[i].output }
            let sub = subshell()
            let inPipe = i > 0 ? pipes[i - 1].pipe : nil
            let outPipe = i < stages.count - 1 ? pipes[i].pipe : nil
            let capturedIO = UncheckedBox(stageIO)
            group.enter()
            Thread.detachNewThread {
                let s = sub.runToCompletion(stage, capturedIO.value)
                outPipe?.closeWrite()
                inPipe?.closeRead()
                results.set(i, s)
                group.leave()
            }
        }
        group.wait()
        try checkSignals()
        return results.last
    }

    private func startBackground(_ command: ShellCommand, _ io: FileDescriptors) {
        let sub = subshell()
        let jobSignals = ShellSignals()
        sub.signals = jobSignals
        var argv: [String] = [name]
        if case .simple(_, let words, _) = command {
            argv = words.map { $0.sourceText }
        }
        let jobPid = host.register(ShellProcess(command: argv, parentPID: pid, tty: tty, signals: jobSignals))
        if case .simple = command { sub.jobPID = jobPid }
        var jobIO = io
        if !interactive { jobIO.inputs[0] = NullStream() }
        let job = BackgroundJob(pid: jobPid)
        let captured = UncheckedBox(jobIO)
        let host = self.host
        Thread.detachNewThread {
            let s = sub.runToCompletion(command, captured.value)
            host.unregister(pid: jobPid)
            job.finish(s)
        }
        jobs.append(job)
        lastBackgroundPID = jobPid
    }
}

/// A background job's completion.
final class BackgroundJob: @unchecked Sendable {
    // Sendable invariant: `result` is guarded by `condition`.
    let pid: Int
    private let condition = NSCondition()
    private var result: Int32?

    init(pid: Int) { self.pid = pid }

    func finish(_ status: Int32) {
        condition.lock()
        result = status
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for the end (or a signal in `signals`); nil when interrupted.
    func wait(signals: ShellSignals) -> Int32? {
        condition.lock()
        defer { condition.unlock() }
        while result == nil {
            if signals.pendingSignal != nil { return nil }
            _ = condition.wait(until: Date(timeIntervalSinceNow: 0.02))
        }
        return result
    }

    var isDone: Bool {
        condition.lock()
        defer { condition.unlock() }
        return result != nil
    }
}

/// A pipe between two pipeline stages.
struct BytePipeLink {
    let pipe: BytePipe
    let output: PipeOutput
    init(tty: Bool) {
        pipe = BytePipe(capacity: 64 * 1024)
        output = PipeOutput(pipe, tty: tty)
    }
}

/// Pipeline stage statuses, written by stage threads.
final class StatusBox: @unchecked Sendable {
    // Sendable invariant: `values` is guarded by `lock`.
    private let lock = NSLock()
    private var values: [Int32]
    init(count: Int) { values = Array(repeating: 0, count: count) }
    func set(_ i: Int, _ v: Int32) {
        lock.lock()
        values[i] = v
        lock.unlock()
    }
    var last: Int32 {
        lock.lock()
        defer { lock.unlock() }
        return values.last ?? 0
    }
}

/// Hands a value to exactly one other thread, which then owns it.
struct UncheckedBox<T>: @unchecked Sendable {
    // Sendable invariant: the sender stops using `value` once it is handed over.
    let value: T
    init(_ value: T) { self.value = value }
}

