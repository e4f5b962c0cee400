import Foundation

/// Line tools: head, tail, grep, wc.
extension Tools {
    static func lines(_ bytes: [UInt8]) -> [String] {
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        if text.isEmpty && bytes.isEmpty { return [] }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// `-n N`, `-N`, `-n+N` counts for head and tail.
    private static func count(_ c: ToolContext) -> (count: Int, fromStart: Bool, files: [String])? {
        var n = 10
        var fromStart = false
        var files: [String] = []
        var i = 1
        while i < c.args.count {
            let a = c.args[i]
            if a == "-n" || a == "-c", i + 1 < c.args.count {
                i += 1
                var v = c.args[i]
                if v.hasPrefix("+") { fromStart = true; v.removeFirst() }
                guard let k = Int(v) else { return nil }
                n = abs(k)
            } else if a.hasPrefix("-n") {
                var v = String(a.dropFirst(2))
                if v.hasPrefix("+") { fromStart = true; v.removeFirst() }
                guard let k = Int(v) else { return nil }
                n = abs(k)
            } else if a.hasPrefix("-"), a.count > 1, let k = Int(a.dropFirst()) {
                n = k
            } else if a == "-f" || a == "-q" {
                // follow / quiet: not simulated
            } else {
                files.append(a)
            }
            i += 1
        }
        return (n, fromStart, files)
    }

    static func head(_ c: inout ToolContext) -> Int32 {
        guard let (n, _, files) = count(c) else { return c.fail("invalid number of lines") }
        var status: Int32 = 0
        if files.isEmpty {
            // Stop reading once enough lines came, as head does (its writer then sees a closed pipe).
            var seen = 0
            var pending: [UInt8] = []
            while seen < n, let chunk = c.io.stdin.read(max: 65_536) {
                pending += chunk
                while seen < n, let nl = pending.firstIndex(of: 10) {
                    c.out(Array(pending[...nl]))
                    pending.removeFirst(nl + 1)
                    seen += 1
                }
            }
            if seen < n && !pending.isEmpty { c.out(pending) }
            return 0
        }
        let inputs = c.inputs(files, status: &status)
        for (idx, input) in inputs.enumerated() {
            if inputs.count > 1 { c.out((idx > 0 ? "\n" : "") + "==> \(input.name) <==\n") }
            for l in lines(input.bytes).prefix(n) { c.out(l + "\n") }
        }
        return status
    }

    static func tail(_ c: inout ToolContext) -> Int32 {
        guard let (n, fromStart, files) = count(c) else { return c.fail("invalid number of lines") }
        var status: Int32 = 0
        let inputs = c.inputs(files, status: &status)
        for (idx, input) in inputs.enumerated() {
            if inputs.count > 1 { c.out((idx > 0 ? "\n" : "") + "==> \(input.name) <==\n") }
            let all = lines(input.bytes)
            let selected = fromStart ? Array(all.dropFirst(max(0, n - 1))) : Array(all.suffix(n))
            for l in selected { c.out(l + "\n") }
        }
        return status
    }

    static func grep(_ c: inout ToolContext) -> Int32 {
        let (flags, operands) = c.parseFlags(takesValue: ["e", "m", "A", "B", "C"])
        var ops = operands
        let patternText: String
        if let e = flags["e"] {
            patternText = e
        } else {
            guard !ops.isEmpty else {
                c.io.stderr.write(c.busybox ? "BusyBox v1.36.1 multi-call binary.\n\nUsage: grep [-HhnlLoqvsrRiwFE] PATTERN/-e PATTERN.../-f FILE [FILE]...\n"
                                          : "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n")
                return 2
            }
            patternText = ops.removeFirst()
        }
        let ignoreCase = flags["i"] != nil
        let invert = flags["v"] != nil
        let countOnly = flags["c"] != nil
        let quiet = flags["q"] != nil
        let showNumbers = flags["n"] != nil
        let fixed = flags["F"] != nil
        let extended = flags["E"] != nil || c.name == "egrep"
        let listFiles = flags["l"] != nil
        let onlyMatching = flags["o"] != nil
        let wholeWord = flags["w"] != nil
        var source = fixed ? NSRegularExpression.escapedPattern(for: patternText) : patternText
        if !extended && !fixed {
            // Basic regular expressions: \| \+ \? \( \) are the operators, bare ones literal.
            var converted = ""
            var chars = Array(source)[...]
            while let ch = chars.popFirst() {
                if ch == "\\", let next = chars.first, "|+?(){}".contains(next) {
                    converted.append(next)
                    chars.removeFirst()
                } else if "|+?(){}".contains(ch) {
                    converted += "\\" + String(ch)
                } else {
                    converted.append(ch)
                    if ch == "\\", let next = chars.popFirst() { converted.append(next) }
                }
            }
            source = converted
        }
        if wholeWord { source = "\\b(?:" + source + ")\\b" }
        guard let regex = try? NSRegularExpression(pattern: source, options: ignoreCase ? [.caseInsensitive] : []) else {
            return c.fail(c.busybox ? "bad regex '\(patternText)'" : "Unmatched ( or \\(", status: 2)
        }
        var status: Int32 = 0
        let inputs = c.inputs(ops, status: &status)
        if status != 0 && inputs.isEmpty { return 2 }
        var any = false
        for input in inputs {
            var matches = 0
            for (i, line) in lines(input.bytes).enumerated() {
                let range = NSRange(line.startIndex..., in: line)
                let found = regex.firstMatch(in: line, range: range) != nil
                guard found != invert else { continue }
                matches += 1
                any = true
                if quiet { return 0 }
                if countOnly || listFiles { continue }
                let prefix = (inputs.count > 1 ? input.name + ":" : "") + (showNumbers ? "\(i + 1):" : "")
                if onlyMatching && !invert {
                    for m in regex.matches(in: line, range: range) {
                        if let r = Range(m.range, in: line) { c.out(prefix + line[r] + "\n") }
                    }
                } else if !c.out(prefix + line + "\n") {
                    return 1
                }
            }
            if countOnly { c.out((inputs.count > 1 ? input.name + ":" : "") + "\(matches)\n") }
            if listFiles && matches > 0 { c.out(input.name == "-" ? "(standard input)\n" : input.name + "\n") }
        }
        if status != 0 { return 2 }
        return any ? 0 : 1
    }

    static func wc(_ c: inout ToolContext) -> Int32 {
        let (flags, files) = c.parseFlags()
        var status: Int32 = 0
        let inputs = c.inputs(files, status: &status)
        var wantLines = flags["l"] != nil
        var wantWords = flags["w"] != nil
        var wantBytes = flags["c"] != nil || flags["m"] != nil
        if !wantLines && !wantWords && !wantBytes { wantLines = true; wantWords = true; wantBytes = true }
        var totals = (0, 0, 0)
        var rows: [(Int, Int, Int, String)] = []
        for input in inputs {
            let l = input.bytes.filter { $0 == 10 }.count
            let w = String(decoding: input.bytes, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).count
            let b = input.bytes.count
            totals = (totals.0 + l, totals.1 + w, totals.2 + b)
            rows.append((l, w, b, input.name == "-" ? "" : input.name))
        }
        if rows.count > 1 { rows.append((totals.0, totals.1, totals.2, "total")) }
        let single = [wantLines, wantWords, wantBytes].filter { $0 }.count == 1
        // GNU wc: one count needs no padding; stdin gets 7 columns; files the width of the largest size.
        let readsStdin = files.isEmpty || files.contains("-")
        let width = c.busybox ? 9 : single ? 1 : readsStdin ? 7 : max(1, String(max(totals.0, totals.1, totals.2)).count)
        for r in rows {
            var cols: [String] = []
            if wantLines { cols.append(String(r.0)) }
            if wantWords { cols.append(String(r.1)) }
            if wantBytes { cols.append(String(r.2)) }
            var line = cols.map { String(repeating: " ", count: max(0, width - $0.count)) + $0 }
                .joined(separator: c.busybox ? " " : " ")
            if c.busybox && single && files.isEmpty { line = cols.joined() }
            if !r.3.isEmpty { line += " " + r.3 }
            c.out(line + "\n")
        }
        return status
    }
}
