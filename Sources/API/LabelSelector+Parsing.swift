/// The label-selector query syntax, parsed with the same tokens, grammar and error messages as
/// apimachinery's `labels.Parse`:
///
///     selector    ::= requirement ("," requirement)*
///     requirement ::= ["!"] KEY [ ("in" | "notin") "(" values ")" | ("=" | "==" | "!=" | ">" | "<") VALUE ]
extension LabelSelector {
    /// Parses `text` (already URL-decoded). The empty string selects everything. Errors are
    /// 400 BadRequest with upstream's message, e.g. `unable to parse requirement: found ')', expected: …`.
    public init(parsing text: String) throws(APIError) {
        var lexer = Lexer(Array(text.utf8))
        var parser = Parser(tokens: lexer.tokens())
        self.init(requirements: try parser.parse())
    }

    enum Token: Equatable {
        case error(String), end, closePar, comma, doesNotExist, doubleEquals, equals, greaterThan
        case identifier(String), inKeyword, lessThan, notEquals, notInKeyword, openPar

        /// The literal upstream's messages quote.
        var literal: String {
            switch self {
            case .error(let s), .identifier(let s): return s
            case .end: return ""
            case .closePar: return ")"
            case .comma: return ","
            case .doesNotExist: return "!"
            case .doubleEquals: return "=="
            case .equals: return "="
            case .greaterThan: return ">"
            case .inKeyword: return "in"
            case .lessThan: return "<"
            case .notEquals: return "!="
            case .notInKeyword: return "notin"
            case .openPar: return "("
            }
        }

        static func keyword(_ s: String) -> Token? {
            switch s {
            case ")": return .closePar
            case ",": return .comma
            case "!": return .doesNotExist
            case "==": return .doubleEquals
            case "=": return .equals
            case ">": return .greaterThan
            case "in": return .inKeyword
            case "<": return .lessThan
            case "!=": return .notEquals
            case "notin": return .notInKeyword
            case "(": return .openPar
            default: return nil
            }
        }
    }

    struct Lexer {
        let s: [UInt8]
        var pos = 0
        init(_ s: [UInt8]) { self.s = s }

        static func isWhitespace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0A }
        static func isSpecial(_ c: UInt8) -> Bool {
            switch c {
            case UInt8(ascii: "="), UInt8(ascii: "!"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ","),
                 UInt8(ascii: ">"), UInt8(ascii: "<"): return true
            default: return false
            }
        }

        /// The next byte, or 0 at the end (a NUL byte also ends the input, as upstream's lexer reads it).
        mutating func read() -> UInt8 {
            guard pos < s.count else { pos += 1; return 0 }
            pos += 1
            return s[pos - 1]
        }

        mutating func next() -> Token {
            var c = read()
            while Lexer.isWhitespace(c) { c = read() }
            if c == 0 { return .end }
            pos -= 1
            return Lexer.isSpecial(c) ? special() : identifier()
        }

        mutating func identifier() -> Token {
            var buf: [UInt8] = []
            while true {
                let c = read()
                if c == 0 { break }
                if Lexer.isSpecial(c) || Lexer.isWhitespace(c) { pos -= 1; break }
                buf.append(c)
            }
            let text = String(decoding: buf, as: UTF8.self)
            return Token.keyword(text) ?? .identifier(text)
        }

        /// The longest run of symbols that forms an operator ("!=", "==", …).
        mutating func special() -> Token {
            var buf: [UInt8] = []
            var last: Token?
            while true {
                let c = read()
                if c == 0 { break }
                if Lexer.isSpecial(c) {
                    buf.append(c)
                    if let t = Token.keyword(String(decoding: buf, as: UTF8.self)) {
                        last = t
                    } else if last != nil {
                        pos -= 1
                        break
                    }
                } else {
                    pos -= 1
                    break
                }
            }
            return last ?? .error("error expected: keyword found '\(String(decoding: buf, as: UTF8.self))'")
        }

        mutating func tokens() -> [Token] {
            var out: [Token] = []
            while true {
                let t = next()
                out.append(t)
                if t == .end { return out }
            }
        }
    }

    struct Parser {
        let tokens: [Token]
        var position = 0

        /// In value position the keywords `in` and `notin` are plain identifiers.
        func asValue(_ t: Token) -> Token {
            switch t {
            case .inKeyword: return .identifier("in")
            case .notInKeyword: return .identifier("notin")
            default: return t
            }
        }
        func lookahead() -> Token { asValue(tokens[min(position, tokens.count - 1)]) }
        mutating func consume(asValue value: Bool = true) -> Token {
            let t = tokens[min(position, tokens.count - 1)]
            position += 1
            return value ? asValue(t) : t
        }

        static func fail(_ message: String) -> APIError { APIError.badRequest(message) }

        mutating func parse() throws(APIError) -> [Requirement] {
            var reqs: [Requirement] = []
            while true {
                let t = lookahead()
                switch t {
                case .identifier, .doesNotExist:
                    do {
                        reqs.append(try requirement())
                    } catch {
                        throw Parser.fail("unable to parse requirement: " + error.message)
                    }
                    let after = consume()
                    switch after {
                    case .end: return reqs
                    case .comma:
                        let t2 = lookahead()
                        switch t2 {
                        case .identifier, .doesNotExist: break
                        default: throw Parser.fail("found '\(t2.literal)', expected: identifier after ','")
                        }
                    default: throw Parser.fail("found '\(after.literal)', expected: ',' or 'end of string'")
                    }
                case .end: return reqs
                default: throw Parser.fail("found '\(t.literal)', expected: !, identifier, or 'end of string'")
                }
            }
        }

        mutating func requirement() throws(APIError) -> Requirement {
            var t = consume()
            var negated = false
            if t == .doesNotExist {
                negated = true
                t = consume()
            }
            guard case .identifier(let key) = t else { throw Parser.fail("found '\(t.literal)', expected: identifier") }
            let keyErrs = LabelSelector.qualifiedNameErrors(key)
            if !keyErrs.isEmpty {
                // Upstream validates the key against a nil field path, which prints as "<nil>".
                throw Parser.fail(FieldError.invalid("<nil>", key, keyErrs.joined(separator: "; ")).message)
            }
            let next = lookahead()
            if negated || next == .end || next == .comma {
                return try LabelSelector.makeRequirement(key, negated ? .doesNotExist : .exists, [], valuesNil: false)
            }
            let opToken = consume(asValue: false)
            let op: Operator
            switch opToken {
            case .inKeyword: op = .in
            case .equals: op = .equals
            case .doubleEquals: op = .doubleEquals
            case .greaterThan: op = .greaterThan
            case .lessThan: op = .lessThan
            case .notInKeyword: op = .notIn
            case .notEquals: op = .notEquals
            default: throw Parser.fail("found '\(opToken.literal)', expected: in, notin, =, ==, !=, gt, lt")
            }
            let values: Set<String>
            switch op {
            case .in, .notIn: values = try valueSet()
            default: values = try exactValue()
            }
            let sorted = values.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            return try LabelSelector.makeRequirement(key, op, sorted, valuesNil: false)
        }

        mutating func valueSet() throws(APIError) -> Set<String> {
            let open = consume()
            guard open == .openPar else { throw Parser.fail("found '\(open.literal)' expected: '('") }
            let t = lookahead()
            switch t {
            case .identifier, .comma:
                let s = try identifiersList()
                if consume() != .closePar { throw Parser.fail("found '\(t.literal)', expected: ')'") }
                return s
            case .closePar:
                _ = consume()
                return [""]
            default:
                throw Parser.fail("found '\(t.literal)', expected: ',', ')' or identifier")
            }
        }

        mutating func identifiersList() throws(APIError) -> Set<String> {
            var s: Set<String> = []
            while true {
                let t = consume()
                switch t {
                case .identifier(let v):
                    s.insert(v)
                    let t2 = lookahead()
                    switch t2 {
                    case .comma: continue
                    case .closePar: return s
                    default: throw Parser.fail("found '\(t2.literal)', expected: ',' or ')'")
                    }
                case .comma:
                    // "(,a)", "(a,,b)" and "(a,)" contribute the empty value.
                    if s.isEmpty { s.insert("") }
                    let t2 = lookahead()
                    if t2 == .closePar {
                        s.insert("")
                        return s
                    }
                    if t2 == .comma {
                        _ = consume()
                        s.insert("")
                    }
                default:
                    throw Parser.fail("found '\(t.literal)', expected: ',', or identifier")
                }
            }
        }

        mutating func exactValue() throws(APIError) -> Set<String> {
            let t = lookahead()
            if t == .end || t == .comma { return [""] }
            let v = consume()
            if case .identifier(let value) = v { return [value] }
            throw Parser.fail("found '\(v.literal)', expected: identifier")
        }
    }
}
