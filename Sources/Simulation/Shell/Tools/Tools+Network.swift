import Foundation

/// Network tools over the Pod's `NetworkAccess`: curl, wget, nslookup.
extension Tools {
    /// curl 7.88 (Debian bookworm) reports a refused connection with libcurl's text for error 7.
    static let curlConnectFailure = "Couldn't connect to server"
    static let curlVersion = "7.88.1"

    static func curl(_ c: inout ToolContext) -> Int32 {
        var silent = false, showError = false, include = false, head = false, verbose = false, fail = false
        var output: String?
        var method: String?
        var headers: [(name: String, value: String)] = []
        var data: [String] = []
        var writeOut: String?
        var maxTime: Double?
        var urls: [String] = []
        var i = 1
        let args = c.args
        func value() -> String? {
            i += 1
            return i < args.count ? args[i] : nil
        }
        while i < args.count {
            let a = args[i]
            if a.hasPrefix("--") {
                switch a {
                case "--silent": silent = true
                case "--show-error": showError = true
                case "--include": include = true
                case "--head": head = true
                case "--verbose": verbose = true
                case "--fail": fail = true
                case "--location", "--insecure", "--compressed", "--no-buffer": break
                case "--output": output = value()
                case "--request": method = value()
                case "--header": if let h = value() { headers.append(Self.header(h)) }
                case "--data", "--data-raw", "--data-binary", "--data-urlencode": if let d = value() { data.append(d) }
                case "--write-out": writeOut = value()
                case "--max-time", "--connect-timeout": maxTime = value().flatMap(Double.init)
                case "--user-agent": if let v = value() { headers.append(("User-Agent", v)) }
                default:
                    c.io.stderr.write("curl: option \(a): is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n")
                    return 2
                }
            } else if a.hasPrefix("-") && a.count > 1 {
                let flags = Array(a.dropFirst())
                for (k, f) in flags.enumerated() {
                    let last = k == flags.count - 1
                    switch f {
                    case "s": silent = true
                    case "S": showError = true
                    case "i": include = true
                    case "I": head = true
                    case "v": verbose = true
                    case "f": fail = true
                    case "L", "k", "N": break
                    case "o", "X", "H", "d", "w", "m", "A":
                        let v: String? = last ? value() : String(flags[(k + 1)...])
                        switch f {
                        case "o": output = v
                        case "X": method = v
                        case "H": if let v { headers.append(Self.header(v)) }
                        case "d": if let v { data.append(v) }
                        case "w": writeOut = v
                        case "m": maxTime = v.flatMap(Double.init)
                        default: if let v { headers.append(("User-Agent", v)) }
                        }
                    default:
                        c.io.stderr.write("curl: option -\(f): is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n")
                        return 2
                    }
                    if "oXHdwmA".contains(f) { break }
                }
            } else {
                urls.append(a)
            }
            i += 1
        }
        guard let urlText = urls.first else {
            c.io.stderr.write("curl: try 'curl --help' or 'curl --manual' for more information\n")
            return 2
        }
        func failWith(_ code: Int32, _ message: String) -> Int32 {
            if !silent || showError { c.io.stderr.write("curl: (\(code)) \(message)\n") }
            if let w = writeOut { c.out(Self.curlWriteOut(w, status: 0, size: 0, seconds: 0)) }
            return code
        }
        guard let url = SimpleURL(urlText) else {
            return failWith(3, "URL using bad/illegal format or missing URL")
        }
        let body = Array(data.joined(separator: "&").utf8)
        let verb = method ?? (head ? "HEAD" : (data.isEmpty ? "GET" : "POST"))
        var requestHeaders: [(name: String, value: String)] = [("Host", url.hostHeader)]
        if !headers.contains(where: { $0.name.lowercased() == "user-agent" }) { requestHeaders.append(("User-Agent", "curl/\(curlVersion)")) }
        if !headers.contains(where: { $0.name.lowercased() == "accept" }) { requestHeaders.append(("Accept", "*/*")) }
        requestHeaders += headers
        if !data.isEmpty {
            requestHeaders.append(("Content-Length", String(body.count)))
            if !headers.contains(where: { $0.name.lowercased() == "content-type" }) {
                requestHeaders.append(("Content-Type", "application/x-www-form-urlencoded"))
            }
        }
        let showMeter = !silent && !verbose && (output != nil || !c.tty)
        if showMeter {
            c.io.stderr.write("  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n"
                              + "                                 Dload  Upload   Total   Spent    Left  Speed\n")
            c.io.stderr.write(Self.meterLine(total: 0, received: 0, seconds: 0))
        }
        if verbose {
            let ips = c.host.network.resolve(url.host)
            if let ip = ips.first { c.io.stderr.write("*   Trying \(ip):\(url.port)...\n") }
        }
        let started = c.host.now()
        let request = NetRequest(method: verb, host: url.host, port: url.port, path: url.path,
                                 headers: requestHeaders.filter { $0.name != "Host" } + [("Host", url.hostHeader)], body: body)
        let result = Self.timedRequest(c, request, maxTime: maxTime)
        let elapsed = c.host.now().timeIntervalSince(started)
        let ms = Int(elapsed * 1000)
        if showMeter, case .failure = result { c.io.stderr.write("\n") }
        switch result {
        case .failure(.couldNotResolve(let h)):
            return failWith(6, "Could not resolve host: \(h)")
        case .failure(.connectionRefused):
            if verbose { c.io.stderr.write("* connect to \(url.host) port \(url.port) failed: Connection refused\n") }
            return failWith(7, "Failed to connect to \(url.host) port \(url.port) after \(ms) ms: \(curlConnectFailure)")
        case .failure(.timedOut):
            return failWith(28, maxTime != nil
                            ? "Operation timed out after \(ms) milliseconds with 0 bytes received"
                            : "Failed to connect to \(url.host) port \(url.port) after \(ms) ms: Connection timed out")
        case .success(let response):
            let statusLine = "HTTP/1.1 \(response.status) \(HTTPReason.phrase(response.status))"
            var responseHeaders = response.headers
            if !responseHeaders.contains(where: { $0.name.lowercased() == "content-length" }) {
                responseHeaders.append(("Content-Length", String(response.body.count)))
            }
            if verbose {
                let ip = c.host.network.resolve(url.host).first ?? url.host
                var v = "* Connected to \(url.host) (\(ip)) port \(url.port) (#0)\n"
                v += "> \(verb) \(url.path) HTTP/1.1\n"
                for h in requestHeaders { v += "> \(h.name): \(h.value)\n" }
                v += ">\n< \(statusLine)\n"
                for h in responseHeaders { v += "< \(h.name): \(h.value)\n" }
                v += "<\n"
                c.io.stderr.write(v)
            }
            if fail && response.status >= 400 {
                if verbose { c.io.stderr.write("* Connection #0 to host \(url.host) left intact\n") }
                if showMeter { c.io.stderr.write("\n") }
                return failWith(22, "The requested URL returned error: \(response.status)")
            }
            var bytes: [UInt8] = []
            if include || head {
                var h = statusLine + "\r\n"
                for header in responseHeaders { h += "\(header.name): \(header.value)\r\n" }
                bytes += Array((h + "\r\n").utf8)
            }
            if verb != "HEAD" { bytes += response.body }
            if let output, output != "-" {
                do {
                    try c.fs.write(c.path(output), bytes)
                } catch {
                    return failWith(23, "Failure writing output to destination")
                }
            } else {
                c.out(bytes)
            }
            if showMeter {
                c.io.stderr.write(Self.meterLine(total: response.body.count, received: response.body.count, seconds: elapsed) + "\n")
            }
            if verbose { c.io.stderr.write("* Connection #0 to host \(url.host) left intact\n") }
            if let w = writeOut { c.out(Self.curlWriteOut(w, status: response.status, size: response.body.count, seconds: elapsed)) }
            return 0
        }
    }

    /// Sends `request`, giving up after `maxTime` seconds of cluster time.
    static func timedRequest(_ c: ToolContext, _ request: NetRequest, maxTime: Double?) -> Result<NetResponse, NetError> {
        guard let maxTime else { return c.host.network.http(request) }
        let box = ResultBox()
        let network = c.host.network
        Thread.detachNewThread { box.set(network.http(request)) }
        let signals = ShellSignals()
        let host = c.host
        Thread.detachNewThread {
            _ = host.sleep(seconds: maxTime, signals: signals)
            box.set(.failure(.timedOut))
        }
        let r = box.wait()
        signals.deliver(.alrm)
        return r
    }

    private static func header(_ text: String) -> (name: String, value: String) {
        guard let colon = text.firstIndex(of: ":") else { return (text, "") }
        return (String(text[..<colon]), text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces))
    }

    /// One line of curl's progress meter.
    static func meterLine(total: Int, received: Int, seconds: Double) -> String {
        func size(_ n: Int) -> String {
            let s = n < 100_000 ? String(n) : n < 10_000_000 ? "\(n / 1024)k" : "\(n / 1_048_576)M"
            return String(repeating: " ", count: max(0, 5 - s.count)) + s
        }
        func pct(_ n: Int) -> String {
            let v = total == 0 ? (received == 0 && seconds == 0 ? 0 : 100) : n * 100 / max(1, total)
            return String(repeating: " ", count: max(0, 3 - String(v).count)) + String(v)
        }
        let speed = seconds > 0 ? Int(Double(received) / seconds) : 0
        let blank = "--:--:--"
        return "\r\(pct(total)) \(size(total))  \(pct(received)) \(size(received))    0     0  \(size(speed))      0 \(blank) \(blank) \(blank) \(size(speed))"
    }

    /// `-w`: `%{http_code}`, `%{time_total}`, `%{size_download}`, `\n`.
    static func curlWriteOut(_ format: String, status: Int, size: Int, seconds: Double) -> String {
        var s = format
        s = s.replacingOccurrences(of: "%{http_code}", with: String(format: "%03d", status))
        s = s.replacingOccurrences(of: "%{response_code}", with: String(format: "%03d", status))
        s = s.replacingOccurrences(of: "%{time_total}", with: String(format: "%.6f", seconds))
        s = s.replacingOccurrences(of: "%{size_download}", with: String(size))
        s = s.replacingOccurrences(of: "\\n", with: "\n").replacingOccurrences(of: "\\t", with: "\t")
        return s
    }

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
