import Foundation

/// Tools that print and filter text: echo, printf, cat, head, tail, grep, wc, tee, seq, yes.
extension Tools {
    static func echo(_ c: inout ToolContext) -> Int32 {
        var args = Array(c.operands)
        var newline = true
        var escapes = c.dialect == .dash
        while let f = args.first, f.hasPrefix("-"), f.count > 1, f.dropFirst().allSatisfy({ "neE".contains($0) }) {
            for ch in f.dropFirst() {
                if ch == "n" { newline = false }
                if ch == "e" { escapes = true }
                if ch == "E" { escapes = false }
            }
            args.removeFirst()
        }
        var text = args.joined(separator: " ")
        if escapes {
            let (t, stop) = unescape(text)
            text = t
            if stop { newline = false }
        }
        c.out(text + (newline ? "\n" : ""))
        return 0
    }

    /// C-style escapes (`\n`, `\t`, `\\`, `\0NNN`, `\c` stops output).
    static func unescape(_ s: String) -> (String, stop: Bool) {
        var out = ""
        var it = Array(s)
        var i = 0
        while i < it.count {
            let ch = it[i]
            if ch == "\\", i + 1 < it.count {
                i += 1
                switch it[i] {
                case "n": out.append("\n")
                case "t": out.append("\t")
                case "r": out.append("\r")
                case "a": out.append("\u{07}")
                case "b": out.append("\u{08}")
                case "e": out.append("\u{1b}")
                case "f": out.append("\u{0c}")
                case "v": out.append("\u{0b}")
                case "\\": out.append("\\")
                case "c": return (out, true)
                case "0":
                    var v = 0
                    var n = 0
                    while n < 3, i + 1 < it.count, let d = it[i + 1].wholeNumberValue, d < 8 { v = v * 8 + d; i += 1; n += 1 }
                    out.append(Character(UnicodeScalar(UInt8(v & 0xff))))
                default:
                    out.append("\\")
                    out.append(it[i])
                }
                i += 1
                continue
            }
            out.append(ch)
            i += 1
        }
        it.removeAll()
        return (out, false)
    }

    static func printf(_ c: inout ToolContext) -> Int32 {
        var args = Array(c.operands)
        guard !args.isEmpty else {
            c.err("usage: printf format [arguments]")
            return 2
        }
        let format = Array(args.removeFirst())
        var out = ""
        var status: Int32 = 0
        repeat {
            var i = 0
            var consumed = false
            while i < format.count {
                let ch = format[i]
                if ch == "\\" {
                    var j = i + 1
                    while j < format.count && j < i + 4 && (format[j].wholeNumberValue.map { $0 < 8 } ?? false) && format[i + 1] == "0" { j += 1 }
                    let seq = String(format[i..<min(format.count, max(j, i + 2))])
                    out += unescape(seq).0
                    i += max(2, j - i)
                    continue
                }
                guard ch == "%", i + 1 < format.count else {
                    out.append(ch)
                    i += 1
                    continue
                }
                if format[i + 1] == "%" {
                    out.append("%")
                    i += 2
                    continue
                }
                var j = i + 1
                var spec = "%"
                while j < format.count, "-+ #0123456789.".contains(format[j]) { spec.append(format[j]); j += 1 }
                guard j < format.count else { out += spec; break }
                let conv = format[j]
                let arg = args.isEmpty ? nil : args.removeFirst()
                consumed = true
                let flags = String(spec.dropFirst())
                switch conv {
                case "s": out += pad(arg ?? "", flags)
                case "b": out += pad(unescape(arg ?? "").0, flags)
                case "c": out += pad(String((arg ?? "").prefix(1)), flags)
                case "d", "i", "u":
                    let v = Int64(arg ?? "0") ?? Int64((arg ?? "").trimmingCharacters(in: .whitespaces)) ?? {
                        c.err("\(arg ?? ""): invalid number")
                        status = 1
                        return 0
                    }()
                    out += String(format: "\(spec)lld", v)
                case "x", "X", "o":
                    let v = Int64(arg ?? "0") ?? 0
                    out += String(format: "\(spec)ll\(conv)", v)
                case "f", "e", "g", "E", "G":
                    let v = Double(arg ?? "0") ?? 0
                    out += String(format: "\(spec)\(conv)", v)
                default:
                    out += spec + String(conv)
                }
                i = j + 1
            }
            if !consumed { break }
        } while !args.isEmpty
        c.out(out)
        return status
    }

    private static func pad(_ s: String, _ flags: String) -> String {
        let left = flags.hasPrefix("-")
        let spec = flags.drop { $0 == "-" }
        let parts = spec.split(separator: ".", omittingEmptySubsequences: false)
        var text = s
        if parts.count > 1, let p = Int(parts[1]) { text = String(text.prefix(p)) }
        let width = parts.first.flatMap { Int($0) } ?? 0
        if text.count >= width { return text }
        let fill = String(repeating: " ", count: width - text.count)
        return left ? text + fill : fill + text
    }

    static func cat(_ c: inout ToolContext) -> Int32 {
        let (flags, files) = c.parseFlags()
        var status: Int32 = 0
        if files.isEmpty || files == ["-"] {
            while let chunk = c.io.stdin.read(max: 65_536) {
                if !c.out(chunk) { return 1 }
                if c.io.signals.pendingSignal != nil { return 130 }
            }
            return 0
        }
        for f in files {
            var s: Int32 = 0
            for (_, bytes) in c.inputs([f], status: &s) {
                if flags["n"] != nil {
                    let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                    for (i, l) in lines.enumerated() where i < lines.count - 1 || !l.isEmpty {
                        c.out(String(format: "%6d\t", i + 1) + l + "\n")
                    }
                } else {
                    c.out(bytes)
                }
            }
            if s != 0 { status = s }
        }
        return status
    }

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
        let width = c.busybox ? 7 : (single && files.isEmpty ? 0 : max(1, String(max(totals.0, totals.1, totals.2)).count))
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

    static func tee(_ c: inout ToolContext) -> Int32 {
        let (flags, files) = c.parseFlags()
        let bytes = c.io.stdin.readAll()
        var status: Int32 = 0
        for f in files {
            do {
                try c.fs.write(c.path(f), bytes, append: flags["a"] != nil)
            } catch {
                c.err("\(f): \(error.message)")
                status = 1
            }
        }
        c.out(bytes)
        return status
    }

    static func seq(_ c: inout ToolContext) -> Int32 {
        let nums = c.operands.compactMap { Int($0) }
        guard !nums.isEmpty, nums.count == c.operands.count else { return c.fail("invalid argument") }
        let (first, step, last) = nums.count == 1 ? (1, 1, nums[0]) : nums.count == 2 ? (nums[0], 1, nums[1]) : (nums[0], nums[1], nums[2])
        guard step != 0 else { return c.fail("invalid Zero increment value: '0'") }
        var v = first
        while step > 0 ? v <= last : v >= last {
            if !c.out("\(v)\n") { return 1 }
            v += step
        }
        return 0
    }

    static func yes(_ c: inout ToolContext) -> Int32 {
        let line = (c.operands.isEmpty ? "y" : c.operands.joined(separator: " ")) + "\n"
        let chunk = String(repeating: line, count: max(1, 4096 / line.utf8.count))
        while c.out(chunk) {
            if c.io.signals.pendingSignal != nil { return 130 }
        }
        return 1
    }
}
