import API
import Foundation

/// Where a tool writes: a pipe, a file, `/dev/null`, a command substitution's buffer.
public protocol ShellOutput: AnyObject, Sendable {
    /// Writes `bytes`; false when the reader is gone (a broken pipe).
    @discardableResult func write(_ bytes: [UInt8]) -> Bool
}

/// Where a tool reads: a pipe, a file's bytes, nothing.
public protocol ShellInput: AnyObject, Sendable {
    /// Up to `max` bytes; blocks until some arrive; nil at end of input.
    func read(max: Int) -> [UInt8]?
}

extension ShellOutput {
    /// Writes a string's UTF-8 bytes.
    @discardableResult public func write(_ text: String) -> Bool { write(Array(text.utf8)) }
}

extension ShellInput {
    /// Everything up to end of input.
    public func readAll() -> [UInt8] {
        var all: [UInt8] = []
        while let chunk = read(max: 65_536) { all += chunk }
        return all
    }
}

/// The standard streams a tool (or a host-run program) gets, and its signal mailbox.
public struct ToolIO: Sendable {
    public var stdin: any ShellInput
    public var stdout: any ShellOutput
    public var stderr: any ShellOutput
    /// Signals sent to the tool's process (Ctrl-C, `kill`): blocking work should stop when one arrives.
    public var signals: ShellSignals

    public init(stdin: any ShellInput, stdout: any ShellOutput, stderr: any ShellOutput, signals: ShellSignals) {
        self.stdin = stdin
        self.stdout = stdout
        self.stderr = stderr
        self.signals = signals
    }
}

/// Writes into a `BytePipe`; on a terminal, `\n` goes out as `\r\n` (the tty's `onlcr`).
final class PipeOutput: ShellOutput, @unchecked Sendable {
    // Sendable invariant: `broken` and `lastWasCR` are guarded by `lock`.
    let pipe: BytePipe
    let tty: Bool
    private let lock = NSLock()
    private var broken = false
    private var lastWasCR = false

    init(_ pipe: BytePipe, tty: Bool = false) {
        self.pipe = pipe
        self.tty = tty
    }

    var isBroken: Bool {
        lock.lock()
        defer { lock.unlock() }
        return broken
    }

    func write(_ bytes: [UInt8]) -> Bool {
        var out = bytes
        if tty {
            lock.lock()
            out = []
            out.reserveCapacity(bytes.count + 8)
            for b in bytes {
                if b == 10 && !lastWasCR { out.append(13) }
                out.append(b)
                lastWasCR = b == 13
            }
            lock.unlock()
        }
        let ok = pipe.write(out)
        if !ok {
            lock.lock()
            broken = true
            lock.unlock()
        }
        return ok
    }
}

/// Reads from a `BytePipe`.
final class PipeInput: ShellInput, @unchecked Sendable {
    // Sendable invariant: immutable.
    let pipe: BytePipe
    init(_ pipe: BytePipe) { self.pipe = pipe }
    func read(max: Int) -> [UInt8]? { pipe.read(max: max) }
}

/// Reads a fixed buffer (a file's contents, a here-document).
final class BytesInput: ShellInput, @unchecked Sendable {
    // Sendable invariant: `bytes` and `offset` are guarded by `lock`.
    private let lock = NSLock()
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func read(max: Int) -> [UInt8]? {
        lock.lock()
        defer { lock.unlock() }
        guard offset < bytes.count else { return nil }
        let end = min(bytes.count, offset + Swift.max(1, max))
        defer { offset = end }
        return Array(bytes[offset..<end])
    }
}

/// `/dev/null`.
final class NullStream: ShellOutput, ShellInput, Sendable {
    func write(_ bytes: [UInt8]) -> Bool { true }
    func read(max: Int) -> [UInt8]? { nil }
}

/// Collects output in memory (command substitution).
final class CaptureOutput: ShellOutput, @unchecked Sendable {
    // Sendable invariant: `bytes` is guarded by `lock`.
    private let lock = NSLock()
    private var collected: [UInt8] = []

    func write(_ bytes: [UInt8]) -> Bool {
        lock.lock()
        collected += bytes
        lock.unlock()
        return true
    }

    var bytes: [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        return collected
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// Appends to a file in the virtual file system on every write.
final class FileOutput: ShellOutput, @unchecked Sendable {
    // Sendable invariant: immutable; the file system guards itself.
    let fs: VirtualFileSystem
    let path: String
    init(fs: VirtualFileSystem, path: String) {
        self.fs = fs
        self.path = path
    }

    func write(_ bytes: [UInt8]) -> Bool {
        do {
            try fs.write(path, bytes, append: true)
            return true
        } catch {
            return false
        }
    }
}

/// A shell's open file descriptors.
struct FileDescriptors {
    var inputs: [Int: any ShellInput] = [:]
    var outputs: [Int: any ShellOutput] = [:]

    var stdin: any ShellInput { inputs[0] ?? NullStream() }
    var stdout: any ShellOutput { outputs[1] ?? NullStream() }
    var stderr: any ShellOutput { outputs[2] ?? NullStream() }

    /// Whether fd 1 is a pipe whose reader left (the stage should die of SIGPIPE).
    var stdoutBroken: Bool { (outputs[1] as? PipeOutput)?.isBroken ?? false }
}
