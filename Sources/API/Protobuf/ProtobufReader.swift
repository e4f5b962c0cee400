/// A bounds-checked cursor over protobuf wire-format bytes. Every read validates lengths against the
/// end of the current window, so hostile bodies produce an `APIError` (400) instead of a trap.
struct ProtobufReader {
    /// Protobuf wire types (the low three bits of a tag).
    enum WireType: UInt8 {
        case varint = 0, fixed64 = 1, lengthDelimited = 2, startGroup = 3, endGroup = 4, fixed32 = 5
    }

    let bytes: [UInt8]
    private(set) var position: Int
    let end: Int

    init(_ bytes: [UInt8], from start: Int = 0, to end: Int? = nil) {
        self.bytes = bytes
        self.position = start
        self.end = end ?? bytes.count
    }

    var isAtEnd: Bool { position >= end }

    /// Reads a base-128 varint of at most 10 bytes (as Go's protobuf decoder accepts).
    mutating func readVarint() throws(APIError) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < end else { throw ProtobufError.unexpectedEOF }
            let byte = bytes[position]
            position += 1
            // The tenth byte may only contribute the top bit of a 64-bit value.
            if shift == 63 && byte > 1 { throw ProtobufError.overflow }
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return result }
            shift += 7
            if shift > 63 { throw ProtobufError.overflow }
        }
    }

    /// Reads a tag: (field number, wire type). Field 0 and unknown wire types are malformed.
    mutating func readTag() throws(APIError) -> (field: Int, wireType: WireType) {
        let key = try readVarint()
        let field = key >> 3
        guard field > 0, field <= 536_870_911 else {
            throw ProtobufError.malformed("illegal tag \(field) (wire type \(key & 7))")
        }
        guard let wt = WireType(rawValue: UInt8(key & 7)) else {
            throw ProtobufError.malformed("illegal wireType \(key & 7)")
        }
        return (Int(field), wt)
    }

    /// Reads the length prefix of a length-delimited field and returns the byte range it covers.
    mutating func readLengthDelimited() throws(APIError) -> Range<Int> {
        let length = try readVarint()
        guard length <= UInt64(end - position) else {
            throw length > UInt64(Int.max) ? ProtobufError.negativeLength : ProtobufError.unexpectedEOF
        }
        let start = position
        position += Int(length)
        return start..<position
    }

    /// Reads eight little-endian bytes.
    mutating func readFixed64() throws(APIError) -> UInt64 {
        guard end - position >= 8 else { throw ProtobufError.unexpectedEOF }
        var v: UInt64 = 0
        for i in 0..<8 { v |= UInt64(bytes[position + i]) << (8 * UInt64(i)) }
        position += 8
        return v
    }

    /// Reads four little-endian bytes.
    mutating func readFixed32() throws(APIError) -> UInt32 {
        guard end - position >= 4 else { throw ProtobufError.unexpectedEOF }
        var v: UInt32 = 0
        for i in 0..<4 { v |= UInt32(bytes[position + i]) << (8 * UInt32(i)) }
        position += 4
        return v
    }

    /// Skips one value of the given wire type (unknown fields). Groups are deprecated and never
    /// produced by Kubernetes' generated code, so they are rejected rather than walked.
    mutating func skip(_ wireType: WireType) throws(APIError) {
        switch wireType {
        case .varint: _ = try readVarint()
        case .fixed64: _ = try readFixed64()
        case .fixed32: _ = try readFixed32()
        case .lengthDelimited: _ = try readLengthDelimited()
        case .startGroup, .endGroup: throw ProtobufError.malformed("groups are not supported")
        }
    }

    /// A reader over a sub-range (a nested message's bytes).
    func sub(_ range: Range<Int>) -> ProtobufReader {
        ProtobufReader(bytes, from: range.lowerBound, to: range.upperBound)
    }

    /// The bytes of a range as a UTF-8 string (invalid sequences become U+FFFD, as Go tolerates them).
    func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}

/// The 400 errors the protobuf decoder raises, worded like Go's protobuf runtime errors.
enum ProtobufError {
    static let unexpectedEOF = APIError.badRequest("unable to decode protobuf body: unexpected EOF")
    static let overflow = APIError.badRequest("unable to decode protobuf body: proto: integer overflow")
    static let negativeLength = APIError.badRequest(
        "unable to decode protobuf body: proto: negative length found during unmarshaling")
    static let tooDeep = APIError.badRequest("unable to decode protobuf body: exceeded max depth")
    static func malformed(_ detail: String) -> APIError {
        APIError.badRequest("unable to decode protobuf body: proto: \(detail)")
    }
}
