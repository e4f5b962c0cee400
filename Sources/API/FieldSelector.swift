/// A field selector, as apimachinery's `fields.Selector`: a conjunction of `field=value`,
/// `field==value` and `field!=value` terms. Values may escape `\,`, `\=` and `\\`.
public struct FieldSelector: Sendable, Equatable, CustomStringConvertible {
    /// A term's operator.
    public enum Op: String, Sendable {
        case equals = "="
        case doubleEquals = "=="
        case notEquals = "!="
    }

    /// One term.
    public struct Requirement: Sendable, Equatable {
        /// The field label, e.g. `metadata.name`.
        public var field: String
        /// The operator.
        public var op: Op
        /// The unescaped value.
        public var value: String

        /// A term.
        public init(field: String, op: Op, value: String) {
            self.field = field
            self.op = op
            self.value = value
        }
    }

    /// The terms, sorted as upstream sorts the raw terms before parsing.
    public private(set) var terms: [Requirement]

    /// A selector of these terms, in this order.
    public init(terms: [Requirement]) { self.terms = terms }

    /// The selector that matches everything.
    public static let everything = FieldSelector(terms: [])

    /// The terms as tuples.
    public var requirements: [(field: String, op: Op, value: String)] { terms.map { ($0.field, $0.op, $0.value) } }

    /// Whether the selector places no restriction.
    public var isEverything: Bool { terms.isEmpty }

    /// Parses `text` (already URL-decoded) as upstream's `fields.ParseSelector`. Errors are
    /// 400 BadRequest: `invalid selector: '…'; can't understand '…'`,
    /// `invalid field selector: invalid escape sequence: \x`,
    /// `invalid field selector: unescaped character in value: ,`.
    public init(parsing text: String) throws(APIError) {
        var parts = FieldSelector.splitTerms(text)
        parts.sort { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        var terms: [Requirement] = []
        for part in parts where !part.isEmpty {
            guard let (lhs, op, rhs) = FieldSelector.splitTerm(part) else {
                throw APIError.badRequest("invalid selector: '\(text)'; can't understand '\(part)'")
            }
            terms.append(Requirement(field: lhs, op: op, value: try FieldSelector.unescape(rhs)))
        }
        self.terms = terms
    }

    /// Whether `fields` satisfy every term; a missing field reads as "".
    public func matches(_ fields: [String: String]) -> Bool {
        for t in terms {
            let have = fields[t.field] ?? ""
            switch t.op {
            case .equals, .doubleEquals: if have != t.value { return false }
            case .notEquals: if have == t.value { return false }
            }
        }
        return true
    }

    /// The value `field` must equal (an `=`/`==` term), if any; useful for index lookups.
    public func requiredValue(for field: String) -> String? {
        terms.first { $0.field == field && $0.op != .notEquals }?.value
    }

    /// The canonical string form as upstream prints it (`==` prints as `=`; values escaped).
    public var description: String {
        terms.map { t in t.field + (t.op == .notEquals ? "!=" : "=") + FieldSelector.escape(t.value) }
            .joined(separator: ",")
    }

    /// Escapes `\`, `,` and `=` in a value.
    public static func escape(_ value: String) -> String {
        var out = ""
        for c in value {
            if c == "\\" || c == "," || c == "=" { out.append("\\") }
            out.append(c)
        }
        return out
    }

    /// Splits on commas that are not escaped; escapes are kept for `unescape`.
    static func splitTerms(_ text: String) -> [String] {
        if text.isEmpty { return [] }
        var terms: [String] = []
        var current = ""
        var escaped = false
        for c in text {
            if escaped {
                current.append(c)
                escaped = false
            } else if c == "\\" {
                current.append(c)
                escaped = true
            } else if c == "," {
                terms.append(current)
                current = ""
            } else {
                current.append(c)
            }
        }
        terms.append(current)
        return terms
    }

    /// Splits a term at its first operator, trying `!=`, `==`, `=` at each position as upstream does.
    static func splitTerm(_ term: String) -> (String, Op, String)? {
        let u = Array(term.utf8)
        for i in u.indices {
            for op in [Op.notEquals, .doubleEquals, .equals] {
                let o = Array(op.rawValue.utf8)
                if i + o.count <= u.count && Array(u[i..<(i + o.count)]) == o {
                    return (String(decoding: u[..<i], as: UTF8.self), op,
                            String(decoding: u[(i + o.count)...], as: UTF8.self))
                }
            }
        }
        return nil
    }

    /// Undoes `escape`; an unknown escape, a trailing `\` or a bare `,`/`=` is an error.
    static func unescape(_ s: String) throws(APIError) -> String {
        var out = ""
        var inSlash = false
        for c in s {
            if inSlash {
                guard c == "\\" || c == "," || c == "=" else {
                    throw APIError.badRequest("invalid field selector: invalid escape sequence: \\\(c)")
                }
                out.append(c)
                inSlash = false
                continue
            }
            switch c {
            case "\\": inSlash = true
            case ",", "=": throw APIError.badRequest("invalid field selector: unescaped character in value: \(c)")
            default: out.append(c)
            }
        }
        if inSlash { throw APIError.badRequest("invalid field selector: invalid escape sequence: \\") }
        return out
    }
}
