import Foundation

/// wget (busybox and GNU wording) and nslookup (busybox and bind shapes) over the Pod's network.
extension Tools {
    static func wget(_ c: inout ToolContext) -> Int32 {
        let (flags, operands) = c.parseFlags(takesValue: ["O", "T", "U", "t"])
        let quiet = flags["q"] != nil
        guard let urlText = operands.first, let url = SimpleURL(urlText) else {
            return c.fail(c.busybox ? "bad address '\(operands.first ?? "")'" : "missing URL")
        }
        let outputName = flags["O"] ?? {
            let last = VirtualFileSystem.basename(String(url.path.prefix { $0 != "?" }))
            return last == "/" || last.isEmpty ? "index.html" : last
        }()
        let toStdout = outputName == "-"
        let ip = c.host.network.resolve(url.host).first
        if !quiet && !c.busybox {
            c.io.stderr.write("--\(Tools.strftime("%F %T", c.host.now()))--  \(urlText.contains("://") ? urlText : "http://" + urlText)\n")
            if ip == nil {
                c.io.stderr.write("Resolving \(url.host) (\(url.host))... failed: Name or service not known.\n")
                c.io.stderr.write("wget: unable to resolve host address ‘\(url.host)’\n")
                return 4
            }
        }
        guard let ip else {
            if c.busybox { return c.fail("bad address '\(url.host)'") }
            return 4
        }
        if !quiet {
            c.io.stderr.write(c.busybox ? "Connecting to \(url.hostHeader) (\(ip):\(url.port))\n"
                              : "Connecting to \(url.host) (\(url.host))|\(ip)|:\(url.port)... ")
        }
        let timeout = flags["T"].flatMap(Double.init)
        let request = NetRequest(method: "GET", host: url.host, port: url.port, path: url.path,
                                 headers: [("Host", url.hostHeader), ("User-Agent", c.busybox ? "Wget" : "Wget/1.21.3"),
                                           ("Accept", "*/*")])
        let result = timedRequest(c, request, maxTime: timeout)
        switch result {
        case .failure(.couldNotResolve):
            return c.fail("bad address '\(url.host)'")
        case .failure(.connectionRefused):
            if c.busybox { return c.fail("can't connect to remote host (\(ip)): Connection refused") }
            c.io.stderr.write("failed: Connection refused.\n")
            return 4
        case .failure(.timedOut):
            if c.busybox { return c.fail("download timed out") }
            c.io.stderr.write("failed: Connection timed out.\n")
            return 4
        case .success(let response):
            if response.status >= 400 {
                if c.busybox {
                    return c.fail("server returned error: HTTP/1.1 \(response.status) \(HTTPReason.phrase(response.status))")
                }
                if !quiet {
                    c.io.stderr.write("connected.\nHTTP request sent, awaiting response... \(response.status) \(HTTPReason.phrase(response.status))\n")
                    c.io.stderr.write("\(Tools.strftime("%F %T", c.host.now())) ERROR \(response.status): \(HTTPReason.phrase(response.status)).\n\n")
                }
                return 8
            }
            let size = response.body.count
            if !quiet {
                if c.busybox {
                    c.io.stderr.write(toStdout ? "writing to stdout\n" : "saving to '\(outputName)'\n")
                    let label = (toStdout ? "-" : outputName).padding(toLength: 20, withPad: " ", startingAt: 0)
                    c.io.stderr.write("\(label) 100% |********************************| \(String(repeating: " ", count: max(0, 5 - String(size).count)))\(size)  0:00:00 ETA\n")
                    c.io.stderr.write(toStdout ? "written to stdout\n" : "'\(outputName)' saved\n")
                } else {
                    let type = response.headers.first { $0.name.lowercased() == "content-type" }?.value ?? "text/html"
                    c.io.stderr.write("connected.\nHTTP request sent, awaiting response... \(response.status) \(HTTPReason.phrase(response.status))\n")
                    c.io.stderr.write("Length: \(size) [\(type.split(separator: ";").first.map(String.init) ?? type)]\n")
                    c.io.stderr.write("Saving to: ‘\(toStdout ? "STDOUT" : outputName)’\n\n")
                    c.io.stderr.write("\(toStdout ? "-" : outputName)    100%[===================>]     \(size)  --.-KB/s    in 0s      \n\n")
                    c.io.stderr.write("\(Tools.strftime("%F %T", c.host.now())) (\(size) B/s) - \(toStdout ? "written to stdout" : "‘\(outputName)’ saved") [\(size)/\(size)]\n\n")
                }
            }
            if toStdout {
                c.out(response.body)
            } else {
                do {
                    try c.fs.write(c.path(outputName), response.body)
                } catch {
                    return c.fail("can't open '\(outputName)': \(error.message)")
                }
            }
            return 0
        }
    }

    static func nslookup(_ c: inout ToolContext) -> Int32 {
        guard let name = c.operands.first(where: { !$0.hasPrefix("-") }) else {
            return c.fail("usage: nslookup HOST [DNS_SERVER]")
        }
        let resolv = String(decoding: (try? c.fs.read("/etc/resolv.conf").get()) ?? [], as: UTF8.self)
        var server = "10.96.0.10"
        var search: [String] = []
        for line in resolv.split(separator: "\n") {
            let words = line.split(separator: " ").map(String.init)
            if words.first == "nameserver", words.count > 1 { server = words[1] }
            if words.first == "search" { search = Array(words.dropFirst()) }
        }
        let network = c.host.network
        var fqdn = name
        var addresses: [String] = []
        let trimmed = name.hasSuffix(".") ? String(name.dropLast()) : name
        let candidates = (name.hasSuffix(".") || trimmed.filter { $0 == "." }.count >= 5)
            ? [trimmed] : search.map { trimmed + "." + $0 } + [trimmed]
        for candidate in candidates {
            let ips = network.resolve(candidate)
            if !ips.isEmpty {
                fqdn = candidate
                addresses = ips
                break
            }
        }
        if addresses.isEmpty, Self.isIPv4(trimmed) {
            addresses = [trimmed]
        }
        let header = c.busybox ? "Server:\t\t\(server)\nAddress:\t\(server):53\n\n" : "Server:\t\t\(server)\nAddress:\t\(server)#53\n\n"
        c.out(header)
        guard !addresses.isEmpty else {
            c.out("** server can't find \(trimmed): NXDOMAIN\n\n")
            return 1
        }
        for ip in addresses { c.out("Name:\t\(fqdn)\nAddress: \(ip)\n") }
        c.out("\n")
        return 0
    }

    static func isIPv4(_ s: String) -> Bool {
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { UInt8($0) != nil }
    }
}

/// The first result of racing threads.
final class ResultBox: @unchecked Sendable {
    // Sendable invariant: `value` is guarded by `condition`.
    private let condition = NSCondition()
    private var value: Result<NetResponse, NetError>?

    func set(_ v: Result<NetResponse, NetError>) {
        condition.lock()
        if value == nil { value = v }
        condition.broadcast()
        condition.unlock()
    }

    func wait() -> Result<NetResponse, NetError> {
        condition.lock()
        defer { condition.unlock() }
        while value == nil { condition.wait() }
        return value ?? .failure(.timedOut)
    }
}
