import API
import Foundation
@testable import Simulation
import Testing

/// The interactive shell on a raw TTY: prompt, echo, editing keys, Ctrl-C, Ctrl-D, CRLF output.
@Suite struct ShellTerminalTests {
    @Test func bashPromptEchoAndOutput() {
        let session = TerminalSession(argv: ["bash"], host: FakeShellHost(hostname: "web-7d4b9c"))
        #expect(session.output.wait(for: "root@web-7d4b9c:/# "))
        session.type("echo hi\r")
        #expect(session.output.wait(for: "root@web-7d4b9c:/# ", times: 2))
        #expect(session.output.text == "root@web-7d4b9c:/# echo hi\r\nhi\r\nroot@web-7d4b9c:/# ")
        session.type("\u{04}")
        #expect(session.exitStatus() == 0)
        #expect(session.output.wait(for: "# exit\r\n"))
    }

    @Test func busyboxPrompt() {
        let session = TerminalSession(argv: ["sh"], host: FakeShellHost(image: "library/busybox"))
        #expect(session.output.wait(for: "/ # "))
        session.type("cd /tmp\r")
        #expect(session.output.wait(for: "/tmp # "))
        session.type("exit 3\r")
        #expect(session.exitStatus() == 3)
    }

    @Test func backspaceEditsTheLine() {
        let session = TerminalSession(host: FakeShellHost())
        session.output.wait(for: "# ")
        session.type("echo hx\u{7f}i\r")
        #expect(session.output.wait(for: "\r\nhi\r\n"))
        #expect(session.output.text.contains("echo hx\u{08} \u{08}i\r\n"))
        session.type("exit\r")
        #expect(session.exitStatus() == 0)
    }

    @Test func ctrlCAtThePromptGivesANewPrompt() {
        let session = TerminalSession(host: FakeShellHost())
        session.output.wait(for: "# ")
        session.type("echo abc\u{03}")
        #expect(session.output.wait(for: "# ", times: 2))
        #expect(session.output.text == "root@web:/# echo abc^C\r\nroot@web:/# ")
        session.type("echo $?\r")
        #expect(session.output.wait(for: "130\r\n"))
        session.type("(exit 5)\r\u{04}")
        #expect(session.exitStatus() == 5)
    }

    @Test func ctrlCInterruptsARunningCommand() {
        let host = FakeShellHost(realScale: 0.05)
        let session = TerminalSession(host: host)
        session.output.wait(for: "# ")
        session.type("sleep 100\r")
        #expect(session.output.wait(for: "sleep 100\r\n"))
        #expect(host.waitForProcess("sleep") != nil)
        session.type("\u{03}")
        #expect(session.output.wait(for: "# ", times: 2))
        #expect(session.output.text.hasSuffix("sleep 100\r\n^C\r\nroot@web:/# "))
        session.type("echo $?\r")
        #expect(session.output.wait(for: "130\r\n"))
        session.type("exit\r")
        #expect(session.exitStatus() == 0)
    }

    @Test func multiLineConstructsUseTheSecondaryPrompt() {
        let session = TerminalSession(host: FakeShellHost())
        session.output.wait(for: "# ")
        session.type("for i in 1 2\r")
        #expect(session.output.wait(for: "\r\n> "))
        session.type("do echo $i; done\r")
        #expect(session.output.wait(for: "1\r\n2\r\n"))
        session.type("\u{04}")
        #expect(session.exitStatus() == 0)
    }

    @Test func commandsReadCookedInput() {
        let session = TerminalSession(host: FakeShellHost())
        session.output.wait(for: "# ")
        session.type("cat\r")
        session.output.wait(for: "cat\r\n")
        session.type("line\r")
        #expect(session.output.wait(for: "line\r\nline\r\n"))
        session.type("\u{04}")
        #expect(session.output.wait(for: "# ", times: 2))
        session.type("exit\r")
        #expect(session.exitStatus() == 0)
    }

    @Test func psShowsTheShellOnTheTerminal() {
        let host = FakeShellHost(image: "library/python", mainCommand: ["python3", "app.py"])
        let session = TerminalSession(host: host)
        session.output.wait(for: "# ")
        session.type("ps\r")
        #expect(session.output.wait(for: "# ", times: 2))
        #expect(session.output.text.contains("pts/0    00:00:00 bash\r\n"))
        session.type("exit\r")
        #expect(session.exitStatus() == 0)
    }
}

extension ShellTerminalTests {
    @Test func sigkillEndsAnInteractiveShell() {
        let host = FakeShellHost()
        let session = TerminalSession(host: host)
        session.output.wait(for: "# ")
        let shell = host.processes().first { $0.name == "bash" }
        #expect(shell.map { host.signal(pid: $0.pid, signal: .term) } == true)
        session.type("echo still here\r")
        #expect(session.output.wait(for: "still here\r\n"))
        #expect(shell.map { host.signal(pid: $0.pid, signal: .kill) } == true)
        #expect(session.exitStatus() == 137)
    }

    @Test func backgroundJobsAnnounceTheirPid() {
        let session = TerminalSession(host: FakeShellHost(realScale: 0.01))
        session.output.wait(for: "# ")
        session.type("sleep 1 &\r")
        #expect(session.output.wait(for: "# ", times: 2))
        #expect(session.output.text.contains("sleep 1 &\r\n[1] "))
        session.type("exit\r")
        #expect(session.exitStatus() == 0)
    }
}
