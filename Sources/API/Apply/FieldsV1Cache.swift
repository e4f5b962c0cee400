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

    /// Bounded: cleared when full, which only costs rebuilding.
    static let capacity = 512
    private static let entries = Mutex<[Key: JSON?]>([:])

    /// The FieldsV1 of `object` (nil when nothing is owned), from the cache when the shape was seen.
    static func fieldsV1(of object: JSON, kind: String, walker: inout FieldWalker) -> JSON? {
        var hashes = ShapeHasher()
        walker.hashShape(of: object, into: &hashes)
        let key = Key(kind: kind, statusOnly: walker.statusOnly, hash1: Int(bitPattern: UInt(hashes.first)),
                      hash2: Int(bitPattern: UInt(hashes.second)))
        if let hit = entries.withLock({ $0[key] }) { return hit }
        let built = walker.fieldsV1(of: object)
        entries.withLock { cache in
            if cache.count >= capacity { cache.removeAll(keepingCapacity: true) }
            cache[key] = .some(built)
        }
        return built
    }
}

/// Two FNV-1a hashes with different offsets fed the same input: a 128-bit shape fingerprint, so
/// that two different shapes sharing a cache entry is not a practical concern. FNV rather than
/// `Hasher` (SipHash, keyed per process): this runs over every key of every created object.
struct ShapeHasher {
    private(set) var first: UInt64 = 0xcbf2_9ce4_8422_2325
    private(set) var second: UInt64 = 0x6c62_272e_07bb_0142
    private static let prime: UInt64 = 0x0000_0100_0000_01B3

    private mutating func byte(_ b: UInt8) {
        first = (first ^ UInt64(b)) &* Self.prime
        second = (second ^ UInt64(b)) &* Self.prime &+ 0x9E37
    }

    mutating func combine(_ s: String) {
        for b in s.utf8 { byte(b) }
        byte(0xFF)  // a separator no UTF-8 text contains
    }

    mutating func combine(_ tag: UInt8) {
        byte(0xFE)
        byte(tag)
    }
}

extension FieldWalker {
    /// Feeds everything `fieldsV1(of:)` depends on into `hasher`, walking the same way.
    mutating func hashShape(of value: JSON, into hasher: inout ShapeHasher) {
        switch value {
        case .object(let o) where !o.isEmpty:
            hasher.combine(1)
            for (k, v) in o where !ignored(k) {
                hasher.combine(k)
                append(k)
                hashShape(of: v, into: &hasher)
                removeLast()
            }
            hasher.combine(2)
        case .array(let items) where !items.isEmpty:
            guard let keys = lists.elementKeys(items, type: lists.listType(at: currentPath)) else {
                hasher.combine(3)
                return
            }
            hasher.combine(4)
            for (key, item) in zip(keys, items) {
                hasher.combine(key)
                hashShape(of: item, into: &hasher)
            }
            hasher.combine(5)
        default:
            hasher.combine(0)
        }
    }
}
