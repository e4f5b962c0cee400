import Foundation
import HTTP

/// An `HTTPStream` fed by the test: `push` queues a line and wakes the connection; `finish` ends the stream.
final class TestStream: HTTPStream, @unchecked Sendable {
    private let lock = NSLock()
    private var pending: [UInt8] = []
    private var ended = false
    private var waker: HTTPStreamWaker?
    private(set) var closedCount = 0
    private(set) var readCount = 0
    private(set) var attachCount = 0

    func attach(waker: HTTPStreamWaker) {
        lock.lock()
        self.waker = waker
        attachCount += 1
        lock.unlock()
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) -> HTTPStreamRead {
        lock.lock()
        defer { lock.unlock() }
        readCount += 1
        if pending.isEmpty {
            return ended ? .end : .wait
        }
        let count = min(pending.count, buffer.count)
        buffer.copyBytes(from: pending[0..<count])
        pending.removeFirst(count)
        return .data(count)
    }

    func closed() {
        lock.lock()
        closedCount += 1
        lock.unlock()
    }

    func push(_ line: String) {
        lock.lock()
        pending += Array(line.utf8)
        let waker = self.waker
        lock.unlock()
        waker?.wake()
    }

    func finish() {
        lock.lock()
        ended = true
        let waker = self.waker
        lock.unlock()
        waker?.wake()
    }

    var closedTimes: Int {
        lock.lock()
        defer { lock.unlock() }
        return closedCount
    }

    var reads: Int {
        lock.lock()
        defer { lock.unlock() }
        return readCount
    }
}
