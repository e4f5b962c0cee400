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

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends a quoted, escaped string. `<`, `>` and `&` are escaped as Go's encoder does.
    public mutating func writeString(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { u in
            var runStart = 0
            for (idx, c) in u.enumerated() {
                let needs: Bool
                switch c {
                case 0x22, 0x5C, 0x3C, 0x3E, 0x26: needs = true
                // U+2028 and U+2029 (E2 80 A8/A9) are escaped by Go too: JavaScript treats them as
                // line ends. This is the last byte of the sequence.
                case 0xA8, 0xA9: needs = idx >= 2 && u[idx - 2] == 0xE2 && u[idx - 1] == 0x80
                default: needs = c < 0x20
                }
                if !needs { continue }
                if c == 0xA8 || c == 0xA9 {
                    if runStart < idx - 2 { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart..<(idx - 2)])) }
                    runStart = idx + 1
                    if c == 0xA8 { append("\\u2028") } else { append("\\u2029") }
                    continue
                }
                if runStart < idx { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart..<idx])) }
                runStart = idx + 1
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
            if runStart < u.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart..<u.count])) }
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
