import Foundation

/// System tools: env, hostname, id, whoami, uname, date, sleep.
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
}
