import Foundation

/// One WebSocket message: the payload of a text or binary frame and its continuations.
public struct WebSocketMessage: Sendable, Equatable {
    /// True for a text message (opcode 1), false for binary (opcode 2).
    public var isText: Bool
    public var payload: [UInt8]

    public init(isText: Bool, payload: [UInt8]) {
        self.isText = isText
        self.payload = payload
    }
}

/// The server side of an open WebSocket (RFC 6455) over an upgraded connection: whole messages in,
/// frames out. `receive()` reassembles fragmented, masked client frames, answers Pings with Pongs and
/// a Close with a Close; it is for one reader thread. Sends come from any thread, one lock.
public final class WebSocketConnection: @unchecked Sendable {
    // Sendable invariant: writes, `closeSent` and `released` are guarded by `writeLock`; the parser, the
    // partial message and `peerClosed` belong to the reader thread.
    private let channel: any ByteChannel
    private let writeLock = NSLock()
    private var closeSent = false
    private var released = false
    private var parser = WebSocketFrameParser()
    private var partial: WebSocketMessage?
    private var peerClosed = false

    /// A WebSocket over `channel` (the connection `HTTPUpgradeHandler.upgraded` receives).
    public init(channel: any ByteChannel) {
        self.channel = channel
    }

    /// Blocks for the next message; nil when the peer closed (its Close is answered), the connection
    /// ended, or the peer broke the protocol.
    public func receive() -> WebSocketMessage? {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            do {
                while let frame = try parser.next() {
                    if let message = handle(frame) { return message }
                    if peerClosed { return nil }
                }
            } catch {
                sendClose(code: 1002)
                return nil
            }
            let count = buffer.withUnsafeMutableBytes { channel.read(into: $0) }
            if count <= 0 { return nil }
            parser.append(buffer[0..<count])
        }
    }


    private func handle(_ frame: WebSocketFrame) -> WebSocketMessage? {
        switch frame.opcode {
        case .ping:
            send(WebSocketFrame(opcode: .pong, payload: frame.payload))
        case .pong:
            break
        case .close:
            peerClosed = true
            // Echo the peer's status code (RFC 6455 §5.5.1), 1000 when it sent none.
            let code: UInt16 = frame.payload.count >= 2 ? UInt16(frame.payload[0]) << 8 | UInt16(frame.payload[1]) : 1000
            sendClose(code: code)
        case .text, .binary:
            let message = WebSocketMessage(isText: frame.opcode == .text, payload: frame.payload)
            if frame.fin { return message }
            partial = message
        case .continuation:
            guard var message = partial else { break }
            message.payload += frame.payload
            if frame.fin {
                partial = nil
                return message
            }
            partial = message
        }
        return nil
    }

    /// Sends one binary message; false when the connection is closing or failed.
    @discardableResult
    public func send(binary payload: [UInt8]) -> Bool {
        send(WebSocketFrame(opcode: .binary, payload: payload))
    }

    /// Sends one text message; false when the connection is closing or failed.
    @discardableResult
    public func send(text: String) -> Bool {
        send(WebSocketFrame(opcode: .text, payload: Array(text.utf8)))
    }

    /// Sends a Close frame with `code` (once; later sends fail).
    public func sendClose(code: UInt16 = 1000) {
        writeLock.lock()
        defer { writeLock.unlock() }
        guard !closeSent, !released else { return }
        closeSent = true
        channel.write(WebSocketFrame(opcode: .close, payload: [UInt8(code >> 8), UInt8(code & 0xFF)]).encoded())
    }

    @discardableResult
    private func send(_ frame: WebSocketFrame) -> Bool {
        writeLock.lock()
        defer { writeLock.unlock() }
        guard !closeSent, !released else { return false }
        return channel.write(frame.encoded())
    }

    /// Wakes a blocked `receive()` (it returns nil).
    public func shutdown() {
        channel.shutdown()
    }

    /// Releases the connection, once the reader has stopped: blocked writers are woken first, and
    /// no write can reach the descriptor afterwards.
    public func close() {
        channel.shutdown()
        writeLock.lock()
        defer { writeLock.unlock() }
        guard !released else { return }
        released = true
        channel.close()
    }
}

/// A byte stream carried in binary WebSocket messages whose boundaries mean nothing (how some clients
/// tunnel SPDY through a WebSocket): reads concatenate message payloads, each write is one message.
public final class WebSocketByteChannel: ByteChannel, @unchecked Sendable {
    // Sendable invariant: `pending` belongs to the single reader thread `ByteChannel` allows.
    private let socket: WebSocketConnection
    private var pending: [UInt8] = []

    public init(_ socket: WebSocketConnection) {
        self.socket = socket
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        guard buffer.count > 0 else { return 0 }
        while pending.isEmpty {
            guard let message = socket.receive() else { return 0 }
            pending = message.payload
        }
        let count = min(pending.count, buffer.count)
        buffer.copyBytes(from: pending[0..<count])
        pending.removeFirst(count)
        return count
    }

    @discardableResult
    public func write(_ bytes: [UInt8]) -> Bool { socket.send(binary: bytes) }

    public func shutdown() { socket.shutdown() }

    /// Says goodbye with Close 1000 (unless a Close was already exchanged), then releases the connection.
    public func close() {
        socket.sendClose(code: 1000)
        socket.close()
    }
}
