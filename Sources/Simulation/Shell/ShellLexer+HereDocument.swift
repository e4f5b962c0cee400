/// Here-documents: bodies taken out of the source, and their expansion.
extension ShellLexer {
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
