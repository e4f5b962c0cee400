/// The part of a POSIX shell that container commands use in practice: `sh -c '…'` scripts of `echo`,
/// `sleep`, `exit`, `true`/`false`, joined with `;`, `&&`, `||` or newlines. Evaluated up front into what
/// the script prints, how long it runs and its exit status; anything it cannot follow (loops, pipes to
/// servers, unknown programs) makes it run until stopped, as a long-running command would.
enum ShellScript {
    /// The program a script amounts to.
    static func program(_ script: String) -> Program {
        var log: [String] = []
        var elapsed = 0.0
        var status = 0
        for (connector, command) in split(script) {
            if connector == "&&", status != 0 { continue }
            if connector == "||", status == 0 { continue }
            let words = command.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard let head = words.first else { continue }
            switch head {
            case "echo":
                log.append(words.dropFirst().map(unquote).joined(separator: " "))
                status = 0
            case "sleep":
                guard let arg = words.dropFirst().first else { status = 1; continue }
                guard let seconds = Double(arg.hasSuffix("s") ? String(arg.dropLast()) : arg) else {
                    // `sleep infinity` and the like.
                    return Program(name: "sh", startupLog: log, exit: nil, onTerm: .ignore)
                }
                elapsed += seconds
                status = 0
            case "exit":
                let code = words.dropFirst().first.flatMap { Int($0) } ?? status
                return Program(name: "sh", startupLog: log, exit: .init(after: elapsed, code: code & 0xff), onTerm: .ignore)
            case "true", ":":
                status = 0
            case "false":
                status = 1
            case "date", "hostname", "env", "printenv", "ls", "cat", "touch", "mkdir", "rm", "cp", "mv", "chmod", "wget",
                 "nslookup":
                status = 0
            default:
                // Something this shell cannot follow: assume it keeps running, as a server or loop would.
                return Program(name: "sh", startupLog: log, exit: nil, onTerm: .ignore)
            }
        }
        return Program(name: "sh", startupLog: log, exit: .init(after: elapsed, code: status), onTerm: .ignore)
    }

    /// Splits a script into commands with the connector before each ("" for the first and after `;`).
    static func split(_ script: String) -> [(String, String)] {
        var out: [(String, String)] = []
        var current = ""
        var connector = ""
        var quote: Character?
        var chars = Array(script)
        chars.append("\n")
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if let q = quote {
                if c == q { quote = nil }
                current.append(c)
            } else if c == "'" || c == "\"" {
                quote = c
                current.append(c)
            } else if c == ";" || c == "\n" {
                out.append((connector, current.trimmingSpaces))
                current = ""
                connector = ""
            } else if (c == "&" || c == "|"), i + 1 < chars.count, chars[i + 1] == c {
                out.append((connector, current.trimmingSpaces))
                current = ""
                connector = String([c, c])
                i += 1
            } else {
                current.append(c)
            }
            i += 1
        }
        return out.filter { !$0.1.isEmpty }
    }

    static func unquote(_ word: String) -> String {
        var w = word
        if w.count >= 2, let f = w.first, f == w.last, f == "'" || f == "\"" { w = String(w.dropFirst().dropLast()) }
        return w.filter { $0 != "'" && $0 != "\"" }
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}
