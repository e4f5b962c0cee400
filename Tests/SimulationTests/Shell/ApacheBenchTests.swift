import API
import Foundation
@testable import Simulation
import Testing

/// ab measures: c workers, each request timed on the clock; the report follows from the latency.
@Suite struct ApacheBenchTests {
    @Test func reportFollowsFromMeasuredLatency() throws {
        let latency = 0.02
        let host = FakeShellHost(image: "lyzhang1999/hello-world-flask",
                                 network: FakeNetwork.web(body: "Hello, my first docker images! v1", latency: latency),
                                 useRealClock: true)
        let r = run(["ab", "-n", "40", "-c", "4", "http://web/"], host: host)
        #expect(r.status == 0)
        let out = r.out
        #expect(out.hasPrefix("This is ApacheBench, Version 2.3 <$Revision: 1903618 $>\n"))
        #expect(out.contains("Benchmarking web (be patient).....done\n"))
        #expect(out.contains("Server Software:        nginx/1.27.3\n"))
        #expect(out.contains("Server Hostname:        web\n"))
        #expect(out.contains("Server Port:            80\n"))
        #expect(out.contains("Document Path:          /\n"))
        #expect(out.contains("Document Length:        33 bytes\n"))
        #expect(out.contains("Concurrency Level:      4\n"))
        #expect(out.contains("Complete requests:      40\n"))
        #expect(out.contains("Failed requests:        0\n"))
        #expect(out.contains("HTML transferred:       1320 bytes\n"))
        #expect(out.contains("Connection Times (ms)\n              min  mean[+/-sd] median   max\n"))
        #expect(out.contains("Percentage of the requests served within a certain time (ms)\n"))
        #expect(out.contains(" (longest request)\n"))
        // 40 requests, 4 at a time, 20 ms each: at least 0.2 s, at most 4 / 20 ms = 200 requests/s
        // (slower when the machine is busy), and the figures agree with each other.
        let rps = try #require(value(out, "Requests per second:"))
        let taken = try #require(value(out, "Time taken for tests:"))
        let perRequest = try #require(value(out, "Time per request:"))
        #expect(taken >= 0.199 && taken < 3)
        #expect(rps > 10 && rps <= 201)
        #expect(abs(rps - 40 / taken) < 0.05 * rps)
        #expect(abs(perRequest - 4 * taken * 1000 / 40) < 0.01 * perRequest)
        let total = try #require(out.split(separator: "\n").first { $0.hasPrefix("Total:") })
        let fields = total.split(separator: " ").dropFirst().compactMap { Double($0) }
        #expect(fields.count == 5)
        #expect(fields[0] >= 20)
    }

    @Test func progressLinesForLargeRuns() {
        let host = FakeShellHost(image: "lyzhang1999/hello-world-flask", network: FakeNetwork.web(body: "x"), useRealClock: true)
        let r = run(["ab", "-n", "1000", "-c", "10", "http://web/"], host: host)
        #expect(r.out.contains("Benchmarking web (be patient)\nCompleted 100 requests\nCompleted 200 requests\n"))
        #expect(r.out.contains("Completed 900 requests\nFinished 1000 requests\n"))
        #expect(r.out.contains("Complete requests:      1000\n"))
    }

    @Test func refusedConnectionAborts() {
        let host = FakeShellHost(image: "lyzhang1999/hello-world-flask", network: FakeNetwork(dns: ["web": ["10.96.0.5"]]))
        let r = run(["ab", "-n", "10", "http://web/"], host: host)
        #expect(r.status == 1)
        #expect(r.err == "apr_socket_recv: Connection refused (111)\n")
        #expect(r.out.hasSuffix("Total of 1 requests completed\n"))
    }

    @Test func urlNeedsAPath() {
        let host = FakeShellHost(image: "lyzhang1999/hello-world-flask")
        let r = run(["ab", "-n", "10", "http://web"], host: host)
        #expect(r.err.hasPrefix("ab: invalid URL\n"))
    }

    private func value(_ report: String, _ label: String) -> Double? {
        report.split(separator: "\n").first { $0.hasPrefix(label) }
            .flatMap { $0.dropFirst(label.count).split(separator: " ").first }
            .flatMap { Double($0) }
    }
}
