/// Writes JSON values as block-style YAML the way kubectl's `-o yaml` does: two-space indentation,
/// sequences level with their key, keys in the object's order, `{}`/`[]` for empty collections,
/// strings quoted only when a plain scalar would read back differently, multi-line strings as
/// literal block scalars.
public enum YAMLWriter {
    /// The YAML text of `json`, ending with a line break.
    public static func write(_ json: JSON) -> String {
        var out = ""
        switch json {
        case .object(let o) where !o.isEmpty:
            writeObject(o, indent: 0, into: &out)
        case .array(let a) where !a.isEmpty:
            writeArray(a, indent: 0, into: &out)
        default:
            out += scalar(json, indent: 0) + "\n"
        }
        return out
    }

    private static func writeObject(_ o: JSONObject, indent: Int, into out: inout String) {
        let pad = String(repeating: " ", count: indent)
        var firstLine = true
        for (k, v) in o {
            // The first key of an object inside a sequence entry continues the `- ` line.
            if !(firstLine && indent > 0 && out.last == " ") { out += pad }
            firstLine = false
            out += key(k) + ":"
            writeValue(v, indent: indent, into: &out)
        }
    }

    /// Writes a mapping value after `key:`, with `indent` the key's indentation.
    private static func writeValue(_ v: JSON, indent: Int, into out: inout String) {
        switch v {
        case .object(let child) where !child.isEmpty:
            out += "\n"
            writeObject(child, indent: indent + 2, into: &out)
        case .array(let items) where !items.isEmpty:
            out += "\n"
            writeArray(items, indent: indent, into: &out)
        default:
            out += " " + scalar(v, indent: indent) + "\n"
        }
    }

    private static func writeArray(_ a: [JSON], indent: Int, into out: inout String) {
        let pad = String(repeating: " ", count: indent)
        for item in a {
            if !(out.last == " " && out.hasSuffix("- ")) { out += pad }
            out += "- "
            switch item {
            case .object(let o) where !o.isEmpty:
                writeObject(o, indent: indent + 2, into: &out)
            case .array(let inner) where !inner.isEmpty:
                writeArray(inner, indent: indent + 2, into: &out)
            default:
                out += scalar(item, indent: indent) + "\n"
            }
        }
    }

    private static func key(_ k: String) -> String {
        needsQuotes(k) || k.contains("\n") ? quoted(k) : k
    }

    /// A scalar (or empty collection) on one line; multi-line strings become `|` blocks indented
    /// under `indent`.
    private static func scalar(_ v: JSON, indent: Int) -> String {
        switch v {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return JSON.double(d).jsonString
        case .object: return "{}"
        case .array: return "[]"
        case .string(let s):
            if s.contains("\n") { return literalBlock(s, indent: indent) ?? quoted(s) }
            return needsQuotes(s) ? quoted(s) : s
        }
    }

    /// `|`, `|-` or `|+` with the lines indented two beyond `indent`; nil when a literal block
    /// cannot carry the text exactly (a blank starting the first non-empty line, control characters).
    private static func literalBlock(_ s: String, indent: Int) -> String? {
        // The reader takes the indentation from the first non-empty line, which must not start
        // with a blank of its own.
        if let firstLine = s.split(separator: "\n").first, firstLine.first == " " || firstLine.first == "\t" {
            return nil
        }
        if s.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || $0.value == 0x7F }) {
            return nil
        }
        var body = Substring(s)
        var trailing = 0
        while body.last == "\n" {
            body.removeLast()
            trailing += 1
        }
        if body.isEmpty { return nil }
        let indicator = trailing == 0 ? "|-" : trailing == 1 ? "|" : "|+"
        let pad = String(repeating: " ", count: indent + 2)
        var out = indicator
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            out += "\n" + (line.isEmpty ? "" : pad + line)
        }
        out += String(repeating: "\n", count: max(trailing - 1, 0))
        return out
    }

    /// Whether a one-line string must be quoted to read back as the same string.
    static func needsQuotes(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, let last = s.unicodeScalars.last else { return true }
        if YAMLScalar.resolve(s) != .string(s) { return true }
        // YAML 1.1 readers (go-yaml v2) take these for booleans; quote them as kubectl does.
        let yaml11 = ["y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF"]
        if yaml11.contains(s) { return true }
        if first == " " || last == " " || first == "\t" || last == "\t" { return true }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) {
            // `-x`, `:x` and `?x` are plain, but quoting them is simpler and always safe.
            return true
        }
        if s.contains(": ") || s.contains(" #") || s.hasSuffix(":") { return true }
        if s == "<<" { return true }
        return s.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || $0 == "\u{FEFF}" }
    }

    /// A double-quoted scalar with JSON-style escapes (JSON strings are valid YAML).
    private static func quoted(_ s: String) -> String {
        JSON.string(s).jsonString
    }
}
