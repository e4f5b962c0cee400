import ChildProcess
import Foundation
import Testing

/// `kubectl port-forward`: SPDY/3.1 (1.27, 1.30) and SPDY tunnelled through WebSocket (1.33), with
/// curl through the local port, several connections in a row and a refused port.
@Suite struct KubectlPortForwardTests {
    /// Starts `kubectl port-forward pod/p1 :remote` and returns it with the local port it printed.
    func forward(_ kubectl: Kubectl, remote: Int) throws -> (ChildProcess, Int) {
        let process = try kubectl.start("port-forward", "pod/p1", ":\(remote)")
        var local = 0
        _ = eventually(within: 15) {
            let text = process.stdout.string
            guard let range = text.range(of: "Forwarding from 127.0.0.1:") else { return false }
            local = Int(text[range.upperBound...].prefix { $0.isNumber }) ?? 0
            return local > 0
        }
        guard local > 0 else {
            process.terminate(grace: 2)
            throw HarnessError("port-forward did not start: \(process.stdout.string) \(process.stderr.string)")
        }
        return (process, local)
    }

    @Test(arguments: [27, 30, 33])
    func curlReachesThePodThroughTheTunnel(minor: Int) throws {
        let server = try StreamingServer()
        let kubectl = try Kubectl(minor, server)
        let (process, local) = try forward(kubectl, remote: 80)
        defer { process.terminate(grace: 2) }
        for attempt in 1...3 {
            let r = try runProgram("/usr/bin/curl", ["-s", "--max-time", "10", "http://127.0.0.1:\(local)/try\(attempt)"])
            #expect(r.stdout == "hello from p1:80 (GET /try\(attempt) HTTP/1.1)\n", "1.\(minor) attempt \(attempt): \(r.stdout) \(r.stderr) \(process.stderr.string)")
        }
        // Several connections at once, each its own stream pair.
        let curls = try (1...4).map { n in
            try ChildProcess("/usr/bin/curl", ["-s", "--max-time", "10", "http://127.0.0.1:\(local)/parallel\(n)"])
        }
        for (index, curl) in curls.enumerated() {
            #expect(curl.wait(timeout: 15) == 0)
            #expect(curl.stdout.string == "hello from p1:80 (GET /parallel\(index + 1) HTTP/1.1)\n", "1.\(minor)")
        }
        #expect(process.isRunning, "1.\(minor): \(process.stderr.string)")
        #expect(process.stdout.string.contains("Handling connection for \(local)"))
    }

    @Test(arguments: [27, 33])
    func aRefusedPortIsReportedOnTheErrorStream(minor: Int) throws {
        let server = try StreamingServer()
        let kubectl = try Kubectl(minor, server)
        let (process, local) = try forward(kubectl, remote: 9999)
        defer { process.terminate(grace: 2) }
        _ = try runProgram("/usr/bin/curl", ["-s", "--max-time", "5", "http://127.0.0.1:\(local)/"])
        let reported = eventually(within: 10) {
            process.stderr.string.contains("error forwarding port 9999 to pod p1, uid ")
        }
        #expect(reported, "1.\(minor): \(process.stderr.string)")
        #expect(process.stderr.string.contains("connect: connection refused"))
        if minor >= 33 {
            // 1.31+ tear the whole session down after an error stream's text.
            #expect(process.wait(timeout: 10) == 1)
            #expect(process.stderr.string.contains("error: lost connection to pod"))
        }
    }
}
