import Foundation

/// Small filters scripts pipe through: sort, uniq, tr, cut; and chmod.
extension Tools {
    static func sort(_ c: inout ToolContext) -> Int32 {
        let (flags, files) = c.parseFlags(takesValue: ["k", "t"])
        var status: Int32 = 0
        var all: [String] = []
        for input in c.inputs(files, status: &status) { all += lines(input.bytes) }
        if flags["n"] != nil {
            all.sort { (Double($0.split(separator: " ").first ?? "") ?? 0) < (Double($1.split(separator: " ").first ?? "") ?? 0) }
        } else {
            all.sort()
        }
        if flags["r"] != nil { all.reverse() }
        if flags["u"] != nil {
            var seen = Set<String>()
            all = all.filter { seen.insert($0).inserted }
        }
        for l in all { c.out(l + "\n") }
        return status
    }

    static func uniq(_ c: inout ToolContext) -> Int32 {
        let (flags, files) = c.parseFlags()
        var status: Int32 = 0
        let all = c.inputs(Array(files.prefix(1)), status: &status).flatMap { lines($0.bytes) }
        var groups: [(String, Int)] = []
        for l in all {
            if let last = groups.last, last.0 == l { groups[groups.count - 1].1 += 1 } else { groups.append((l, 1)) }
        }
        for (l, n) in groups {
            if flags["d"] != nil && n < 2 { continue }
            if flags["u"] != nil && n > 1 { continue }
            c.out(flags["c"] != nil ? String(repeating: " ", count: max(0, 7 - String(n).count)) + "\(n) \(l)\n" : l + "\n")
        }
        return status
    }

    /// `a-z` ranges and `\n` escapes expanded.
    private static func trSet(_ s: String) -> [Character] {
        let chars = Array(unescape(s).0)
        var out: [Character] = []
        var i = 0
        while i < chars.count {
            if i + 2 < chars.count, chars[i + 1] == "-",
               let lo = chars[i].unicodeScalars.first?.value, let hi = chars[i + 2].unicodeScalars.first?.value, lo <= hi {
                for v in lo...hi { if let u = UnicodeScalar(v) { out.append(Character(u)) } }
                i += 3
            } else if s.hasPrefix("[:"), s == "[:upper:]" || s == "[:lower:]" || s == "[:space:]" || s == "[:digit:]" {
                return trSet(["[:upper:]": "A-Z", "[:lower:]": "a-z", "[:space:]": " \t\n\r", "[:digit:]": "0-9"][s] ?? "")
            } else {
                out.append(chars[i])
                i += 1
            }
        }
        return out
    }

    static func tr(_ c: inout ToolContext) -> Int32 {
        let (flags, sets) = c.parseFlags()
        guard let first = sets.first else { return c.fail("missing operand") }
        let from = trSet(first)
        let text = String(decoding: c.io.stdin.readAll(), as: UTF8.self)
        var out = ""
        if flags["d"] != nil {
            let drop = Set(from)
            out = String(text.filter { !drop.contains($0) })
        } else {
            guard sets.count > 1 else { return c.fail("missing operand after '\(first)'") }
            let to = trSet(sets[1])
            var map: [Character: Character] = [:]
            for (i, ch) in from.enumerated() { map[ch] = to.isEmpty ? ch : to[min(i, to.count - 1)] }
            var last: Character?
            for ch in text {
                let m = map[ch] ?? ch
                if flags["s"] != nil, m == last, map[ch] != nil { continue }
                out.append(m)
                last = m
            }
        }
        c.out(out)
        return 0
    }

    static func cut(_ c: inout ToolContext) -> Int32 {
        let (flags, files) = c.parseFlags(takesValue: ["d", "f", "c"])
        func ranges(_ spec: String) -> [ClosedRange<Int>] {
            spec.split(separator: ",").compactMap { part in
                let bounds = part.split(separator: "-", omittingEmptySubsequences: false)
                if bounds.count == 1, let n = Int(bounds[0]) { return n...n }
                let lo = Int(bounds[0]) ?? 1
                let hi = bounds.count > 1 ? Int(bounds[1]) ?? Int.max / 2 : lo
                return lo <= hi ? lo...hi : nil
            }
        }
        var status: Int32 = 0
        let all = c.inputs(files, status: &status).flatMap { lines($0.bytes) }
        if let f = flags["f"] {
            let delim = flags["d"].flatMap { $0.first } ?? "\t"
            let wanted = ranges(f)
            for l in all {
                let fields = l.split(separator: delim, omittingEmptySubsequences: false)
                if fields.count == 1 { c.out(l + "\n"); continue }
                let picked = fields.enumerated().filter { (i, _) in wanted.contains { $0.contains(i + 1) } }.map { String($0.1) }
                c.out(picked.joined(separator: String(delim)) + "\n")
            }
        } else if let spec = flags["c"] {
            let wanted = ranges(spec)
            for l in all {
                let picked = l.enumerated().filter { (i, _) in wanted.contains { $0.contains(i + 1) } }.map(\.1)
                c.out(String(picked) + "\n")
            }
        } else {
            return c.fail("you must specify a list of bytes, characters, or fields")
        }
        return status
    }

    static func chmod(_ c: inout ToolContext) -> Int32 {
        let ops = Array(c.operands.filter { !$0.hasPrefix("-") || $0.hasPrefix("-x") || $0.hasPrefix("-w") })
        guard ops.count >= 2 else { return c.fail("missing operand") }
        let spec = ops[0]
        var status: Int32 = 0
        for f in ops.dropFirst() {
            guard case .file(let file)? = c.fs.node(c.path(f)) else {
                if c.fs.isDirectory(c.path(f)) { continue }
                c.err(c.busybox ? "\(f): No such file or directory" : "cannot access '\(f)': No such file or directory")
                status = 1
                continue
            }
            var mode = file.permissions
            if let octal = UInt16(spec, radix: 8) {
                mode = octal
            } else {
                for clause in spec.split(separator: ",") {
                    guard let opIndex = clause.firstIndex(where: { "+-=".contains($0) }) else { continue }
                    let who = clause[..<opIndex]
                    let op = clause[opIndex]
                    var bits: UInt16 = 0
                    for p in clause[clause.index(after: opIndex)...] {
                        bits |= p == "r" ? 0o444 : p == "w" ? 0o222 : p == "x" ? 0o111 : 0
                    }
                    var mask: UInt16 = 0
                    if who.isEmpty || who.contains("a") { mask = 0o777 }
                    if who.contains("u") { mask |= 0o700 }
                    if who.contains("g") { mask |= 0o070 }
                    if who.contains("o") { mask |= 0o007 }
                    bits &= mask
                    switch op {
                    case "+": mode |= bits
                    case "-": mode &= ~bits
                    default: mode = (mode & ~mask) | bits
                    }
                }
            }
            file.setPermissions(mode)
        }
        return status
    }
}
