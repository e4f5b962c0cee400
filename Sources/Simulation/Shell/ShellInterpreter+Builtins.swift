import Foundation

/// Builtins: commands that change the shell itself (`cd`, `export`, `exit`, …) and the few tools
/// shells build in (`echo`, `printf`, `test`, `pwd`, `kill`), which need no process of their own.
extension ShellInterpreter {
    typealias Builtin = @Sendable (ShellInterpreter, [String], FileDescriptors) throws(ShellControl) -> Int32

    static let builtins: [String: Builtin] = {
        var b: [String: Builtin] = [
            ":": { _, _, _ in 0 },
            "cd": { sh, argv, io in sh.cd(argv, io) },
            "exit": { sh, argv, io throws(ShellControl) in
                guard argv.count > 1 else { throw .exit(sh.status) }
                guard let n = Int32(argv[1]) else {
                    sh.error("exit: \(argv[1]): numeric argument required", io)
                    throw .exit(2)
                }
                throw .exit(n & 0xff)
            },
            "return": { sh, argv, io throws(ShellControl) in
                throw .returnFunction(argv.count > 1 ? (Int32(argv[1]) ?? 2) & 0xff : sh.status)
            },
            "break": { _, argv, _ throws(ShellControl) in throw .breakLoop(max(1, Int(argv.dropFirst().first ?? "1") ?? 1)) },
            "continue": { _, argv, _ throws(ShellControl) in throw .continueLoop(max(1, Int(argv.dropFirst().first ?? "1") ?? 1)) },
            "export": { sh, argv, io in sh.export(argv, io) },
            "readonly": { sh, argv, io in sh.export(argv, io, exporting: false) },
            "unset": { sh, argv, _ in
                for n in argv.dropFirst() where !n.hasPrefix("-") {
                    sh.variables[n] = nil
                    sh.exported.remove(n)
                    if argv.contains("-f") { sh.functions[n] = nil }
                }
                return 0
            },
            "set": { sh, argv, io in sh.set(argv, io) },
            "shift": { sh, argv, _ in
                let n = Int(argv.dropFirst().first ?? "1") ?? 1
                guard n <= sh.positional.count else { return 1 }
                sh.positional.removeFirst(n)
                return 0
            },
            "local": { sh, argv, io in
                guard sh.functionDepth > 0 else {
                    sh.error("local: can only be used in a function", io)
                    return 1
                }
                for a in argv.dropFirst() {
                    let (n, v) = a.firstIndex(of: "=").map { (String(a[..<$0]), String(a[a.index(after: $0)...]) as String?) } ?? (a, nil)
                    if sh.localFrames[sh.localFrames.count - 1][n] == nil {
                        sh.localFrames[sh.localFrames.count - 1][n] = .some(sh.variables[n])
                    }
                    sh.variables[n] = v ?? ""
                }
                return 0
            },
            "read": { sh, argv, io in sh.read(argv, io) },
            "eval": { sh, argv, io throws(ShellControl) in try sh.eval(argv.dropFirst().joined(separator: " "), io) },
            ".": { sh, argv, io throws(ShellControl) in try sh.source(argv, io) },
            "wait": { sh, argv, _ in
                var s: Int32 = 0
                let wanted = argv.dropFirst().compactMap { Int($0) }
                for job in sh.jobs where wanted.isEmpty || wanted.contains(job.pid) {
                    guard let r = job.wait(signals: sh.signals) else { return 130 }
                    s = r
                }
                sh.jobs.removeAll { $0.isDone }
                return s
            },
            "type": { sh, argv, io in sh.type(argv, io, verbose: true) },
            "command": { sh, argv, io throws(ShellControl) in
                if argv.count > 1 && (argv[1] == "-v" || argv[1] == "-V") {
                    return sh.type(Array(argv.dropFirst()), io, verbose: argv[1] == "-V")
                }
                let rest = Array(argv.dropFirst())
                guard let first = rest.first else { return 0 }
                if let b = builtins[first] { return try b(sh, rest, io) }
                return try sh.runExternal(rest, environment: sh.environment, io)
            },
            "exec": { sh, argv, io throws(ShellControl) in
                let rest = Array(argv.dropFirst())
                guard let first = rest.first else { return 0 }
                if let b = builtins[first] { throw .exit(try b(sh, rest, io)) }
                throw .exit(try sh.runExternal(rest, environment: sh.environment, io))
            },
            "alias": { _, _, _ in 0 },
            "unalias": { _, _, _ in 0 },
            "trap": { _, _, _ in 0 },
            "umask": { _, argv, io in
                if argv.count == 1 { io.stdout.write("0022\n") }
                return 0
            },
            "hash": { _, _, _ in 0 },
            "ulimit": { _, _, io in
                io.stdout.write("unlimited\n")
                return 0
            },
            "jobs": { sh, _, io in
                for (i, job) in sh.jobs.enumerated() where !job.isDone {
                    io.stdout.write("[\(i + 1)]+  Running                 \(job.pid)\n")
                }
                return 0
            },
            "let": { sh, argv, io throws(ShellControl) in
                var last: Int64 = 0
                for e in argv.dropFirst() { last = try sh.arithmetic(e, io) }
                return last != 0 ? 0 : 1
            },
        ]
        if true {
            b["source"] = b["."]
        }
        // Tools the shells build in.
        for name in ["echo", "printf", "test", "[", "true", "false", "pwd", "kill"] {
            guard let tool = Tools.table[name] else { continue }
            b[name] = { sh, argv, io in
                var context = ToolContext(name: name, args: argv, environment: sh.environment, cwd: sh.cwd, host: sh.host,
                                          io: ToolIO(stdin: io.stdin, stdout: io.stdout, stderr: io.stderr, signals: sh.signals),
                                          dialect: sh.dialect, shellPID: sh.pid, processPID: sh.pid)
                context.errorPrefix = sh.errorPrefix
                return tool(&context)
            }
        }
        return b
    }()

    /// Parses and runs `text` in this shell (`eval`).
    func eval(_ text: String, _ io: FileDescriptors) throws(ShellControl) -> Int32 {
        let command: ShellCommand
        do {
            command = try ShellParser.parse(text)
        } catch {
            reportSyntaxError(error, io)
            return 2
        }
        return try execute(command, io)
    }

    private func cd(_ argv: [String], _ io: FileDescriptors) -> Int32 {
        var target = argv.count > 1 ? argv[1] : (variables["HOME"] ?? "/")
        if target == "-" {
            target = variables["OLDPWD"] ?? cwd
            io.stdout.write(target + "\n")
        }
        let path = VirtualFileSystem.normalize(target, cwd: cwd)
        switch fs.node(path) {
        case .directory?:
            variables["OLDPWD"] = cwd
            cwd = path
            variables["PWD"] = path
            return 0
        case nil:
            switch dialect {
            case .bash: error("cd: \(target): No such file or directory", io)
            case .dash: error("cd: can't cd to \(target)", io)
            case .ash: error("cd: can't cd to \(target): No such file or directory", io)
            }
        default:
            error(dialect == .bash ? "cd: \(target): Not a directory" : "cd: can't cd to \(target)", io)
        }
        return dialect == .dash ? 2 : 1
    }

    private func export(_ argv: [String], _ io: FileDescriptors, exporting: Bool = true) -> Int32 {
        let args = argv.dropFirst().filter { !$0.hasPrefix("-") }
        if args.isEmpty {
            for k in exported.sorted() {
                guard let v = variables[k] else { continue }
                let escaped = v.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                io.stdout.write(dialect == .bash ? "declare -x \(k)=\"\(escaped)\"\n" : "export \(k)='\(v)'\n")
            }
            return 0
        }
        for a in args {
            if let eq = a.firstIndex(of: "=") {
                let n = String(a[..<eq])
                variables[n] = String(a[a.index(after: eq)...])
                if exporting { exported.insert(n) }
            } else if exporting {
                exported.insert(a)
            }
        }
        return 0
    }

    private func set(_ argv: [String], _ io: FileDescriptors) -> Int32 {
        if argv.count == 1 {
            for k in variables.keys.sorted() { io.stdout.write("\(k)='\(variables[k] ?? "")'\n") }
            return 0
        }
        var i = 1
        while i < argv.count {
            let a = argv[i]
            if a == "--" {
                positional = Array(argv[(i + 1)...])
                return 0
            }
            if (a.hasPrefix("-") || a.hasPrefix("+")) && a.count > 1 {
                let on = a.hasPrefix("-")
                if a.dropFirst() == "o" || a.dropFirst() == "o" {
                    if i + 1 < argv.count {
                        i += 1
                        switch argv[i] {
                        case "errexit": errexit = on
                        case "xtrace": xtrace = on
                        case "nounset": nounset = on
                        default: break
                        }
                    }
                } else {
                    for c in a.dropFirst() {
                        switch c {
                        case "e": errexit = on
                        case "x": xtrace = on
                        case "u": nounset = on
                        default: break
                        }
                    }
                }
                i += 1
                continue
            }
            positional = Array(argv[i...])
            return 0
        }
        return 0
    }

    private func read(_ argv: [String], _ io: FileDescriptors) -> Int32 {
        var names: [String] = []
        var raw = false
        var prompt: String?
        var i = 1
        while i < argv.count {
            switch argv[i] {
            case "-r": raw = true
            case "-p":
                i += 1
                if i < argv.count { prompt = argv[i] }
            default: names.append(argv[i])
            }
            i += 1
        }
        if let prompt { io.stderr.write(prompt) }
        if names.isEmpty { names = ["REPLY"] }
        var bytes: [UInt8] = []
        var sawEnd = true
        while let b = io.stdin.read(max: 1), let byte = b.first {
            if byte == 10 { sawEnd = false; break }
            bytes.append(byte)
        }
        var line = String(decoding: bytes, as: UTF8.self)
        if !raw { line = line.replacingOccurrences(of: "\\", with: "") }
        let ifs = Set(variables["IFS"] ?? " \t\n")
        var fields: [String] = []
        var rest = Substring(line)
        for (idx, _) in names.enumerated() {
            rest = rest.drop { ifs.contains($0) }
            if idx == names.count - 1 {
                var last = String(rest)
                while let l = last.last, ifs.contains(l) { last.removeLast() }
                fields.append(last)
            } else {
                let word = rest.prefix { !ifs.contains($0) }
                fields.append(String(word))
                rest = rest.dropFirst(word.count)
            }
        }
        for (n, v) in zip(names, fields) { variables[n] = v }
        return sawEnd && bytes.isEmpty ? 1 : (sawEnd ? 1 : 0)
    }

    private func source(_ argv: [String], _ io: FileDescriptors) throws(ShellControl) -> Int32 {
        guard argv.count > 1 else { return 0 }
        let path = VirtualFileSystem.normalize(argv[1], cwd: cwd)
        guard case .success(let bytes) = fs.read(path) else {
            error("\(argv[1]): No such file or directory", io)
            return 1
        }
        let command: ShellCommand
        do {
            command = try ShellParser.parse(String(decoding: bytes, as: UTF8.self))
        } catch {
            reportSyntaxError(error, io)
            return 2
        }
        return try execute(command, io)
    }

    private func type(_ argv: [String], _ io: FileDescriptors, verbose: Bool) -> Int32 {
        var s: Int32 = 0
        for n in argv.dropFirst() {
            if functions[n] != nil {
                io.stdout.write(verbose ? "\(n) is a function\n" : "\(n)\n")
            } else if Self.builtins[n] != nil {
                io.stdout.write(verbose ? "\(n) is a shell builtin\n" : "\(n)\n")
            } else if let p = userland.resolve(n) {
                io.stdout.write(verbose ? "\(n) is \(p)\n" : "\(p)\n")
            } else {
                if verbose { error("type: \(n): not found", io) }
                s = 1
            }
        }
        return s
    }
}
