/// A JSON Pointer (RFC 6901): a path of reference tokens such as `/spec/containers/0/image`.
public struct JSONPointer: Sendable, Equatable, CustomStringConvertible {
    /// The unescaped reference tokens; empty for the whole document (`""`).
    public var tokens: [String]

    /// Parses pointer text. It must be empty or start with `/`; `~0` becomes `~` and `~1` becomes
    /// `/` (in that order of precedence, so `~01` is `~1`), and any other `~` escape is rejected.
    public init(_ text: String) throws(JSONPatchError) {
        if text.isEmpty {
            tokens = []
            return
        }
        guard text.utf8.first == UInt8(ascii: "/") else {
            throw JSONPatchError("invalid JSON pointer \(Self.quoted(text)): must be empty or start with '/'")
        }
        var out: [String] = []
        for raw in text.utf8.dropFirst().split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false) {
            guard raw.contains(UInt8(ascii: "~")) else {
                out.append(String(decoding: raw, as: UTF8.self))
                continue
            }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(raw.count)
            var it = raw.makeIterator()
            while let c = it.next() {
                guard c == UInt8(ascii: "~") else {
                    bytes.append(c)
                    continue
                }
                switch it.next() {
                case UInt8(ascii: "0"): bytes.append(UInt8(ascii: "~"))
                case UInt8(ascii: "1"): bytes.append(UInt8(ascii: "/"))
                default: throw JSONPatchError("invalid JSON pointer \(Self.quoted(text)): '~' must be followed by '0' or '1'")
                }
            }
            out.append(String(decoding: bytes, as: UTF8.self))
        }
        tokens = out
    }

    /// A pointer made of these (unescaped) tokens.
    public init(tokens: [String]) { self.tokens = tokens }

    /// The escaped pointer text.
    public var description: String {
        tokens.map { "/" + Self.escape($0) }.joined()
    }

    /// Escapes one reference token (`~` → `~0`, `/` → `~1`).
    public static func escape(_ token: String) -> String {
        guard token.contains("~") || token.contains("/") else { return token }
        var s = ""
        for ch in token {
            switch ch {
            case "~": s += "~0"
            case "/": s += "~1"
            default: s.append(ch)
            }
        }
        return s
    }

    /// The value this pointer refers to in `doc`, or nil when any step is missing. Array steps
    /// must be non-negative decimal indices.
    public func resolve(in doc: JSON) -> JSON? {
        var cur = doc
        for t in tokens {
            switch cur {
            case .object(let o):
                guard let next = o[t] else { return nil }
                cur = next
            case .array(let a):
                guard let i = Self.arrayIndex(t), i < a.count else { return nil }
                cur = a[i]
            default:
                return nil
            }
        }
        return cur
    }

    /// A token read as a non-negative array index (digits only, no leading zeros), or nil.
    static func arrayIndex(_ token: String) -> Int? {
        let u = token.utf8
        guard !u.isEmpty, u.count <= 18, u.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        if u.count > 1, u.first == 0x30 { return nil }
        return Int(token)
    }

    static func quoted(_ s: String) -> String { JSON.string(s).jsonString }
}
