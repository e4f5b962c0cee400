import Foundation
import Testing

/// `kubectl exec` and `attach` against the in-process server: SPDY/3.1 (1.27, 1.29 offering v5
/// first, and 1.33 with the WebSocket switched off) and WebSocket v5 (1.30, 1.33).
@Suite(.serialized) struct KubectlExecTests {
    static let variants: [(minor: Int, env: [String: String])] = [
        (27, [:]), (29, [:]), (30, [:]), (33, [:]), (33, ["KUBECTL_REMOTE_COMMAND_WEBSOCKETS": "false"]),
    ]

    @Test(arguments: 0..<variants.count)
    func execPrintsOutputAndPassesExitCodes(variant: Int) throws {
        let server = try StreamingServer()
        let (minor, env) = Self.variants[variant]
        let kubectl = try Kubectl(minor, server, environment: env)
        let label = "kubectl 1.\(minor) \(env)"

        let hi = try kubectl.run("exec", "p1", "--", "echo", "hi", "there")
        #expect(hi.status == 0, "\(label): \(hi.stderr)")
        #expect(hi.stdout == "hi there\n", "\(label)")

        let exit3 = try kubectl.run("exec", "p1", "--", "sh", "-c", "exit 3")
        #expect(exit3.status == 3, "\(label): \(exit3.stderr)")
        #expect(exit3.stderr.contains("command terminated with exit code 3"), "\(label): \(exit3.stderr)")

        let cat = try kubectl.run("exec", "-i", "p1", "--", "cat", stdin: "data through stdin\nsecond line\n")
        #expect(cat.status == 0, "\(label): \(cat.stderr)")
        #expect(cat.stdout == "data through stdin\nsecond line\n", "\(label)")

        let big = try kubectl.run("exec", "p1", "--", "bytes", "3000000")
        #expect(big.status == 0, "\(label): \(big.stderr)")
        #expect(big.stdout.utf8.count == 3_000_000, "\(label)")

        let warn = try kubectl.run("exec", "p1", "--", "warn")
        #expect(warn.stdout == "out\n", "\(label)")
        #expect(warn.stderr.contains("warning on stderr"), "\(label): \(warn.stderr)")

        let missing = try kubectl.run("exec", "p1", "--", "nope")
        #expect(missing.status == 1, "\(label)")
        #expect(missing.stderr.contains("executable file not found in $PATH"), "\(label): \(missing.stderr)")

        let container = try kubectl.run("exec", "p2", "-c", "b", "--", "which-container")
        #expect(container.stdout == "container=b\n", "\(label): \(container.stderr)")

        let wrong = try kubectl.run("exec", "p1", "-c", "nope", "--", "echo")
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("Error from server (BadRequest): container nope is not valid for pod p1"),
                "\(label): \(wrong.stderr)")

        let absent = try kubectl.run("exec", "ghost", "--", "echo")
        #expect(absent.stderr.contains("Error from server (NotFound): pods \"ghost\" not found"), "\(label): \(absent.stderr)")

        let unscheduled = try kubectl.run("exec", "pending", "--", "echo")
        #expect(unscheduled.stderr.contains("pod pending does not have a host assigned"), "\(label): \(unscheduled.stderr)")
    }

    @Test(arguments: [27, 33])
    func attachGreetsAndEchoesStdin(minor: Int) throws {
        let server = try StreamingServer()
        let kubectl = try Kubectl(minor, server)
        let plain = try kubectl.run("attach", "p1")
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stdout.contains("attached to c1"))
        let withInput = try kubectl.run("attach", "-i", "p1", stdin: "typed\n")
        #expect(withInput.status == 0, "\(withInput.stderr)")
        #expect(withInput.stdout.contains("attached to c1\ntyped\n"), "\(withInput.stdout)")
    }

    /// `exec -it` under `script` (a pseudo-terminal of 100x30): the size reaches the runtime through
    /// the resize stream (SPDY) or channel 4 (WebSocket), and Ctrl-D ends the session.
    @Test(arguments: [27, 33])
    func ttySessionsGetTheTerminalSize(minor: Int) throws {
        let server = try StreamingServer()
        let kubectl = try Kubectl(minor, server)
        let command = "stty cols 100 rows 30; \(kubectl.path) --kubeconfig \(kubectl.kubeconfig) "
            + "--cache-dir \(kubectl.home)/cache exec -it p1 -- tty"
        let r = try runProgram("/usr/bin/script", ["-qefc", command, "/dev/null"], stdin: "hello\u{04}",
                               environment: ["HOME": kubectl.home, "TERM": "xterm", "PATH": "/usr/bin:/bin"])
        #expect(r.status == 0, "\(r.stdout) \(r.stderr)")
        #expect(r.stdout.contains("tty=true size=100x30\r\n"), "\(r.stdout.debugDescription)")
    }

    @Test func noRuntimeIsAStatusErrorNotAHang() throws {
        let server = try StreamingServer(runtime: false)
        let kubectl = try Kubectl(33, server)
        let r = try kubectl.run("exec", "p1", "--", "echo", "hi", timeout: 20)
        #expect(r.status == 1)
        #expect(r.stderr.contains("Error from server (ServiceUnavailable)"), "\(r.stderr)")
    }
}
