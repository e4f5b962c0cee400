/// The cursor of the YAML parser over UTF-8 bytes (line breaks already normalised to `\n`), with
/// line tracking for error messages, the limits in force, and the anchors of the current document.
struct YAMLReader {
    let bytes: [UInt8]
    var pos = 0
    /// 1-based line of `pos`.
    var line = 1
    /// Offset where the current line starts.
    var lineStart = 0
    var depth = 0
    var nodes = 0
    let limits: YAMLLimits
    /// Anchored values of the current document with the number of values each holds.
    var anchors: [String: (value: JSON, size: Int)] = [:]

    init(_ bytes: [UInt8], limits: YAMLLimits) {
        self.bytes = bytes
        self.limits = limits
    }

    /// The 0-based column of `pos`, which is the indentation of content starting there.
    var column: Int { pos - lineStart }
    var atEnd: Bool { pos >= bytes.count }

    func peek(_ offset: Int = 0) -> UInt8? {
        let i = pos + offset
        return i < bytes.count ? bytes[i] : nil
    }

    mutating func advance() {
        if bytes[pos] == .newline {
            line += 1
            lineStart = pos + 1
        }
        pos += 1
    }

    func error(_ message: String) -> YAMLError {
        YAMLError(message, line: line, column: column + 1)
    }

    /// Whether the byte at `offset` is a space, tab, line break or the end (what must follow `-`,
    /// `:` and `?` for them to be indicators).
    func blankOrEnd(_ offset: Int = 0) -> Bool {
        guard let c = peek(offset) else { return true }
        return c == .space || c == .tab || c == .newline
    }

    /// Whether the cursor is at the end of the line or the text.
    var atLineEnd: Bool { peek() == nil || peek() == .newline }

    mutating func skipSpaces() {
        while let c = peek(), c == .space || c == .tab { pos += 1 }
    }

    mutating func skipToLineEnd() {
        while let c = peek(), c != .newline { pos += 1 }
    }

    /// Skips spaces and a comment; true when only that remained on the line.
    mutating func finishLine() -> Bool {
        skipSpaces()
        if peek() == .hash { skipToLineEnd() }
        return atLineEnd
    }

    /// Requires the rest of the line to be blank or a comment.
    mutating func expectLineEnd() throws(YAMLError) {
        guard finishLine() else { throw error("did not find expected key") }
    }

    /// Moves to the first content of the next non-blank, non-comment line (or stays on the
    /// current one if content remains). False at the end of the text or at a document marker.
    mutating func skipToContent() throws(YAMLError) -> Bool {
        // Tabs may separate tokens but never indent (YAML 1.2 §6.1).
        var inIndent = onlyBlanksBefore()
        var tabInIndent = false
        while true {
            while let c = peek(), c == .space || c == .tab {
                if c == .tab, inIndent { tabInIndent = true }
                pos += 1
            }
            guard let c = peek() else { return false }
            if c == .hash {
                skipToLineEnd()
                continue
            }
            if c == .newline {
                advance()
                inIndent = true
                tabInIndent = false
                continue
            }
            if tabInIndent { throw error("found a tab character that violates indentation") }
            return !atDocumentMarker
        }
    }

    private func onlyBlanksBefore() -> Bool {
        var i = lineStart
        while i < pos {
            if bytes[i] != .space && bytes[i] != .tab { return false }
            i += 1
        }
        return true
    }

    /// `---` or `...` at the start of a line, followed by a blank or the end.
    var atDocumentMarker: Bool {
        guard column == 0, pos + 2 < bytes.count else { return false }
        let c = bytes[pos]
        guard c == .dash || c == .dot, bytes[pos + 1] == c, bytes[pos + 2] == c else { return false }
        return blankOrEnd(3)
    }

    /// Counts one produced value against the node limit.
    mutating func count(_ n: Int = 1) throws(YAMLError) {
        nodes += n
        if nodes > limits.maxNodes { throw error("document produces too many values (more than \(limits.maxNodes))") }
    }

    mutating func enter() throws(YAMLError) {
        depth += 1
        if depth > limits.maxDepth { throw error("exceeded max depth of \(limits.maxDepth)") }
    }

    mutating func leave() { depth -= 1 }
}

extension UInt8 {
    static let newline = UInt8(ascii: "\n")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let hash = UInt8(ascii: "#")
    static let dash = UInt8(ascii: "-")
    static let dot = UInt8(ascii: ".")
    static let colon = UInt8(ascii: ":")
    static let comma = UInt8(ascii: ",")
    static let quote = UInt8(ascii: "\"")
    static let apostrophe = UInt8(ascii: "'")
    static let backslash = UInt8(ascii: "\\")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
    static let ampersand = UInt8(ascii: "&")
    static let star = UInt8(ascii: "*")
    static let bang = UInt8(ascii: "!")
    static let pipe = UInt8(ascii: "|")
    static let greater = UInt8(ascii: ">")
    static let question = UInt8(ascii: "?")

    /// `,[]{}`: the bytes that end plain scalars inside flow collections.
    var isFlowIndicator: Bool {
        self == .comma || self == .openBracket || self == .closeBracket || self == .openBrace || self == .closeBrace
    }
}
