import Foundation
import JSON

/// Helpers for `metadata` of objects held as JSON (upstream `ObjectMeta` rules in
/// `apiserver/pkg/registry/rest/create.go` and `update.go`).
public enum ObjectMeta {
    /// The characters upstream's `utilrand.String` draws generated-name suffixes from (no vowels,
    /// no look-alike digits).
    static let suffixAlphabet = Array("bcdfghjklmnpqrstvwxz2456789")

    /// `generateName` plus five random characters, trimmed so the result stays within 63 characters
    /// of prefix as upstream's `SimpleNameGenerator` does.
    public static func generatedName(_ base: String) -> String {
        let maxPrefix = 63 - 5
        let prefix = base.count > maxPrefix ? String(base.prefix(maxPrefix)) : base
        var s = prefix
        for _ in 0..<5 { s.append(suffixAlphabet.randomElement() ?? "x") }
        return s
    }

    /// Removes `ownerReferences` and `finalizers` when empty: upstream's `ObjectMeta` marks them
    /// `omitempty`, so the list a patch empties (the garbage collector removing the last owner
    /// reference, a client the last finalizer) is not kept as `[]`.
    static func dropEmptyLists(_ obj: inout JSON) {
        for f in ["ownerReferences", "finalizers"] where obj[path: ["metadata", f]]?.arrayValue?.isEmpty == true {
            obj[path: ["metadata", f]] = nil
        }
    }

    /// A random (version 4) UUID in lower case, as upstream's `uuid.NewUUID()` prints.
    /// (Foundation's `UUID()` opens /dev/urandom on every call here; the system generator is one
    /// `getrandom` call per word and opens nothing.)
    public static func newUID() -> String {
        var generator = SystemRandomNumberGenerator()
        var hi = generator.next()
        var lo = generator.next()
        hi = (hi & ~0xF000) | 0x4000  // version 4
        lo = (lo & ~(0xC000 << 48)) | (0x8000 << 48)  // RFC 4122 variant
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var out = [UInt8](repeating: UInt8(ascii: "-"), count: 36)
        var i = 0
        for n in 0..<32 {
            if i == 8 || i == 13 || i == 18 || i == 23 { i += 1 }
            let word = n < 16 ? hi : lo
            out[i] = digits[Int((word >> UInt64(60 - 4 * (n % 16))) & 0xF)]
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// RFC 3339 at second precision in UTC ("2026-11-27T03:09:01Z"), as `metav1.Time` marshals.
    public static func timestamp(_ date: Date) -> String {
        var t = time_t(date.timeIntervalSince1970.rounded(.down))
        var tmv = tm()
        gmtime_r(&t, &tmv)
        func two(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(tmv.tm_year + 1900)-\(two(tmv.tm_mon + 1))-\(two(tmv.tm_mday))T\(two(tmv.tm_hour)):\(two(tmv.tm_min)):\(two(tmv.tm_sec))Z"
    }

    /// Parses an RFC 3339 timestamp (seconds precision, optional fraction, Z or offset).
    public static func parseTimestamp(_ s: String) -> Date? {
        let u = Array(s.utf8)
        guard u.count >= 20 else { return nil }
        func num(_ a: Int, _ n: Int) -> Int? {
            var v = 0
            for k in a..<(a + n) {
                guard k < u.count, u[k] >= 0x30, u[k] <= 0x39 else { return nil }
                v = v * 10 + Int(u[k] - 0x30)
            }
            return v
        }
        guard let y = num(0, 4), let mo = num(5, 2), let d = num(8, 2), let h = num(11, 2), let mi = num(14, 2),
              let se = num(17, 2) else { return nil }
        var tmv = tm()
        tmv.tm_year = Int32(y - 1900)
        tmv.tm_mon = Int32(mo - 1)
        tmv.tm_mday = Int32(d)
        tmv.tm_hour = Int32(h)
        tmv.tm_min = Int32(mi)
        tmv.tm_sec = Int32(se)
        let secs = timegm(&tmv)
        var offset = 0
        var k = 19
        if k < u.count, u[k] == UInt8(ascii: ".") {
            k += 1
            while k < u.count, u[k] >= 0x30, u[k] <= 0x39 { k += 1 }
        }
        if k < u.count, u[k] == UInt8(ascii: "+") || u[k] == UInt8(ascii: "-") {
            guard let oh = num(k + 1, 2), let om = num(k + 4, 2) else { return nil }
            offset = (oh * 3600 + om * 60) * (u[k] == UInt8(ascii: "-") ? -1 : 1)
        }
        return Date(timeIntervalSince1970: TimeInterval(Int(secs) - offset))
    }
}

extension JSON {
    /// `metadata.name`.
    public var name: String? { self[path: ["metadata", "name"]]?.stringValue }
    /// `metadata.namespace`.
    public var namespace: String? { self[path: ["metadata", "namespace"]]?.stringValue }
    /// `metadata.uid`.
    public var uid: String? { self[path: ["metadata", "uid"]]?.stringValue }
    /// `metadata.resourceVersion`.
    public var resourceVersion: String? { self[path: ["metadata", "resourceVersion"]]?.stringValue }
    /// `metadata.labels`.
    public var labels: [String: String] { self[path: ["metadata", "labels"]]?.stringMap ?? [:] }
    /// `metadata.finalizers`.
    public var finalizers: [String] {
        (self[path: ["metadata", "finalizers"]]?.arrayValue ?? []).compactMap(\.stringValue)
    }
    /// Whether `metadata.deletionTimestamp` is set.
    public var isBeingDeleted: Bool {
        if let v = self[path: ["metadata", "deletionTimestamp"]], !v.isNull { return true }
        return false
    }
}
