/// Reads YAML into JSON values, covering what Kubernetes manifests use: block mappings and
/// sequences (including `- key: v` compact maps and sequences indented level with their key),
/// flow `{}`/`[]`, plain, single- and double-quoted scalars, literal `|` and folded `>` block
/// scalars with chomping and indentation indicators, comments, anchors, aliases and `<<` merge keys,
/// `---`/`...` document markers.
///
/// Plain scalars resolve by the YAML 1.2 core schema: `null`/`~`/empty, `true`/`false`, decimal,
/// `0x` and `0o` integers, floats; everything else (including `yes`, `no`, `on`, `off`) stays a
/// string. Mapping keys are always strings (the key's text), as sigs.k8s.io/yaml makes them for JSON.
public enum YAMLParser {
    /// The first document of `text` (`null` when it holds none), as go-yaml's `Unmarshal` reads it.
    public static func parse(_ text: String, limits: YAMLLimits = .default) throws(YAMLError) -> JSON {
        var reader = try makeReader(text, limits: limits)
        return try reader.nextDocument() ?? .null
    }

    /// Every non-empty document of a `---`-separated stream, in order (empty documents are skipped,
    /// as kubectl's multi-document reader does).
    public static func parseAll(_ text: String, limits: YAMLLimits = .default) throws(YAMLError) -> [JSON] {
        var reader = try makeReader(text, limits: limits)
        var docs: [JSON] = []
        while let doc = try reader.nextDocument() { docs.append(doc) }
        return docs
    }

    private static func makeReader(_ text: String, limits: YAMLLimits) throws(YAMLError) -> YAMLReader {
        var bytes = Array(text.utf8)
        if bytes.count > limits.maxBytes {
            throw YAMLError("document is too large (\(bytes.count) bytes, limit \(limits.maxBytes))", line: 1, column: 1)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.contains(UInt8(ascii: "\r")) {
            // Normalise CRLF and lone CR line breaks to LF.
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                if bytes[i] == UInt8(ascii: "\r") {
                    out.append(.newline)
                    if i + 1 < bytes.count, bytes[i + 1] == .newline { i += 1 }
                } else {
                    out.append(bytes[i])
                }
                i += 1
            }
            bytes = out
        }
        return YAMLReader(bytes, limits: limits)
    }
}

extension YAMLReader {
    /// Reads the next document that has content; nil at the end of the stream.
    mutating func nextDocument() throws(YAMLError) -> JSON? {
        while true {
            anchors = [:]
            if try skipToContent() {
                if column == 0, peek() == UInt8(ascii: "%") {
                    // `%YAML` / `%TAG` directives: nothing in them changes how we read the document.
                    skipToLineEnd()
                    continue
                }
                // An implicit document (no `---`).
                let value = try parseBlockNode(parent: -1, inline: false)
                try endDocument()
                return value
            }
            if atEnd { return nil }
            let isStart = bytes[pos] == .dash
            pos += 3
            if !isStart {
                try expectLineEnd()
                continue
            }
            skipSpaces()
            if peek() == .hash { skipToLineEnd() }
            if !atLineEnd {
                // Content on the `---` line itself, e.g. `--- |` or `--- {a: 1}`.
                let value = try parseBlockNode(parent: -1, inline: false)
                try endDocument()
                return value
            }
            if try skipToContent() {
                let value = try parseBlockNode(parent: -1, inline: false)
                try endDocument()
                return value
            }
            // An empty document: look for the next one.
        }
    }

    /// After a document's root node only comments, blank lines and markers may follow.
    private mutating func endDocument() throws(YAMLError) {
        if try skipToContent() { throw error("did not find expected <document start>") }
    }
}
