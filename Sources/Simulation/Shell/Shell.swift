import API
import Foundation

/// The shell every container with a userland runs: `sh -c '…'` commands, `kubectl exec … -- sh`
/// (interactive on a TTY, else a script read from stdin), `kubectl run -it … -- sh`, and single tools run
/// without a shell (`kubectl exec pod -- ls /`). One interpreter (design.md §5, "Programs, not
/// containers").
///
/// Pipes: `run` writes to `stdout`/`stderr` and reads `stdin`, and closes none of them; the caller
/// (the container runtime) closes the outputs when `run` returns and the input when its client leaves.
/// Background jobs (`cmd &`) may outlive `run` and write later; their writes fail once the caller
/// closed the pipes.
public enum Shell {
    /// What an `argv[0]` runs in a container.
    public enum Executable: Sendable, Equatable {
        /// A shell of the userland (`sh`, `bash`, `/bin/sh`, `ash`).
        case shell(Userland.Dialect)
        /// A tool the shell simulates (`ls`, `curl`, `/usr/bin/env`).
        case tool(String)
        /// An executable the image has but the shell does not simulate (`python3`, `nginx`): run through
        /// `ShellHost.runProgram`. The absolute path.
        case program(String)
        /// An executable file in the container's file system (a script), by absolute path.
        case file(String)
    }

    /// What `argv0` would run in `host`'s container, or nil when it does not exist there (the runtime
    /// then reports `execNotFoundMessage(argv0)` and exit code 127, before starting anything).
    public static func resolve(_ argv0: String, host: any ShellHost, cwd: String = "/") -> Executable? {
        let userland = host.userland
        if let dialect = userland.dialect(of: argv0) { return .shell(dialect) }
        if let path = userland.resolve(argv0) {
            let base = VirtualFileSystem.basename(path)
            if Tools.table[base] != nil { return .tool(base) }
            return .program(path)
        }
        guard argv0.contains("/") else { return nil }
        let path = VirtualFileSystem.normalize(argv0, cwd: cwd)
        if case .file(let f)? = host.fileSystem.node(path), f.isExecutable { return .file(path) }
        return nil
    }

    /// The Failure message upstream's runtime gives when `argv0` is not found (exit code 127).
    public static func execNotFoundMessage(_ argv0: String) -> String {
        let what = argv0.contains("/") ? "stat \(argv0): no such file or directory"
            : "exec: \"\(argv0)\": executable file not found in $PATH"
        return "OCI runtime exec failed: exec failed: unable to start container process: \(what): unknown"
    }

    /// Runs `argv` in `host`'s container and returns its exit status (128 + n when signal n ended it).
    ///
    /// - `sh -c 'script' [name args…]`, `bash -c …`: runs the script.
    /// - `sh script.sh args…`: runs a script file.
    /// - `sh`/`bash` with `tty`: the interactive shell (prompt, raw keystrokes, Ctrl-C, Ctrl-D), output
    ///   with CRLF line ends; `terminal` gives the window size (`$COLUMNS`, `$LINES`).
    /// - `sh`/`bash` without a TTY: reads commands from `stdin` and runs each as soon as it is complete.
    /// - anything else: runs that tool or program directly (its own process).
    ///
    /// With a TTY, stderr is merged into stdout when `stderr` is nil. Check `resolve` first: an argv0
    /// that does not exist prints the shell-style error and returns 127 here.
    public static func run(argv: [String], stdin: BytePipe?, stdout: BytePipe, stderr: BytePipe?, tty: Bool,
                           terminal: TerminalSizeQueue? = nil, host: any ShellHost) -> Int32 {
        guard let argv0 = argv.first else { return 0 }
        let out = PipeOutput(stdout, tty: tty)
        let err: any ShellOutput = stderr.map { PipeOutput($0, tty: tty) } ?? (tty ? out as any ShellOutput : NullStream())
        let input: any ShellInput = stdin.map { PipeInput($0) } ?? NullStream()
        let signals = ShellSignals()
        let pid = host.register(ShellProcess(command: argv, parentPID: nil, tty: tty, signals: signals))
        defer { host.unregister(pid: pid) }
        var io = FileDescriptors()
        io.inputs[0] = input
        io.outputs[1] = out
        io.outputs[2] = err
        guard let dialect = host.userland.dialect(of: argv0) else {
            // Not a shell: one tool or program, run by a throwaway interpreter (no shell of its own).
            let sh = ShellInterpreter(host: host, dialect: host.userland.flavor == .busybox ? .ash : .bash,
                                      name: "sh", signals: signals, pid: pid)
            sh.tty = tty
            sh.jobPID = pid
            do {
                return try sh.runExternal(argv, environment: sh.environment, io)
            } catch {
                return ShellInterpreter.status(of: error)
            }
        }
        let sh = ShellInterpreter(host: host, dialect: dialect, name: VirtualFileSystem.basename(argv0), signals: signals, pid: pid)
        sh.tty = tty
        if let size = terminal?.current {
            sh.variables["COLUMNS"] = String(size.width)
            sh.variables["LINES"] = String(size.height)
        }
        return start(sh, arguments: Array(argv.dropFirst()), io: io, stdin: stdin, stdout: stdout, tty: tty, terminal: terminal)
    }

    /// `sh`/`bash` started from a shell or `env`: the same, on the caller's streams.
    static func runNested(argv: [String], environment: [String: String], cwd: String, io: ToolIO, host: any ShellHost,
                          pid: Int) -> Int32 {
        guard let dialect = host.userland.dialect(of: argv[0]) else { return 127 }
        let sh = ShellInterpreter(host: host, dialect: dialect, name: VirtualFileSystem.basename(argv[0]), signals: io.signals, pid: pid)
        sh.variables = environment
        sh.exported = Set(environment.keys)
        sh.variables["IFS"] = " \t\n"
        sh.cwd = cwd
        var fds = FileDescriptors()
        fds.inputs[0] = io.stdin
        fds.outputs[1] = io.stdout
        fds.outputs[2] = io.stderr
        // A nested interactive shell would need the terminal: read commands from stdin instead.
        return start(sh, arguments: Array(argv.dropFirst()), io: fds, stdin: nil, stdout: nil, tty: false, terminal: nil)
    }

    private static func start(_ sh: ShellInterpreter, arguments: [String], io: FileDescriptors, stdin: BytePipe?,
                              stdout: BytePipe?, tty: Bool, terminal: TerminalSizeQueue?) -> Int32 {
        var args = arguments[...]
        var script: String?
        var forceInteractive = false
        while let a = args.first, a.hasPrefix("-") || a.hasPrefix("+"), a.count > 1 {
            args.removeFirst()
            if a == "--" { break }
            if a == "--login" || a == "--norc" || a == "--noprofile" || a == "--posix" { continue }
            for ch in a.dropFirst() {
                switch ch {
                case "c":
                    guard let s = args.popFirst() else {
                        io.stderr.write("\(sh.name): -c: option requires an argument\n")
                        return 2
                    }
                    script = s
                case "e": sh.errexit = true
                case "x": sh.xtrace = true
                case "u": sh.nounset = true
                case "i": forceInteractive = true
                default: break
                }
            }
        }
        if let script {
            if let name = args.popFirst() { sh.name = name }
            sh.positional = Array(args)
            return finish(sh, sh.runScript(script, io), io)
        }
        if let file = args.popFirst() {
            let path = VirtualFileSystem.normalize(file, cwd: sh.cwd)
            guard case .success(let bytes) = sh.fs.read(path) else {
                io.stderr.write(sh.dialect == .bash ? "\(sh.name): \(file): No such file or directory\n"
                                : sh.dialect == .dash ? "\(sh.name): 0: cannot open \(file): No such file\n"
                                : "\(sh.name): can't open '\(file)': No such file or directory\n")
                return 127
            }
            sh.name = file
            sh.positional = Array(args)
            return finish(sh, sh.runScript(String(decoding: bytes, as: UTF8.self), io), io)
        }
        sh.positional = Array(args)
        if (tty || forceInteractive), let stdin, let stdout {
            let terminal = ShellTerminal(input: stdin, echo: stdout, shell: sh, size: terminal)
            return terminal.run(io)
        }
        return finish(sh, readScript(sh, io), io)
    }

    /// Waits for nothing: background jobs keep running (as orphans would).
    private static func finish(_ sh: ShellInterpreter, _ status: Int32, _ io: FileDescriptors) -> Int32 {
        status
    }

    /// Reads commands from stdin and runs each complete one as it arrives (`echo 'echo hi' | sh`,
    /// `kubectl exec -i pod -- sh`).
    private static func readScript(_ sh: ShellInterpreter, _ io: FileDescriptors) -> Int32 {
        var pending = ""
        var startLine = 1
        var atEnd = false
        while !atEnd {
            if let chunk = io.stdin.read(max: 4096) {
                pending += String(decoding: chunk, as: UTF8.self)
            } else {
                atEnd = true
            }
            // Run what is complete up to the last newline.
            guard let lastNewline = atEnd ? pending.endIndex : pending.lastIndex(of: "\n") else { continue }
            let candidate = atEnd ? pending : String(pending[...lastNewline])
            if candidate.isEmpty { continue }
            let command: ShellCommand
            do {
                command = try ShellParser.parse(candidate)
            } catch {
                if case .incomplete = error, !atEnd { continue }
                sh.line = startLine + candidate.filter { $0 == "\n" }.count - (candidate.hasSuffix("\n") ? 1 : 0)
                sh.reportSyntaxError(error, io)
                return 2
            }
            sh.line = startLine
            pending = atEnd ? "" : String(pending[pending.index(after: lastNewline)...])
            startLine += candidate.filter { $0 == "\n" }.count
            do {
                try sh.execute(command, io)
            } catch {
                return ShellInterpreter.status(of: error)
            }
        }
        return sh.status
    }
}
