/// The `$` forms and backticks inside words: parameters, `${…}` operators, `$(…)`, `$((…))`, `$'…'`.
extension ShellLexer {
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
            } else {
                guard peekChar() == "}" else { throw .incomplete }
                pos += 1
            }
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
}
