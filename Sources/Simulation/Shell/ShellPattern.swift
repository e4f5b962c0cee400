/// Shell pattern matching (POSIX §2.13): `*`, `?`, `[…]` (with `!`/`^` negation and ranges), and `\`
/// quoting the next character. Used by `case`, `${x#pat}`, pathname expansion and `[[ == ]]`-free tests.
enum ShellPattern {
    /// Whether `text` matches all of `pattern`.
    static func matches(_ pattern: String, _ text: String) -> Bool {
        match(Array(pattern), 0, Array(text), 0)
    }

    /// Whether the pattern has unquoted special characters.
    static func hasWildcards(_ pattern: String) -> Bool {
        var escaped = false
        for c in pattern {
            if escaped { escaped = false; continue }
            if c == "\\" { escaped = true; continue }
            if c == "*" || c == "?" || c == "[" { return true }
        }
        return false
    }

    /// Escapes every special character so the text matches only itself.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            if c == "*" || c == "?" || c == "[" || c == "]" || c == "\\" { out.append("\\") }
            out.append(c)
        }
        return out
    }

    /// The pattern with its quoting backslashes removed (a literal that had no wildcards).
    static func unescape(_ pattern: String) -> String {
        var out = ""
        var escaped = false
        for c in pattern {
            if !escaped && c == "\\" { escaped = true; continue }
            escaped = false
            out.append(c)
        }
        return out
    }

    private static func match(_ p: [Character], _ pi: Int, _ t: [Character], _ ti: Int) -> Bool {
        var pi = pi
        var ti = ti
        while pi < p.count {
            let c = p[pi]
            switch c {
            case "*":
                while pi < p.count && p[pi] == "*" { pi += 1 }
                if pi == p.count { return true }
                var k = ti
                while k <= t.count {
                    if match(p, pi, t, k) { return true }
                    k += 1
                }
                return false
            case "?":
                guard ti < t.count else { return false }
                pi += 1
                ti += 1
            case "[":
                guard ti < t.count else { return false }
                if let (ok, next) = bracket(p, pi, t[ti]) {
                    if !ok { return false }
                    pi = next
                    ti += 1
                } else {
                    guard t[ti] == "[" else { return false }
                    pi += 1
                    ti += 1
                }
            case "\\" where pi + 1 < p.count:
                guard ti < t.count, t[ti] == p[pi + 1] else { return false }
                pi += 2
                ti += 1
            default:
                guard ti < t.count, t[ti] == c else { return false }
                pi += 1
                ti += 1
            }
        }
        return ti == t.count
    }

    /// A bracket expression at `start`: whether `ch` matches and the index after `]`; nil when unclosed.
    private static func bracket(_ p: [Character], _ start: Int, _ ch: Character) -> (Bool, Int)? {
        var i = start + 1
        var negate = false
        if i < p.count, p[i] == "!" || p[i] == "^" { negate = true; i += 1 }
        var matched = false
        var first = true
        while i < p.count {
            if p[i] == "]" && !first { return (matched != negate, i + 1) }
            first = false
            var lo = p[i]
            if lo == "\\", i + 1 < p.count { i += 1; lo = p[i] }
            if i + 2 < p.count, p[i + 1] == "-", p[i + 2] != "]" {
                let hi = p[i + 2]
                if lo <= ch && ch <= hi { matched = true }
                i += 3
            } else {
                if lo == ch { matched = true }
                i += 1
            }
        }
        return nil
    }
}
