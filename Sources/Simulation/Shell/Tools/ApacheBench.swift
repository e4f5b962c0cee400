import Foundation

/// `ab` (ApacheBench 2.3): `c` worker threads issue requests through the Pod's network until `n` are
/// done (or `-t` seconds pass), each timed on the cluster clock; the report is computed from those
/// measurements, in ab's layout.
enum ApacheBench {
    struct Options {
        var requests = 1
        var concurrency = 1
        var timeLimit: Double?
        var keepAlive = false
        var continueOnError = false
        var quiet = false
        var method = "GET"
        var url = ""
    }

    /// One measured request.
    struct Sample {
        var total: Double
        var bytes: Int
        var headerBytes: Int
        var status: Int
    }

    static func run(_ c: inout ToolContext) -> Int32 {
        var o = Options()
        var i = 1
        let args = c.args
        func value() -> String? {
            i += 1
            return i < args.count ? args[i] : nil
        }
        while i < args.count {
            let a = args[i]
            switch a {
            case "-n": o.requests = value().flatMap { Int($0) } ?? 1
            case "-c": o.concurrency = value().flatMap { Int($0) } ?? 1
            case "-t":
                o.timeLimit = value().flatMap(Double.init)
                o.requests = 50_000
            case "-k": o.keepAlive = true
            case "-r": o.continueOnError = true
            case "-q": o.quiet = true
            case "-i": o.method = "HEAD"
            default:
                if a.hasPrefix("-") {
                    c.io.stderr.write("ab: wrong number of arguments\n")
                    return 22
                }
                o.url = a
            }
            i += 1
        }
        let usage = "Usage: ab [options] [http[s]://]hostname[:port]/path\n"
        guard !o.url.isEmpty else {
            c.io.stderr.write("ab: wrong number of arguments\n" + usage)
            return 22
        }
        let rest = o.url.components(separatedBy: "://").last ?? o.url
        guard rest.contains("/"), let url = SimpleURL(o.url) else {
            c.io.stderr.write("ab: invalid URL\n" + usage)
            return 22
        }
        guard o.concurrency >= 1, o.requests >= 1 else {
            c.io.stderr.write("ab: Invalid Concurrency [Range 0..20000]\n")
            return 22
        }
        if o.concurrency > o.requests {
            c.io.stderr.write("ab: Cannot use concurrency level greater than total number of requests\n" + usage)
            return 22
        }
        c.out("This is ApacheBench, Version 2.3 <$Revision: 1903618 $>\n"
              + "Copyright 1996 Adam Twiss, Zeus Technology Ltd, http://www.zeustech.net/\n"
              + "Licensed to The Apache Software Foundation, http://www.apache.org/\n\n")
        c.out("Benchmarking \(url.host) (be patient)" + (o.requests > 150 && !o.quiet ? "\n" : ""))
        let run = Run(options: o, url: url, context: c)
        run.start()
        if let error = run.abortMessage {
            if o.requests <= 150 || o.quiet { c.out("\n") }
            c.io.stderr.write(error + "\n")
            c.out("Total of \(run.completedCount) requests completed\n")
            return 1
        }
        if o.requests > 150 && !o.quiet {
            c.out("Finished \(run.completedCount) requests\n")
        } else {
            c.out(".....done\n")
        }
        c.out(report(o, url: url, run: run))
        return 0
    }

    /// The benchmark's shared state: workers take request numbers and record samples. Thread-safe.
    final class Run: @unchecked Sendable {
        // Sendable invariant: `issued`, `samples`, `failures`, `abortMessage`, `progressMark` guarded by `lock`;
        // the rest is immutable.
        let options: Options
        let url: SimpleURL
        let host: any ShellHost
        let stdout: any ShellOutput
        let signals: ShellSignals
        private let lock = NSLock()
        private var issued = 0
        private(set) var samples: [Sample] = []
        private(set) var connectFailures = 0
        private(set) var lengthFailures = 0
        private(set) var non2xx = 0
        private var abort: String?
        private var documentLength: Int?
        private var server: String?
        private(set) var started: Date
        private(set) var finished: Date
        private var heartbeat: Int

        init(options: Options, url: SimpleURL, context: ToolContext) {
            self.options = options
            self.url = url
            host = context.host
            started = context.host.now()
            finished = started
            stdout = context.io.stdout
            signals = context.io.signals
            heartbeat = options.requests > 150 && !options.quiet ? max(100, options.requests / 10) : 0
        }

        var abortMessage: String? {
            lock.lock()
            defer { lock.unlock() }
            return abort
        }

        var completedCount: Int {
            lock.lock()
            defer { lock.unlock() }
            return samples.count + connectFailures
        }

        var serverSoftware: String? {
            lock.lock()
            defer { lock.unlock() }
            return server
        }

        var docLength: Int {
            lock.lock()
            defer { lock.unlock() }
            return documentLength ?? 0
        }

        func start() {
            started = host.now()
            let group = DispatchGroup()
            for _ in 0..<options.concurrency {
                group.enter()
                Thread.detachNewThread {
                    self.work()
                    group.leave()
                }
            }
            group.wait()
            finished = host.now()
        }

        private func next() -> Bool {
            lock.lock()
            defer { lock.unlock() }
            if abort != nil || issued >= options.requests || signals.pendingSignal != nil { return false }
            if let limit = options.timeLimit, host.now().timeIntervalSince(started) >= limit { return false }
            issued += 1
            return true
        }

        private func work() {
            let request = NetRequest(method: options.method, host: url.host, port: url.port, path: url.path,
                                     headers: [("Host", url.hostHeader), ("User-Agent", "ApacheBench/2.3"), ("Accept", "*/*")]
                                        + (options.keepAlive ? [("Connection", "Keep-Alive")] : []))
            while next() {
                let t0 = host.now()
                let result = host.network.http(request)
                let elapsed = host.now().timeIntervalSince(t0)
                lock.lock()
                switch result {
                case .success(let r):
                    let headerBytes = ("HTTP/1.1 \(r.status) \(HTTPReason.phrase(r.status))\r\n"
                        + r.headers.map { "\($0.name): \($0.value)\r\n" }.joined()
                        + (r.headers.contains { $0.name.lowercased() == "content-length" } ? "" : "Content-Length: \(r.body.count)\r\n")
                        + "\r\n").utf8.count
                    if documentLength == nil {
                        documentLength = r.body.count
                        server = r.headers.first { $0.name.lowercased() == "server" }?.value
                    }
                    if r.body.count != documentLength { lengthFailures += 1 }
                    if !(200..<300).contains(r.status) { non2xx += 1 }
                    samples.append(Sample(total: elapsed, bytes: r.body.count, headerBytes: headerBytes, status: r.status))
                case .failure(let e):
                    connectFailures += 1
                    if !options.continueOnError && abort == nil {
                        switch e {
                        case .couldNotResolve(let h): abort = "apr_sockaddr_info_get() for \(h): Name or service not known (670002)"
                        case .connectionRefused: abort = "apr_socket_recv: Connection refused (111)"
                        case .timedOut: abort = "apr_pollset_poll: The timeout specified has expired (70007)"
                        }
                    }
                }
                let done = samples.count + connectFailures
                let beat = heartbeat > 0 && done % heartbeat == 0 && done < options.requests
                lock.unlock()
                if beat { stdout.write("Completed \(done) requests\n") }
            }
        }
    }

    static func report(_ o: Options, url: SimpleURL, run: Run) -> String {
        let samples = run.samples
        let done = samples.count + run.connectFailures
        let taken = max(run.finished.timeIntervalSince(run.started), 1e-6)
        let totalBody = samples.reduce(0) { $0 + $1.bytes }
        let totalBytes = samples.reduce(0) { $0 + $1.bytes + $1.headerBytes }
        func pad(_ label: String) -> String { label.padding(toLength: 24, withPad: " ", startingAt: 0) }
        var r = "\n\n"
        r += pad("Server Software:") + (run.serverSoftware ?? "") + "\n"
        r += pad("Server Hostname:") + url.host + "\n"
        r += pad("Server Port:") + String(url.port) + "\n\n"
        r += pad("Document Path:") + url.path + "\n"
        r += pad("Document Length:") + "\(run.docLength) bytes\n\n"
        r += pad("Concurrency Level:") + String(o.concurrency) + "\n"
        r += pad("Time taken for tests:") + String(format: "%.3f seconds", taken) + "\n"
        r += pad("Complete requests:") + String(done) + "\n"
        let failed = run.connectFailures + run.lengthFailures
        r += pad("Failed requests:") + String(failed) + "\n"
        if failed > 0 {
            r += "   (Connect: \(run.connectFailures), Receive: 0, Length: \(run.lengthFailures), Exceptions: 0)\n"
        }
        if run.non2xx > 0 { r += pad("Non-2xx responses:") + String(run.non2xx) + "\n" }
        if o.keepAlive { r += pad("Keep-Alive requests:") + String(samples.count) + "\n" }
        r += pad("Total transferred:") + "\(totalBytes) bytes\n"
        r += pad("HTML transferred:") + "\(totalBody) bytes\n"
        let rps = Double(done) / taken
        r += pad("Requests per second:") + String(format: "%.2f", rps) + " [#/sec] (mean)\n"
        r += pad("Time per request:") + String(format: "%.3f", Double(o.concurrency) * taken * 1000 / Double(max(1, done))) + " [ms] (mean)\n"
        r += pad("Time per request:") + String(format: "%.3f", taken * 1000 / Double(max(1, done))) + " [ms] (mean, across all concurrent requests)\n"
        r += pad("Transfer rate:") + String(format: "%.2f", Double(totalBytes) / 1024 / taken) + " [Kbytes/sec] received\n"
        guard !samples.isEmpty else { return r }
        let totals = samples.map { $0.total * 1000 }.sorted()
        let ms = totals.map { Int($0.rounded()) }
        func stats(_ values: [Double]) -> (min: Int, mean: Int, sd: Double, median: Int, max: Int) {
            let mean = values.reduce(0, +) / Double(values.count)
            let variance = values.count > 1 ? values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1) : 0
            let sorted = values.sorted()
            let median = sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
            return (Int(sorted.first ?? 0), Int(mean.rounded()), variance.squareRoot(), Int(median.rounded()), Int(sorted.last ?? 0))
        }
        func row(_ label: String, _ s: (min: Int, mean: Int, sd: Double, median: Int, max: Int)) -> String {
            label.padding(toLength: 12, withPad: " ", startingAt: 0)
                + lp(String(s.min), 5) + " " + lp(String(s.mean), 4) + " " + lp(String(format: "%.1f", s.sd), 5) + " "
                + lp(String(s.median), 6) + " " + lp(String(s.max), 7) + "\n"
        }
        let zero = stats(Array(repeating: 0, count: totals.count))
        let processing = stats(totals)
        r += "\nConnection Times (ms)\n"
        r += "              min  mean[+/-sd] median   max\n"
        r += row("Connect:", zero)
        r += row("Processing:", processing)
        r += row("Waiting:", processing)
        r += row("Total:", processing)
        r += "\nPercentage of the requests served within a certain time (ms)\n"
        for p in [50, 66, 75, 80, 90, 95, 98, 99] {
            let index = min(ms.count - 1, max(0, Int((Double(ms.count) * Double(p) / 100).rounded(.up)) - 1))
            r += "  \(p)%  " + lp(String(ms[index]), 5) + "\n"
        }
        r += " 100%  " + lp(String(ms.last ?? 0), 5) + " (longest request)\n"
        return r
    }

    private static func lp(_ s: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - s.count)) + s
    }
}
