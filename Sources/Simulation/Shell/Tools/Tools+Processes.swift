import Foundation

/// Process tools over the container's process table: ps (busybox, procps BSD and System V styles),
/// kill, killall (psmisc and busybox wording), pkill.
extension Tools {
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
                let pid = String(repeating: " ", count: max(0, 5 - String(p.pid).count)) + String(p.pid)
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
                c.out("\(left(p.user, 8)) \(right(String(p.pid), 7)) \(right(cpu, 4)) \(right(mem, 4)) \(right(String(p.virtualKiB), 6)) \(right(String(p.residentKiB), 5)) \(left(p.tty ? "pts/0" : "?", 8)) \(left(stat, 4)) \(left(startTime(p.started), 5)) \(right(String(format: "%d:%02d", cputime / 60, cputime % 60), 6)) \(cmd(p))\n")
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
                if !quiet {
                    // psmisc's killall names the process, not itself.
                    if c.busybox { c.err("\(name): no process killed") } else { c.io.stderr.write("\(name): no process found\n") }
                }
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
