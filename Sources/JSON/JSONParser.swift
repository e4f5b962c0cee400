/// A failure to parse JSON text, with the byte offset where it was found.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was wrong.
    public let message: String
    /// The byte offset in the input.
    public let offset: Int
    public var description: String { "\(message) at offset \(offset)" }
}

/// A byte-level JSON parser (RFC 8259). Foundation's parser is avoided on hot paths (design.md §3).
public struct JSONParser {
    /// The deepest nesting accepted; deeper input is rejected instead of exhausting the stack.
    public static let defaultMaxDepth = 512

    /// Parses one JSON document from `bytes`.
    public static func parse(_ bytes: [UInt8], maxDepth: Int = defaultMaxDepth) throws(JSONParseError) -> JSON {
        try bytes.withUnsafeBufferPointer { buf throws(JSONParseError) in
            var p = JSONParser(buf, maxDepth: maxDepth)
            return try p.document()
        }
    }

    /// Parses one JSON document from a string.
    public static func parse(_ text: String, maxDepth: Int = defaultMaxDepth) throws(JSONParseError) -> JSON {
        try parse(Array(text.utf8), maxDepth: maxDepth)
    }

    /// Parses and says whether any object repeated a key, at no extra cost (the object builder finds
    /// repeats anyway); call `parseReportingDuplicates` to name them.
    public static func parseDetectingDuplicates(_ bytes: [UInt8], maxDepth: Int = defaultMaxDepth)
        throws(JSONParseError) -> (JSON, Bool)
    {
        try bytes.withUnsafeBufferPointer { buf throws(JSONParseError) in
            var p = JSONParser(buf, maxDepth: maxDepth)
            let v = try p.document()
            return (v, p.sawDuplicate)
        }
    }

    /// Parses and also reports object keys that occur more than once, as JSON paths such as
    /// `.spec.replicas` (for `fieldValidation=Strict`).
    public static func parseReportingDuplicates(_ bytes: [UInt8], maxDepth: Int = defaultMaxDepth)
        throws(JSONParseError) -> (JSON, duplicates: [String])
    {
        try bytes.withUnsafeBufferPointer { buf throws(JSONParseError) in
            var p = JSONParser(buf, maxDepth: maxDepth)
            p.trackDuplicates = true
            let v = try p.document()
            return (v, p.duplicates)
        }
    }

    let buf: UnsafeBufferPointer<UInt8>
    var i = 0
    let maxDepth: Int
    private var depth = 0
    private var trackDuplicates = false
    private var sawDuplicate = false
    private var duplicates: [String] = []
    private var path: [String] = []

    init(_ buf: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.buf = buf
        self.maxDepth = maxDepth
    }

    func fail(_ message: String) -> JSONParseError { JSONParseError(message: message, offset: i) }

    mutating func document() throws(JSONParseError) -> JSON {
        skipSpace()
        let v = try value()
        skipSpace()
        if i != buf.count { throw fail("invalid character after top-level value") }
        return v
    }

    mutating func skipSpace() {
        while i < buf.count {
            switch buf[i] {
            case 0x20, 0x0A, 0x0D, 0x09: i += 1
            default: return
            }
        }
    }

    mutating func value() throws(JSONParseError) -> JSON {
        guard i < buf.count else { throw fail("unexpected end of JSON input") }
        switch buf[i] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw fail("invalid character '\(Character(Unicode.Scalar(buf[i])))' looking for beginning of value")
        }
    }

    private mutating func literal(_ word: StaticString) throws(JSONParseError) {
        let n = word.utf8CodeUnitCount
        guard i + n <= buf.count else { throw fail("unexpected end of JSON input") }
        let w = word.utf8Start
        for k in 0..<n where buf[i + k] != w[k] { throw fail("invalid literal") }
        i += n
    }

    private mutating func enter() throws(JSONParseError) {
        depth += 1
        if depth > maxDepth { throw fail("exceeded max depth of \(maxDepth)") }
    }

    private mutating func object() throws(JSONParseError) -> JSON {
        try enter()
        i += 1
        // Room for a typical object's members: growing 1, 2, 4, 8 cost three reallocations each.
        var o = JSONObject(capacity: 8)
        skipSpace()
        if i < buf.count, buf[i] == UInt8(ascii: "}") {
            i += 1
            depth -= 1
            return .object(o)
        }
        var seen: Set<String> = []
        while true {
            let key = try memberKey()
            if trackDuplicates { path.append(key) }
            let v = try value()
            if trackDuplicates {
                if !seen.insert(key).inserted {
                    duplicates.append("." + path.joined(separator: "."))
                    o[key] = v
                } else {
                    o.appendUnchecked(key, v)
                }
                path.removeLast()
            } else if o.count < 64 {
                // Later duplicates win, as in Go's encoding/json.
                if o.replaceOrAppend(key, v) { sawDuplicate = true }
            } else {
                // Large objects switch to a key set so duplicates still replace (not append).
                if seen.isEmpty { seen = Set(o.keys) }
                if seen.insert(key).inserted {
                    o.appendUnchecked(key, v)
                } else {
                    o[key] = v
                    sawDuplicate = true
                }
            }
            if try endOfMember() {
                depth -= 1
                return .object(o)
            }
        }
    }

    /// An object member's key and its colon, leaving the position at the value.
    mutating func memberKey() throws(JSONParseError) -> String {
        skipSpace()
        guard i < buf.count, buf[i] == UInt8(ascii: "\"") else { throw fail("expected string for object key") }
        let key = try string()
        skipSpace()
        guard i < buf.count, buf[i] == UInt8(ascii: ":") else { throw fail("expected ':' after object key") }
        i += 1
        skipSpace()
        return key
    }

    /// After an object member: true at the closing brace (consumed), false after a comma.
    mutating func endOfMember() throws(JSONParseError) -> Bool {
        skipSpace()
        guard i < buf.count else { throw fail("unexpected end of JSON input") }
        if buf[i] == UInt8(ascii: ",") {
            i += 1
            return false
        }
        if buf[i] == UInt8(ascii: "}") {
            i += 1
            return true
        }
        throw fail("expected ',' or '}' after object value")
    }

    private mutating func array() throws(JSONParseError) -> JSON {
        try enter()
        i += 1
        var a: [JSON] = []
        skipSpace()
        if i < buf.count, buf[i] == UInt8(ascii: "]") {
            i += 1
            depth -= 1
            return .array(a)
        }
        while true {
            skipSpace()
            if trackDuplicates { path.append(String(a.count)) }
            a.append(try value())
            if trackDuplicates { path.removeLast() }
            skipSpace()
            guard i < buf.count else { throw fail("unexpected end of JSON input") }
            if buf[i] == UInt8(ascii: ",") {
                i += 1
                continue
            }
            if buf[i] == UInt8(ascii: "]") {
                i += 1
                depth -= 1
                return .array(a)
            }
            throw fail("expected ',' or ']' after array element")
        }
    }

    private mutating func number() throws(JSONParseError) -> JSON {
        let start = i
        var isInt = true
        if buf[i] == UInt8(ascii: "-") { i += 1 }
        guard i < buf.count, buf[i] >= 0x30, buf[i] <= 0x39 else { throw fail("invalid number") }
        if buf[i] == 0x30 {
            i += 1
        } else {
            while i < buf.count, buf[i] >= 0x30, buf[i] <= 0x39 { i += 1 }
        }
        if i < buf.count, buf[i] == UInt8(ascii: ".") {
            isInt = false
            i += 1
            guard i < buf.count, buf[i] >= 0x30, buf[i] <= 0x39 else { throw fail("invalid number") }
            while i < buf.count, buf[i] >= 0x30, buf[i] <= 0x39 { i += 1 }
        }
        if i < buf.count, buf[i] == UInt8(ascii: "e") || buf[i] == UInt8(ascii: "E") {
            isInt = false
            i += 1
            if i < buf.count, buf[i] == UInt8(ascii: "+") || buf[i] == UInt8(ascii: "-") { i += 1 }
            guard i < buf.count, buf[i] >= 0x30, buf[i] <= 0x39 else { throw fail("invalid number") }
            while i < buf.count, buf[i] >= 0x30, buf[i] <= 0x39 { i += 1 }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: buf[start..<i]), as: UTF8.self)
        if isInt, let v = Int64(text) { return .int(v) }
        // Go rejects numbers a float64 cannot hold rather than turning them into infinity.
        guard let d = Double(text), d.isFinite else { throw fail("number \(text) is out of range") }
        return .double(d)
    }

    /// Whether any byte of `w` is `"`, `\\` or below 0x20.
    @inline(__always)
    static func anyQuoteBackslashOrControl(_ w: UInt64) -> Bool {
        (WordScan.below(w, 0x20) | WordScan.equal(w, 0x22) | WordScan.equal(w, 0x5C)) != 0
    }

    mutating func string() throws(JSONParseError) -> String {
        i += 1  // opening quote
        let start = i
        // Fast path: no escapes. Plain text is skipped eight bytes at a time.
        if let base = buf.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= buf.count, !Self.anyQuoteBackslashOrControl(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                i += 8
            }
        }
        while i < buf.count {
            let c = buf[i]
            if c == UInt8(ascii: "\"") {
                let s = String(decoding: UnsafeBufferPointer(rebasing: buf[start..<i]), as: UTF8.self)
                i += 1
                return s
            }
            if c == UInt8(ascii: "\\") { break }
            if c < 0x20 { throw fail("invalid control character in string literal") }
            i += 1
        }
        var out = Array(buf[start..<i])
        while i < buf.count {
            let c = buf[i]
            if c == UInt8(ascii: "\"") {
                i += 1
                return String(decoding: out, as: UTF8.self)
            }
            if c < 0x20 { throw fail("invalid control character in string literal") }
            if c != UInt8(ascii: "\\") {
                out.append(c)
                i += 1
                continue
            }
            i += 1
            guard i < buf.count else { break }
            let e = buf[i]
            i += 1
            switch e {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if scalar >= 0xD800, scalar < 0xDC00 {
                    // A high surrogate must be followed by a low one; otherwise U+FFFD, as Go does.
                    if i + 1 < buf.count, buf[i] == UInt8(ascii: "\\"), buf[i + 1] == UInt8(ascii: "u") {
                        let save = i
                        i += 2
                        let low = try hex4()
                        if low >= 0xDC00, low < 0xE000 {
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            i = save
                            scalar = 0xFFFD
                        }
                    } else {
                        scalar = 0xFFFD
                    }
                } else if scalar >= 0xDC00, scalar < 0xE000 {
                    scalar = 0xFFFD
                }
                let u = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                out.append(contentsOf: Array(String(Character(u)).utf8))
            default:
                throw fail("invalid escape character in string literal")
            }
        }
        throw fail("unexpected end of JSON input")
    }

    private mutating func hex4() throws(JSONParseError) -> UInt32 {
        guard i + 4 <= buf.count else { throw fail("unexpected end of JSON input") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = buf[i]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: throw fail("invalid escape in \\u sequence")
            }
            v = v << 4 | d
            i += 1
        }
        return v
    }
}
