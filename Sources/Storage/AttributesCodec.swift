import Foundation

/// The compact binary form of ``Attributes`` stored in the `attrs` column next to each value, so cold start can
/// decode the attributes (≈ 1 µs per pod) instead of running the ``Indexer`` on the value (≈ 40 µs per pod).
///
/// Layout: the format byte, the indexer version (varint), then the fields and then the labels, each as a count
/// followed by (key, value) pairs of length-prefixed UTF-8 (varint lengths), sorted by key so that objects of one
/// kind lay out alike and a ``Decoder`` can share their repeated strings. The version travels in every row, so
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
            for (key, value) in map.sorted(by: { $0.key < $1.key }) {
                appendString(key, to: &out)
                appendString(value, to: &out)
            }
        }
        return out
    }

    /// Decodes bytes written by ``encode(_:version:)``; nil when they are empty, of another format or indexer
    /// version, or malformed (the caller then runs the indexer).
    static func decode(_ bytes: UnsafeRawBufferPointer, version: Int64) -> Attributes? {
        var decoder = Decoder(version: version)
        return decoder.decode(bytes)
    }

    /// Decodes many encodings in a row, reusing the strings that repeat at the same position from one object to
    /// the next (field names, "default", "Running", …): at cold start that saves most of the allocations, and
    /// the memory of one copy per object. One decoder per thread.
    struct Decoder {
        let version: Int64
        /// The last string seen at each position (keys and values of fields, then of labels).
        private var recent: [String] = []

        init(version: Int64) {
            self.version = version
        }

        /// Like ``AttributesCodec/decode(_:version:)``.
        mutating func decode(_ bytes: UnsafeRawBufferPointer) -> Attributes? {
            var reader = Reader(bytes: bytes)
            var position = 0
            guard reader.byte() == format, let stored = reader.varint(), Int64(bitPattern: stored) == version,
                  let fields = map(&reader, &position), let labels = map(&reader, &position), reader.atEnd
            else { return nil }
            return Attributes(fields: fields, labels: labels)
        }

        private mutating func map(_ reader: inout Reader, _ position: inout Int) -> [String: String]? {
            // Each pair takes at least two bytes, which bounds a corrupt count before reserving for it.
            guard let count = reader.varint(), count <= UInt64(reader.remaining) / 2 else { return nil }
            var map: [String: String] = [:]
            map.reserveCapacity(Int(count))
            for _ in 0..<count {
                guard let key = string(&reader, &position), let value = string(&reader, &position) else { return nil }
                map[key] = value
            }
            return map
        }

        /// Byte equality by length and memcmp (the generic `elementsEqual` walked byte by byte and
        /// was the dearest part of a cold start).
        private static func same(_ string: String, _ bytes: UnsafeRawBufferPointer) -> Bool {
            guard string.utf8.count == bytes.count else { return false }
            guard let other = bytes.baseAddress, !bytes.isEmpty else { return true }
            var string = string
            return string.withUTF8 { u in u.baseAddress.map { memcmp($0, other, bytes.count) == 0 } ?? false }
        }

        private mutating func string(_ reader: inout Reader, _ position: inout Int) -> String? {
            guard let bytes = reader.nextBytes() else { return nil }
            defer { position += 1 }
            if position < recent.count, Self.same(recent[position], bytes) { return recent[position] }
            let string = String(decoding: bytes, as: UTF8.self)
            if position < recent.count { recent[position] = string } else { recent.append(string) }
            return string
        }
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

        var remaining: Int { bytes.count - offset }

        /// The next length-prefixed byte string.
        mutating func nextBytes() -> UnsafeRawBufferPointer? {
            guard let length = varint(), length <= UInt64(remaining) else { return nil }
            let end = offset + Int(length)
            defer { offset = end }
            return UnsafeRawBufferPointer(rebasing: bytes[offset..<end])
        }
    }
}
