import Foundation

/// Tools that print text: echo, printf, cat, tee, seq, yes.
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
        let it = Array(s)
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
