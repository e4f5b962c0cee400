/// A recursive-descent parser for the shell grammar (POSIX §2.10), over `ShellLexer`.
struct ShellParser {
    var lexer: ShellLexer

    init(_ source: String) { lexer = ShellLexer(source) }

    /// Parses a whole program. Throws `.incomplete` when the source ends inside a construct.
    static func parse(_ source: String) throws(ShellSyntaxError) -> ShellCommand {
        var parser = ShellParser(source)
        let list = try parser.list()
        let tail = try parser.lexer.next()
        guard tail == .end else { throw .unexpected(tail.display) }
        return list
    }

    static let terminators: Set<String> = ["then", "else", "elif", "fi", "do", "done", "esac", "}"]

    static func reserved(_ token: ShellToken) -> String? {
        if case .word(let w) = token, let lit = w.literal,
           terminators.contains(lit) || ["if", "while", "until", "for", "case", "{", "!", "in", "function"].contains(lit) {
            return lit
        }
        return nil
    }

    mutating func skipNewlines() throws(ShellSyntaxError) {
        while try lexer.peek() == .newline { _ = try lexer.next() }
    }

    /// A compound list: and-or lists separated by `;`, `&` or newlines, up to a terminator.
    mutating func list() throws(ShellSyntaxError) -> ShellCommand {
        var items: [(command: ShellCommand, background: Bool)] = []
        while true {
            try skipNewlines()
            let token = try lexer.peek()
            if token == .end || token == .op(")") || token == .op(";;") { break }
            if let r = Self.reserved(token), Self.terminators.contains(r) { break }
            let command = try andOr()
            switch try lexer.peek() {
            case .op(";"):
                _ = try lexer.next()
                items.append((command, false))
            case .op("&"):
                _ = try lexer.next()
                items.append((command, true))
            case .newline:
                _ = try lexer.next()
                items.append((command, false))
            default:
                items.append((command, false))
                return items.count == 1 && !items[0].background ? items[0].command : .list(items)
            }
        }
        if items.count == 1 && !items[0].background { return items[0].command }
        return .list(items)
    }

    /// A list that must not be empty (`then` needs a command before it).
    mutating func nonEmptyList() throws(ShellSyntaxError) -> ShellCommand {
        let l = try list()
        if case .list(let items) = l, items.isEmpty {
            let t = try lexer.peek()
            if t == .end { throw .incomplete }
            throw .unexpected(t.display)
        }
        return l
    }

    mutating func andOr() throws(ShellSyntaxError) -> ShellCommand {
        let first = try pipeline()
        var rest: [(AndOr, ShellCommand)] = []
        while true {
            let t = try lexer.peek()
            guard t == .op("&&") || t == .op("||") else { break }
            _ = try lexer.next()
            try skipNewlines()
            rest.append((t == .op("&&") ? .and : .or, try pipeline()))
        }
        return rest.isEmpty ? first : .andOr(first, rest)
    }

    mutating func pipeline() throws(ShellSyntaxError) -> ShellCommand {
        var negated = false
        if Self.reserved(try lexer.peek()) == "!" {
            _ = try lexer.next()
            negated = true
        }
        var stages = [try command()]
        while try lexer.peek() == .op("|") {
            _ = try lexer.next()
            try skipNewlines()
            stages.append(try command())
        }
        return stages.count == 1 && !negated ? stages[0] : .pipeline(stages, negated: negated)
    }

    mutating func command() throws(ShellSyntaxError) -> ShellCommand {
        let token = try lexer.peek()
        switch token {
        case .end: throw .incomplete
        case .op("("):
            _ = try lexer.next()
            let body = try nonEmptyList()
            try expect(op: ")")
            return .subshell(body, try redirections())
        case .word(let w):
            if let r = Self.reserved(token) {
                switch r {
                case "if": return try ifClause()
                case "while", "until": return try loop(until: r == "until")
                case "for": return try forLoop()
                case "case": return try caseClause()
                case "{":
                    _ = try lexer.next()
                    let body = try nonEmptyList()
                    try expect(word: "}")
                    return .group(body, try redirections())
                case "function":
                    _ = try lexer.next()
                    guard case .word(let nameWord) = try lexer.next(), let name = nameWord.literal else { throw .unexpected("function") }
                    if try lexer.peek() == .op("(") {
                        _ = try lexer.next()
                        try expect(op: ")")
                    }
                    try skipNewlines()
                    return .function(name: name, body: try command())
                case "in":
                    break
                default:
                    throw .unexpected(r)
                }
            }
            // name() compound-command
            if let name = w.literal, isName(name) {
                let saved = lexer
                _ = try lexer.next()
                if try lexer.peek() == .op("(") {
                    _ = try lexer.next()
                    if try lexer.peek() == .op(")") {
                        _ = try lexer.next()
                        try skipNewlines()
                        return .function(name: name, body: try command())
                    }
                }
                lexer = saved
            }
            return try simple()
        default:
            return try simple()
        }
    }

    func isName(_ s: String) -> Bool {
        guard let f = s.first, ShellLexer.isNameStart(f) else { return false }
        return s.allSatisfy(ShellLexer.isNameChar)
    }

    mutating func simple() throws(ShellSyntaxError) -> ShellCommand {
        var assignments: [Assignment] = []
        var words: [ShellWord] = []
        var redirs: [Redirection] = []
        while true {
            let token = try lexer.peek()
            switch token {
            case .ioNumber, .op("<"), .op(">"), .op(">>"), .op(">&"), .op("<&"), .op("<>"), .op(">|"), .op("&>"),
                 .op("&>>"), .op("<<"), .op("<<-"), .op("<<<"):
                redirs.append(try redirection())
            case .word(let w):
                _ = try lexer.next()
                if words.isEmpty, let a = assignment(w) {
                    assignments.append(a)
                } else {
                    words.append(w)
                }
            default:
                if assignments.isEmpty && words.isEmpty && redirs.isEmpty {
                    if token == .end { throw .incomplete }
                    throw .unexpected(token.display)
                }
                return .simple(assignments: assignments, words: words, redirections: redirs)
            }
        }
    }

    func assignment(_ w: ShellWord) -> Assignment? {
        guard case .literal(let first)? = w.parts.first, let eq = first.firstIndex(of: "=") else { return nil }
        let name = String(first[..<eq])
        guard isName(name) else { return nil }
        var parts = Array(w.parts.dropFirst())
        let rest = String(first[first.index(after: eq)...])
        if !rest.isEmpty { parts.insert(.literal(rest), at: 0) }
        return Assignment(name: name, value: ShellWord(parts: parts))
    }

    mutating func redirections() throws(ShellSyntaxError) -> [Redirection] {
        var out: [Redirection] = []
        while true {
            switch try lexer.peek() {
            case .ioNumber, .op("<"), .op(">"), .op(">>"), .op(">&"), .op("<&"), .op("<>"), .op(">|"), .op("&>"),
                 .op("&>>"), .op("<<"), .op("<<-"), .op("<<<"):
                out.append(try redirection())
            default:
                return out
            }
        }
    }

    mutating func redirection() throws(ShellSyntaxError) -> Redirection {
        var fd: Int?
        var token = try lexer.next()
        if case .ioNumber(let n) = token {
            fd = n
            token = try lexer.next()
        }
        guard case .op(let op) = token else { throw .unexpected(token.display) }
        let targetToken = try lexer.next()
        guard case .word(let target) = targetToken else {
            if targetToken == .end { throw .unexpected("newline") }
            throw .unexpected(targetToken.display)
        }
        switch op {
        case ">", ">|": return Redirection(fd: fd, op: .output, target: target)
        case ">>": return Redirection(fd: fd, op: .append, target: target)
        case "<": return Redirection(fd: fd, op: .input, target: target)
        case ">&": return Redirection(fd: fd, op: .duplicateOutput, target: target)
        case "<&": return Redirection(fd: fd, op: .duplicateInput, target: target)
        case "<>": return Redirection(fd: fd, op: .inputOutput, target: target)
        case "&>": return Redirection(fd: nil, op: .outputAndError, target: target)
        case "&>>": return Redirection(fd: nil, op: .appendOutputAndError, target: target)
        case "<<<": return Redirection(fd: fd, op: .hereString, target: target)
        default:
            // << and <<-: the delimiter's quotes decide whether the body expands.
            let delimiter = target.parts.map { part -> String in
                switch part {
                case .literal(let s), .quoted(let s): s
                default: ShellWord(parts: [part]).sourceText
                }
            }.joined()
            let body = try lexer.takeHereDocument(delimiter: delimiter, stripTabs: op == "<<-")
            let expand = !target.hasQuotes
            let word = expand ? try ShellLexer.hereDocumentWord(body) : ShellWord(parts: [.quoted(body)])
            return Redirection(fd: fd, op: .hereDocument(expand: expand), target: word)
        }
    }

    mutating func expect(op: String) throws(ShellSyntaxError) {
        let t = try lexer.next()
        if t == .op(op) { return }
        if t == .end { throw .incomplete }
        throw .unexpected(t.display)
    }

    mutating func expect(word: String) throws(ShellSyntaxError) {
        let t = try lexer.next()
        if case .word(let w) = t, w.literal == word { return }
        if t == .end { throw .incomplete }
        throw .unexpected(t.display)
    }

    mutating func ifClause() throws(ShellSyntaxError) -> ShellCommand {
        _ = try lexer.next()
        var branches: [(condition: ShellCommand, body: ShellCommand)] = []
        var otherwise: ShellCommand?
        let condition = try nonEmptyList()
        try expect(word: "then")
        branches.append((condition, try nonEmptyList()))
        while true {
            let t = try lexer.next()
            guard case .word(let w) = t, let r = w.literal else {
                if t == .end { throw .incomplete }
                throw .unexpected(t.display)
            }
            switch r {
            case "elif":
                let c = try nonEmptyList()
                try expect(word: "then")
                branches.append((c, try nonEmptyList()))
            case "else":
                otherwise = try nonEmptyList()
            case "fi":
                return .ifClause(branches, otherwise: otherwise, try redirections())
            default:
                throw .unexpected(r)
            }
        }
    }

    mutating func loop(until: Bool) throws(ShellSyntaxError) -> ShellCommand {
        _ = try lexer.next()
        let condition = try nonEmptyList()
        try expect(word: "do")
        let body = try nonEmptyList()
        try expect(word: "done")
        return .loop(condition: condition, body: body, until: until, try redirections())
    }

    mutating func forLoop() throws(ShellSyntaxError) -> ShellCommand {
        _ = try lexer.next()
        let nameToken = try lexer.next()
        guard case .word(let nw) = nameToken, let name = nw.literal, isName(name) else {
            if nameToken == .end { throw .incomplete }
            throw .unexpected(nameToken.display)
        }
        var words: [ShellWord]?
        try skipNewlines()
        if case .word(let w) = try lexer.peek(), w.literal == "in" {
            _ = try lexer.next()
            var list: [ShellWord] = []
            while case .word(let item) = try lexer.peek() {
                _ = try lexer.next()
                list.append(item)
            }
            words = list
            let sep = try lexer.next()
            guard sep == .op(";") || sep == .newline else {
                if sep == .end { throw .incomplete }
                throw .unexpected(sep.display)
            }
        } else if try lexer.peek() == .op(";") {
            _ = try lexer.next()
        }
        try skipNewlines()
        try expect(word: "do")
        let body = try nonEmptyList()
        try expect(word: "done")
        return .forLoop(name: name, words: words, body: body, try redirections())
    }

    mutating func caseClause() throws(ShellSyntaxError) -> ShellCommand {
        _ = try lexer.next()
        let wt = try lexer.next()
        guard case .word(let subject) = wt else {
            if wt == .end { throw .incomplete }
            throw .unexpected(wt.display)
        }
        try skipNewlines()
        try expect(word: "in")
        var items: [(patterns: [ShellWord], body: ShellCommand?)] = []
        while true {
            try skipNewlines()
            var t = try lexer.next()
            if case .word(let w) = t, w.literal == "esac" { break }
            if t == .op("(") { t = try lexer.next() }
            var patterns: [ShellWord] = []
            while true {
                guard case .word(let p) = t else {
                    if t == .end { throw .incomplete }
                    throw .unexpected(t.display)
                }
                patterns.append(p)
                let sep = try lexer.next()
                if sep == .op(")") { break }
                guard sep == .op("|") else {
                    if sep == .end { throw .incomplete }
                    throw .unexpected(sep.display)
                }
                t = try lexer.next()
            }
            let body = try list()
            var bodyOrNil: ShellCommand? = body
            if case .list(let l) = body, l.isEmpty { bodyOrNil = nil }
            items.append((patterns, bodyOrNil))
            try skipNewlines()
            let end = try lexer.peek()
            if end == .op(";;") {
                _ = try lexer.next()
            } else if case .word(let w) = end, w.literal == "esac" {
                continue
            } else if end == .end {
                throw .incomplete
            } else {
                throw .unexpected(end.display)
            }
        }
        return .caseClause(subject, items, try redirections())
    }
}
