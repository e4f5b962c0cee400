import Foundation

/// Word expansion (POSIX §2.6): tilde, parameters, command substitution, arithmetic, field splitting,
/// pathname expansion, quote removal.
extension ShellInterpreter {
    /// A piece of an expanded word: text and whether it came from quotes (not split, not globbed).
    struct Piece {
        var text: String
        var quoted: Bool
    }

    /// Expands words into fields (argv).
    func expandWords(_ words: [ShellWord], _ io: FileDescriptors) throws(ShellControl) -> [String] {
        var out: [String] = []
        for w in words {
            for field in try fields(w, io) {
                out += glob(field)
            }
        }
        return out
    }

    /// Expands a word to one string (no field splitting, no globbing): assignments, `case` subjects,
    /// redirection targets, here-documents.
    func expandToString(_ word: ShellWord, _ io: FileDescriptors) throws(ShellControl) -> String {
        var s = ""
        for part in word.parts {
            for piece in try expand(part, io, joinAt: true) { s += piece.text }
        }
        return s
    }

    /// Expands a pattern word: quoted parts match literally.
    func expandPattern(_ word: ShellWord, _ io: FileDescriptors) throws(ShellControl) -> String {
        var s = ""
        for part in word.parts {
            for piece in try expand(part, io, joinAt: true) {
                s += piece.quoted ? ShellPattern.escape(piece.text) : piece.text
            }
        }
        return s
    }

    /// One word → fields; each field a list of pieces.
    private func fields(_ word: ShellWord, _ io: FileDescriptors) throws(ShellControl) -> [[Piece]] {
        var result: [[Piece]] = []
        var current: [Piece] = []
        var currentStarted = false
        let ifs = variables["IFS"] ?? " \t\n"
        for part in word.parts {
            let unquotedExpansion: Bool
            switch part {
            case .parameter(_, let q), .command(_, let q), .arithmetic(_, let q): unquotedExpansion = !q
            default: unquotedExpansion = false
            }
            if case .parameter(let p, true) = part, p.name == "@", p.operation == .plain {
                // "$@": one field per positional parameter.
                for (i, arg) in positional.enumerated() {
                    if i > 0 {
                        result.append(current)
                        current = []
                    }
                    current.append(Piece(text: arg, quoted: true))
                    currentStarted = true
                }
                continue
            }
            let pieces = try expand(part, io, joinAt: false)
            if !unquotedExpansion {
                current += pieces
                currentStarted = true
                continue
            }
            // Field splitting on IFS.
            for piece in pieces {
                let splitFields = split(piece.text, ifs: ifs)
                if splitFields.words.isEmpty {
                    if splitFields.leadingSeparator && currentStarted && !current.isEmpty {
                        result.append(current)
                        current = []
                        currentStarted = false
                    }
                    continue
                }
                for (i, w) in splitFields.words.enumerated() {
                    if i == 0 {
                        if splitFields.leadingSeparator && !current.isEmpty {
                            result.append(current)
                            current = []
                        }
                    } else {
                        result.append(current)
                        current = []
                    }
                    current.append(Piece(text: w, quoted: false))
                    currentStarted = true
                }
                if splitFields.trailingSeparator {
                    result.append(current)
                    current = []
                    currentStarted = false
                }
            }
        }
        if !current.isEmpty || (currentStarted && word.hasQuotes) { result.append(current) }
        if result.isEmpty && word.hasQuotes && !word.parts.contains(where: { if case .parameter(let p, true) = $0 { return p.name == "@" }; return false }) {
            result.append([Piece(text: "", quoted: true)])
        }
        return result
    }

    private func split(_ text: String, ifs: String) -> (words: [String], leadingSeparator: Bool, trailingSeparator: Bool) {
        if ifs.isEmpty { return (text.isEmpty ? [] : [text], false, false) }
        let seps = Set(ifs)
        var words: [String] = []
        var cur = ""
        for c in text {
            if seps.contains(c) {
                if !cur.isEmpty { words.append(cur); cur = "" }
            } else {
                cur.append(c)
            }
        }
        if !cur.isEmpty { words.append(cur) }
        let leading = text.first.map { seps.contains($0) } ?? false
        let trailing = text.last.map { seps.contains($0) } ?? false
        return (words, leading, trailing)
    }

    /// Pathname expansion of one field: matches in the file system, sorted; the field itself when
    /// nothing matches.
    private func glob(_ field: [Piece]) -> [String] {
        let plain = field.map(\.text).joined()
        guard field.contains(where: { !$0.quoted && ShellPattern.hasWildcards($0.text) }) else { return [plain] }
        let pattern = field.map { $0.quoted ? ShellPattern.escape($0.text) : $0.text }.joined()
        let absolute = pattern.hasPrefix("/")
        let segments = pattern.split(separator: "/").map(String.init)
        var candidates: [String] = [absolute ? "" : "."]
        for seg in segments {
            var next: [String] = []
            for base in candidates {
                let dir = base.isEmpty ? "/" : base
                if !ShellPattern.hasWildcards(seg) {
                    let p = (base == "." ? "" : base + "/") + ShellPattern.unescape(seg)
                    if fs.exists(VirtualFileSystem.normalize(p, cwd: cwd)) { next.append(p) }
                    continue
                }
                let entries = fs.list(VirtualFileSystem.normalize(dir, cwd: cwd)) ?? []
                for e in entries where ShellPattern.matches(seg, e) && (!e.hasPrefix(".") || seg.hasPrefix(".")) {
                    next.append(base == "." ? e : base + "/" + e)
                }
            }
            candidates = next
        }
        return candidates.isEmpty ? [plain] : candidates.sorted()
    }

    /// One part → pieces (a quoted `$*` joins on IFS's first character).
    private func expand(_ part: WordPart, _ io: FileDescriptors, joinAt: Bool) throws(ShellControl) -> [Piece] {
        switch part {
        case .literal(let s): return [Piece(text: s, quoted: false)]
        case .quoted(let s): return [Piece(text: s, quoted: true)]
        case .tilde(let user):
            if user.isEmpty { return [Piece(text: variables["HOME"] ?? "/root", quoted: true)] }
            if user == "root" { return [Piece(text: "/root", quoted: true)] }
            return [Piece(text: "~" + user, quoted: false)]
        case .parameter(let p, let q):
            return [Piece(text: try parameter(p, io), quoted: q)]
        case .command(let source, let q):
            return [Piece(text: commandSubstitution(source, io), quoted: q)]
        case .arithmetic(let source, let q):
            // The expression first undergoes parameter and command expansion.
            var lexer = ShellLexer(source)
            var text = ""
            while let c = lexer.peekChar() {
                if c == "$" {
                    let part: WordPart
                    do {
                        part = try lexer.dollar(quoted: true)
                    } catch {
                        self.error("\(source): syntax error", io)
                        throw .exit(2)
                    }
                    for piece in try expand(part, io, joinAt: true) { text += piece.text }
                } else {
                    text.append(c)
                    lexer.pos += 1
                }
            }
            return [Piece(text: String(try arithmetic(text, io)), quoted: q)]
        }
    }

    /// Evaluates an arithmetic expression; errors end the command as bash does.
    func arithmetic(_ expression: String, _ io: FileDescriptors) throws(ShellControl) -> Int64 {
        let box = VariableBox(self)
        do {
            return try ShellArithmetic.evaluate(expression, lookup: { box.interpreter.lookup($0) },
                                                assign: { box.interpreter.variables[$0] = $1 })
        } catch {
            switch error {
            case .divisionByZero: self.error("\(expression): division by 0 (error token is \"\(expression)\")", io)
            case .syntax(let t): self.error("\(expression): syntax error: invalid arithmetic operator (error token is \"\(t)\")", io)
            }
            throw .exit(1)
        }
    }

    /// A variable or special parameter's value; nil when unset.
    func lookup(_ name: String) -> String? {
        switch name {
        case "?": return String(status)
        case "$": return String(pid)
        case "#": return String(positional.count)
        case "0": return name0
        case "@", "*": return positional.joined(separator: String((variables["IFS"] ?? " ").first ?? " "))
        case "!": return lastBackgroundPID.map(String.init)
        case "-": return (errexit ? "e" : "") + (xtrace ? "x" : "") + (nounset ? "u" : "") + (interactive ? "i" : "")
        case "RANDOM": return String(Int.random(in: 0..<32768))
        case "PWD": return cwd
        default:
            if let n = Int(name) { return n >= 1 && n <= positional.count ? positional[n - 1] : nil }
            return variables[name]
        }
    }

    var name0: String { name }

    private func parameter(_ p: ParameterExpansion, _ io: FileDescriptors) throws(ShellControl) -> String {
        let value = lookup(p.name)
        switch p.operation {
        case .plain:
            if value == nil && nounset && !["@", "*"].contains(p.name) {
                error("\(p.name): unbound variable", io)
                throw .exit(1)
            }
            return value ?? ""
        case .length:
            return String((value ?? "").count)
        case .useDefault(let w, let colon):
            if value == nil || (colon && value == "") { return try expandToString(w, io) }
            return value ?? ""
        case .assignDefault(let w, let colon):
            if value == nil || (colon && value == "") {
                let v = try expandToString(w, io)
                variables[p.name] = v
                return v
            }
            return value ?? ""
        case .errorIfUnset(let w, let colon):
            if value == nil || (colon && value == "") {
                let msg = try expandToString(w, io)
                error("\(p.name): \(msg.isEmpty ? "parameter null or not set" : msg)", io)
                throw .exit(1)
            }
            return value ?? ""
        case .useAlternative(let w, let colon):
            if value == nil || (colon && value == "") { return "" }
            return try expandToString(w, io)
        case .removePrefix(let w, let longest):
            let v = value ?? ""
            let pattern = try expandPattern(w, io)
            let chars = Array(v)
            let range: [Int] = longest ? Array((0...chars.count).reversed()) : Array(0...chars.count)
            for i in range where ShellPattern.matches(pattern, String(chars[0..<i])) { return String(chars[i...]) }
            return v
        case .removeSuffix(let w, let longest):
            let v = value ?? ""
            let pattern = try expandPattern(w, io)
            let chars = Array(v)
            let range: [Int] = longest ? Array(0...chars.count) : Array((0...chars.count).reversed())
            for i in range where ShellPattern.matches(pattern, String(chars[i...])) { return String(chars[0..<i]) }
            return v
        case .replace(let pw, let rw, let all):
            let v = Array(value ?? "")
            let pattern = try expandPattern(pw, io)
            let replacement = try expandToString(rw, io)
            var out = ""
            var i = 0
            var replaced = false
            while i < v.count {
                if !replaced || all {
                    var matchedEnd: Int?
                    var j = v.count
                    while j > i {
                        if ShellPattern.matches(pattern, String(v[i..<j])) { matchedEnd = j; break }
                        j -= 1
                    }
                    if let end = matchedEnd {
                        out += replacement
                        i = end
                        replaced = true
                        continue
                    }
                }
                out.append(v[i])
                i += 1
            }
            return out
        }
    }

    /// `$(…)`: runs `source` in a subshell and returns its output without trailing newlines.
    func commandSubstitution(_ source: String, _ io: FileDescriptors) -> String {
        let command: ShellCommand
        do {
            command = try ShellParser.parse(source)
        } catch {
            reportSyntaxError(error, io)
            substitutionStatus = 2
            return ""
        }
        let capture = CaptureOutput()
        var subIO = io
        subIO.outputs[1] = capture
        let sub = subshell()
        let s = sub.runToCompletion(command, subIO)
        substitutionStatus = s
        status = s
        var text = capture.text
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// Prints a syntax error as the dialect does.
    func reportSyntaxError(_ error: ShellSyntaxError, _ io: FileDescriptors) {
        let token: String
        switch error {
        case .incomplete: token = "end of file"
        case .unexpected(let t): token = t
        }
        switch dialect {
        case .bash:
            if case .incomplete = error {
                io.stderr.write("\(errorPrefix)syntax error: unexpected end of file\n")
            } else {
                io.stderr.write("\(errorPrefix)syntax error near unexpected token `\(token)'\n")
            }
        case .dash:
            io.stderr.write("\(errorPrefix)Syntax error: \(token == "end of file" ? "end of file" : "\"\(token)\"") unexpected\n")
        case .ash:
            io.stderr.write("\(errorPrefix)syntax error: unexpected \(token == "end of file" ? "end of file" : "\"\(token)\"")\n")
        }
    }
}

/// Lets the arithmetic closures reach the interpreter.
final class VariableBox {
    let interpreter: ShellInterpreter
    init(_ interpreter: ShellInterpreter) { self.interpreter = interpreter }
}
