/// Scalars: plain (with multi-line folding), quoted, and literal/folded block scalars.
extension YAMLReader {
    /// Scans a plain scalar to the end of its first line. Stops before ` #`, at `: ` (then the
    /// text is a mapping key and `isKey` is true, the cursor left at the `:`), and in flow
    /// context before `,[]{}`.
    mutating func scanPlainLine(flow: Bool) -> (text: String, isKey: Bool) {
        let start = pos
        var end = pos
        var isKey = false
        while let c = peek(), c != .newline {
            if c == .colon {
                let next = peek(1)
                if next == nil || next == .space || next == .tab || next == .newline || (flow && next?.isFlowIndicator == true) {
                    isKey = true
                    break
                }
            } else if c == .hash, pos > start, bytes[pos - 1] == .space || bytes[pos - 1] == .tab {
                break
            } else if flow, c.isFlowIndicator {
                break
            }
            pos += 1
            if c != .space && c != .tab { end = pos }
        }
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        if !isKey { pos = end }
        return (text, isKey)
    }

    /// Folds the continuation lines of a multi-line plain scalar (lines indented beyond `parent`)
    /// onto `first`: a single line break becomes a space, each empty line a `\n`.
    mutating func continuePlain(_ first: String, parent: Int) throws(YAMLError) -> String {
        var text = first
        while true {
            skipSpaces()
            guard atLineEnd, !atEnd else { return text }
            // Look ahead without committing: blank lines, then a more-indented content line.
            let saved = (pos, line, lineStart)
            var breaks = 0
            while peek() == .newline {
                advance()
                breaks += 1
                skipSpaces()
            }
            guard let c = peek(), c != .hash, column > parent, !atDocumentMarker else {
                (pos, line, lineStart) = saved
                return text
            }
            let (more, isKey) = scanPlainLine(flow: false)
            if isKey { throw error("mapping values are not allowed in this context") }
            text += breaks == 1 ? " " : String(repeating: "\n", count: breaks - 1)
            text += more
        }
    }

    /// A single- or double-quoted scalar starting at the cursor; line breaks inside fold as in
    /// plain scalars.
    mutating func parseQuoted() throws(YAMLError) -> String {
        let quote = bytes[pos]
        let startLine = line
        pos += 1
        var out: [UInt8] = []
        // Literal whitespace at the end of `out` that a line break would trim.
        var trimFrom = 0
        while true {
            guard let c = peek() else {
                throw YAMLError("found unexpected end of stream while scanning a quoted scalar", line: startLine, column: 1)
            }
            if c == quote {
                if quote == .apostrophe, peek(1) == .apostrophe {
                    out.append(.apostrophe)
                    pos += 2
                    trimFrom = out.count
                    continue
                }
                pos += 1
                return String(decoding: out, as: UTF8.self)
            }
            if c == .newline {
                out.removeSubrange(trimFrom...)
                var breaks = 0
                while peek() == .newline {
                    advance()
                    breaks += 1
                    skipSpaces()
                }
                if atDocumentMarker { throw error("found unexpected document indicator while scanning a quoted scalar") }
                if breaks == 1 { out.append(.space) } else { out.append(contentsOf: repeatElement(.newline, count: breaks - 1)) }
                trimFrom = out.count
                continue
            }
            if c == .backslash, quote == .quote {
                if peek(1) == .newline {
                    // An escaped line break joins the lines without a space.
                    pos += 1
                    advance()
                    skipSpaces()
                } else {
                    try scanEscape(into: &out)
                }
                trimFrom = out.count
                continue
            }
            out.append(c)
            pos += 1
            if c != .space && c != .tab { trimFrom = out.count }
        }
    }

    private mutating func scanEscape(into out: inout [UInt8]) throws(YAMLError) {
        pos += 1
        guard let e = peek() else { throw error("found unexpected end of stream while scanning a quoted scalar") }
        pos += 1
        let simple: [UInt8: String] = [
            UInt8(ascii: "0"): "\0", UInt8(ascii: "a"): "\u{07}", UInt8(ascii: "b"): "\u{08}", UInt8(ascii: "t"): "\t",
            .tab: "\t", UInt8(ascii: "n"): "\n", UInt8(ascii: "v"): "\u{0B}", UInt8(ascii: "f"): "\u{0C}",
            UInt8(ascii: "r"): "\r", UInt8(ascii: "e"): "\u{1B}", .space: " ", .quote: "\"", UInt8(ascii: "/"): "/",
            .backslash: "\\", UInt8(ascii: "N"): "\u{85}", UInt8(ascii: "_"): "\u{A0}", UInt8(ascii: "L"): "\u{2028}",
            UInt8(ascii: "P"): "\u{2029}",
        ]
        if let s = simple[e] {
            out.append(contentsOf: s.utf8)
            return
        }
        let width: Int
        switch e {
        case UInt8(ascii: "x"): width = 2
        case UInt8(ascii: "u"): width = 4
        case UInt8(ascii: "U"): width = 8
        default: throw error("found unknown escape character while parsing a quoted scalar")
        }
        guard pos + width <= bytes.count,
              let code = UInt32(String(decoding: bytes[pos..<pos + width], as: UTF8.self), radix: 16),
              let scalar = Unicode.Scalar(code)
        else { throw error("found invalid escape sequence while parsing a quoted scalar") }
        pos += width
        out.append(contentsOf: String(Character(scalar)).utf8)
    }
}
