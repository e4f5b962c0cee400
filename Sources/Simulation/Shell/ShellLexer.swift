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

    /// `$…` at `pos`.
    mutating func dollar(quoted: Bool) throws(ShellSyntaxError) -> WordPart {
        pos += 1
        guard let c = peekChar() else { return quoted ? .quoted("$") : .literal("$") }
        if c == "(" && peekChar(1) == "(" {
            pos += 2
            return .arithmetic(try arithmeticSource(), quoted: quoted)
        }
        if c == "(" {
            pos += 1
            return .command(try commandSource(), quoted: quoted)
        }
        if c == "{" {
            pos += 1
            return .parameter(try braced(quoted: quoted), quoted: quoted)
        }
        if Self.isNameStart(c) {
            var name = ""
            while let d = peekChar(), Self.isNameChar(d) { name.append(d); pos += 1 }
            return .parameter(ParameterExpansion(name: name, operation: .plain), quoted: quoted)
        }
        if c.isNumber || "?$#@*!-".contains(c) {
            pos += 1
            return .parameter(ParameterExpansion(name: String(c), operation: .plain), quoted: quoted)
        }
        if c == "'" && !quoted {
            // bash's $'…' with C escapes.
            pos += 1
            var text = ""
            while true {
                guard let d = peekChar() else { throw .incomplete }
                pos += 1
                if d == "'" { break }
                if d == "\\", let e = peekChar() {
                    pos += 1
                    switch e {
                    case "n": text.append("\n")
                    case "t": text.append("\t")
                    case "r": text.append("\r")
                    case "e": text.append("\u{1b}")
                    case "0": text.append("\0")
                    default: text.append(e)
                    }
                } else {
                    text.append(d)
                }
            }
            return .quoted(text)
        }
        return quoted ? .quoted("$") : .literal("$")
    }

    /// The source of `$(…)` after `$(`, through the matching `)`.
    mutating func commandSource() throws(ShellSyntaxError) -> String {
        var depth = 0
        var text = ""
        while true {
            guard let c = peekChar() else { throw .incomplete }
            pos += 1
            switch c {
            case "\\":
                text.append(c)
                if let e = peekChar() { text.append(e); pos += 1 }
            case "'":
                text.append(c)
                while true {
                    guard let d = peekChar() else { throw .incomplete }
                    pos += 1
                    text.append(d)
                    if d == "'" { break }
                }
            case "\"":
                text.append(c)
                while true {
                    guard let d = peekChar() else { throw .incomplete }
                    pos += 1
                    text.append(d)
                    if d == "\\", let e = peekChar() { text.append(e); pos += 1; continue }
                    if d == "\"" { break }
                }
            case "(":
                depth += 1
                text.append(c)
            case ")":
                if depth == 0 { return text }
                depth -= 1
                text.append(c)
            default:
                text.append(c)
            }
        }
    }

    /// The source of `$((…))` after `$((`, through the closing `))`.
    mutating func arithmeticSource() throws(ShellSyntaxError) -> String {
        var depth = 0
        var text = ""
        while true {
            guard let c = peekChar() else { throw .incomplete }
            pos += 1
            if c == "(" { depth += 1 }
            if c == ")" {
                if depth == 0 {
                    guard peekChar() == ")" else { throw .unexpected(")") }
                    pos += 1
                    return text
                }
                depth -= 1
            }
            text.append(c)
        }
    }

    /// A backtick command substitution at `pos`.
    mutating func backtick(quoted: Bool) throws(ShellSyntaxError) -> WordPart {
        pos += 1
        var text = ""
        while true {
            guard let c = peekChar() else { throw .incomplete }
            pos += 1
            if c == "`" { return .command(text, quoted: quoted) }
            if c == "\\", let e = peekChar(), e == "`" || e == "\\" || e == "$" {
                pos += 1
                text.append(e)
                continue
            }
            text.append(c)
        }
    }

    /// `${…}` after `${`, through the closing `}`.
    mutating func braced(quoted: Bool) throws(ShellSyntaxError) -> ParameterExpansion {
        var lengthOf = false
        if peekChar() == "#", let n = peekChar(1), n != "}", Self.isNameChar(n) || "?$#@*!".contains(n) {
            lengthOf = true
            pos += 1
        }
        var name = ""
        if let c = peekChar(), Self.isNameStart(c) {
            while let d = peekChar(), Self.isNameChar(d) { name.append(d); pos += 1 }
        } else if let c = peekChar(), c.isNumber {
            while let d = peekChar(), d.isNumber { name.append(d); pos += 1 }
        } else if let c = peekChar(), "?$#@*!-".contains(c) {
            name = String(c)
            pos += 1
        } else {
            throw .unexpected("${")
        }
        if lengthOf {
            guard peekChar() == "}" else { throw .unexpected("${") }
            pos += 1
            return ParameterExpansion(name: name, operation: .length)
        }
        guard let c = peekChar() else { throw .incomplete }
        if c == "}" {
            pos += 1
            return ParameterExpansion(name: name, operation: .plain)
        }
        var colon = false
        if c == ":" { colon = true; pos += 1 }
        guard let op = peekChar() else { throw .incomplete }
        pos += 1
        func operand(stopAtSlash: Bool = false) throws(ShellSyntaxError) -> ShellWord {
            try self.operand(quoted: quoted, stopAtSlash: stopAtSlash)
        }
        switch op {
        case "-": return ParameterExpansion(name: name, operation: .useDefault(try operand(), colon: colon))
        case "=": return ParameterExpansion(name: name, operation: .assignDefault(try operand(), colon: colon))
        case "?": return ParameterExpansion(name: name, operation: .errorIfUnset(try operand(), colon: colon))
        case "+": return ParameterExpansion(name: name, operation: .useAlternative(try operand(), colon: colon))
        case "#" where !colon:
            let longest = peekChar() == "#"
            if longest { pos += 1 }
            return ParameterExpansion(name: name, operation: .removePrefix(try operand(), longest: longest))
        case "%" where !colon:
            let longest = peekChar() == "%"
            if longest { pos += 1 }
            return ParameterExpansion(name: name, operation: .removeSuffix(try operand(), longest: longest))
        case "/" where !colon:
            let all = peekChar() == "/"
            if all { pos += 1 }
            let pattern = try operand(stopAtSlash: true)
            var replacement = ShellWord(parts: [])
            if peekChar() == "/" {
                pos += 1
                replacement = try operand()
            }
            guard peekChar() == "}" else { throw .incomplete }
            pos += 1
            return ParameterExpansion(name: name, operation: .replace(pattern, replacement, all: all))
        default:
            throw .unexpected("${" + name)
        }
    }

    /// The word inside `${name op word}`, through the closing `}` (or up to `/` for replacements).
    mutating func operand(quoted: Bool, stopAtSlash: Bool) throws(ShellSyntaxError) -> ShellWord {
        var parts: [WordPart] = []
        var text = ""
        func flush() {
            if !text.isEmpty { parts.append(quoted ? .quoted(text) : .literal(text)); text = "" }
        }
        while true {
            guard let c = peekChar() else { throw .incomplete }
            if c == "}" {
                flush()
                if !stopAtSlash { pos += 1 }
                return ShellWord(parts: parts)
            }
            if stopAtSlash && c == "/" {
                flush()
                return ShellWord(parts: parts)
            }
            switch c {
            case "\\":
                pos += 1
                if let e = peekChar() {
                    pos += 1
                    flush()
                    parts.append(.quoted(String(e)))
                }
            case "'" where !quoted:
                pos += 1
                var t = ""
                while true {
                    guard let d = peekChar() else { throw .incomplete }
                    pos += 1
                    if d == "'" { break }
                    t.append(d)
                }
                flush()
                parts.append(.quoted(t))
            case "\"":
                pos += 1
                flush()
                parts += try doubleQuoted()
            case "$":
                flush()
                parts.append(try dollar(quoted: quoted))
            case "`":
                flush()
                parts.append(try backtick(quoted: quoted))
            default:
                text.append(c)
                pos += 1
            }
        }
    }

    // MARK: Here-documents

    /// Takes the body of a here-document that starts on the line after `pos` out of the source (so the
    /// parser never sees it) and returns it. Lines up to `delimiter`; `stripTabs` for `<<-`.
    mutating func takeHereDocument(delimiter: String, stripTabs: Bool) throws(ShellSyntaxError) -> String {
        var lineEnd = pos
        while lineEnd < chars.count, chars[lineEnd] != "\n" { lineEnd += 1 }
        guard lineEnd < chars.count else { throw .incomplete }
        var i = lineEnd + 1
        var body = ""
        while true {
            guard i < chars.count else { throw .incomplete }
            var j = i
            while j < chars.count, chars[j] != "\n" { j += 1 }
            var line = String(chars[i..<j])
            if stripTabs { while line.hasPrefix("\t") { line.removeFirst() } }
            let next = min(j + 1, chars.count)
            if line == delimiter {
                chars.removeSubrange((lineEnd + 1)..<next)
                return body
            }
            guard j < chars.count else { throw .incomplete }
            body += line + "\n"
            i = next
        }
    }

    /// A here-document body as a word: parameter, command and arithmetic expansion, `\` escaping only
    /// `$`, `` ` `` and `\`.
    static func hereDocumentWord(_ body: String) throws(ShellSyntaxError) -> ShellWord {
        var lexer = ShellLexer(body)
        var parts: [WordPart] = []
        var text = ""
        while let c = lexer.peekChar() {
            switch c {
            case "\\":
                lexer.pos += 1
                if let e = lexer.peekChar(), e == "$" || e == "`" || e == "\\" {
                    text.append(e)
                    lexer.pos += 1
                } else if lexer.peekChar() == "\n" {
                    lexer.pos += 1
                } else {
                    text.append("\\")
                }
            case "$":
                if !text.isEmpty { parts.append(.quoted(text)); text = "" }
                parts.append(try lexer.dollar(quoted: true))
            case "`":
                if !text.isEmpty { parts.append(.quoted(text)); text = "" }
                parts.append(try lexer.backtick(quoted: true))
            default:
                text.append(c)
                lexer.pos += 1
            }
        }
        parts.append(.quoted(text))
        return ShellWord(parts: parts)
    }
}
