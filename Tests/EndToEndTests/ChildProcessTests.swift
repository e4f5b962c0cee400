import ChildProcess
import Foundation
import Testing

/// The process harness every end-to-end test stands on: statuses, output, timeouts and signals,
/// including many children started and torn down at once (the pattern that crashed libdispatch
/// when pipes were read with dispatch sources).
@Suite struct ChildProcessTests {
    @Test func exitCodeAndBothStreamsAreCaptured() throws {
        let p = try ChildProcess("/bin/sh", ["-c", "printf out; printf err >&2; exit 3"])
        #expect(p.wait(timeout: 10) == 3)
        #expect(p.stdout.string == "out")
        #expect(p.stderr.string == "err")
        #expect(!p.isRunning)
    }

    @Test func standardInputIsFedThenClosed() throws {
        let p = try ChildProcess("/bin/cat", [], stdin: Array("line one\nline two\n".utf8))
        #expect(p.wait(timeout: 10) == 0)
        #expect(p.stdout.string == "line one\nline two\n")
    }

    @Test func waitTimesOutWhileTheChildRunsAndTerminateEndsIt() throws {
        let p = try ChildProcess("/bin/sleep", ["30"])
        #expect(p.wait(timeout: 0.2) == nil)
        #expect(p.isRunning)
        #expect(p.terminate(grace: 5) == SIGTERM)
        #expect(!p.isRunning)
    }

    @Test func kill9ReportsTheSignal() throws {
        let p = try ChildProcess("/bin/sh", ["-c", "trap '' TERM; sleep 30"])
        #expect(p.kill9() == SIGKILL)
        p.send(SIGTERM)  // after reaping: must not signal a reused pid, and must not crash
    }

    @Test func manyChildrenInParallelKeepTheirOwnOutput() async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for i in 0..<64 {
                group.addTask {
                    let p = try ChildProcess("/bin/sh", ["-c", "echo \(i); echo e\(i) >&2"])
                    #expect(p.wait(timeout: 20) == 0)
                    #expect(p.stdout.string == "\(i)\n")
                    #expect(p.stderr.string == "e\(i)\n")
                }
            }
            try await group.waitForAll()
        }
    }

    @Test func droppingARunningChildKillsIt() throws {
        var pid: pid_t = 0
        do {
            let p = try ChildProcess("/bin/sleep", ["30"], stdout: .discard, stderr: .discard)
            pid = p.pid
        }
        // deinit killed and reaped it: the pid no longer names our child.
        #expect(kill(pid, 0) != 0 || waitpid(pid, nil, WNOHANG) == -1)
    }
}
