/// The compact binary form of ``Attributes`` stored in the `attrs` column next to each value, so cold start can
/// decode the attributes (≈ 1 µs per pod) instead of running the ``Indexer`` on the value (≈ 40 µs per pod).
///
/// Layout: the format byte, the indexer version (varint), then the fields and then the labels, each as a count
/// followed by (key, value) pairs of length-prefixed UTF-8 (varint lengths). The version travels in every row, so
/// staleness is judged per row: a row written by an older indexer is re-indexed at load, whatever the other rows
/// hold, and no store-wide rewrite is needed when the version changes.
enum AttributesCodec {
    /// The first byte of every encoding; a different byte (a future layout) reads as "absent".
    static let format: UInt8 = 1

    /// Encodes `attributes` as computed by the indexer of `version`.
    static func encode(_ attributes: Attributes, version: Int64) -> [UInt8] {
        var size = 2 + 10 + 2 * 5
        for (key, value) in attributes.fields { size += key.utf8.count + value.utf8.count + 4 }
        for (key, value) in attributes.labels { size += key.utf8.count + value.utf8.count + 4 }
        var out: [UInt8] = []
        out.reserveCapacity(size)
        out.append(format)
        appendVarint(UInt64(bitPattern: version), to: &out)
        for map in [attributes.fields, attributes.labels] {
            appendVarint(UInt64(map.count), to: &out)
            for (key, value) in map {
                appendString(key, to: &out)
                appendString(value, to: &out)
            }
        }
        return out
    }

    /// Decodes bytes written by ``encode(_:version:)``; nil when they are empty, of another format or indexer
    /// version, or malformed (the caller then runs the indexer).
    static func decode(_ bytes: UnsafeRawBufferPointer, version: Int64) -> Attributes? {
        var reader = Reader(bytes: bytes)
        guard reader.byte() == format, let stored = reader.varint(), Int64(bitPattern: stored) == version,
              let fields = reader.map(), let labels = reader.map(), reader.atEnd
        else { return nil }
        return Attributes(fields: fields, labels: labels)
    }

    private static func appendVarint(_ value: UInt64, to out: inout [UInt8]) {
        var rest = value
        while rest >= 0x80 {
            out.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        out.append(UInt8(rest))
    }

    private static func appendString(_ string: String, to out: inout [UInt8]) {
        let utf8 = string.utf8
        appendVarint(UInt64(utf8.count), to: &out)
        out.append(contentsOf: utf8)
    }

    /// A bounds-checked cursor over the encoded bytes.
    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        var offset = 0

        var atEnd: Bool { offset == bytes.count }

        mutating func byte() -> UInt8? {
            guard offset < bytes.count else { return nil }
            defer { offset += 1 }
            return bytes[offset]
        }

        mutating func varint() -> UInt64? {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while shift < 64, let next = byte() {
                value |= UInt64(next & 0x7F) << shift
                if next < 0x80 { return value }
                shift += 7
            }
            return nil
        }

        mutating func string() -> String? {
            guard let length = varint(), length <= UInt64(bytes.count - offset) else { return nil }
            let end = offset + Int(length)
            defer { offset = end }
            return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self)
        }

        mutating func map() -> [String: String]? {
            // Each pair takes at least two bytes, which bounds a corrupt count before reserving for it.
            guard let count = varint(), count <= UInt64(bytes.count - offset) / 2 else { return nil }
            var map: [String: String] = [:]
            map.reserveCapacity(Int(count))
            for _ in 0..<count {
                guard let key = string(), let value = string() else { return nil }
                map[key] = value
            }
            return map
        }
    }
}
