/// Tokens of the shell grammar, read on demand from the source (the parser asks for the next token in
/// the context it is in; POSIX §2.3 "Token Recognition").
enum ShellToken: Equatable {
    case word(ShellWord)
    /// An operator: `;` `&` `|` `&&` `||` `;;` `(` `)` and redirection operators.
    case op(String)
    /// `2` in `2>&1`.
    case ioNumber(Int)
    case newline
    case end

    /// How bash quotes it in `syntax error near unexpected token`.
    var display: String {
        switch self {
        case .word(let w): w.sourceText
        case .op(let o): o
        case .ioNumber(let n): String(n)
        case .newline: "newline"
        case .end: "end of file"
        }
    }
}

extension ShellWord {
    /// An approximation of the word's source (for messages and here-document delimiters).
    var sourceText: String {
        parts.map { part -> String in
            switch part {
            case .literal(let s), .quoted(let s): s
            case .tilde(let u): "~" + u
            case .parameter(let p, _): "$" + p.name
            case .command(let c, _): "$(" + c + ")"
            case .arithmetic(let a, _): "$((" + a + "))"
            }
        }.joined()
    }
}

/// The character-level reader under `ShellParser`.
struct ShellLexer {
    var chars: [Character]
    var pos = 0

    init(_ source: String) { chars = Array(source) }

    static let operators = ["&&", "||", ";;", "<<<", "<<-", "<<", ">>", ">&", "<&", "<>", ">|", "&>>", "&>",
                            ";", "&", "|", "(", ")", "<", ">"]

    var atEnd: Bool { pos >= chars.count }

    func peekChar(_ offset: Int = 0) -> Character? {
        pos + offset < chars.count ? chars[pos + offset] : nil
    }

    static func isMeta(_ c: Character) -> Bool {
        c == " " || c == "\t" || c == "\n" || c == ";" || c == "&" || c == "|" || c == "<" || c == ">" || c == "(" || c == ")"
    }

    static func isNameStart(_ c: Character) -> Bool { c == "_" || (c.isASCII && c.isLetter) }
    static func isNameChar(_ c: Character) -> Bool { c == "_" || (c.isASCII && (c.isLetter || c.isNumber)) }

    /// Skips blanks, line continuations and comments (not newlines).
    mutating func skipBlanks() {
        while let c = peekChar() {
            if c == " " || c == "\t" || c == "\r" {
                pos += 1
            } else if c == "\\" && peekChar(1) == "\n" {
                pos += 2
            } else if c == "#" {
                while let d = peekChar(), d != "\n" { pos += 1 }
            } else {
                break
            }
        }
    }

    /// The next token.
    mutating func next() throws(ShellSyntaxError) -> ShellToken {
        skipBlanks()
        guard let c = peekChar() else { return .end }
        if c == "\n" {
            pos += 1
            return .newline
        }
        // An IO number: digits directly followed by < or >.
        if c.isNumber {
            var end = pos
            while end < chars.count, chars[end].isASCII, chars[end].isNumber { end += 1 }
            if end < chars.count, chars[end] == "<" || chars[end] == ">", let n = Int(String(chars[pos..<end])) {
                pos = end
                return .ioNumber(n)
            }
        }
        for op in Self.operators where matches(op) {
            pos += op.count
            return .op(op)
        }
        return .word(try word())
    }

    /// The next token without consuming it.
    mutating func peek() throws(ShellSyntaxError) -> ShellToken {
        let saved = pos
        defer { pos = saved }
        return try next()
    }

    func matches(_ s: String) -> Bool {
        var i = pos
        for ch in s {
            guard i < chars.count, chars[i] == ch else { return false }
            i += 1
        }
        return true
    }

    // MARK: Words

    /// A word in unquoted context, up to a metacharacter.
    mutating func word() throws(ShellSyntaxError) -> ShellWord {
        var parts: [WordPart] = []
        var literal = ""
        func flush() {
            if !literal.isEmpty { parts.append(.literal(literal)); literal = "" }
        }
        let start = pos
        while let c = peekChar(), !Self.isMeta(c) {
            switch c {
            case "\\":
                pos += 1
                guard let e = peekChar() else { literal.append("\\"); continue }
                pos += 1
                if e == "\n" { continue }
                flush()
                parts.append(.quoted(String(e)))
            case "'":
                pos += 1
                var text = ""
                while true {
                    guard let d = peekChar() else { throw .incomplete }
                    pos += 1
                    if d == "'" { break }
                    text.append(d)
                }
                flush()
                parts.append(.quoted(text))
            case "\"":
                pos += 1
                flush()
                parts += try doubleQuoted()
            case "$":
                flush()
                parts.append(try dollar(quoted: false))
            case "`":
                flush()
                parts.append(try backtick(quoted: false))
            case "~" where pos == start:
                pos += 1
                var user = ""
                while let d = peekChar(), d != "/", !Self.isMeta(d), d != ":" { user.append(d); pos += 1 }
                parts.append(.tilde(user))
            default:
                literal.append(c)
                pos += 1
            }
        }
        flush()
        return ShellWord(parts: parts)
    }

    /// The inside of `"…"`, after the opening quote, through the closing one.
    mutating func doubleQuoted() throws(ShellSyntaxError) -> [WordPart] {
        var parts: [WordPart] = []
        var text = ""
        while true {
            guard let c = peekChar() else { throw .incomplete }
            switch c {
            case "\"":
                pos += 1
                if !text.isEmpty || parts.isEmpty { parts.append(.quoted(text)) }
                return parts
            case "\\":
                pos += 1
                guard let e = peekChar() else { throw .incomplete }
                pos += 1
                if e == "\n" { continue }
                if e == "$" || e == "`" || e == "\"" || e == "\\" { text.append(e) } else { text += "\\" + String(e) }
            case "$":
                if !text.isEmpty { parts.append(.quoted(text)); text = "" }
                parts.append(try dollar(quoted: true))
            case "`":
                if !text.isEmpty { parts.append(.quoted(text)); text = "" }
                parts.append(try backtick(quoted: true))
            default:
                text.append(c)
                pos += 1
            }
        }
    }
}
