import Foundation

/// A tool: gets its context (argv, environment, streams, host) and returns its exit status.
typealias Tool = @Sendable (inout ToolContext) -> Int32

/// What a running tool sees.
struct ToolContext {
    /// The tool's name (`ls`), for messages.
    let name: String
    /// argv, `args[0]` included.
    var args: [String]
    var environment: [String: String]
    let cwd: String
    let host: any ShellHost
    let io: ToolIO
    /// The shell dialect that runs it (its builtins word errors like it).
    let dialect: Userland.Dialect
    let shellPID: Int
    /// The tool's own pid.
    let processPID: Int
    /// For builtins: the shell's error prefix (`bash: line 1: `).
    var errorPrefix = ""
    /// Whether the session has a terminal (curl then shows no progress meter on stdout; ls prints
    /// columns).
    var tty = false
    /// The terminal's width in columns.
    var terminalWidth = 80

    init(name: String, args: [String], environment: [String: String], cwd: String, host: any ShellHost, io: ToolIO,
         dialect: Userland.Dialect, shellPID: Int, processPID: Int) {
        self.name = name
        self.args = args
        self.environment = environment
        self.cwd = cwd
        self.host = host
        self.io = io
        self.dialect = dialect
        self.shellPID = shellPID
        self.processPID = processPID
    }

    var busybox: Bool { host.userland.flavor == .busybox }
    var fs: VirtualFileSystem { host.fileSystem }
    var operands: ArraySlice<String> { args.dropFirst() }

    /// Writes to stdout.
    @discardableResult
    func out(_ text: String) -> Bool { io.stdout.write(text) }

    @discardableResult
    func out(_ bytes: [UInt8]) -> Bool { io.stdout.write(bytes) }

    /// Writes `name: message\n` to stderr.
    func err(_ message: String) {
        io.stderr.write("\(errorPrefix)\(name): \(message)\n")
    }

    /// Reports and returns `status`.
    func fail(_ message: String, status: Int32 = 1) -> Int32 {
        err(message)
        return status
    }

    /// An absolute path for an operand.
    func path(_ p: String) -> String { VirtualFileSystem.normalize(p, cwd: cwd) }

    /// Sleeps on the cluster clock; the signal that cut it short, if any.
    func sleep(_ seconds: Double) -> ShellSignal? {
        if let s = io.signals.pendingSignal { return s }
        guard seconds.isFinite else {
            // `sleep infinity`: a day at a time until a signal comes.
            while true {
                if let s = host.sleep(seconds: 86_400, signals: io.signals) { return s }
            }
        }
        return host.sleep(seconds: seconds, signals: io.signals)
    }

    /// stdin's or the files' bytes, in order (`-` is stdin); reports unreadable files.
    func inputs(_ files: [String], status: inout Int32) -> [(name: String, bytes: [UInt8])] {
        if files.isEmpty { return [("-", io.stdin.readAll())] }
        var out: [(String, [UInt8])] = []
        for f in files {
            if f == "-" {
                out.append((f, io.stdin.readAll()))
                continue
            }
            switch fs.read(path(f)) {
            case .success(let b): out.append((f, b))
            case .failure(let e):
                err(Self.openFailure(file: f, error: e, tool: name, busybox: busybox))
                status = 1
            }
        }
        return out
    }

    /// How a tool reports a file it cannot read: busybox's `cat: can't open 'x': No such file or
    /// directory`, GNU's `head: cannot open 'x' for reading: …` or `cat: x: …`.
    static func openFailure(file: String, error: VFSError, tool: String, busybox: Bool) -> String {
        if tool == "grep" || tool == "egrep" { return "\(file): \(error.message)" }
        if busybox { return "can't open '\(file)': \(error.message)" }
        if tool == "head" || tool == "tail" { return "cannot open '\(file)' for reading: \(error.message)" }
        return "\(file): \(error.message)"
    }

    /// Splits `-abc` style flags from operands (`--` ends flags; `takesValue` flags consume the next
    /// word). Unknown flags are kept in `flags` for the tool to judge.
    func parseFlags(takesValue: Set<Character> = []) -> (flags: [Character: String], operands: [String]) {
        var flags: [Character: String] = [:]
        var operands: [String] = []
        var i = 1
        var done = false
        while i < args.count {
            let a = args[i]
            if done || !a.hasPrefix("-") || a == "-" {
                operands.append(a)
            } else if a == "--" {
                done = true
            } else {
                let chars = Array(a.dropFirst())
                var j = 0
                while j < chars.count {
                    let c = chars[j]
                    if takesValue.contains(c) {
                        let rest = String(chars[(j + 1)...])
                        if !rest.isEmpty {
                            flags[c] = rest
                        } else if i + 1 < args.count {
                            i += 1
                            flags[c] = args[i]
                        } else {
                            flags[c] = ""
                        }
                        break
                    }
                    flags[c] = ""
                    j += 1
                }
            }
            i += 1
        }
        return (flags, operands)
    }
}

/// The table of tools by name. Which ones an image has is the userland's business.
enum Tools {
    static let table: [String: Tool] = {
        var t: [String: Tool] = [
            "echo": echo, "printf": printf, "true": { _ in 0 }, "false": { _ in 1 }, "pwd": pwd,
            "test": test, "[": test, "cat": cat, "ls": ls, "env": env, "printenv": printenv, "hostname": hostname,
            "id": id, "whoami": whoami, "uname": uname, "date": date, "sleep": sleep, "head": head, "tail": tail,
            "grep": grep, "egrep": grep, "wc": wc, "mkdir": mkdir, "rm": rm, "touch": touch, "cp": cp, "mv": mv,
            "ps": ps, "kill": kill, "killall": killall, "pkill": pkill, "basename": basenameTool,
            "dirname": dirnameTool, "seq": seq, "tee": tee, "nproc": { c in c.out("2\n"); return 0 },
            "curl": curl, "wget": wget, "nslookup": nslookup, "ab": ApacheBench.run, "which": which,
            "sh": nestedShell, "bash": nestedShell, "ash": nestedShell, "dash": nestedShell,
        ]
        t["yes"] = yes
        t["dd"] = dd
        t["sort"] = sort
        t["uniq"] = uniq
        t["tr"] = tr
        t["cut"] = cut
        t["chmod"] = chmod
        return t
    }()

    /// `sh`/`bash` run from a shell: a nested interpreter on the same streams.
    static func nestedShell(_ c: inout ToolContext) -> Int32 {
        Shell.runNested(argv: c.args, environment: c.environment, cwd: c.cwd, io: c.io, host: c.host, pid: c.processPID)
    }
}
