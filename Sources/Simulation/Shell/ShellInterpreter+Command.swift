import Foundation

/// Simple commands: expansion, redirections, and finding what a name runs (function, builtin, tool,
/// script, host program).
extension ShellInterpreter {
    func runSimple(assignments: [Assignment], words: [ShellWord], redirections: [Redirection],
                   _ io: FileDescriptors) throws(ShellControl) -> Int32 {
        substitutionStatus = nil
        let argv = try expandWords(words, io)
        var values: [(String, String)] = []
        for a in assignments { values.append((a.name, try expandToString(a.value, io))) }
        guard let command = argv.first else {
            for (k, v) in values { variables[k] = v }
            guard openRedirections(redirections, io) != nil else { return 1 }
            return substitutionStatus ?? 0
        }
        guard let io2 = openRedirections(redirections, io) else { return 1 }
        if xtrace { io2.stderr.write("+ " + argv.joined(separator: " ") + "\n") }
        if let body = functions[command] {
            for (k, v) in values { variables[k] = v }
            return try callFunction(body, argv: argv, io2)
        }
        if let builtin = Self.builtins[command] {
            for (k, v) in values { variables[k] = v }
            return try builtin(self, argv, io2)
        }
        var env = environment
        for (k, v) in values { env[k] = v }
        return try runExternal(argv, environment: env, io2)
    }

    func callFunction(_ body: ShellCommand, argv: [String], _ io: FileDescriptors) throws(ShellControl) -> Int32 {
        let saved = positional
        positional = Array(argv.dropFirst())
        functionDepth += 1
        localFrames.append([:])
        defer {
            positional = saved
            functionDepth -= 1
            if let frame = localFrames.popLast() {
                for (k, v) in frame { variables[k] = v }
            }
        }
        do {
            return try execute(body, io)
        } catch {
            if case .returnFunction(let s) = error { return s }
            throw error
        }
    }

    /// What `argv[0]` names, without running it.
    enum Target {
        case tool(String, Tool)
        case script(path: String)
        case hostProgram(path: String)
        case notFound
        case notExecutable(String)
    }

    func find(_ name: String) -> Target {
        if name.contains("/") {
            let path = VirtualFileSystem.normalize(name, cwd: cwd)
            if let resolved = userland.resolve(path) {
                let base = VirtualFileSystem.basename(resolved)
                if let tool = Tools.table[base] { return .tool(base, tool) }
                return .hostProgram(path: resolved)
            }
            switch fs.node(path) {
            case nil: return .notFound
            case .directory?: return .notExecutable("Is a directory")
            case .device?: return .notExecutable("Permission denied")
            case .file(let f)?:
                guard f.isExecutable else { return .notExecutable("Permission denied") }
                return .script(path: path)
            }
        }
        guard let resolved = userland.resolve(name) else { return .notFound }
        if let tool = Tools.table[name] { return .tool(name, tool) }
        return .hostProgram(path: resolved)
    }

    /// Runs a non-builtin command with its own process-table entry.
    func runExternal(_ argv: [String], environment env: [String: String], _ io: FileDescriptors) throws(ShellControl) -> Int32 {
        let name = argv[0]
        let target = find(name)
        switch target {
        case .notFound:
            if name.contains("/") {
                error("\(name): No such file or directory", io)
            } else {
                error(dialect == .bash ? "\(name): command not found" : "\(name): not found", io)
            }
            return 127
        case .notExecutable(let why):
            error("\(name): \(why)", io)
            return 126
        default:
            break
        }
        let toolSignals = signals.child()
        let ownPID = jobPID
        jobPID = nil
        let processPID = ownPID ?? host.register(ShellProcess(command: argv, parentPID: pid, tty: tty, signals: toolSignals))
        defer { if ownPID == nil { host.unregister(pid: processPID) } }
        let toolIO = ToolIO(stdin: io.stdin, stdout: io.stdout, stderr: io.stderr, signals: toolSignals)
        let s: Int32
        switch target {
        case .tool(let toolName, let tool):
            var context = ToolContext(name: toolName, args: argv, environment: env, cwd: cwd, host: host,
                                      io: toolIO, dialect: dialect, shellPID: pid, processPID: processPID)
            context.tty = tty
            s = tool(&context)
        case .script(let path):
            s = runScriptFile(path: path, argv: argv, io)
        case .hostProgram(let path):
            var hostArgv = argv
            hostArgv[0] = path
            if let r = host.runProgram(argv: hostArgv, environment: env, io: toolIO) {
                s = r
            } else {
                error("\(name): cannot run this simulated program from a shell", io)
                s = 126
            }
        default:
            s = 127
        }
        if let sig = signals.pendingSignal { throw .signaled(sig) }
        return s
    }

    /// Runs a file: a script with a `#!` line naming a shell, or no `#!` line (sh runs it).
    func runScriptFile(path: String, argv: [String], _ io: FileDescriptors) -> Int32 {
        guard case .success(let bytes) = fs.read(path) else { return 126 }
        let text = String(decoding: bytes, as: UTF8.self)
        var dialect = self.dialect
        var shellName = name
        if text.hasPrefix("#!") {
            let first = text.dropFirst(2).prefix { $0 != "\n" }.trimmingCharacters(in: .whitespaces)
            var words = first.split(separator: " ").map(String.init)
            if words.first.map({ VirtualFileSystem.basename($0) }) == "env" { words.removeFirst() }
            guard let interp = words.first else { return 126 }
            guard let d = userland.dialect(of: interp) ?? (userland.has(interp) ? nil : nil) else {
                if userland.has(interp) {
                    error("\(argv[0]): cannot run interpreter \(interp) from a shell", io)
                    return 126
                }
                io.stderr.write("\(errorPrefix)\(argv[0]): \(interp): bad interpreter: No such file or directory\n")
                return 126
            }
            dialect = d
            shellName = VirtualFileSystem.basename(interp)
        } else if bytes.starts(with: Array("\u{7f}ELF".utf8)) {
            error("\(argv[0]): cannot execute binary file", io)
            return 126
        }
        let script = ShellInterpreter(host: host, dialect: dialect, name: shellName, signals: signals, pid: pid)
        script.variables = variables.filter { exported.contains($0.key) }
        script.exported = exported
        script.cwd = cwd
        script.name = argv[0]
        script.positional = Array(argv.dropFirst())
        return script.runScript(text, io)
    }

    /// Parses and runs a whole script text (`sh -c`, a script file, `eval`, `.`).
    func runScript(_ text: String, _ io: FileDescriptors) -> Int32 {
        let command: ShellCommand
        do {
            command = try ShellParser.parse(text)
        } catch {
            reportSyntaxError(error, io)
            return 2
        }
        do {
            return try execute(command, io)
        } catch {
            return Self.status(of: error)
        }
    }

    // MARK: Redirections

    /// The descriptors after `redirections`, or nil after printing why one failed.
    func openRedirections(_ redirections: [Redirection], _ io: FileDescriptors) -> FileDescriptors? {
        var io2 = io
        for r in redirections {
            let target: String
            do {
                target = try expandToString(r.target, io2)
            } catch {
                return nil
            }
            switch r.op {
            case .output, .append, .outputAndError, .appendOutputAndError:
                guard let out = openOutput(target, append: r.op == .append || r.op == .appendOutputAndError, io2) else { return nil }
                if r.op == .outputAndError || r.op == .appendOutputAndError {
                    io2.outputs[1] = out
                    io2.outputs[2] = out
                } else {
                    io2.outputs[r.fd ?? 1] = out
                }
            case .input, .inputOutput:
                let path = VirtualFileSystem.normalize(target, cwd: cwd)
                switch fs.read(path) {
                case .success(let bytes):
                    io2.inputs[r.fd ?? 0] = BytesInput(bytes)
                case .failure(let e):
                    error(dialect == .dash ? "cannot open \(target): \(e == .noSuchFile ? "No such file" : e.message)" : "\(target): \(e.message)", io2)
                    return nil
                }
            case .duplicateOutput, .duplicateInput:
                let fd = r.fd ?? (r.op == .duplicateOutput ? 1 : 0)
                if target == "-" {
                    io2.outputs[fd] = nil
                    io2.inputs[fd] = nil
                } else if let n = Int(target) {
                    if r.op == .duplicateOutput {
                        guard let o = io2.outputs[n] else { error("\(n): Bad file descriptor", io2); return nil }
                        io2.outputs[fd] = o
                    } else {
                        guard let i = io2.inputs[n] else { error("\(n): Bad file descriptor", io2); return nil }
                        io2.inputs[fd] = i
                    }
                } else if r.op == .duplicateOutput && r.fd == nil {
                    // `>& file` is bash's `&> file`.
                    guard let out = openOutput(target, append: false, io2) else { return nil }
                    io2.outputs[1] = out
                    io2.outputs[2] = out
                } else {
                    error("\(target): ambiguous redirect", io2)
                    return nil
                }
            case .hereDocument, .hereString:
                let body = r.op == .hereString ? target + "\n" : target
                io2.inputs[r.fd ?? 0] = BytesInput(Array(body.utf8))
            }
        }
        return io2
    }

    private func openOutput(_ target: String, append: Bool, _ io: FileDescriptors) -> (any ShellOutput)? {
        let path = VirtualFileSystem.normalize(target, cwd: cwd)
        if case .device? = fs.node(path) { return NullStream() }
        do {
            try fs.write(path, [], append: true)
            if !append { try fs.write(path, []) }
        } catch {
            switch dialect {
            case .dash:
                let why = error == .noSuchFile ? "Directory nonexistent" : error.message
                self.error("cannot create \(target): \(why)", io)
            case .ash:
                self.error("can't create \(target): \(error.message)", io)
            case .bash:
                self.error("\(target): \(error.message)", io)
            }
            return nil
        }
        return FileOutput(fs: fs, path: path)
    }
}
