/// One name/value pair of a SPDY header block (names are lower-case on the wire).
public struct SPDYHeader: Sendable, Equatable {
    public var name: String
    public var value: String
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// One SPDY/3.1 frame, its header block decompressed (SPDY Protocol Draft 3.1, §2.2 and §2.6).
public enum SPDYFrame: Sendable, Equatable {
    /// Type 1: a peer opens a stream.
    case synStream(streamID: UInt32, associatedID: UInt32, priority: UInt8, flags: UInt8, headers: [SPDYHeader])
    /// Type 2: the answer to a SYN_STREAM.
    case synReply(streamID: UInt32, flags: UInt8, headers: [SPDYHeader])
    /// Type 3: abnormal end of a stream.
    case rstStream(streamID: UInt32, status: UInt32)
    /// Type 4: settings (id, value) pairs; flags per entry are dropped.
    case settings(flags: UInt8, entries: [(id: UInt32, value: UInt32)])
    /// Type 6: liveness check, echoed by the receiver when the id is the peer's.
    case ping(id: UInt32)
    /// Type 7: the sender ends the session after `lastGoodStreamID`.
    case goAway(lastGoodStreamID: UInt32, status: UInt32)
    /// Type 8: more headers for a stream.
    case headers(streamID: UInt32, flags: UInt8, headers: [SPDYHeader])
    /// Type 9: flow-control credit.
    case windowUpdate(streamID: UInt32, delta: UInt32)
    /// A control frame of a type this implementation does not know; skipped.
    case unknown(type: UInt16)
    /// A data frame.
    case data(streamID: UInt32, flags: UInt8, payload: [UInt8])

    /// FIN flag (data, SYN_STREAM, SYN_REPLY, HEADERS).
    public static let flagFin: UInt8 = 0x01

    public static func == (lhs: SPDYFrame, rhs: SPDYFrame) -> Bool {
        switch (lhs, rhs) {
        case let (.synStream(a, b, c, d, e), .synStream(f, g, h, i, j)): return a == f && b == g && c == h && d == i && e == j
        case let (.synReply(a, b, c), .synReply(d, e, f)): return a == d && b == e && c == f
        case let (.rstStream(a, b), .rstStream(c, d)): return a == c && b == d
        case let (.settings(a, b), .settings(c, d)):
            return a == c && b.count == d.count && zip(b, d).allSatisfy { $0.id == $1.id && $0.value == $1.value }
        case let (.ping(a), .ping(b)): return a == b
        case let (.goAway(a, b), .goAway(c, d)): return a == c && b == d
        case let (.headers(a, b, c), .headers(d, e, f)): return a == d && b == e && c == f
        case let (.windowUpdate(a, b), .windowUpdate(c, d)): return a == c && b == d
        case let (.unknown(a), .unknown(b)): return a == b
        case let (.data(a, b, c), .data(d, e, f)): return a == d && b == e && c == f
        default: return false
        }
    }
}

/// RST_STREAM status codes (SPDY/3 §2.6.3).
public enum SPDYStatus {
    public static let protocolError: UInt32 = 1
    public static let invalidStream: UInt32 = 2
    public static let refusedStream: UInt32 = 3
    public static let cancel: UInt32 = 5
    public static let internalError: UInt32 = 6
}

/// Why received SPDY bytes could not be parsed; fatal for the session.
public enum SPDYFrameError: Error, Sendable, Equatable {
    /// Not SPDY version 3, a malformed frame, or a header block that does not add up.
    case protocolError(String)
    /// A frame longer than the parser accepts.
    case tooLarge
}
