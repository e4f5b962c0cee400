import Foundation

/// System tools: env, hostname, id, whoami, uname, date, sleep, ps, kill, killall, pkill.
extension Tools {
    static func env(_ c: inout ToolContext) -> Int32 {
        var env = c.environment
        var i = 1
        while i < c.args.count, c.args[i].contains("=") || c.args[i] == "-i" || c.args[i] == "-" {
            let a = c.args[i]
            if a == "-i" || a == "-" {
                env = [:]
            } else if let eq = a.firstIndex(of: "=") {
                env[String(a[..<eq])] = String(a[a.index(after: eq)...])
            }
            i += 1
        }
        if i < c.args.count {
            // `env CMD…`: run it (tools only; env has no shell to ask).
            let argv = Array(c.args[i...])
            guard c.host.userland.has(argv[0]), let tool = table[VirtualFileSystem.basename(argv[0])] else {
                return c.fail("'\(argv[0])': No such file or directory", status: 127)
            }
            var sub = ToolContext(name: VirtualFileSystem.basename(argv[0]), args: argv, environment: env, cwd: c.cwd,
                                  host: c.host, io: c.io, dialect: c.dialect, shellPID: c.shellPID, processPID: c.processPID)
            return tool(&sub)
        }
        for k in env.keys.sorted(by: envOrder) { c.out("\(k)=\(env[k] ?? "")\n") }
        return 0
    }

    /// Containers list PATH and HOSTNAME first, as the runtime set them; the rest in name order.
    private static func envOrder(_ a: String, _ b: String) -> Bool {
        let first = ["PATH", "HOSTNAME"]
        let ia = first.firstIndex(of: a) ?? first.count
        let ib = first.firstIndex(of: b) ?? first.count
        return ia != ib ? ia < ib : a < b
    }

    static func printenv(_ c: inout ToolContext) -> Int32 {
        if c.operands.isEmpty { return env(&c) }
        var status: Int32 = 0
        for n in c.operands {
            if let v = c.environment[n] { c.out(v + "\n") } else { status = 1 }
        }
        return status
    }

    static func hostname(_ c: inout ToolContext) -> Int32 {
        if c.operands.first == "-i" || c.operands.first == "-I" {
            let hosts = String(decoding: (try? c.fs.read("/etc/hosts").get()) ?? [], as: UTF8.self)
            let ip = hosts.split(separator: "\n").last { $0.hasSuffix(c.host.hostname) }?.split(separator: "\t").first
            c.out((ip.map(String.init) ?? "127.0.0.1") + (c.operands.first == "-I" ? " " : "") + "\n")
            return 0
        }
        c.out(c.host.hostname + "\n")
        return 0
    }

    static func id(_ c: inout ToolContext) -> Int32 {
        switch c.operands.first {
        case "-u", "-g": c.out("0\n")
        case "-un", "-gn", "-nu", "-ng": c.out("root\n")
        default:
            c.out(c.busybox ? "uid=0(root) gid=0(root) groups=0(root),10(wheel)\n" : "uid=0(root) gid=0(root) groups=0(root)\n")
        }
        return 0
    }

    static func whoami(_ c: inout ToolContext) -> Int32 {
        c.out("root\n")
        return 0
    }

    /// The simulated kernel: what kind's nodes run.
    static let kernelRelease = "6.8.0-1017-azure"
    static let kernelVersion = "#20~22.04.1-Ubuntu SMP Tue Oct 22 16:40:21 UTC 2024"

    static func uname(_ c: inout ToolContext) -> Int32 {
        let (flags, _) = c.parseFlags()
        let os = c.busybox ? "Linux" : "GNU/Linux"
        if flags["a"] != nil {
            c.out("Linux \(c.host.hostname) \(kernelRelease) \(kernelVersion) x86_64\(c.busybox ? "" : " GNU/Linux")\n")
            _ = os
            return 0
        }
        var parts: [String] = []
        if flags["s"] != nil || flags.isEmpty { parts.append("Linux") }
        if flags["n"] != nil { parts.append(c.host.hostname) }
        if flags["r"] != nil { parts.append(kernelRelease) }
        if flags["v"] != nil { parts.append(kernelVersion) }
        if flags["m"] != nil || flags["p"] != nil || flags["i"] != nil { parts.append("x86_64") }
        if flags["o"] != nil { parts.append(os) }
        c.out(parts.joined(separator: " ") + "\n")
        return 0
    }

    static func date(_ c: inout ToolContext) -> Int32 {
        let now = c.host.now()
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        if let f = c.operands.first(where: { $0.hasPrefix("+") }) {
            c.out(strftime(String(f.dropFirst()), now) + "\n")
            return 0
        }
        if c.operands.contains("-u") || c.operands.contains("-R") || c.operands.isEmpty {
            formatter.dateFormat = c.busybox ? "EEE MMM d HH:mm:ss 'UTC' yyyy" : "EEE MMM d HH:mm:ss 'UTC' yyyy"
            var text = formatter.string(from: now)
            // date pads the day to two columns: "Thu Dec  3 …".
            let parts = text.split(separator: " ", omittingEmptySubsequences: false)
            if parts.count > 2, parts[2].count == 1 {
                text = parts[0] + " " + parts[1] + "  " + parts[2...].joined(separator: " ")
            }
            c.out(text + "\n")
            return 0
        }
        return c.fail("invalid date '\(c.operands.joined(separator: " "))'")
    }

    /// The common `date +FORMAT` conversions.
    static func strftime(_ format: String, _ date: Date) -> String {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC") ?? cal.timeZone
        let d = cal.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday, .nanosecond], from: date)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        var out = ""
        var chars = Array(format)[...]
        while let ch = chars.popFirst() {
            guard ch == "%", let f = chars.popFirst() else { out.append(ch); continue }
            switch f {
            case "Y": out += String(d.year ?? 1970)
            case "m": out += String(format: "%02d", d.month ?? 1)
            case "d": out += String(format: "%02d", d.day ?? 1)
            case "H": out += String(format: "%02d", d.hour ?? 0)
            case "M": out += String(format: "%02d", d.minute ?? 0)
            case "S": out += String(format: "%02d", d.second ?? 0)
            case "s": out += String(Int(date.timeIntervalSince1970))
            case "N": out += String(format: "%09d", d.nanosecond ?? 0)
            case "a": out += days[((d.weekday ?? 1) - 1) % 7]
            case "b": out += months[((d.month ?? 1) - 1) % 12]
            case "T": out += String(format: "%02d:%02d:%02d", d.hour ?? 0, d.minute ?? 0, d.second ?? 0)
            case "F": out += String(format: "%04d-%02d-%02d", d.year ?? 1970, d.month ?? 1, d.day ?? 1)
            case "Z": out += "UTC"
            case "z": out += "+0000"
            case "%": out += "%"
            default: out += "%" + String(f)
            }
        }
        return out
    }

    static func sleep(_ c: inout ToolContext) -> Int32 {
        guard !c.operands.isEmpty else {
            return c.fail(c.busybox ? "usage: sleep N" : "missing operand")
        }
        var total = 0.0
        for a in c.operands {
            if a == "infinity" { total = .infinity; continue }
            var text = a
            var unit = 1.0
            if let last = text.last, "smhd".contains(last) {
                unit = ["s": 1, "m": 60, "h": 3600, "d": 86_400][String(last)] ?? 1
                text.removeLast()
            }
            guard let v = Double(text), v >= 0 else { return c.fail("invalid time interval '\(a)'") }
            total += v * unit
        }
        if let s = c.sleep(total) { return 128 + s.number }
        return 0
    }

    // MARK: Processes

    static func ps(_ c: inout ToolContext) -> Int32 {
        let (flags, operands) = c.parseFlags(takesValue: ["o", "p"])
        let procs = c.host.processes().sorted { $0.pid < $1.pid }
        let now = c.host.now()
        func time(_ seconds: Double) -> String {
            let s = Int(seconds)
            return String(format: "%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        }
        func cmd(_ p: ProcessEntry) -> String { p.command.joined(separator: " ") }
        if c.busybox {
            c.out("PID   USER     TIME  COMMAND\n")
            for p in procs {
                let t = Int(p.cpuSeconds)
                let pid = String(p.pid).padding(toLength: 5, withPad: " ", startingAt: 0)
                c.out("\(pid) \(p.user.padding(toLength: 8, withPad: " ", startingAt: 0)) \(String(format: "%2d:%02d", t / 60, t % 60)) \(cmd(p))\n")
            }
            return 0
        }
        let bsd = operands.contains { $0.contains("aux") || $0 == "ax" || $0 == "aux" } || flags["a"] != nil && flags["u"] != nil
        func right(_ s: String, _ w: Int) -> String { String(repeating: " ", count: max(0, w - s.count)) + s }
        func left(_ s: String, _ w: Int) -> String { s.count >= w ? s : s + String(repeating: " ", count: w - s.count) }
        func startTime(_ d: Date) -> String {
            let f = DateFormatter()
            f.locale = Locale(identifier: "en_US_POSIX")
            f.timeZone = TimeZone(identifier: "UTC")
            f.dateFormat = now.timeIntervalSince(d) < 86_400 ? "HH:mm" : "MMMdd"
            return f.string(from: d)
        }
        if bsd {
            c.out("USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n")
            let memTotal = 8_000_000.0
            for p in procs {
                let elapsed = max(1, now.timeIntervalSince(p.started))
                let cpu = String(format: "%.1f", min(99.9, p.cpuSeconds / elapsed * 100))
                let mem = String(format: "%.1f", Double(p.residentKiB) / memTotal * 100)
                let cputime = Int(p.cpuSeconds)
                let stat = p.pid == 1 ? "Ss" : (p.tty ? "Ss" : "S")
                c.out("\(left(p.user, 8)) \(right(String(p.pid), 6)) \(right(cpu, 4)) \(right(mem, 4)) \(right(String(p.virtualKiB), 6)) \(right(String(p.residentKiB), 5)) \(left(p.tty ? "pts/0" : "?", 8)) \(left(stat, 4)) \(left(startTime(p.started), 5)) \(right(String(format: "%d:%02d", cputime / 60, cputime % 60), 6)) \(cmd(p))\n")
            }
            return 0
        }
        if flags["e"] != nil || flags["A"] != nil || flags["f"] != nil {
            let full = flags["f"] != nil
            c.out(full ? "UID          PID    PPID  C STIME TTY          TIME CMD\n" : "    PID TTY          TIME CMD\n")
            for p in procs {
                if full {
                    c.out("\(left(p.user, 8)) \(right(String(p.pid), 7)) \(right(String(p.parentPID), 7))  0 \(left(startTime(p.started), 5)) \(left(p.tty ? "pts/0" : "?", 8)) \(time(p.cpuSeconds)) \(cmd(p))\n")
                } else {
                    c.out("\(right(String(p.pid), 7)) \(left(p.tty ? "pts/0" : "?", 8)) \(time(p.cpuSeconds)) \(p.name)\n")
                }
            }
            return 0
        }
        // Plain `ps`: this terminal's processes.
        c.out("    PID TTY          TIME CMD\n")
        for p in procs where p.tty || p.pid == c.processPID || p.pid == c.shellPID {
            c.out("\(right(String(p.pid), 7)) \(left(p.tty ? "pts/0" : "?", 8)) \(time(p.cpuSeconds)) \(p.name)\n")
        }
        return 0
    }

    static func kill(_ c: inout ToolContext) -> Int32 {
        var args = Array(c.operands)
        var signal = ShellSignal.term
        if args.first == "-l" || args.first == "-L" {
            if args.count > 1, let n = Int32(args[1]) {
                c.out(ShellSignal(n > 128 ? n - 128 : n).name + "\n")
                return 0
            }
            if c.busybox || c.dialect == .dash {
                for (i, n) in ShellSignal.names.enumerated() { c.out(c.busybox ? " \(i + 1)) \(n)\n" : "\(n)\n") }
            } else {
                // bash: five a line, tab-separated, ` 1) SIGHUP`.
                let entries = ShellSignal.names.enumerated().map { (i, n) in (i + 1 < 10 ? " " : "") + "\(i + 1)) SIG" + n }
                var row = 0
                while row * 5 < entries.count {
                    c.out(entries[(row * 5)..<min(entries.count, row * 5 + 5)].joined(separator: "\t") + "\n")
                    row += 1
                }
            }
            return 0
        }
        if let f = args.first, f.hasPrefix("-"), f.count > 1 {
            args.removeFirst()
            var name = String(f.dropFirst())
            if name == "s", let n = args.first { name = n; args.removeFirst() }
            guard let s = ShellSignal(parsing: name) else {
                return c.fail("\(name): invalid signal specification")
            }
            signal = s
        }
        guard !args.isEmpty else {
            c.io.stderr.write(c.errorPrefix + "kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n")
            return 2
        }
        var status: Int32 = 0
        for a in args {
            guard let pid = Int(a) else {
                c.err("\(a): arguments must be process or job IDs")
                status = 1
                continue
            }
            if !c.host.signal(pid: pid, signal: signal) {
                c.err(c.busybox ? "can't kill pid \(pid): No such process" : "(\(pid)) - No such process")
                status = 1
            }
        }
        return status
    }

    static func killall(_ c: inout ToolContext) -> Int32 {
        var args = Array(c.operands)
        var signal = ShellSignal.term
        var quiet = false
        while let f = args.first, f.hasPrefix("-"), f.count > 1 {
            args.removeFirst()
            if f == "-q" { quiet = true; continue }
            if f == "-s" || f == "--signal", let n = args.first {
                args.removeFirst()
                guard let s = ShellSignal(parsing: n) else { return c.fail("unknown signal; killall -l lists signals.") }
                signal = s
                continue
            }
            guard let s = ShellSignal(parsing: String(f.dropFirst())) else {
                return c.fail("unknown signal; killall -l lists signals.")
            }
            signal = s
        }
        guard !args.isEmpty else {
            c.io.stderr.write("Usage: killall [OPTION]... [--] NAME...\n")
            return 1
        }
        var status: Int32 = 0
        let procs = c.host.processes()
        for name in args {
            let matching = procs.filter { $0.name == name && $0.pid != c.processPID }
            if matching.isEmpty {
                if !quiet { c.err(c.busybox ? "\(name): no process killed" : "\(name): no process found") }
                status = 1
                continue
            }
            for p in matching { _ = c.host.signal(pid: p.pid, signal: signal) }
        }
        return status
    }

    static func pkill(_ c: inout ToolContext) -> Int32 {
        var args = Array(c.operands)
        var signal = ShellSignal.term
        var full = false
        while let f = args.first, f.hasPrefix("-"), f.count > 1 {
            args.removeFirst()
            if f == "-f" { full = true; continue }
            guard let s = ShellSignal(parsing: String(f.dropFirst())) else { return c.fail("invalid signal", status: 2) }
            signal = s
        }
        guard let pattern = args.first, let regex = try? NSRegularExpression(pattern: pattern) else {
            c.io.stderr.write("pkill: no matching criteria specified\n")
            return 2
        }
        var any = false
        for p in c.host.processes() where p.pid != c.processPID && p.pid != c.shellPID {
            let text = full ? p.command.joined(separator: " ") : p.name
            if regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil {
                if c.host.signal(pid: p.pid, signal: signal) { any = true }
            }
        }
        return any ? 0 : 1
    }
}
