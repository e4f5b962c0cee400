/// Decoding of raw URL text. MHD is started with an unescaper that leaves everything escaped
/// (`kubeling_mhd_keep_escaped`), because the path and query need different rules.
enum URLDecoding {
    /// Percent-decodes `raw`; with `plusAsSpace` also turns `+` into a space, as form-encoded query strings
    /// (Go's `url.Values.Encode`, used by client-go) require. Malformed escapes are kept literally.
    static func decode(_ raw: UnsafePointer<CChar>, plusAsSpace: Bool) -> String {
        let length = strlenOf(raw)
        return raw.withMemoryRebound(to: UInt8.self, capacity: length) { start in
            decode(UnsafeBufferPointer(start: start, count: length), plusAsSpace: plusAsSpace)
        }
    }

    /// Percent-decodes a byte sequence (see `decode(_:plusAsSpace:)`).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, plusAsSpace: Bool) -> String {
        guard bytes.contains(where: { $0 == UInt8(ascii: "%") || (plusAsSpace && $0 == UInt8(ascii: "+")) }) else {
            return String(decoding: bytes, as: UTF8.self)
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%"), index + 2 < bytes.count,
               let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) {
                out.append(high << 4 | low)
                index += 3
            } else if plusAsSpace && byte == UInt8(ascii: "+") {
                out.append(UInt8(ascii: " "))
                index += 1
            } else {
                out.append(byte)
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    private static func strlenOf(_ raw: UnsafePointer<CChar>) -> Int {
        var length = 0
        while raw[length] != 0 { length += 1 }
        return length
    }
}
