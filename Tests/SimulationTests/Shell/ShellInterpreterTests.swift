import API
import Foundation
@testable import Simulation
import Testing

/// The interpreter: quoting, expansion, lists, pipelines, redirections, control flow and exit statuses.
@Suite struct ShellInterpreterTests {
    @Test func quotingKeepsSpacesAndEscapes() {
        let r = sh(#"X=1; echo 'a  b' "c  $X" d\ e '$X' "\$X" "a\"b""#)
        #expect(r.out == "a  b c  1 d e $X $X a\"b\n")
        #expect(r.status == 0)
    }

    @Test func parameterExpansionForms() {
        let r = sh(#"P=file.tar.gz; E=; echo ${U:-def} ${E:-empty} ${E-set} ${#P} ${P%.gz} ${P%%.*} ${P#*.} ${P##*.} ${P/tar/zip} ${U:=assigned} $U ${P:+alt}"#)
        #expect(r.out == "def empty 11 file.tar file tar.gz gz file.zip.gz assigned assigned alt\n")
    }

    @Test func specialParameters() {
        let host = FakeShellHost()
        let r = run(["sh", "-c", #"echo $0 $1 $2 $# "$@"; false; echo $?; echo $$"#, "name", "a", "b c"], host: host)
        let lines = r.out.split(separator: "\n").map(String.init)
        #expect(lines[0] == "name a b c 2 a b c")
        #expect(lines[1] == "1")
        #expect(Int(lines[2]) != nil)
    }

    @Test func quotedAtKeepsArgumentsApart() {
        let r = run(["bash", "-c", #"for a in "$@"; do echo "[$a]"; done; for a in $@; do echo "<$a>"; done"#, "bash", "x y", "z"],
                    host: FakeShellHost())
        #expect(r.out == "[x y]\n[z]\n<x>\n<y>\n<z>\n")
    }

    @Test func environmentComesFromTheContainer() {
        let host = FakeShellHost(environment: ["GREETING": "hello world", "KUBERNETES_SERVICE_HOST": "10.96.0.1"])
        let r = sh(#"echo $GREETING ${KUBERNETES_SERVICE_HOST}:443 $HOSTNAME $HOME"#, host: host)
        #expect(r.out == "hello world 10.96.0.1:443 web /root\n")
    }

    @Test func commandSubstitutionAndBackticks() {
        let r = sh(#"A=$(echo hi | tr a-z A-Z); B=`echo there`; echo "$A $B $(echo $(echo nested))""#)
        #expect(r.out == "HI there nested\n")
    }

    @Test func arithmetic() {
        let r = sh(#"x=5; echo $((1 + 2 * 3)) $((x * 2)) $(( (x + 1) % 4 )) $((x += 2)) $x $((10 / 3)) $((2 ** 10)) $((x > 3 ? 1 : 0))"#)
        #expect(r.out == "7 10 2 7 7 3 1024 1\n")
    }

    @Test func andOrAndSequences() {
        let r = sh("true && echo a || echo b; false && echo c || echo d; false; echo $?; ! false; echo $?")
        #expect(r.out == "a\nd\n1\n0\n")
    }

    @Test func pipelinesRunStagesConcurrently() {
        let r = sh("printf 'b\\na\\nc\\n' | sort | head -n 2; yes | head -n 3 | wc -l; echo one two | grep -c two")
        #expect(r.out == "a\nb\n3\n1\n")
    }

    @Test func pipelineStatusIsTheLastStage() {
        #expect(sh("true | false").status == 1)
        #expect(sh("false | true").status == 0)
    }

    @Test func redirections() {
        let host = FakeShellHost()
        let r = sh("""
            echo one > /tmp/f; echo two >> /tmp/f; cat < /tmp/f
            ls /nope 2>/dev/null; echo "status $?"
            ls /nope 2>&1 | wc -l
            echo hidden >/dev/null
            cat /tmp/f 1>&2
            """, host: host)
        #expect(r.out == "one\ntwo\nstatus 2\n1\n")
        #expect(r.err == "one\ntwo\n")
        #expect(String(decoding: (try? host.fileSystem.read("/tmp/f").get()) ?? [], as: UTF8.self) == "one\ntwo\n")
    }

    @Test func redirectionIntoMissingDirectory() {
        let r = sh("echo x > /no/such/file; echo $?")
        #expect(r.err == "sh: 1: cannot create /no/such/file: Directory nonexistent\n")
        #expect(r.out == "2\n" || r.out == "1\n")
    }

    @Test func hereDocuments() {
        let r = sh("""
            NAME=world
            cat <<EOF
            hello $NAME
            EOF
            cat <<'EOF'
            raw $NAME
            EOF
            """)
        #expect(r.out == "hello world\nraw $NAME\n")
    }

    @Test func ifElifElse() {
        let r = sh("""
            for n in 1 2 3; do
              if [ $n -eq 1 ]; then echo one; elif [ "$n" = 2 ]; then echo two; else echo other; fi
            done
            """)
        #expect(r.out == "one\ntwo\nother\n")
    }

    @Test func whileUntilBreakContinue() {
        let r = sh("""
            i=0
            while true; do
              i=$((i + 1))
              if [ $i -eq 2 ]; then continue; fi
              if [ $i -gt 4 ]; then break; fi
              echo $i
            done
            until [ $i -le 0 ]; do i=$((i - 2)); done; echo $i
            """)
        #expect(r.out == "1\n3\n4\n-1\n")
    }

    @Test func caseAndFunctions() {
        let r = sh("""
            kind() {
              case "$1" in
                *.txt|*.md) echo text ;;
                [0-9]*) echo number ;;
                *) return 3 ;;
              esac
            }
            kind a.md; kind 42; kind zzz; echo $?
            """)
        #expect(r.out == "text\nnumber\n3\n")
    }

    @Test func functionLocals() {
        let r = run(["bash", "-c", "x=outer; f() { local x=inner; echo $x; }; f; echo $x"], host: FakeShellHost())
        #expect(r.out == "inner\nouter\n")
    }

    @Test func exitStatusAndExit() {
        #expect(sh("exit 3").status == 3)
        #expect(sh("echo before; exit 7; echo after").out == "before\n")
        #expect(sh("false").status == 1)
        #expect(sh("(exit 4); echo $?").out == "4\n")
    }

    @Test func setEStopsAtTheFirstFailure() {
        let r = sh("set -e; echo a; false; echo b")
        #expect(r.out == "a\n")
        #expect(r.status == 1)
        #expect(sh("set -e; false || echo ok; if false; then :; fi; echo end").out == "ok\nend\n")
    }

    @Test func unknownCommandPerDialect() {
        let bash = run(["bash", "-c", "nope"], host: FakeShellHost())
        #expect(bash.err == "bash: line 1: nope: command not found\n")
        #expect(bash.status == 127)
        let dash = sh("nope")
        #expect(dash.err == "sh: 1: nope: not found\n")
        #expect(dash.status == 127)
        let ash = sh("nope", image: "library/busybox")
        #expect(ash.err == "sh: nope: not found\n")
        #expect(ash.status == 127)
    }

    @Test func toolMissingFromTheImage() {
        // Debian images have no ps (procps) and no curl.
        #expect(run(["bash", "-c", "ps"], host: FakeShellHost()).err == "bash: line 1: ps: command not found\n")
        #expect(sh("curl http://web").status == 127)
    }

    @Test func nonExecutableFileIs126() {
        let host = FakeShellHost()
        host.fileSystem.addFile("/app/run.sh", "echo ran\n")
        let r = run(["bash", "-c", "/app/run.sh; echo $?; chmod +x /app/run.sh; /app/run.sh"], host: host)
        #expect(r.err == "bash: line 1: /app/run.sh: Permission denied\n")
        #expect(r.out == "126\nran\n")
    }

    @Test func scriptFilesWithShebang() {
        let host = FakeShellHost()
        host.fileSystem.addFile("/app/s.sh", "#!/bin/bash\necho \"args: $# $1\"\nexit 5\n", mode: 0o755)
        let r = run(["sh", "-c", "./s.sh x; echo $?; sh /app/s.sh y"], host: host)
        #expect(r.out == "args: 1 x\n5\nargs: 1 y\n" || r.err.contains("s.sh"))
        let inApp = run(["sh", "-c", "cd /app && ./s.sh x; echo $?"], host: host)
        #expect(inApp.out == "args: 1 x\n5\n")
    }

    @Test func syntaxErrorsAreReported() {
        let bash = run(["bash", "-c", "if true; then echo x; fi fi"], host: FakeShellHost())
        #expect(bash.status == 2)
        #expect(bash.err.contains("syntax error"))
        let dash = sh("echo (")
        #expect(dash.status == 2)
    }

    @Test func scriptFromStdinWithoutATerminal() {
        let r = run(["sh"], host: FakeShellHost(), stdin: "echo hi\nfor i in 1 2; do\n  echo $i\ndone\nexit 4\necho never\n")
        #expect(r.out == "hi\n1\n2\n")
        #expect(r.status == 4)
    }

    @Test func globbing() {
        let host = FakeShellHost()
        host.fileSystem.addFile("/data/a.txt", "")
        host.fileSystem.addFile("/data/b.txt", "")
        host.fileSystem.addFile("/data/c.log", "")
        let r = sh("cd /data; echo *.txt; echo /data/*.log; echo *.none; echo '*.txt'", host: host)
        #expect(r.out == "a.txt b.txt\n/data/c.log\n*.none\n*.txt\n")
    }

    @Test func backgroundJobsAndWait() {
        let host = FakeShellHost()
        let r = sh("sleep 5 & echo started; wait $!; echo done $?", host: host)
        #expect(r.out == "started\ndone 0\n")
    }

    @Test func cdAndPwd() {
        let r = sh("cd /etc; pwd; cd ..; pwd; cd /nope; echo $?")
        #expect(r.out == "/etc\n/\n2\n")
        #expect(r.err == "sh: 1: cd: can't cd to /nope\n")
    }

    @Test func readBuiltin() {
        let r = sh("echo 'a b c' | { read x y; echo \"$y-$x\"; }; printf 'l1\\nl2\\n' | while read line; do echo \"<$line>\"; done")
        #expect(r.out == "c-a\n" || r.out.hasPrefix("b c-a"))
        #expect(r.out.hasSuffix("<l1>\n<l2>\n"))
    }

    @Test func exportReachesTools() {
        let r = sh("export FOO=bar; X=1 env | grep -E '^(FOO|X)='; unset FOO; env | grep -c FOO")
        #expect(r.out == "FOO=bar\nX=1\n0\n")
    }
}

extension ShellInterpreterTests {
    @Test func stdinCommandsRunAsTheyArrive() {
        // `kubectl exec -i pod -- sh`: no terminal, commands typed one by one.
        let input = BytePipe()
        let output = BytePipe()
        let collector = OutputCollector(output)
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            _ = Shell.run(argv: ["sh"], stdin: input, stdout: output, stderr: nil, tty: false, host: FakeShellHost())
            output.closeWrite()
            done.signal()
        }
        input.write("echo first\n")
        #expect(collector.wait(for: "first\n"))
        input.write("if true\nthen echo second\n")
        input.write("fi\n")
        #expect(collector.wait(for: "second\n"))
        #expect(!collector.text.contains("#"))
        input.closeWrite()
        #expect(done.wait(timeout: .now() + 5) == .success)
    }

    @Test func execReplacesTheShell() {
        let r = sh("exec echo replaced; echo never")
        #expect(r.out == "replaced\n")
    }

    @Test func commandVAndType() {
        let r = run(["bash", "-c", "command -v ls; type cd; command -v nope || echo none"], host: FakeShellHost())
        #expect(r.out == "/usr/bin/ls\ncd is a shell builtin\nnone\n")
    }

    @Test func signalledScriptStops() {
        let host = FakeShellHost(realScale: 0.01)
        let out = BytePipe()
        let done = DispatchSemaphore(value: 0)
        let status = StatusHolder()
        Thread.detachNewThread {
            status.value = Shell.run(argv: ["sh", "-c", "while true; do sleep 1; done"], stdin: nil, stdout: out, stderr: nil,
                                     tty: false, host: host)
            done.signal()
        }
        #expect(host.waitForProcess("sleep") != nil)
        let shell = host.processes().first { $0.command.first == "sh" }
        #expect(shell.map { host.signal(pid: $0.pid, signal: .term) } == true)
        #expect(done.wait(timeout: .now() + 5) == .success)
        #expect(status.value == 143)
        #expect(host.registeredCount == 0)
    }
}

/// A status set by another thread before a semaphore signals.
final class StatusHolder: @unchecked Sendable {
    // Sendable invariant: written before `done.signal()`, read after `done.wait()`.
    var value: Int32 = -1
}
