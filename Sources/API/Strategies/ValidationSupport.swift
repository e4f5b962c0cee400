import JSON

/// Small shared pieces of upstream validation: value checks with upstream's messages, and rendering of
/// values the way Go's `field.Error` prints them.
enum ValidationSupport {
    /// `field: Unsupported value: "x": supported values: "A", "B"`.
    static func notSupported(_ field: String, _ value: String, _ supported: [String]) -> FieldError {
        FieldError(.notSupported, field, value: quote(value),
                   "supported values: " + supported.map(quote).joined(separator: ", "))
    }

    /// A Go `%q`-style quoted string (unlike JSON text, '<', '>' and '&' stay as they are).
    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if u.value < 0x20 || u.value == 0x7F {
                    out += "\\x" + (u.value < 0x10 ? "0" : "") + String(u.value, radix: 16)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    /// `Invalid value: "x": detail` with the value quoted as Go's `%q` does.
    static func invalid(_ field: String, _ value: String, _ detail: String) -> FieldError {
        FieldError(.invalid, field, value: quote(value), detail)
    }

    /// `Invalid value: N: detail` for a number.
    static func invalidInt(_ field: String, _ value: Int64, _ detail: String) -> FieldError {
        FieldError(.invalid, field, value: String(value), detail)
    }

    /// Upstream `ValidateNonnegativeField`.
    static func nonNegative(_ value: JSON?, _ field: String) -> [FieldError] {
        guard let v = value?.intValue, v < 0 else { return [] }
        return [invalidInt(field, v, "must be greater than or equal to 0")]
    }

    /// Upstream `IsValidPortNum` messages.
    static func portNumber(_ port: Int64) -> [String] {
        (1...65535).contains(port) ? [] : ["must be between 1 and 65535, inclusive"]
    }

    /// Upstream `IsValidPortName` (IANA service names) messages.
    static func portName(_ name: String) -> [String] {
        var errs: [String] = []
        let u = Array(name.utf8)
        if u.count > 15 { errs.append("must be no more than 15 characters") }
        let lowerOrDigitOrDash = u.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
        if !lowerOrDigitOrDash { errs.append("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)") }
        if !u.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) { errs.append("must contain at least one letter (a-z)") }
        if name.contains("--") { errs.append("must not contain consecutive hyphens") }
        if u.first == 0x2D || u.last == 0x2D { errs.append("must not begin or end with a hyphen") }
        return errs
    }

    /// Go's `%#v` rendering of a `map[string]string` (keys sorted), as upstream error values show labels.
    static func goStringMap(_ json: JSON?) -> String {
        guard let map = json?.stringMap, !map.isEmpty else { return "map[string]string(nil)" }
        let body = map.keys.sorted().map { quote($0) + ":" + quote(map[$0] ?? "") }.joined(separator: ", ")
        return "map[string]string{" + body + "}"
    }

    /// Go's `%#v` rendering of a `*v1.LabelSelector`, as in upstream's "field is immutable" message.
    static func goLabelSelector(_ json: JSON?) -> String {
        guard let sel = json, sel.objectValue != nil else { return "(*v1.LabelSelector)(nil)" }
        var exprs = "[]v1.LabelSelectorRequirement(nil)"
        if let list = sel["matchExpressions"]?.arrayValue, !list.isEmpty {
            exprs = "[]v1.LabelSelectorRequirement{" + list.map { e in
                let values = e["values"]?.arrayValue.map { vs in
                    "[]string{" + vs.compactMap(\.stringValue).map(quote).joined(separator: ", ") + "}"
                } ?? "[]string(nil)"
                return "v1.LabelSelectorRequirement{Key:\(quote(e["key"]?.stringValue ?? "")), "
                    + "Operator:\(quote(e["operator"]?.stringValue ?? "")), Values:\(values)}"
            }.joined(separator: ", ") + "}"
        }
        return "&v1.LabelSelector{MatchLabels:\(goStringMap(sel["matchLabels"])), MatchExpressions:\(exprs)}"
    }

    /// The JSON text of a value, for error values that upstream renders as Go structs we do not mimic.
    static func render(_ json: JSON?) -> String { (json ?? .null).jsonString }

    /// The objects of an array member (non-objects skipped), with their indices.
    static func objects(_ json: JSON?) -> [(Int, JSON)] {
        guard let a = json?.arrayValue else { return [] }
        return a.enumerated().filter { $0.element.objectValue != nil }.map { ($0.offset, $0.element) }
    }
}
