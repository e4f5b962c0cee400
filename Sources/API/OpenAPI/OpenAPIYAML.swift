import JSON

/// A minimal block-style YAML writer for vendor-extension values in the gnostic protobuf (`Any.yaml`):
/// kubectl decodes them with a YAML parser (`group: apps\nkind: Deployment\nversion: v1\n`).
enum OpenAPIYAML {
    /// The YAML text of a value, ending with a newline.
    static func encode(_ value: JSON) -> String {
        if let s = scalar(value) { return s + "\n" }
        return lines(value).joined(separator: "\n") + "\n"
    }

    /// A scalar in YAML form, or nil for a non-empty collection.
    static func scalar(_ value: JSON) -> String? {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return String(d)
        case .string(let s): return plainSafe(s) ? s : JSON.string(s).jsonString
        case .array(let a): return a.isEmpty ? "[]" : nil
        case .object(let o): return o.isEmpty ? "{}" : nil
        }
    }

    /// Whether a string can be written unquoted without being read back as another type.
    static func plainSafe(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, first.properties.isAlphabetic else { return false }
        let reserved: Set<String> = ["true", "false", "null", "yes", "no", "on", "off", "y", "n", "~"]
        if reserved.contains(s.lowercased()) { return false }
        return s.unicodeScalars.allSatisfy { c in
            (c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c))) || c == "." || c == "-" || c == "_" || c == "/"
        }
    }

    private static func lines(_ value: JSON) -> [String] {
        switch value {
        case .object(let o):
            var out: [String] = []
            for (k, v) in o {
                let key = plainSafe(k) ? k : JSON.string(k).jsonString
                if let s = scalar(v) {
                    out.append("\(key): \(s)")
                } else {
                    out.append("\(key):")
                    out += lines(v).map { "  " + $0 }
                }
            }
            return out
        case .array(let a):
            var out: [String] = []
            for v in a {
                if let s = scalar(v) {
                    out.append("- " + s)
                } else {
                    let sub = lines(v)
                    for (i, line) in sub.enumerated() { out.append((i == 0 ? "- " : "  ") + line) }
                }
            }
            return out
        default:
            return [scalar(value) ?? ""]
        }
    }
}
