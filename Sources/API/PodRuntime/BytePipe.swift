import Foundation

/// One direction of a byte stream between two threads: the API server and a simulated process, a
/// port-forward connection and a program, a shell's pipeline stages. Writers append, one reader takes;
/// reads block until bytes arrive or the writing side closed. Thread-safe.
///
/// Bounded: a writer blocks while `capacity` bytes are unread, so a fast producer cannot grow memory
/// without limit; closing the reading side wakes it (its write then returns false).
public final class BytePipe: @unchecked Sendable {
    // Sendable invariant: every stored var is guarded by `condition`.
    private let condition = NSCondition()
    private var buffer: [UInt8] = []
    private var start = 0
    private var writeClosed = false
    private var readClosed = false
    private var onReadable: (@Sendable () -> Void)?
    public let capacity: Int

    public init(capacity: Int = 1 << 20) {
        self.capacity = max(1, capacity)
    }

    /// Appends `bytes`; blocks while the pipe is full. False when the reader has gone (nothing written)
    /// or the writing side was closed.
    @discardableResult
    public func write(_ bytes: [UInt8]) -> Bool {
        guard !bytes.isEmpty else { return true }
        condition.lock()
        defer { condition.unlock() }
        var offset = 0
        while offset < bytes.count {
            while !readClosed && !writeClosed && buffer.count - start >= capacity { condition.wait() }
            if readClosed || writeClosed { return false }
            let room = capacity - (buffer.count - start)
            let end = min(bytes.count, offset + room)
            buffer.append(contentsOf: bytes[offset..<end])
            offset = end
            condition.broadcast()
            if let notify = onReadable {
                condition.unlock()
                notify()
                condition.lock()
            }
        }
        return true
    }

    /// Calls `handler` (on the writer's thread, outside the lock) whenever bytes arrive or the writing
    /// side closes: for a reader that must not block, such as a streamed HTTP body, which then reads
    /// with `timeout: 0`.
    public func setReadableHandler(_ handler: @escaping @Sendable () -> Void) {
        condition.lock()
        onReadable = handler
        condition.unlock()
        handler()
    }

    /// Appends `bytes` only if they fit without waiting; false when full, closed or the reader has gone
    /// (for a writer that must not be held up by a slow reader, such as a log follower).
    public func offer(_ bytes: [UInt8]) -> Bool {
        condition.lock()
        guard !readClosed, !writeClosed, buffer.count - start + bytes.count <= capacity else {
            condition.unlock()
            return false
        }
        buffer.append(contentsOf: bytes)
        condition.broadcast()
        let notify = onReadable
        condition.unlock()
        notify?()
        return true
    }

    /// Appends a string's UTF-8 bytes.
    @discardableResult
    public func write(_ text: String) -> Bool { write(Array(text.utf8)) }

    /// End of stream for the reader, once it has read what is buffered. Idempotent.
    public func closeWrite() {
        condition.lock()
        writeClosed = true
        condition.broadcast()
        let notify = onReadable
        condition.unlock()
        notify?()
    }

    /// The reader is gone: buffered bytes are dropped and writers get false. Idempotent.
    public func closeRead() {
        condition.lock()
        readClosed = true
        buffer = []
        start = 0
        condition.broadcast()
        condition.unlock()
    }

    /// Blocks until bytes are available (up to `max`), or returns nil at end of stream. With a
    /// `timeout` (seconds of real time), returns an empty array when it passes with nothing to read.
    public func read(max: Int = 65_536, timeout: Double? = nil) -> [UInt8]? {
        condition.lock()
        defer { condition.unlock() }
        let deadline = timeout.map { Date(timeIntervalSinceNow: $0) }
        while buffer.count == start && !writeClosed && !readClosed {
            if let deadline {
                if !condition.wait(until: deadline) && buffer.count == start { return [] }
            } else {
                condition.wait()
            }
        }
        if buffer.count == start { return nil }
        let end = min(buffer.count, start + Swift.max(1, max))
        let out = Array(buffer[start..<end])
        start = end
        if start == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            start = 0
        } else if start > 65_536 && start * 2 > buffer.count {
            buffer.removeFirst(start)
            start = 0
        }
        condition.broadcast()
        return out
    }

    /// Reads everything until end of stream (or, with a `timeout` in seconds of real time, what
    /// arrived until then).
    public func readAll(timeout: Double? = nil) -> [UInt8] {
        var all: [UInt8] = []
        guard let timeout else {
            while let chunk = read() { all += chunk }
            return all
        }
        let deadline = Date(timeIntervalSinceNow: timeout)
        while case let left = deadline.timeIntervalSinceNow, left > 0, let chunk = read(timeout: left) {
            all += chunk
        }
        return all
    }

    /// Whether the writing side has closed and everything was read.
    public var isFinished: Bool {
        condition.lock()
        defer { condition.unlock() }
        return (writeClosed && buffer.count == start) || readClosed
    }
}
