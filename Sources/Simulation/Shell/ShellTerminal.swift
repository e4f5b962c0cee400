import API
import Foundation

/// The interactive shell on a raw terminal (`kubectl exec -it`, `kubectl run -it`): the terminal sends
/// keystrokes as typed and shows only what the container writes, so this class does what a line
/// discipline and readline would: echo, backspace, Ctrl-C (`^C`, SIGINT to the foreground command, a
/// new prompt), Ctrl-D (end of input: exits on an empty line), Ctrl-U, escape sequences ignored, and
/// cooked-mode input for commands that read stdin while they run.
///
/// Threading: one reader thread takes bytes from the terminal and routes them by mode (editing the
/// command line, or a command running); the shell's thread edits lines and runs commands.
final class ShellTerminal: @unchecked Sendable {
    // Sendable invariant: `mode`, `stopped`, `typeahead`, `cooked` are guarded by `lock`; `keys`,
    // `input`, `echo` are thread-safe pipes; `shell`, `pendingKeys`, `silent` belong to the shell thread.
    private let input: BytePipe
    private let echo: BytePipe
    private let shell: ShellInterpreter
    private let size: TerminalSizeQueue?
    private let lock = NSLock()
    private let keys = BytePipe()

    private enum Mode {
        case editing
        case running(signals: ShellSignals, stdin: BytePipe)
    }
    private var mode = Mode.editing
    private var stopped = false
    private var typeahead: [UInt8] = []
    private var cooked: [UInt8] = []

    private var pendingKeys: [UInt8] = []
    /// How many of `pendingKeys` were echoed already (typed while a command ran).
    private var silent = 0

    init(input: BytePipe, echo: BytePipe, shell: ShellInterpreter, size: TerminalSizeQueue?) {
        self.input = input
        self.echo = echo
        self.shell = shell
        self.size = size
    }

    /// The read–eval loop; returns the shell's exit status.
    func run(_ baseIO: FileDescriptors) -> Int32 {
        shell.interactive = true
        let reader = Thread { [self] in readKeys() }
        reader.start()
        defer {
            lock.lock()
            stopped = true
            lock.unlock()
        }
        var source = ""
        while true {
            if let s = size?.current {
                shell.variables["COLUMNS"] = String(s.width)
                shell.variables["LINES"] = String(s.height)
            }
            let prompt = source.isEmpty ? expandPrompt(shell.variables["PS1"] ?? "# ") : (shell.variables["PS2"] ?? "> ")
            switch readLine(prompt: prompt) {
            case .eof:
                if !source.isEmpty {
                    shell.reportSyntaxError(.incomplete, baseIO)
                }
                echo.write(shell.dialect == .bash ? "exit\r\n" : "\r\n")
                return shell.status
            case .interrupt:
                source = ""
                shell.status = 130
                continue
            case .line(let text):
                source += text + "\n"
            }
            let command: ShellCommand
            do {
                command = try ShellParser.parse(source)
            } catch {
                if case .incomplete = error { continue }
                shell.reportSyntaxError(error, baseIO)
                shell.status = 2
                source = ""
                continue
            }
            source = ""
            let foreground = ShellSignals()
            let commandInput = BytePipe()
            let counting = CountingInput(commandInput)
            lock.lock()
            typeahead = []
            cooked = []
            mode = .running(signals: foreground, stdin: commandInput)
            lock.unlock()
            shell.signals = foreground
            var io = baseIO
            io.inputs[0] = counting
            var exitStatus: Int32?
            do {
                try shell.execute(command, io)
            } catch {
                switch error {
                case .exit(let s):
                    exitStatus = s
                case .signaled(let sig):
                    shell.status = 128 + sig.number
                    if sig == .int { echo.write("\r\n") }
                    if sig == .kill { exitStatus = 137 }
                default:
                    shell.status = ShellInterpreter.status(of: error)
                }
            }
            lock.lock()
            mode = .editing
            // Keys typed during the command that it did not read go to the next command line.
            let replay = counting.consumed == 0 ? typeahead : cooked
            typeahead = []
            cooked = []
            lock.unlock()
            pendingKeys = replay + pendingKeys
            silent = replay.count
            if let exitStatus {
                if shell.dialect == .bash { echo.write("exit\r\n") }
                return exitStatus
            }
        }
    }

    private enum LineResult {
        case line(String)
        case interrupt
        case eof
    }

    /// The next key, nil at end of input.
    private func nextKey() -> UInt8? {
        if pendingKeys.isEmpty {
            guard let chunk = keys.read() else { return nil }
            pendingKeys = chunk
        }
        return pendingKeys.removeFirst()
    }

    private func show(_ bytes: [UInt8]) {
        if silent > 0 {
            silent -= 1
            return
        }
        echo.write(bytes)
    }

    private func readLine(prompt: String) -> LineResult {
        echo.write(prompt)
        var line: [UInt8] = []
        while true {
            guard let b = nextKey() else {
                if line.isEmpty { return .eof }
                return .line(String(decoding: line, as: UTF8.self))
            }
            switch b {
            case 0x0d, 0x0a:
                show([0x0d, 0x0a])
                return .line(String(decoding: line, as: UTF8.self))
            case 0x03:
                silent = 0
                echo.write("^C\r\n")
                return .interrupt
            case 0x04:
                if line.isEmpty { return .eof }
            case 0x7f, 0x08:
                if !line.isEmpty {
                    removeLastCharacter(&line)
                    show([0x08, 0x20, 0x08])
                }
            case 0x15:
                while !line.isEmpty {
                    removeLastCharacter(&line)
                    show([0x08, 0x20, 0x08])
                }
            case 0x17:
                while line.last == 0x20 { line.removeLast(); show([0x08, 0x20, 0x08]) }
                while let l = line.last, l != 0x20 {
                    removeLastCharacter(&line)
                    show([0x08, 0x20, 0x08])
                }
            case 0x0c:
                echo.write("\u{1b}[H\u{1b}[2J")
                echo.write(prompt)
                echo.write(line)
            case 0x1b:
                // An escape sequence (arrow keys…): CSI/SS3 up to its final byte, ignored.
                if let next = nextKey(), next == UInt8(ascii: "[") || next == UInt8(ascii: "O") {
                    while let k = nextKey(), !(0x40...0x7e).contains(k) {}
                }
            default:
                if b >= 0x20 {
                    line.append(b)
                    show([b])
                }
            }
        }
    }

    private func removeLastCharacter(_ line: inout [UInt8]) {
        // Drop UTF-8 continuation bytes, then the lead byte.
        while let l = line.last, l & 0xC0 == 0x80 { line.removeLast() }
        if !line.isEmpty { line.removeLast() }
    }

    /// The reader thread: routes terminal bytes until the terminal closes or the shell ends.
    private func readKeys() {
        while true {
            lock.lock()
            let done = stopped
            lock.unlock()
            if done { return }
            guard let chunk = input.read(max: 4096, timeout: 0.1) else { break }
            if chunk.isEmpty { continue }
            for b in chunk { route(b) }
        }
        keys.closeWrite()
        lock.lock()
        if case .running(_, let stdin) = mode { stdin.closeWrite() }
        lock.unlock()
    }

    private func route(_ b: UInt8) {
        lock.lock()
        guard case .running(let signals, let stdin) = mode else {
            lock.unlock()
            keys.write([b])
            return
        }
        var toEcho: [UInt8] = []
        var forward: [UInt8]?
        var deliver: ShellSignal?
        var closeInput = false
        switch b {
        case 0x03:
            toEcho = Array("^C".utf8)
            deliver = .int
            cooked = []
            typeahead = []
        case 0x1c:
            toEcho = Array("^\\".utf8)
            deliver = .quit
        case 0x04:
            if cooked.isEmpty { closeInput = true } else { forward = cooked; cooked = [] }
        case 0x0d, 0x0a:
            toEcho = [0x0d, 0x0a]
            forward = cooked + [0x0a]
            cooked = []
            typeahead.append(b)
        case 0x7f, 0x08:
            if !cooked.isEmpty {
                cooked.removeLast()
                toEcho = [0x08, 0x20, 0x08]
            }
            typeahead.append(b)
        default:
            if b >= 0x20 || b == 0x09 {
                cooked.append(b)
                toEcho = [b]
            }
            typeahead.append(b)
        }
        lock.unlock()
        if !toEcho.isEmpty { echo.write(toEcho) }
        if let forward { stdin.write(forward) }
        if closeInput { stdin.closeWrite() }
        if let deliver { signals.deliver(deliver) }
    }

    /// PS1 with bash's and ash's escapes: `\u` `\h` `\H` `\w` `\W` `\$` `\n`.
    func expandPrompt(_ ps1: String) -> String {
        var out = ""
        var chars = Array(ps1)[...]
        let home = shell.variables["HOME"] ?? "/root"
        let cwd = shell.cwd
        let tilde = cwd == home ? "~" : cwd.hasPrefix(home + "/") ? "~" + cwd.dropFirst(home.count) : cwd
        while let c = chars.popFirst() {
            guard c == "\\", let e = chars.popFirst() else { out.append(c); continue }
            switch e {
            case "u": out += "root"
            case "h": out += String(shell.host.hostname.prefix { $0 != "." })
            case "H": out += shell.host.hostname
            case "w": out += tilde
            case "W": out += cwd == home ? "~" : VirtualFileSystem.basename(cwd)
            case "$": out += "#"
            case "n": out += "\r\n"
            case "s": out += shell.name
            default: out += "\\" + String(e)
            }
        }
        return out
    }
}

/// Counts what a command read of its stdin.
final class CountingInput: ShellInput, @unchecked Sendable {
    // Sendable invariant: `count` is guarded by `lock`.
    private let pipe: BytePipe
    private let lock = NSLock()
    private var count = 0

    init(_ pipe: BytePipe) { self.pipe = pipe }

    func read(max: Int) -> [UInt8]? {
        let r = pipe.read(max: max)
        lock.lock()
        count += r?.count ?? 0
        lock.unlock()
        return r
    }

    var consumed: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}
