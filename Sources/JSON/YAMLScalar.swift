/// How plain YAML scalars resolve to JSON values (YAML 1.2 core schema), shared by the parser
/// and by `YAMLWriter`, which quotes any string that would read back as something else.
enum YAMLScalar {
    /// The value of a plain scalar; nil for `.inf` and `.nan`, which JSON cannot represent.
    static func resolve(_ s: String) -> JSON? {
        switch s {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN":
            return nil
        default: break
        }
        let u = Array(s.utf8)
        guard let first = u.first, isDigit(first) || first == .dash || first == UInt8(ascii: "+") || first == .dot else {
            return .string(s)
        }
        if u.count > 2, u[0] == UInt8(ascii: "0"), u[1] == UInt8(ascii: "x") || u[1] == UInt8(ascii: "o") {
            let radix = u[1] == UInt8(ascii: "x") ? 16 : 8
            if let v = Int64(String(decoding: u[2...], as: UTF8.self), radix: radix) { return .int(v) }
            return .string(s)
        }
        // [-+]? ( . digits | digits ( . digits? )? ) ( [eE] [-+]? digits )?
        var i = 0
        if u[i] == .dash || u[i] == UInt8(ascii: "+") { i += 1 }
        let intStart = i
        while i < u.count, isDigit(u[i]) { i += 1 }
        let intDigits = i - intStart
        var isFloat = false
        if i < u.count, u[i] == .dot {
            isFloat = true
            i += 1
            let fracStart = i
            while i < u.count, isDigit(u[i]) { i += 1 }
            if intDigits == 0 && i == fracStart { return .string(s) }
        } else if intDigits == 0 {
            return .string(s)
        }
        if i < u.count, u[i] == UInt8(ascii: "e") || u[i] == UInt8(ascii: "E") {
            isFloat = true
            i += 1
            if i < u.count, u[i] == .dash || u[i] == UInt8(ascii: "+") { i += 1 }
            let expStart = i
            while i < u.count, isDigit(u[i]) { i += 1 }
            if i == expStart { return .string(s) }
        }
        guard i == u.count else { return .string(s) }
        if !isFloat, let v = Int64(s) { return .int(v) }
        // Swift's Double parser wants a digit on both sides of the point.
        var t = s
        if t.hasSuffix(".") { t += "0" }
        if let dot = t.firstIndex(of: "."), dot == t.startIndex || !t[t.index(before: dot)].isNumber {
            t.insert("0", at: dot)
        }
        guard let d = Double(t) else { return .string(s) }
        return .double(d)
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
}

extension YAMLReader {
    /// Resolves a plain scalar, honouring the core-schema tags `!!str`, `!!int`, `!!float`,
    /// `!!bool`, `!!null`; other tags leave resolution as it is.
    func resolve(_ text: String, tag: String?) throws(YAMLError) -> JSON {
        if tag == "!!str" || tag == "!!binary" || tag == "!" { return .string(text) }
        guard let value = YAMLScalar.resolve(text) else {
            throw error("cannot represent \(text) in JSON")
        }
        return value
    }
}
