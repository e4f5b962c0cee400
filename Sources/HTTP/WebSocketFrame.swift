/// One WebSocket frame (RFC 6455 §5.2).
public struct WebSocketFrame: Sendable, Equatable {
    /// Frame opcodes used by this server.
    public enum Opcode: UInt8, Sendable {
        case continuation = 0x0, text = 0x1, binary = 0x2, close = 0x8, ping = 0x9, pong = 0xA
    }

    /// True on the last frame of a message.
    public var fin: Bool
    /// The frame's opcode.
    public var opcode: Opcode
    /// The unmasked payload.
    public var payload: [UInt8]

    /// Builds a frame; by default a final one.
    public init(fin: Bool = true, opcode: Opcode, payload: [UInt8]) {
        self.fin = fin
        self.opcode = opcode
        self.payload = payload
    }

    /// The frame's wire bytes; server frames are unmasked, client frames need a `mask` (RFC 6455 §5.3).
    public func encoded(mask: [UInt8]? = nil) -> [UInt8] {
        var bytes: [UInt8] = [(fin ? 0x80 : 0) | opcode.rawValue]
        let maskBit: UInt8 = mask == nil ? 0 : 0x80
        if payload.count < 126 {
            bytes.append(maskBit | UInt8(payload.count))
        } else if payload.count <= 0xFFFF {
            bytes.append(maskBit | 126)
            bytes += [UInt8(payload.count >> 8), UInt8(truncatingIfNeeded: payload.count)]
        } else {
            bytes.append(maskBit | 127)
            for shift in stride(from: 56, through: 0, by: -8) {
                bytes.append(UInt8(truncatingIfNeeded: UInt64(payload.count) >> UInt64(shift)))
            }
        }
        if let mask, mask.count == 4 {
            bytes += mask
            bytes += payload.enumerated().map { $0.element ^ mask[$0.offset % 4] }
        } else {
            bytes += payload
        }
        return bytes
    }
}

/// Why incoming WebSocket bytes could not be parsed.
public enum WebSocketFrameError: Error, Sendable, Equatable {
    /// Reserved bits or an unknown opcode.
    case protocolError
    /// The payload is larger than the parser's limit.
    case tooLarge
}

/// Splits a byte stream into frames; feed it bytes as they arrive.
public struct WebSocketFrameParser: Sendable {
    private var buffer: [UInt8] = []
    private let maxPayload: Int

    /// A parser refusing payloads over `maxPayload` bytes.
    public init(maxPayload: Int = 16 * 1024 * 1024) {
        self.maxPayload = maxPayload
    }

    /// Appends received bytes.
    public mutating func append(_ bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
    }

    /// The next complete frame (unmasked), or nil when more bytes are needed.
    public mutating func next() throws(WebSocketFrameError) -> WebSocketFrame? {
        guard buffer.count >= 2 else { return nil }
        let first = buffer[0], second = buffer[1]
        guard first & 0x70 == 0, let opcode = WebSocketFrame.Opcode(rawValue: first & 0x0F) else {
            throw .protocolError
        }
        var offset = 2
        var length = Int(second & 0x7F)
        if length == 126 {
            guard buffer.count >= 4 else { return nil }
            length = Int(buffer[2]) << 8 | Int(buffer[3])
            offset = 4
        } else if length == 127 {
            guard buffer.count >= 10 else { return nil }
            var value: UInt64 = 0
            for index in 2..<10 { value = value << 8 | UInt64(buffer[index]) }
            guard value <= UInt64(maxPayload) else { throw .tooLarge }
            length = Int(value)
            offset = 10
        }
        guard length <= maxPayload else { throw .tooLarge }
        let masked = second & 0x80 != 0
        let mask: [UInt8]
        if masked {
            guard buffer.count >= offset + 4 else { return nil }
            mask = Array(buffer[offset..<offset + 4])
            offset += 4
        } else {
            mask = []
        }
        guard buffer.count >= offset + length else { return nil }
        var payload = Array(buffer[offset..<offset + length])
        if masked {
            for index in payload.indices { payload[index] ^= mask[index % 4] }
        }
        buffer.removeFirst(offset + length)
        return WebSocketFrame(fin: first & 0x80 != 0, opcode: opcode, payload: payload)
    }
}
