/// Writes JSON values as compact UTF-8 bytes, byte by byte (design.md §3: Foundation's writer costs
/// 30–60× more).
public struct JSONWriter {
    /// The bytes written so far.
    public var bytes: [UInt8]

    /// A writer with an empty buffer of the given capacity.
    public init(capacity: Int = 1024) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// Appends one value.
    public mutating func write(_ value: JSON) {
        switch value {
        case .null: append("null")
        case .bool(let b): append(b ? "true" : "false")
        case .int(let i): writeInt(i)
        case .double(let d): writeDouble(d)
        case .string(let s): writeString(s)
        case .array(let a):
            bytes.append(UInt8(ascii: "["))
            var first = true
            for e in a {
                if !first { bytes.append(UInt8(ascii: ",")) }
                first = false
                write(e)
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let o):
            bytes.append(UInt8(ascii: "{"))
            var first = true
            for (k, v) in o {
                if !first { bytes.append(UInt8(ascii: ",")) }
                first = false
                writeString(k)
                bytes.append(UInt8(ascii: ":"))
                write(v)
            }
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// Appends one value like `write(_:)`, except at the object-key paths of `splices`: where a
    /// splice has a replacement, those bytes are written in place of the value found there; where
    /// it has none, the offset in `bytes` at which that value begins is returned (at the splice's
    /// index; nil when the path is absent). The registry uses it to reuse encodings it already has
    /// and to fill in a value known only later (the resourceVersion, known at commit).
    public mutating func write(_ value: JSON, splices: [JSONSplice]) -> [Int?] {
        var marks = [Int?](repeating: nil, count: splices.count)
        write(value, splices: splices, active: Array(splices.indices), depth: 0, marks: &marks)
        return marks
    }

    private mutating func write(_ value: JSON, splices: [JSONSplice], active: [Int], depth: Int, marks: inout [Int?]) {
        guard case .object(let o) = value else {
            write(value)
            return
        }
        bytes.append(UInt8(ascii: "{"))
        var separator = false
        for (k, v) in o {
            if separator { bytes.append(UInt8(ascii: ",")) }
            separator = true
            writeString(k)
            bytes.append(UInt8(ascii: ":"))
            let here = active.filter { splices[$0].path[depth] == k }
            if here.isEmpty {
                write(v)
            } else if let end = here.first(where: { splices[$0].path.count == depth + 1 }) {
                if let raw = splices[end].replacement {
                    bytes.append(contentsOf: raw)
                } else {
                    marks[end] = bytes.count
                    write(v)
                }
            } else {
                write(v, splices: splices, active: here, depth: depth + 1, marks: &marks)
            }
        }
        bytes.append(UInt8(ascii: "}"))
    }

    /// Appends raw bytes that are already valid JSON (a stored object, for instance).
    public mutating func writeRaw(_ raw: [UInt8]) { bytes.append(contentsOf: raw) }

    /// Appends raw ASCII text (punctuation, keys known to need no escaping).
    public mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends an integer in decimal.
    public mutating func writeInt(_ value: Int64) {
        if value == 0 {
            bytes.append(0x30)
            return
        }
        var v = value.magnitude
        var tmp: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                  UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &tmp) { p in
            while v > 0 {
                p[n] = UInt8(v % 10) + 0x30
                v /= 10
                n += 1
            }
            if value < 0 { bytes.append(UInt8(ascii: "-")) }
            while n > 0 {
                n -= 1
                bytes.append(p[n])
            }
        }
    }

    /// Appends a double; integral values print without a fraction, as Go does.
    public mutating func writeDouble(_ value: Double) {
        guard value.isFinite else {
            append("null")
            return
        }
        if value.rounded() == value, abs(value) < 1e15 {
            writeInt(Int64(value))
            return
        }
        bytes.append(contentsOf: Array(value.description.utf8))
    }

    /// Whether any of the eight bytes in `w` is a control character, non-ASCII, or one of
    /// `"` `\\` `<` `>` `&`.
    @inline(__always)
    static func anyNeedsEscape(_ w: UInt64) -> Bool {
        (WordScan.nonASCII(w) | WordScan.below(w, 0x20) | WordScan.equal(w, 0x22) | WordScan.equal(w, 0x5C)
            | WordScan.equal(w, 0x3C) | WordScan.equal(w, 0x3E) | WordScan.equal(w, 0x26)) != 0
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends a quoted, escaped string. `<`, `>` and `&` are escaped as Go's encoder does.
    public mutating func writeString(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { u in
            var runStart = 0
            var idx = 0
            let n = u.count
            let base = u.baseAddress.map(UnsafeRawPointer.init)
            while idx < n {
                // Eight bytes at a time while none of them needs attention.
                if let base, idx + 8 <= n, !Self.anyNeedsEscape(base.loadUnaligned(fromByteOffset: idx, as: UInt64.self)) {
                    idx += 8
                    continue
                }
                let c = u[idx]
                // Nearly every byte is printable ASCII that needs nothing: one range test each.
                if c >= 0x3F ? (c != 0x5C && c < 0x80) : (c >= 0x20 && c != 0x22 && c != 0x26 && c != 0x3C && c != 0x3E) {
                    idx += 1
                    continue
                }
                // U+2028 and U+2029 (E2 80 A8/A9) are escaped by Go too: JavaScript treats them as
                // line ends. Other non-ASCII bytes pass through.
                if c >= 0x80 {
                    if c == 0xE2, idx + 2 < n, u[idx + 1] == 0x80, u[idx + 2] == 0xA8 || u[idx + 2] == 0xA9 {
                        if runStart < idx { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart..<idx])) }
                        if u[idx + 2] == 0xA8 { append("\\u2028") } else { append("\\u2029") }
                        idx += 3
                        runStart = idx
                    } else {
                        idx += 1
                    }
                    continue
                }
                if runStart < idx { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart..<idx])) }
                idx += 1
                runStart = idx
                switch c {
                case 0x22: append("\\\"")
                case 0x5C: append("\\\\")
                case 0x0A: append("\\n")
                case 0x0D: append("\\r")
                case 0x09: append("\\t")
                default:
                    append("\\u00")
                    bytes.append(Self.hex[Int(c >> 4)])
                    bytes.append(Self.hex[Int(c & 0xF)])
                }
            }
            if runStart < n { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart..<n])) }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

extension JSON {
    /// The compact JSON encoding of this value.
    public var bytes: [UInt8] {
        var w = JSONWriter()
        w.write(self)
        return w.bytes
    }

    /// The compact JSON encoding as a string.
    public var jsonString: String { String(decoding: bytes, as: UTF8.self) }
}

/// A place in a JSON document, by object keys from the top, that `JSONWriter.write(_:splices:)`
/// fills with bytes encoded earlier (`replacement`) or whose offset it reports (no replacement).
public struct JSONSplice: Sendable {
    /// Object keys from the top; must not be empty.
    public var path: [String]
    /// Valid JSON written instead of the value at `path`; nil to mark where that value begins.
    public var replacement: [UInt8]?

    /// A splice at `path`.
    public init(path: [String], replacement: [UInt8]? = nil) {
        precondition(!path.isEmpty, "a splice needs a path")
        self.path = path
        self.replacement = replacement
    }
}
