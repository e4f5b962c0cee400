extension JSONParser {
    /// Parses only the shallow part of an object: the root's scalar members, the scalar members of
    /// its object members, and, below that, only containers named in `keepNested` (parsed whole).
    /// Everything else is skipped without allocating. For extracting index fields (name, labels,
    /// `status.phase`, …) from stored objects, where a full parse would build the whole tree.
    /// With `keepScalars`, the scalar members of the second level are kept only when named there
    /// (the rest are stepped over without building strings).
    public static func parseSkimming(_ bytes: [UInt8], keepNested: Set<String>,
                                     keepScalars: Set<String>? = nil) throws(JSONParseError) -> JSON {
        try bytes.withUnsafeBufferPointer { buf throws(JSONParseError) in
            var p = JSONParser(buf, maxDepth: defaultMaxDepth)
            return try p.skimDocument(keepNested, keepScalars)
        }
    }

    private mutating func skimDocument(_ keep: Set<String>, _ scalars: Set<String>?) throws(JSONParseError) -> JSON {
        skipSpace()
        guard i < buf.count, buf[i] == UInt8(ascii: "{") else { return try document() }
        return try skimObject(level: 0, keep, scalars)
    }

    /// An object at `level` (0 = root): nested containers are parsed (level 0 objects), parsed whole
    /// (named in `keep`), or skipped.
    private mutating func skimObject(level: Int, _ keep: Set<String>, _ scalars: Set<String>?) throws(JSONParseError) -> JSON {
        i += 1
        var o = JSONObject()
        skipSpace()
        if i < buf.count, buf[i] == UInt8(ascii: "}") {
            i += 1
            return .object(o)
        }
        while true {
            let key = try memberKey()
            guard i < buf.count else { throw fail("unexpected end of JSON input") }
            let c = buf[i]
            if c == UInt8(ascii: "{") || c == UInt8(ascii: "[") {
                if keep.contains(key) {
                    o.replaceOrAppend(key, try value())
                } else if level == 0 && c == UInt8(ascii: "{") {
                    o.replaceOrAppend(key, try skimObject(level: 1, keep, scalars))
                } else {
                    try skipValue()
                }
            } else if level == 1, let scalars, !scalars.contains(key) {
                try skipScalar()
            } else {
                o.replaceOrAppend(key, try value())
            }
            if try endOfMember() { return .object(o) }
        }
    }

    /// Steps over a string, number or literal without building it.
    private mutating func skipScalar() throws(JSONParseError) {
        guard i < buf.count else { throw fail("unexpected end of JSON input") }
        if buf[i] == UInt8(ascii: "\"") {
            i += 1
            while i < buf.count, buf[i] != UInt8(ascii: "\"") {
                i += buf[i] == UInt8(ascii: "\\") ? 2 : 1
            }
            guard i < buf.count else { throw fail("unexpected end of JSON input") }
            i += 1
            return
        }
        while i < buf.count {
            switch buf[i] {
            case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x0A, 0x0D, 0x09: return
            default: i += 1
            }
        }
    }

    /// Steps over one value (any type) without building it; containers by bracket depth, strings
    /// with their escapes.
    private mutating func skipValue() throws(JSONParseError) {
        var depth = 0
        repeat {
            guard i < buf.count else { throw fail("unexpected end of JSON input") }
            switch buf[i] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                if depth > maxDepth { throw fail("exceeded max depth of \(maxDepth)") }
                i += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                i += 1
            case UInt8(ascii: "\""):
                i += 1
                while i < buf.count, buf[i] != UInt8(ascii: "\"") {
                    i += buf[i] == UInt8(ascii: "\\") ? 2 : 1
                }
                i += 1
            default:
                i += 1
            }
        } while depth > 0
    }
}
