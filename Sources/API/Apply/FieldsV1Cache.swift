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
        let key = Key(kind: kind, statusOnly: walker.statusOnly, hash1: hashes.first.finalize(), hash2: hashes.second.finalize())
        if let hit = entries.withLock({ $0[key] }) { return hit }
        let built = walker.fieldsV1(of: object)
        entries.withLock { cache in
            if cache.count >= capacity { cache.removeAll(keepingCapacity: true) }
            cache[key] = .some(built)
        }
        return built
    }
}

/// Two independently salted hashers fed the same input: a 128-bit shape fingerprint, so that
/// two different shapes sharing a cache entry is not a practical concern.
struct ShapeHasher {
    var first = Hasher()
    var second: Hasher

    init() {
        second = Hasher()
        second.combine(0x5EED_5EED as UInt32)
    }

    mutating func combine(_ s: String) {
        first.combine(s)
        second.combine(s)
    }

    mutating func combine(_ tag: UInt8) {
        first.combine(tag)
        second.combine(tag)
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
