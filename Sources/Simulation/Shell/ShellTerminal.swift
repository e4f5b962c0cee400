import API
import Foundation

/// The interactive shell on a raw terminal (`kubectl exec -it`, `kubectl run -it`): the terminal sends
/// keystrokes as typed and shows only what the container writes, so this class does what a line
/// discipline and readline would: echo, backspace, Ctrl-U, Ctrl-W, escape sequences ignored, Ctrl-C
/// (`^C`, SIGINT to the foreground command, a new prompt), Ctrl-D (end of input: exits on an empty
/// line), and cooked-mode input for commands that read stdin while they run.
///
/// Keys wait in one queue, as in a tty's buffer: the line editor takes them at the prompt, a running
/// command's stdin takes them a line at a time, and keys typed ahead stay for whoever reads next. A
/// reader thread fills the queue; Ctrl-C while a command runs is acted on at once (the queue is
/// flushed, as a tty does on INTR).
final class ShellTerminal: @unchecked Sendable {
    // Sendable invariant: `running`, `stopped` and `killed` are guarded by `lock`; `keys` is
    // thread-safe; `shell` belongs to the shell's thread.
    private let input: BytePipe
    private let echo: BytePipe
    private let shell: ShellInterpreter
    private let size: TerminalSizeQueue?
    private let keys = KeyQueue()
    private let lock = NSLock()
    /// The foreground command's signals while one runs.
    private var running: ShellSignals?
    private var stopped = false
    private var killed = false
    /// The shell process's own mailbox: an interactive shell ignores SIGTERM and SIGINT sent to it, but
    /// SIGKILL ends it.
    private let shellSignals: ShellSignals

    init(input: BytePipe, echo: BytePipe, shell: ShellInterpreter, size: TerminalSizeQueue?) {
        self.input = input
        self.echo = echo
        self.shell = shell
        self.size = size
        shellSignals = shell.signals
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
                lock.lock()
                let wasKilled = killed
                lock.unlock()
                if wasKilled { return 137 }
                if !source.isEmpty { shell.reportSyntaxError(.incomplete, baseIO) }
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
            if let status = runCommand(command, baseIO) { return status }
        }
    }

    /// Runs one command line in the foreground; the shell's exit status when it ends the shell.
    private func runCommand(_ command: ShellCommand, _ baseIO: FileDescriptors) -> Int32? {
        let foreground = ShellSignals()
        lock.lock()
        running = foreground
        lock.unlock()
        shell.signals = foreground
        var io = baseIO
        io.inputs[0] = TerminalInput(keys: keys, echo: echo)
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
        running = nil
        keys.resume()
        lock.unlock()
        if exitStatus != nil, shell.dialect == .bash { echo.write("exit\r\n") }
        return exitStatus
    }

    private enum LineResult {
        case line(String)
        case interrupt
        case eof
    }

    private func readLine(prompt: String) -> LineResult {
        echo.write(prompt)
        var line: [UInt8] = []
        while true {
            guard let b = keys.next() else {
                if line.isEmpty { return .eof }
                return .line(String(decoding: line, as: UTF8.self))
            }
            switch b {
            case 0x0d, 0x0a:
                echo.write([0x0d, 0x0a])
                return .line(String(decoding: line, as: UTF8.self))
            case 0x03:
                echo.write("^C\r\n")
                return .interrupt
            case 0x04:
                if line.isEmpty { return .eof }
            case 0x7f, 0x08:
                if !line.isEmpty {
                    Self.removeLastCharacter(&line)
                    echo.write([0x08, 0x20, 0x08])
                }
            case 0x15:
                while !line.isEmpty {
                    Self.removeLastCharacter(&line)
                    echo.write([0x08, 0x20, 0x08])
                }
            case 0x17:
                while line.last == 0x20 {
                    line.removeLast()
                    echo.write([0x08, 0x20, 0x08])
                }
                while let l = line.last, l != 0x20 {
                    Self.removeLastCharacter(&line)
                    echo.write([0x08, 0x20, 0x08])
                }
            case 0x0c:
                echo.write("\u{1b}[H\u{1b}[2J")
                echo.write(prompt)
                echo.write(line)
            case 0x1b:
                // An escape sequence (arrow keys…): CSI/SS3 up to its final byte, ignored.
                if let next = keys.next(), next == UInt8(ascii: "[") || next == UInt8(ascii: "O") {
                    while let k = keys.next(), !(0x40...0x7e).contains(k) {}
                }
            default:
                if b >= 0x20 {
                    line.append(b)
                    echo.write([b])
                }
            }
        }
    }

    static func removeLastCharacter(_ line: inout [UInt8]) {
        // Drop UTF-8 continuation bytes, then the lead byte.
        while let l = line.last, l & 0xC0 == 0x80 { line.removeLast() }
        if !line.isEmpty { line.removeLast() }
    }

    /// The reader thread: queues terminal bytes until the terminal closes or the shell ends; acts on
    /// Ctrl-C and Ctrl-\ at once while a command runs.
    private func readKeys() {
        while true {
            lock.lock()
            let done = stopped
            lock.unlock()
            if done { return }
            if shellSignals.pendingSignal == .kill {
                lock.lock()
                killed = true
                running?.deliver(.kill)
                lock.unlock()
                break
            }
            guard let chunk = input.read(max: 4096, timeout: 0.1) else { break }
            for b in chunk {
                lock.lock()
                let foreground = running
                lock.unlock()
                if let foreground, b == 0x03 || b == 0x1c {
                    keys.interrupt()
                    echo.write(b == 0x03 ? "^C" : "^\\")
                    foreground.deliver(b == 0x03 ? .int : .quit)
                } else {
                    keys.push(b)
                }
            }
        }
        keys.close()
    }

    /// PS1 with bash's and ash's escapes: `\u` `\h` `\H` `\w` `\W` `\$` `\n` `\s`.
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

/// The terminal's input buffer. Thread-safe.
final class KeyQueue: @unchecked Sendable {
    // Sendable invariant: all vars are guarded by `condition`.
    private let condition = NSCondition()
    private var buffer: [UInt8] = []
    private var closed = false
    private var interrupted = false

    func push(_ b: UInt8) {
        condition.lock()
        buffer.append(b)
        condition.broadcast()
        condition.unlock()
    }

    /// The terminal closed: readers get nil once the buffer is empty.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// Ctrl-C: drops what is buffered and makes readers return nil until `resume`.
    func interrupt() {
        condition.lock()
        buffer = []
        interrupted = true
        condition.broadcast()
        condition.unlock()
    }

    func resume() {
        condition.lock()
        interrupted = false
        condition.unlock()
    }

    /// The next key; nil at the end of input or after an interrupt.
    func next() -> UInt8? {
        condition.lock()
        defer { condition.unlock() }
        while buffer.isEmpty && !closed && !interrupted { condition.wait() }
        if interrupted || buffer.isEmpty { return nil }
        return buffer.removeFirst()
    }
}

/// A running command's stdin on the terminal: cooked mode, a line at a time, echoed as it is read.
final class TerminalInput: ShellInput, @unchecked Sendable {
    // Sendable invariant: `pending` is guarded by `lock`; `keys` and `echo` are thread-safe.
    private let keys: KeyQueue
    private let echo: BytePipe
    private let lock = NSLock()
    private var pending: [UInt8] = []

    init(keys: KeyQueue, echo: BytePipe) {
        self.keys = keys
        self.echo = echo
    }

    func read(max: Int) -> [UInt8]? {
        lock.lock()
        defer { lock.unlock() }
        if pending.isEmpty {
            guard let line = readLine() else { return nil }
            pending = line
            if pending.isEmpty { return nil }
        }
        let n = min(Swift.max(1, max), pending.count)
        defer { pending.removeFirst(n) }
        return Array(pending[0..<n])
    }

    /// One cooked line (with its newline), what was typed before Ctrl-D, or nil at end of input.
    private func readLine() -> [UInt8]? {
        var line: [UInt8] = []
        while let b = keys.next() {
            switch b {
            case 0x0d, 0x0a:
                echo.write([0x0d, 0x0a])
                return line + [0x0a]
            case 0x04:
                return line
            case 0x7f, 0x08:
                if !line.isEmpty {
                    ShellTerminal.removeLastCharacter(&line)
                    echo.write([0x08, 0x20, 0x08])
                }
            default:
                if b >= 0x20 || b == 0x09 {
                    line.append(b)
                    echo.write([b])
                }
            }
        }
        return line.isEmpty ? nil : line
    }
}
