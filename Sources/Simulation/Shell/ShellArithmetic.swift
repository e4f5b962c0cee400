import Foundation

/// `$((…))` and `let`: integer arithmetic on 64-bit signed values with C precedence, variables by
/// name (unset or empty is 0), assignment operators and `++`/`--`.
struct ShellArithmetic {
    enum Failure: Error, Equatable {
        case syntax(String)
        case divisionByZero
    }

    private var tokens: [String] = []
    private var index = 0
    private let lookup: (String) -> String?
    private let assign: (String, String) -> Void

    /// Evaluates `expression`, reading and writing variables through the closures.
    static func evaluate(_ expression: String, lookup: @escaping (String) -> String?,
                        assign: @escaping (String, String) -> Void) throws(Failure) -> Int64 {
        var a = ShellArithmetic(lookup: lookup, assign: assign)
        a.tokens = try tokenize(expression)
        if a.tokens.isEmpty { return 0 }
        let v = try a.assignment()
        if a.index < a.tokens.count { throw .syntax(a.tokens[a.index]) }
        return v
    }

    private init(lookup: @escaping (String) -> String?, assign: @escaping (String, String) -> Void) {
        self.lookup = lookup
        self.assign = assign
    }

    static let operators = ["<<=", ">>=", "**", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "+=", "-=",
                            "*=", "/=", "%=", "&=", "|=", "^=", "+", "-", "*", "/", "%", "<", ">", "=", "!", "~",
                            "&", "|", "^", "(", ")", "?", ":"]

    private static func tokenize(_ s: String) throws(Failure) -> [String] {
        let c = Array(s)
        var i = 0
        var out: [String] = []
        outer: while i < c.count {
            if c[i] == " " || c[i] == "\t" || c[i] == "\n" { i += 1; continue }
            if c[i].isNumber || ShellLexer.isNameStart(c[i]) || c[i] == "$" {
                var j = i
                if c[j] == "$" { j += 1; i += 1 }
                while j < c.count, ShellLexer.isNameChar(c[j]) { j += 1 }
                out.append(String(c[i..<j]))
                i = j
                continue
            }
            for op in operators {
                let o = Array(op)
                if i + o.count <= c.count, Array(c[i..<(i + o.count)]) == o {
                    out.append(op)
                    i += o.count
                    continue outer
                }
            }
            throw .syntax(String(c[i...]))
        }
        return out
    }

    private func peek() -> String? { index < tokens.count ? tokens[index] : nil }
    private mutating func take() -> String? {
        defer { index += 1 }
        return peek()
    }

    private func isName(_ t: String) -> Bool { t.first.map(ShellLexer.isNameStart) ?? false }

    private func value(of name: String) throws(Failure) -> Int64 {
        let raw = (lookup(name) ?? "").trimmingCharacters(in: .whitespaces)
        if raw.isEmpty { return 0 }
        if let v = Self.number(raw) { return v }
        throw .syntax(raw)
    }

    static func number(_ t: String) -> Int64? {
        if t.hasPrefix("0x") || t.hasPrefix("0X") { return Int64(t.dropFirst(2), radix: 16) }
        if t.count > 1, t.hasPrefix("0") { return Int64(t.dropFirst(), radix: 8) }
        return Int64(t)
    }

    private mutating func assignment() throws(Failure) -> Int64 {
        if let name = peek(), isName(name), index + 1 < tokens.count,
           ["=", "+=", "-=", "*=", "/=", "%=", "<<=", ">>=", "&=", "|=", "^="].contains(tokens[index + 1]) {
            index += 2
            let op = tokens[index - 1]
            let rhs = try assignment()
            var v = rhs
            if op != "=" {
                v = try Self.apply(String(op.dropLast()), try value(of: name), rhs)
            }
            assign(name, String(v))
            return v
        }
        return try ternary()
    }

    private mutating func ternary() throws(Failure) -> Int64 {
        let c = try binary(0)
        if peek() == "?" {
            index += 1
            let a = try assignment()
            guard take() == ":" else { throw .syntax("?") }
            let b = try assignment()
            return c != 0 ? a : b
        }
        return c
    }

    static let precedence: [[String]] = [["||"], ["&&"], ["|"], ["^"], ["&"], ["==", "!="], ["<", ">", "<=", ">="],
                                         ["<<", ">>"], ["+", "-"], ["*", "/", "%"], ["**"]]

    private mutating func binary(_ level: Int) throws(Failure) -> Int64 {
        if level == Self.precedence.count { return try unary() }
        var lhs = try binary(level + 1)
        while let op = peek(), Self.precedence[level].contains(op) {
            index += 1
            let rhs = op == "**" ? try binary(level) : try binary(level + 1)
            lhs = try Self.apply(op, lhs, rhs)
        }
        return lhs
    }

    static func apply(_ op: String, _ a: Int64, _ b: Int64) throws(Failure) -> Int64 {
        switch op {
        case "+": return a &+ b
        case "-": return a &- b
        case "*": return a &* b
        case "/": if b == 0 { throw .divisionByZero }; return a / b
        case "%": if b == 0 { throw .divisionByZero }; return a % b
        case "**":
            var r: Int64 = 1
            if b > 0 { for _ in 0..<b { r = r &* a } }
            return r
        case "<<": return a << b
        case ">>": return a >> b
        case "<": return a < b ? 1 : 0
        case ">": return a > b ? 1 : 0
        case "<=": return a <= b ? 1 : 0
        case ">=": return a >= b ? 1 : 0
        case "==": return a == b ? 1 : 0
        case "!=": return a != b ? 1 : 0
        case "&": return a & b
        case "|": return a | b
        case "^": return a ^ b
        case "&&": return a != 0 && b != 0 ? 1 : 0
        case "||": return a != 0 || b != 0 ? 1 : 0
        default: throw .syntax(op)
        }
    }

    private mutating func unary() throws(Failure) -> Int64 {
        guard let t = take() else { throw .syntax("") }
        switch t {
        case "-": return 0 &- (try unary())
        case "+": return try unary()
        case "!": return try unary() == 0 ? 1 : 0
        case "~": return ~(try unary())
        case "++", "--":
            guard let name = take(), isName(name) else { throw .syntax(t) }
            let v = try value(of: name) + (t == "++" ? 1 : -1)
            assign(name, String(v))
            return v
        case "(":
            let v = try assignment()
            guard take() == ")" else { throw .syntax("(") }
            return v
        default:
            if isName(t) {
                let v = try value(of: t)
                if let post = peek(), post == "++" || post == "--" {
                    index += 1
                    assign(t, String(v + (post == "++" ? 1 : -1)))
                }
                return v
            }
            if let n = Self.number(t) { return n }
            throw .syntax(t)
        }
    }
}
