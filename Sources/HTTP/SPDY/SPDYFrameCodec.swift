/// Encodes frames for one SPDY session direction: owns the session's header deflater, so one
/// encoder per connection and calls serialised (the connection's write lock).
public final class SPDYFrameEncoder {
    private let deflater = ZlibDeflater(dictionary: SPDYDictionary.bytes)

    public init() {}

    /// The wire bytes of `frame`.
    public func encode(_ frame: SPDYFrame) -> [UInt8] {
        switch frame {
        case let .synStream(id, associated, priority, flags, headers):
            return control(1, flags, u32(id & 0x7FFF_FFFF) + u32(associated & 0x7FFF_FFFF) + [priority << 5, 0]
                           + deflater.compress(Self.headerBlock(headers)))
        case let .synReply(id, flags, headers):
            return control(2, flags, u32(id & 0x7FFF_FFFF) + deflater.compress(Self.headerBlock(headers)))
        case let .rstStream(id, status):
            return control(3, 0, u32(id & 0x7FFF_FFFF) + u32(status))
        case let .settings(flags, entries):
            var payload = u32(UInt32(entries.count))
            for entry in entries { payload += u32(entry.id & 0xFF_FFFF) + u32(entry.value) }
            return control(4, flags, payload)
        case let .ping(id):
            return control(6, 0, u32(id))
        case let .goAway(last, status):
            return control(7, 0, u32(last & 0x7FFF_FFFF) + u32(status))
        case let .headers(id, flags, headers):
            return control(8, flags, u32(id & 0x7FFF_FFFF) + deflater.compress(Self.headerBlock(headers)))
        case let .windowUpdate(id, delta):
            return control(9, 0, u32(id & 0x7FFF_FFFF) + u32(delta & 0x7FFF_FFFF))
        case let .unknown(type):
            return control(type, 0, [])
        case let .data(id, flags, payload):
            return u32(id & 0x7FFF_FFFF) + [flags] + u24(payload.count) + payload
        }
    }

    /// The uncompressed name/value block: count, then length-prefixed names and values (32-bit lengths).
    static func headerBlock(_ headers: [SPDYHeader]) -> [UInt8] {
        var out = u32(UInt32(headers.count))
        for header in headers {
            let name = Array(header.name.lowercased().utf8), value = Array(header.value.utf8)
            out += u32(UInt32(name.count)) + name + u32(UInt32(value.count)) + value
        }
        return out
    }

    private func control(_ type: UInt16, _ flags: UInt8, _ payload: [UInt8]) -> [UInt8] {
        [0x80, 0x03, UInt8(type >> 8), UInt8(type & 0xFF), flags] + u24(payload.count) + payload
    }
}

/// Splits a byte stream into SPDY/3 frames; owns the session's header inflater, so one parser per
/// connection. Feed bytes as they arrive; not thread-safe (the connection's reader thread).
public final class SPDYFrameParser {
    private let inflater = ZlibInflater(dictionary: SPDYDictionary.bytes)
    private var buffer: [UInt8] = []
    private var start = 0
    private let maxLength: Int

    /// A parser refusing frames longer than `maxLength` bytes of payload.
    public init(maxLength: Int = 0xFF_FFFF) {
        self.maxLength = maxLength
    }

    /// Appends received bytes.
    public func append(_ bytes: some Sequence<UInt8>) {
        if start > 0 && start == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// The next complete frame, or nil when more bytes are needed.
    public func next() throws(SPDYFrameError) -> SPDYFrame? {
        guard buffer.count - start >= 8 else { return nil }
        let b = start
        let length = Int(buffer[b + 5]) << 16 | Int(buffer[b + 6]) << 8 | Int(buffer[b + 7])
        guard length <= maxLength else { throw .tooLarge }
        guard buffer.count - start >= 8 + length else { return nil }
        let payload = Array(buffer[(b + 8)..<(b + 8 + length)])
        let flags = buffer[b + 4]
        let isControl = buffer[b] & 0x80 != 0
        let word0 = readU32(buffer, b)
        start += 8 + length
        if start > 1 << 16 && start * 2 > buffer.count {
            buffer.removeFirst(start)
            start = 0
        }
        guard isControl else {
            return .data(streamID: word0 & 0x7FFF_FFFF, flags: flags, payload: payload)
        }
        let version = (word0 >> 16) & 0x7FFF
        guard version == 3 else { throw .protocolError("unsupported SPDY version \(version)") }
        let type = UInt16(word0 & 0xFFFF)
        func need(_ count: Int) throws(SPDYFrameError) {
            guard payload.count >= count else { throw .protocolError("short control frame of type \(type)") }
        }
        switch type {
        case 1:
            try need(10)
            return .synStream(streamID: readU32(payload, 0) & 0x7FFF_FFFF, associatedID: readU32(payload, 4) & 0x7FFF_FFFF,
                              priority: payload[8] >> 5, flags: flags, headers: try headers(Array(payload[10...])))
        case 2:
            try need(4)
            return .synReply(streamID: readU32(payload, 0) & 0x7FFF_FFFF, flags: flags,
                             headers: try headers(Array(payload[4...])))
        case 3:
            try need(8)
            return .rstStream(streamID: readU32(payload, 0) & 0x7FFF_FFFF, status: readU32(payload, 4))
        case 4:
            try need(4)
            let count = Int(readU32(payload, 0))
            guard count <= (payload.count - 4) / 8 else { throw .protocolError("SETTINGS count exceeds its frame") }
            let entries = (0..<count).map { index in
                (id: readU32(payload, 4 + index * 8) & 0xFF_FFFF, value: readU32(payload, 8 + index * 8))
            }
            return .settings(flags: flags, entries: entries)
        case 6:
            try need(4)
            return .ping(id: readU32(payload, 0))
        case 7:
            try need(8)
            return .goAway(lastGoodStreamID: readU32(payload, 0) & 0x7FFF_FFFF, status: readU32(payload, 4))
        case 8:
            try need(4)
            return .headers(streamID: readU32(payload, 0) & 0x7FFF_FFFF, flags: flags,
                            headers: try headers(Array(payload[4...])))
        case 9:
            try need(8)
            return .windowUpdate(streamID: readU32(payload, 0) & 0x7FFF_FFFF, delta: readU32(payload, 4) & 0x7FFF_FFFF)
        default:
            return .unknown(type: type)
        }
    }

    /// Inflates and splits a header block. Every block goes through the inflater, even an empty
    /// one: the compression context is shared by the whole session.
    private func headers(_ compressed: [UInt8]) throws(SPDYFrameError) -> [SPDYHeader] {
        let block: [UInt8]
        do {
            block = try inflater.decompress(compressed)
        } catch {
            throw .protocolError("header block does not inflate (zlib \(error.code))")
        }
        guard !block.isEmpty else { return [] }
        guard block.count >= 4 else { throw .protocolError("short header block") }
        let count = Int(readU32(block, 0))
        var offset = 4
        var out: [SPDYHeader] = []
        for _ in 0..<min(count, block.count / 8 + 1) {
            guard block.count >= offset + 4 else { throw .protocolError("header block ends early") }
            let nameLength = Int(readU32(block, offset))
            offset += 4
            guard block.count >= offset + nameLength + 4 else { throw .protocolError("header block ends early") }
            let name = String(decoding: block[offset..<offset + nameLength], as: UTF8.self)
            offset += nameLength
            let valueLength = Int(readU32(block, offset))
            offset += 4
            guard block.count >= offset + valueLength else { throw .protocolError("header block ends early") }
            let value = String(decoding: block[offset..<offset + valueLength], as: UTF8.self)
            offset += valueLength
            out.append(SPDYHeader(name, value))
        }
        guard out.count == count else { throw .protocolError("header count exceeds its block") }
        return out
    }
}

func u32(_ value: UInt32) -> [UInt8] {
    [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
}

func u24(_ value: Int) -> [UInt8] {
    [UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
}

func readU32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
    UInt32(bytes[offset]) << 24 | UInt32(bytes[offset + 1]) << 16 | UInt32(bytes[offset + 2]) << 8 | UInt32(bytes[offset + 3])
}
