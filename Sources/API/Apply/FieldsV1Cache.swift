import JSON
import Synchronization

/// Remembers the FieldsV1 of the object shapes creates have recorded. Objects made from one
/// template (a ReplicaSet's pods, a benchmark's objects) own the same field set, so a create can
/// hash the shape (the keys at every level and the list element keys, which is all FieldsV1
/// depends on) and reuse the shared value instead of building a new tree.
enum FieldsV1Cache {
    struct Key: Hashable {
        let kind: String
        let statusOnly: Bool
        let hash1: Int
        let hash2: Int
    }

    /// A shape's FieldsV1 (nil when nothing is owned) and its JSON encoding.
    struct Entry: Sendable {
        let fields: JSON?
        let encoded: [UInt8]
    }

    /// Bounded: cleared when full, which only costs rebuilding.
    static let capacity = 512
    private static let entries = Mutex<[Key: Entry]>([:])

    /// The FieldsV1 of `object`, from the cache when the shape was seen.
    static func fieldsV1(of object: JSON, kind: String, walker: inout FieldWalker) -> Entry {
        var hashes = ShapeHasher()
        walker.hashShape(of: object, into: &hashes)
        let key = Key(kind: kind, statusOnly: walker.statusOnly, hash1: Int(bitPattern: UInt(hashes.first)),
                      hash2: Int(bitPattern: UInt(hashes.second)))
        if let hit = entries.withLock({ $0[key] }) { return hit }
        let built = walker.fieldsV1(of: object)
        let entry = Entry(fields: built, encoded: built?.bytes ?? [])
        entries.withLock { cache in
            if cache.count >= capacity { cache.removeAll(keepingCapacity: true) }
            cache[key] = entry
        }
        return entry
    }
}

/// Two 64-bit multiplicative hashes with different constants fed the same input: a 128-bit shape
/// fingerprint, so that two different shapes sharing a cache entry is not a practical concern.
/// Not `Hasher` (SipHash, keyed per process, byte-oriented): this runs over every key of every
/// created object, so strings are taken eight bytes at a time.
struct ShapeHasher {
    private(set) var first: UInt64 = 0xcbf2_9ce4_8422_2325
    private(set) var second: UInt64 = 0x6c62_272e_07bb_0142

    mutating func word(_ w: UInt64) {
        first = (first ^ w) &* 0x9E37_79B9_7F4A_7C15
        first ^= first >> 32
        second = (second ^ w) &* 0xC2B2_AE3D_27D4_EB4F
        second ^= second >> 29
    }

    mutating func combine(_ s: String) {
        var s = s
        s.withUTF8 { u in
            let n = u.count
            var i = 0
            if let base = u.baseAddress {
                while i + 8 <= n {
                    word(UnsafeRawPointer(base).loadUnaligned(fromByteOffset: i, as: UInt64.self))
                    i += 8
                }
            }
            // The tail, with the length in the top byte, so that "ab","c" and "a","bc" differ.
            var tail = UInt64(truncatingIfNeeded: n) << 56
            var shift: UInt64 = 0
            while i < n {
                tail |= UInt64(u[i]) << shift
                shift += 8
                i += 1
            }
            word(tail)
        }
    }

    mutating func tag(_ tag: UInt8) {
        word(0xFEFE_FEFE_FEFE_FE00 | UInt64(tag))
    }

    mutating func combine(int value: Int64) {
        word(UInt64(bitPattern: value))
    }
}

extension FieldWalker {
    /// Feeds everything `fieldsV1(of:)` depends on into `hasher`, walking the same way.
    mutating func hashShape(of value: JSON, into hasher: inout ShapeHasher) {
        switch value {
        case .object(let o) where !o.isEmpty:
            hasher.tag(1)
            for (k, v) in o where !ignored(k) {
                hasher.combine(k)
                append(k)
                hashShape(of: v, into: &hasher)
                removeLast()
            }
            hasher.tag(2)
        case .array(let items) where !items.isEmpty:
            guard let keys = lists.elementKeyHashes(items, type: lists.listType(at: currentPath)) else {
                hasher.tag(3)
                return
            }
            hasher.tag(4)
            for (key, item) in zip(keys, items) {
                hasher.word(key)
                hashShape(of: item, into: &hasher)
            }
            hasher.tag(5)
        default:
            hasher.tag(0)
        }
    }
}
