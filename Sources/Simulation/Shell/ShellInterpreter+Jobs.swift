import API
import Foundation

/// Pipelines and background jobs: stages and jobs run on threads of their own, each with a copy of
/// the shell (`subshell()`), connected by `BytePipe`s.
extension ShellInterpreter {
    func runPipeline(_ stages: [ShellCommand], _ io: FileDescriptors) throws(ShellControl) -> Int32 {
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

    func startBackground(_ command: ShellCommand, _ io: FileDescriptors) {
        let sub = subshell()
        let jobSignals = ShellSignals()
        sub.signals = jobSignals
        var argv: [String] = [name]
        if case .simple(_, let words, _) = command {
            argv = words.map { $0.sourceText }
        }
        let jobPid = host.register(ShellProcess(command: argv, parentPID: pid, tty: tty, signals: jobSignals))
        if case .simple = command { sub.jobPID = jobPid }
        // An interactive shell reports the job number and pid, as bash's `[1] 42`.
        if interactive { io.stderr.write("[\(jobs.filter { !$0.isDone }.count + 1)] \(jobPid)\n") }
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

