import Foundation

/// File tools: pwd, test/[, ls, mkdir, rm, touch, cp, mv, basename, dirname, which.
extension Tools {
    static func pwd(_ c: inout ToolContext) -> Int32 {
        c.out(c.cwd + "\n")
        return 0
    }

    static func basenameTool(_ c: inout ToolContext) -> Int32 {
        guard let p = c.operands.first else { return c.fail("missing operand") }
        var b = VirtualFileSystem.basename(p)
        if c.operands.count > 1, let suffix = c.operands.dropFirst().first, b.hasSuffix(suffix), b != suffix {
            b.removeLast(suffix.count)
        }
        c.out(b + "\n")
        return 0
    }

    static func dirnameTool(_ c: inout ToolContext) -> Int32 {
        guard let p = c.operands.first else { return c.fail("missing operand") }
        c.out((p.contains("/") ? VirtualFileSystem.dirname(p) : ".") + "\n")
        return 0
    }

    static func which(_ c: inout ToolContext) -> Int32 {
        var status: Int32 = 0
        for n in c.operands {
            if let p = c.host.userland.resolve(n) { c.out(p + "\n") } else { status = 1 }
        }
        return status
    }

    // MARK: test

    static func test(_ c: inout ToolContext) -> Int32 {
        var args = Array(c.operands)
        if c.name == "[" {
            guard args.last == "]" else { return c.fail("missing ']'", status: 2) }
            args.removeLast()
        }
        var position = 0
        let result = testExpression(&c, args, &position)
        guard let r = result, position == args.count else {
            if position < args.count { c.err("\(args[position]): unexpected operator") }
            return 2
        }
        return r ? 0 : 1
    }

    private static func testExpression(_ c: inout ToolContext, _ a: [String], _ i: inout Int) -> Bool? {
        guard var left = testAnd(&c, a, &i) else { return nil }
        while i < a.count, a[i] == "-o" {
            i += 1
            guard let r = testAnd(&c, a, &i) else { return nil }
            left = left || r
        }
        return left
    }

    private static func testAnd(_ c: inout ToolContext, _ a: [String], _ i: inout Int) -> Bool? {
        guard var left = testPrimary(&c, a, &i) else { return nil }
        while i < a.count, a[i] == "-a" {
            i += 1
            guard let r = testPrimary(&c, a, &i) else { return nil }
            left = left && r
        }
        return left
    }

    private static func testPrimary(_ c: inout ToolContext, _ a: [String], _ i: inout Int) -> Bool? {
        guard i < a.count else { return false }
        if a[i] == "!" && a.count - i > 1 {
            i += 1
            return testPrimary(&c, a, &i).map { !$0 }
        }
        if a[i] == "(" {
            i += 1
            let r = testExpression(&c, a, &i)
            guard i < a.count, a[i] == ")" else { return nil }
            i += 1
            return r
        }
        // Binary operators.
        do {
            if i + 2 < a.count {
                let op = a[i + 1]
                let l = a[i]
                let r = a[i + 2]
                switch op {
                case "=", "==": i += 3; return l == r
                case "!=": i += 3; return l != r
                case "<": i += 3; return l < r
                case ">": i += 3; return l > r
                case "-eq", "-ne", "-lt", "-le", "-gt", "-ge":
                    guard let x = Int64(l.trimmingCharacters(in: .whitespaces)), let y = Int64(r.trimmingCharacters(in: .whitespaces)) else {
                        c.err("\(Int64(l) == nil ? l : r): integer expression expected")
                        return nil
                    }
                    i += 3
                    switch op {
                    case "-eq": return x == y
                    case "-ne": return x != y
                    case "-lt": return x < y
                    case "-le": return x <= y
                    case "-gt": return x > y
                    default: return x >= y
                    }
                case "-nt", "-ot", "-ef":
                    i += 3
                    return false
                default: break
                }
            }
        }
        // Unary operators.
        if a[i].count == 2, a[i].hasPrefix("-"), i + 1 < a.count {
            let op = a[i]
            let operand = a[i + 1]
            let path = c.path(operand)
            let node = operand.isEmpty ? nil : c.fs.node(path)
            var result: Bool?
            switch op {
            case "-n": result = !operand.isEmpty
            case "-z": result = operand.isEmpty
            case "-e", "-a": result = node != nil
            case "-f": if case .file? = node { result = true } else { result = false }
            case "-d": if case .directory? = node { result = true } else { result = false }
            case "-c": if case .device? = node { result = true } else { result = false }
            case "-s": if case .file(let f)? = node { result = f.size > 0 } else { result = node != nil && node.map { if case .directory = $0 { return true }; return false } ?? false }
            case "-r", "-w": result = node != nil
            case "-x":
                switch node {
                case .file(let f)?: result = f.isExecutable
                case .directory?: result = true
                default: result = false
                }
            case "-L", "-h", "-p", "-S", "-b": result = false
            case "-t": result = false
            default: result = nil
            }
            if let result {
                i += 2
                return result
            }
        }
        let s = a[i]
        i += 1
        return !s.isEmpty
    }

    // MARK: ls

    static func ls(_ c: inout ToolContext) -> Int32 {
        let (flags, operands) = c.parseFlags()
        let long = flags["l"] != nil
        let all = flags["a"] != nil
        let almostAll = flags["A"] != nil
        let directoryItself = flags["d"] != nil
        let targets = operands.isEmpty ? ["."] : operands
        var status: Int32 = 0
        var files: [String] = []
        var dirs: [String] = []
        for t in targets {
            let p = c.path(t)
            switch c.fs.node(p) {
            case nil:
                c.err(c.busybox ? "\(t): No such file or directory" : "cannot access '\(t)': No such file or directory")
                status = 2
            case .directory? where !directoryItself:
                dirs.append(t)
            default:
                files.append(t)
            }
        }
        let oneColumn = true
        _ = oneColumn
        func render(_ names: [String], in dir: String?) {
            if long {
                var rows: [(String, String, String)] = []
                var blocks = 0
                for n in names {
                    let p = dir.map { c.path($0 + "/" + n) } ?? c.path(n)
                    let node = (n == "." || n == "..") && dir != nil ? c.fs.node(n == "." ? c.path(dir ?? ".") : VirtualFileSystem.dirname(c.path(dir ?? "."))) : c.fs.node(p)
                    let (mode, links, size, date) = describe(node)
                    blocks += (size + 4095) / 4096 * 4
                    rows.append(("\(mode) \(links) root root", String(size), "\(formatDate(date, now: c.host.now())) \(n)"))
                }
                if dir != nil { c.out("total \(blocks)\n") }
                let sizeWidth = rows.map(\.1.count).max() ?? 1
                for r in rows {
                    c.out("\(r.0) \(String(repeating: " ", count: sizeWidth - r.1.count))\(r.1) \(r.2)\n")
                }
            } else {
                for n in names { c.out(n + "\n") }
            }
        }
        render(files.sorted(), in: nil)
        for (i, d) in dirs.enumerated() {
            if targets.count > 1 { c.out((i > 0 || !files.isEmpty ? "\n" : "") + d + ":\n") }
            var names = (c.fs.list(c.path(d)) ?? []).filter { all || almostAll || !$0.hasPrefix(".") }
            if all { names = [".", ".."] + names }
            render(names, in: d)
        }
        return status
    }

    private static func describe(_ node: VFSNode?) -> (String, Int, Int, Date) {
        switch node {
        case .directory(let d)?: return ("drwxr-xr-x", 2, 4096, d.modificationDate)
        case .file(let f)?: return ("-" + permissions(f.permissions), 1, f.size, f.modificationDate)
        case .device?: return ("crw-rw-rw-", 1, 0, Date(timeIntervalSince1970: 1_700_000_000))
        case nil: return ("?---------", 1, 0, Date(timeIntervalSince1970: 0))
        }
    }

    private static func permissions(_ mode: UInt16) -> String {
        var s = ""
        for shift in [6, 3, 0] {
            let bits = (mode >> UInt16(shift)) & 7
            s += (bits & 4 != 0 ? "r" : "-") + (bits & 2 != 0 ? "w" : "-") + (bits & 1 != 0 ? "x" : "-")
        }
        return s
    }

    /// `Dec  3 06:15` (this year) or `Nov 14  2023`, as ls prints.
    static func formatDate(_ date: Date, now: Date) -> String {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC") ?? cal.timeZone
        let comps = cal.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let month = months[((comps.month ?? 1) - 1) % 12]
        let day = String(format: "%2d", comps.day ?? 1)
        if abs(now.timeIntervalSince(date)) < 180 * 86_400 {
            return "\(month) \(day) \(String(format: "%02d:%02d", comps.hour ?? 0, comps.minute ?? 0))"
        }
        return "\(month) \(day)  \(comps.year ?? 1970)"
    }

    // MARK: Changing files

    static func mkdir(_ c: inout ToolContext) -> Int32 {
        let (flags, dirs) = c.parseFlags(takesValue: ["m"])
        guard !dirs.isEmpty else { return c.fail("missing operand") }
        var status: Int32 = 0
        for d in dirs {
            do {
                try c.fs.makeDirectory(c.path(d), parents: flags["p"] != nil)
            } catch {
                c.err(c.busybox ? "can't create directory '\(d)': \(error.message)" : "cannot create directory '\(d)': \(error.message)")
                status = 1
            }
        }
        return status
    }

    static func rm(_ c: inout ToolContext) -> Int32 {
        let (flags, files) = c.parseFlags()
        let force = flags["f"] != nil
        let recursive = flags["r"] != nil || flags["R"] != nil
        guard !files.isEmpty || force else { return c.fail("missing operand") }
        var status: Int32 = 0
        for f in files {
            do {
                try c.fs.remove(c.path(f), recursive: recursive)
            } catch {
                if error == .noSuchFile && force { continue }
                if error == .isDirectory {
                    c.err(c.busybox ? "'\(f)' is a directory" : "cannot remove '\(f)': Is a directory")
                } else {
                    c.err(c.busybox ? "can't remove '\(f)': \(error.message)" : "cannot remove '\(f)': \(error.message)")
                }
                status = 1
            }
        }
        return status
    }

    static func touch(_ c: inout ToolContext) -> Int32 {
        let (_, files) = c.parseFlags()
        guard !files.isEmpty else { return c.fail("missing file operand") }
        var status: Int32 = 0
        for f in files {
            do {
                try c.fs.write(c.path(f), [], append: true)
            } catch {
                c.err(c.busybox ? "\(f): \(error.message)" : "cannot touch '\(f)': \(error.message)")
                status = 1
            }
        }
        return status
    }

    static func cp(_ c: inout ToolContext) -> Int32 { copyOrMove(&c, move: false) }
    static func mv(_ c: inout ToolContext) -> Int32 { copyOrMove(&c, move: true) }

    private static func copyOrMove(_ c: inout ToolContext, move: Bool) -> Int32 {
        let (flags, ops) = c.parseFlags()
        guard ops.count >= 2, let dest = ops.last else {
            return c.fail(ops.isEmpty ? "missing file operand" : "missing destination file operand after '\(ops[0])'")
        }
        let recursive = flags["r"] != nil || flags["R"] != nil || flags["a"] != nil || move
        let destIsDir = c.fs.isDirectory(c.path(dest))
        var status: Int32 = 0
        for src in ops.dropLast() {
            let from = c.path(src)
            let to = destIsDir ? c.path(dest + "/" + VirtualFileSystem.basename(src)) : c.path(dest)
            guard let node = c.fs.node(from) else {
                c.err(c.busybox ? "can't stat '\(src)': No such file or directory" : "cannot stat '\(src)': No such file or directory")
                status = 1
                continue
            }
            if case .directory = node, !recursive {
                c.err(c.busybox ? "omitting directory '\(src)'" : "-r not specified; omitting directory '\(src)'")
                status = 1
                continue
            }
            if copyTree(c.fs, from, to) == false {
                c.err("cannot create '\(dest)'")
                status = 1
                continue
            }
            if move { try? c.fs.remove(from, recursive: true) }
        }
        return status
    }

    private static func copyTree(_ fs: VirtualFileSystem, _ from: String, _ to: String) -> Bool {
        switch fs.node(from) {
        case .file(let f)?:
            do { try fs.write(to, f.contents, mode: f.permissions) } catch { return false }
            return true
        case .directory?:
            do { try fs.makeDirectory(to, parents: true) } catch { return false }
            for e in fs.list(from) ?? [] where !copyTree(fs, from + "/" + e, to + "/" + e) { return false }
            return true
        default:
            return true
        }
    }
}
