import JSON

/// Decodes the `application/vnd.kubernetes.protobuf` request bodies that kubectl ≥1.32's typed
/// clients send (`create <kind>`, `autoscale`), into the JSON object a JSON client would have sent.
///
/// The body is the 4-byte magic `k8s\0` and a `runtime.Unknown` envelope {1: TypeMeta{apiVersion,
/// kind}, 2: raw object, 3: contentEncoding, 4: contentType}; the raw object follows the upstream
/// `generated.proto` numbering, held here as tables (`ProtobufSchema`). Output rules follow what the
/// Go JSON encoding of the same object yields closely enough for create (kubectl-wire.md §2.4):
/// non-pointer zero values arrive on the wire, so empty strings, lists and objects are dropped, as
/// are the zeros of non-pointer `omitempty` scalars (`generation`, `stdin`, `nodePort`); pointer
/// scalars are on the wire only when set, so their zero is kept (`replicas: 0` is real). Empty times
/// vanish, and `status` is ignored because create ignores it. The result matches the JSON body
/// kubectl ≤1.31 sends, minus its `null` / `{}` placeholders.
public enum ProtobufDecoder {
    /// The media type this decoder accepts.
    public static let mediaType = "application/vnd.kubernetes.protobuf"
    /// The envelope prefix, `"k8s\0"`.
    static let magic: [UInt8] = [0x6B, 0x38, 0x73, 0x00]
    /// Deeper nesting than any Kubernetes type needs is treated as hostile.
    static let maxDepth = 64

    /// Whether `apiVersion` + `kind` has decoding tables.
    public static func supports(apiVersion: String, kind: String) -> Bool {
        ProtobufSchema.kinds[apiVersion + "/" + kind] != nil
    }

    /// Decodes a `k8s\0`-prefixed `runtime.Unknown` envelope into the object's JSON: `apiVersion`
    /// and `kind` from the envelope's TypeMeta, then the object's fields. Malformed bytes are a 400;
    /// a kind without tables is a 415 so the client learns to send JSON.
    public static func decode(_ bytes: [UInt8]) throws(APIError) -> JSON {
        guard bytes.count >= magic.count, Array(bytes[0..<magic.count]) == magic else {
            // Upstream's protobuf serializer words a missing prefix this way.
            throw APIError.badRequest(
                "provided data does not appear to be a protobuf message, expected prefix [107 56 115 0]")
        }
        var envelope = ProtobufReader(bytes, from: magic.count)
        var apiVersion = "", kind = ""
        var raw = 0..<0
        while !envelope.isAtEnd {
            let (field, wireType) = try envelope.readTag()
            switch (field, wireType) {
            case (1, .lengthDelimited):
                var typeMeta = envelope.sub(try envelope.readLengthDelimited())
                while !typeMeta.isAtEnd {
                    let (f, wt) = try typeMeta.readTag()
                    if f == 1 || f == 2, wt == .lengthDelimited {
                        let value = typeMeta.string(try typeMeta.readLengthDelimited())
                        if f == 1 { apiVersion = value } else { kind = value }
                    } else {
                        try typeMeta.skip(wt)
                    }
                }
            case (2, .lengthDelimited):
                raw = try envelope.readLengthDelimited()
            default:
                // contentEncoding / contentType: kubectl sends them empty.
                try envelope.skip(wireType)
            }
        }
        guard !kind.isEmpty else { throw APIError.badRequest("Object 'Kind' is missing in protobuf body") }
        guard !apiVersion.isEmpty else {
            throw APIError.badRequest("Object 'apiVersion' is missing in protobuf body")
        }
        guard let root = ProtobufSchema.kinds[apiVersion + "/" + kind] else {
            throw APIError(code: 415, reason: "UnsupportedMediaType",
                           message: "the body of the request was in an unknown format - accepted media types "
                               + "include: application/json (no protobuf decoding for \(apiVersion), Kind=\(kind))")
        }
        let body = try decodeMessage(envelope.sub(raw), root, depth: 1)
        var object = JSONObject()
        object.appendUnchecked("apiVersion", .string(apiVersion))
        object.appendUnchecked("kind", .string(kind))
        for (key, value) in body.members where key != "status" { object.appendUnchecked(key, value) }
        return .object(object)
    }

    /// Decodes one message into a JSON object, applying the output rules.
    static func decodeMessage(_ reader: ProtobufReader, _ name: String, depth: Int) throws(APIError) -> JSONObject {
        var fields = FieldAccumulator()
        try decodeFields(reader, name, into: &fields, depth: depth)
        return fields.finish()
    }

    /// Decodes a message's fields into `fields`; inline (embedded) messages recurse into the same
    /// accumulator so their fields land beside the parent's, as Go's JSON inlining does.
    static func decodeFields(_ reader: ProtobufReader, _ name: String, into fields: inout FieldAccumulator,
                             depth: Int) throws(APIError) {
        guard depth <= maxDepth else { throw ProtobufError.tooDeep }
        guard let table = ProtobufSchema.messages[name] else {
            throw APIError.internalError("no protobuf table for \(name)")
        }
        var r = reader
        while !r.isAtEnd {
            let (number, wireType) = try r.readTag()
            guard let field = table[number] else {
                try r.skip(wireType)  // unknown or deliberately untabled (status, managedFields)
                continue
            }
            switch field.kind {
            case .inline(let inner):
                let range = try expectLengthDelimited(&r, wireType, field)
                try decodeFields(r.sub(range), inner, into: &fields, depth: depth + 1)
            case .stringMap, .bytesMap, .quantityMap:
                let range = try expectLengthDelimited(&r, wireType, field)
                let (key, value) = try decodeMapEntry(r.sub(range), field.kind)
                fields.putMapEntry(field.name, key, value)
            case .bool, .int32, .int64, .double:
                if field.repeated, wireType == .lengthDelimited {
                    // Packed encoding: accepted although Kubernetes' proto2 files never pack.
                    var packed = r.sub(try r.readLengthDelimited())
                    let elementType: ProtobufReader.WireType = field.kind.isDouble ? .fixed64 : .varint
                    while !packed.isAtEnd { fields.append(field, try decodeScalar(&packed, elementType, field)) }
                } else {
                    fields.put(field, try decodeScalar(&r, wireType, field))
                }
            default:
                let range = try expectLengthDelimited(&r, wireType, field)
                fields.put(field, try decodeValue(r.sub(range), field, depth: depth))
            }
        }
    }

    /// Decodes a length-delimited value of the given field (string, bytes, message, wrapper types).
    static func decodeValue(_ r: ProtobufReader, _ field: ProtoField, depth: Int) throws(APIError) -> JSON {
        switch field.kind {
        case .string: return .string(r.string(r.position..<r.end))
        case .bytes: return .string(Base64.encode(Array(r.bytes[r.position..<r.end])))
        case .message(let type): return .object(try decodeMessage(r, type, depth: depth + 1))
        case .intOrString: return try decodeIntOrString(r)
        case .quantity: return .string(try decodeQuantity(r))
        case .time: return try decodeTime(r, micro: false)
        case .microTime: return try decodeTime(r, micro: true)
        case .bool, .int32, .int64, .double, .inline, .stringMap, .bytesMap, .quantityMap:
            throw APIError.internalError("protobuf field \(field.name) decoded as a length-delimited value")
        }
    }

    /// Reads one scalar of the field's kind, checking the wire type.
    static func decodeScalar(_ r: inout ProtobufReader, _ wireType: ProtobufReader.WireType,
                             _ field: ProtoField) throws(APIError) -> JSON {
        switch field.kind {
        case .double:
            guard wireType == .fixed64 else { throw wrongWireType(wireType, field) }
            return .double(Double(bitPattern: try r.readFixed64()))
        case .bool:
            guard wireType == .varint else { throw wrongWireType(wireType, field) }
            return .bool(try r.readVarint() != 0)
        case .int32:
            guard wireType == .varint else { throw wrongWireType(wireType, field) }
            // Go truncates a varint to 32 bits for int32 fields (negative values use 10 bytes).
            return .int(Int64(Int32(truncatingIfNeeded: try r.readVarint())))
        default:
            guard wireType == .varint else { throw wrongWireType(wireType, field) }
            return .int(Int64(bitPattern: try r.readVarint()))
        }
    }

    static func expectLengthDelimited(_ r: inout ProtobufReader, _ wireType: ProtobufReader.WireType,
                                      _ field: ProtoField) throws(APIError) -> Range<Int> {
        guard wireType == .lengthDelimited else { throw wrongWireType(wireType, field) }
        return try r.readLengthDelimited()
    }

    static func wrongWireType(_ wireType: ProtobufReader.WireType, _ field: ProtoField) -> APIError {
        let name = field.name.isEmpty ? "(inline)" : field.name
        return ProtobufError.malformed("wrong wireType = \(wireType.rawValue) for field \(name)")
    }
}

extension ProtoKind {
    var isDouble: Bool { if case .double = self { true } else { false } }
}
