import JSON

/// The `pod-template-hash` a Deployment puts on its ReplicaSets (upstream `controller.ComputeHash` and
/// apimachinery's `rand.SafeEncodeString`), and the template equality that ignores it
/// (`EqualIgnoreHash`).
///
/// Upstream hashes Go's deep dump of the `PodTemplateSpec` struct, which a Swift server cannot
/// reproduce; here FNV-1a 32 runs over a canonical JSON of the template (object keys sorted at every
/// level, nulls dropped), so the same template always gives the same hash. Everything after the sum is
/// upstream's: the collision count as 8 little-endian bytes, the decimal rendering, and the mapping of
/// each digit into the 27-character alphabet (so hashes look like upstream's: 1–10 characters from
/// `456789bcdf`).
enum PodTemplateHash {
    /// The label key (`apps/v1.DefaultDeploymentUniqueLabelKey`).
    static let labelKey = "pod-template-hash"

    /// apimachinery `util/rand`'s alphabet: no vowels (no words), no look-alikes (0/o, 1/l, 3/e).
    static let alphabet = Array("bcdfghjklmnpqrstvwxz2456789")

    /// The hash of a Deployment's `spec.template`, salted by `status.collisionCount` when set.
    static func compute(template: JSON, collisionCount: Int?) -> String {
        var hash = FNV1a32()
        hash.write(canonicalBytes(template))
        if let collisionCount {
            // Upstream: binary.LittleEndian.PutUint32 into an 8-byte buffer, all 8 bytes written.
            let c = UInt32(truncatingIfNeeded: collisionCount)
            hash.write([UInt8(c & 0xff), UInt8((c >> 8) & 0xff), UInt8((c >> 16) & 0xff), UInt8(c >> 24), 0, 0, 0, 0])
        }
        return safeEncode(String(hash.sum))
    }

    /// `rand.SafeEncodeString`: each byte of `s` picks `alphabet[byte % 27]`.
    static func safeEncode(_ s: String) -> String {
        String(s.utf8.map { alphabet[Int($0) % alphabet.count] })
    }

    /// Whether two pod templates are equal apart from the `pod-template-hash` label (upstream
    /// `EqualIgnoreHash`, a semantic deep-equal: a missing map equals an empty one, which JSON
    /// expresses as null or absent members).
    static func equalIgnoringHash(_ a: JSON?, _ b: JSON?) -> Bool {
        normalized(withoutHash(a ?? .null)) == normalized(withoutHash(b ?? .null))
    }

    /// `template` without the hash label.
    static func withoutHash(_ template: JSON) -> JSON {
        var t = template
        if t[path: ["metadata", "labels", labelKey]] != nil {
            t[path: ["metadata", "labels", labelKey]] = nil
        }
        return t
    }

    /// The canonical bytes hashed: sorted keys, no nulls, compact.
    static func canonicalBytes(_ value: JSON) -> [UInt8] {
        var writer = JSONWriter(capacity: 512)
        writer.write(sortedKeys(normalized(value)))
        return writer.bytes
    }

    /// Drops null members and empty objects, as Go's `omitempty` maps and pointers do, so two
    /// spellings of the same template compare (and hash) alike.
    static func normalized(_ value: JSON) -> JSON {
        switch value {
        case .object(let o):
            var out = JSONObject(capacity: o.count)
            for (k, v) in o {
                let n = normalized(v)
                if n.isNull { continue }
                if case .object(let inner) = n, inner.isEmpty { continue }
                out.appendUnchecked(k, n)
            }
            return .object(out)
        case .array(let a):
            return .array(a.map(normalized))
        default:
            return value
        }
    }

    private static func sortedKeys(_ value: JSON) -> JSON {
        switch value {
        case .object(let o):
            let members = o.members.sorted { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }
            var out = JSONObject(capacity: members.count)
            for (k, v) in members { out.appendUnchecked(k, sortedKeys(v)) }
            return .object(out)
        case .array(let a):
            return .array(a.map(sortedKeys))
        default:
            return value
        }
    }
}

/// FNV-1a, 32 bits (Go's `hash/fnv.New32a`).
struct FNV1a32 {
    /// The running sum (starts at the offset basis).
    private(set) var sum: UInt32 = 2_166_136_261

    mutating func write(_ bytes: [UInt8]) {
        for b in bytes {
            sum ^= UInt32(b)
            sum = sum &* 16_777_619
        }
    }
}
