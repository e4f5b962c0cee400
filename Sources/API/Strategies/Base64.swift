import JSON
/// Standard base64 (RFC 4648, padded), as Go's `encoding/json` uses for `[]byte` fields such as Secret data.
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i < bytes.count {
            let b0 = bytes[i], b1 = i + 1 < bytes.count ? bytes[i + 1] : 0, b2 = i + 2 < bytes.count ? bytes[i + 2] : 0
            out.append(alphabet[Int(b0 >> 2)])
            out.append(alphabet[Int((b0 & 0x03) << 4 | b1 >> 4)])
            out.append(i + 1 < bytes.count ? alphabet[Int((b1 & 0x0F) << 2 | b2 >> 6)] : UInt8(ascii: "="))
            out.append(i + 2 < bytes.count ? alphabet[Int(b2 & 0x3F)] : UInt8(ascii: "="))
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The decoded bytes, or nil when `text` is not valid padded base64.
    /// Go's base64 decoder skips `\r` and `\n`, and the value is stored re-encoded, so values wrapped
    /// over several lines (as YAML manifests write certificates) are kept as one line.
    static func dropLineBreaks(in object: inout JSON, field: String) {
        guard var data = object[field]?.objectValue else { return }
        var changed = false
        for (k, v) in data {
            guard let s = v.stringValue, s.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { continue }
            data[k] = .string(String(s.unicodeScalars.filter { $0 != "\n" && $0 != "\r" }.map(Character.init)))
            changed = true
        }
        if changed { object[field] = .object(data) }
    }

    static func decode(_ text: String) -> [UInt8]? {
        let u = Array(text.utf8)
        guard u.count % 4 == 0 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(u.count / 4 * 3)
        var i = 0
        while i < u.count {
            var vals: [UInt8] = []
            var pad = 0
            for j in 0..<4 {
                let c = u[i + j]
                if c == UInt8(ascii: "=") {
                    // Padding only in the last group's final one or two places.
                    guard i + 4 == u.count, j >= 2 else { return nil }
                    pad += 1
                    vals.append(0)
                } else {
                    guard pad == 0, let v = value(c) else { return nil }
                    vals.append(v)
                }
            }
            out.append(vals[0] << 2 | vals[1] >> 4)
            if pad < 2 { out.append((vals[1] & 0x0F) << 4 | vals[2] >> 2) }
            if pad < 1 { out.append((vals[2] & 0x03) << 6 | vals[3]) }
            i += 4
        }
        return out
    }

    private static func value(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return c - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return c - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0") + 52
        case UInt8(ascii: "+"): return 62
        case UInt8(ascii: "/"): return 63
        default: return nil
        }
    }
}
