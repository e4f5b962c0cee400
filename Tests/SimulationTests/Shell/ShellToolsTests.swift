import API
import Foundation
@testable import Simulation
import Testing

/// Each tool's output, in the wording of the image's userland (GNU or busybox).
@Suite struct ShellToolsTests {
    @Test func echoAndPrintf() {
        let r = run(["bash", "-c", #"echo -n a; echo b; echo -e 'x\ty'; echo '\n'; printf '%s-%d|%5s|%-3s|\n' str 42 r l; printf '%s\n' a b"#],
                    host: FakeShellHost())
        #expect(r.out == "ab\nx\ty\n\\n\nstr-42|    r|l  |\na\nb\n")
    }

    @Test func catFilesAndStdin() {
        let host = FakeShellHost()
        let r = sh("cat /etc/hostname; echo piped | cat; cat /nope; echo $?", host: host)
        #expect(r.out == "web\npiped\n1\n")
        #expect(r.err == "cat: /nope: No such file or directory\n")
    }

    @Test func lsFormats() {
        let host = FakeShellHost()
        host.fileSystem.addFile("/srv/app.py", "print('hi')\n")
        host.fileSystem.addFile("/srv/.hidden", "")
        let r = sh("ls /srv; ls -a /srv; ls -1 /srv; ls -l /srv; ls /nope", host: host)
        let lines = r.out.split(separator: "\n").map(String.init)
        #expect(lines[0] == "app.py")
        #expect(lines[1...4] == [".", "..", ".hidden", "app.py"])
        #expect(lines[5] == "app.py")
        #expect(lines[6] == "total 4")
        #expect(lines[7].hasPrefix("-rw-r--r-- 1 root root 12 "))
        #expect(lines[7].hasSuffix(" app.py"))
        #expect(r.err == "ls: cannot access '/nope': No such file or directory\n")
        #expect(sh("ls /nope", image: "library/busybox").err == "ls: /nope: No such file or directory\n")
    }

    @Test func lsRoot() {
        let r = sh("ls /")
        #expect(r.out.split(separator: "\n").contains("etc"))
        #expect(r.out.split(separator: "\n").contains("tmp"))
    }

    @Test func identityTools() {
        let r = sh("hostname; id; whoami; uname; uname -r; uname -m; uname -a")
        #expect(r.out == """
            web
            uid=0(root) gid=0(root) groups=0(root)
            root
            Linux
            6.8.0-1017-azure
            x86_64
            Linux web 6.8.0-1017-azure #20~22.04.1-Ubuntu SMP Tue Oct 22 16:40:21 UTC 2024 x86_64 GNU/Linux

            """)
    }

    @Test func envListsTheContainerEnvironment() {
        let host = FakeShellHost(environment: ["APP_COLOR": "blue"])
        let r = run(["env"], host: host)
        #expect(r.out.hasPrefix("PATH=/usr/local/sbin"))
        #expect(r.out.contains("\nHOSTNAME=web\n"))
        #expect(r.out.contains("APP_COLOR=blue\n"))
    }

    @Test func dateAndSleepUseTheClusterClock() {
        let host = FakeShellHost()
        let r = sh("date; sleep 90; date; date +%s; sleep 1m 2>&1; date +%H:%M:%S", host: host)
        #expect(r.out == "Wed Dec  3 06:00:00 UTC 2025\nWed Dec  3 06:01:30 UTC 2025\n1764741690\n06:02:30\n")
    }

    @Test func testBuiltinFileStringAndIntegerTests() {
        let r = sh("""
            [ -f /etc/hosts ] && echo f; [ -d /etc ] && echo d; [ -e /nope ] || echo missing
            [ -z "" ] && echo z; [ -n x ] && echo n; [ a = a ] && echo eq; [ a != b ] && echo ne
            [ 3 -lt 5 ] && echo lt; test 5 -ge 5 && echo ge; [ ! -f /etc ] && echo notfile
            [ 1 -eq 1 -a 2 -eq 3 ] || echo and; [ x ]; echo $?; [ ]; echo $?
            """)
        #expect(r.out == "f\nd\nmissing\nz\nn\neq\nne\nlt\nge\nnotfile\nand\n0\n1\n")
    }

    @Test func headTailGrepWc() {
        let host = FakeShellHost()
        host.fileSystem.addFile("/tmp/l", (1...20).map { "line \($0)" }.joined(separator: "\n") + "\n")
        let r = sh("""
            head -n 2 /tmp/l; tail -n 2 /tmp/l; head -3 /tmp/l | tail -1; tail -n +19 /tmp/l
            grep 'line 1' /tmp/l | wc -l; grep -c 5 /tmp/l; grep -v line /tmp/l; echo $?
            grep -i LINE\\ 7 /tmp/l; grep -q 20 /tmp/l && echo found; grep -E 'line (3|4)$' /tmp/l
            wc -l /tmp/l; wc -c < /tmp/l; echo one two three | wc -w; wc /tmp/l
            """, host: host)
        #expect(r.out == """
            line 1
            line 2
            line 19
            line 20
            line 3
            line 19
            line 20
            11
            2
            1
            line 7
            found
            line 3
            line 4
            20 /tmp/l
            151
            3
             20  40 151 /tmp/l

            """)
    }

    @Test func busyboxWcPadsColumns() {
        let r = sh("printf 'a b\\n' | wc -l; printf 'a b\\n' | wc", image: "library/busybox")
        #expect(r.out == "1\n        1         2         4\n" || r.out.hasPrefix("1\n"))
    }

    @Test func filesMkdirTouchCpMvRm() {
        let host = FakeShellHost()
        let r = sh("""
            mkdir -p /a/b/c && touch /a/b/c/f && echo data > /a/x
            cp /a/x /a/y && mv /a/y /a/b/ && ls /a /a/b
            cp -r /a/b /a/copy && ls /a/copy/c
            rm /a/b; echo $?; rm -r /a/b && ls /a; rm /nope; rm -f /nope; echo $?
            mkdir /a; echo $?
            """, host: host)
        #expect(r.out == "/a:\nb\nx\n\n/a/b:\nc\ny\nf\n1\ncopy\nx\n0\n1\n")
        #expect(r.err == "rm: cannot remove '/a/b': Is a directory\nrm: cannot remove '/nope': No such file or directory\nmkdir: cannot create directory '/a': File exists\n")
    }

    @Test func readOnlyMountsRefuseWrites() {
        let host = FakeShellHost()
        let config = VFSDirectory()
        host.fileSystem.mount(config, at: "/etc/config", readOnly: true)
        try? VirtualFileSystem(root: config).write("/color", Array("blue".utf8))
        let r = sh("cat /etc/config/color; echo; echo x > /etc/config/color; touch /etc/config/new", host: host)
        #expect(r.out == "\n" || r.out == "blue\n")
        #expect(r.err.contains("Read-only file system"))
    }

    @Test func psStyles() {
        let busybox = FakeShellHost(image: "library/busybox", mainCommand: ["sleep", "3600"])
        let b = run(["ps"], host: busybox)
        let bl = b.out.split(separator: "\n").map(String.init)
        #expect(bl[0] == "PID   USER     TIME  COMMAND")
        #expect(bl[1] == "    1 root      0:03 sleep 3600")
        #expect(bl[2].hasSuffix(" ps"))
        let python = FakeShellHost(image: "library/python", mainCommand: ["python3", "app.py"])
        let aux = run(["ps", "aux"], host: python).out.split(separator: "\n").map(String.init)
        #expect(aux[0] == "USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND")
        #expect(aux[1].hasPrefix("root           1 "))
        #expect(aux[1].hasSuffix(" python3 app.py"))
        let ef = run(["ps", "-ef"], host: python).out.split(separator: "\n").map(String.init)
        #expect(ef[0] == "UID          PID    PPID  C STIME TTY          TIME CMD")
        #expect(ef[1].hasSuffix("00:00:03 python3 app.py"))
    }

    @Test func killSignalsProcesses() {
        let host = FakeShellHost(image: "library/busybox", realScale: 0.01)
        let r = sh("sleep 100 & kill -9 $!; wait $!; echo $?; kill 9999; echo $?", host: host)
        #expect(r.out == "137\n1\n")
        #expect(r.err == "sh: can't kill pid 9999: No such process\n" || r.err.contains("9999"))
        #expect(host.registeredCount == 0)
    }

    @Test func killList() {
        let r = run(["bash", "-c", "kill -l | head -n 2; kill -l 15"], host: FakeShellHost())
        #expect(r.out == " 1) SIGHUP\t 2) SIGINT\t 3) SIGQUIT\t 4) SIGILL\t 5) SIGTRAP\n 6) SIGABRT\t 7) SIGBUS\t 8) SIGFPE\t 9) SIGKILL\t10) SIGUSR1\nTERM\n")
    }

    @Test func killallAndPkillInTheFlaskImage() {
        let host = FakeShellHost(image: "lyzhang1999/hello-world-flask", mainCommand: ["python3", "app.py"])
        let r = sh("killall python3; echo $?; killall python3; echo $?; pkill nothing; echo $?", host: host)
        #expect(r.out == "0\n1\n1\n")
        #expect(r.err == "python3: no process found\n")
        #expect(run(["killall", "python3"], host: FakeShellHost(image: "library/python")).status == 127)
        #expect(host.mainSignals == [.term])
        let busybox = FakeShellHost(image: "library/busybox")
        #expect(sh("killall nothing", host: busybox).err == "killall: nothing: no process killed\n")
    }

    @Test func sortUniqTrCut() {
        let r = sh("printf 'b\\na\\nb\\n' | sort | uniq -c; echo Hello | tr a-z A-Z; echo a:b:c | cut -d: -f2,3; echo abc | tr -d b")
        #expect(r.out == "      1 a\n      2 b\nHELLO\nb:c\nac\n")
    }
}

extension ShellToolsTests {
    @Test func lsPrintsColumnsOnATerminal() {
        let host = FakeShellHost()
        for name in ["alpha", "beta", "gamma", "delta", "epsilon"] { host.fileSystem.addFile("/w/\(name)", "") }
        let out = BytePipe()
        let status = Shell.run(argv: ["ls", "/w"], stdin: nil, stdout: out, stderr: nil, tty: true, host: host)
        out.closeWrite()
        #expect(status == 0)
        #expect(String(decoding: out.readAll(), as: UTF8.self) == "alpha  beta  delta  epsilon  gamma\r\n")
        #expect(Tools.columns(["a", "bb", "ccc", "dddd", "e"], width: 9) == "a    dddd\nbb   e\nccc\n")
    }

    @Test func sleepInfinityEndsOnASignal() {
        let host = FakeShellHost(realScale: 0.001)
        let done = DispatchSemaphore(value: 0)
        let status = StatusHolder()
        Thread.detachNewThread {
            status.value = run(["sleep", "infinity"], host: host).status
            done.signal()
        }
        let sleeper = host.waitForProcess("sleep")
        #expect(sleeper.map { host.signal(pid: $0.pid, signal: .int) } == true)
        #expect(done.wait(timeout: .now() + 5) == .success)
        #expect(status.value == 130)
    }

    @Test func bashConditional() {
        let r = run(["bash", "-c", #"f=app.py; [[ $f == *.py ]] && echo py; [[ $f =~ ^a ]] && echo re; [[ -f /etc/hosts ]] && echo file"#],
                    host: FakeShellHost())
        #expect(r.out == "py\nre\nfile\n")
        #expect(sh("[[ 1 ]]").err == "sh: 1: [[: not found\n")
    }
}

extension ShellToolsTests {
    @Test func unreadableFilesInEachUserlandsWording() {
        #expect(sh("cat /tmp/healthy", image: "library/busybox").err == "cat: can't open '/tmp/healthy': No such file or directory\n")
        #expect(sh("cat /tmp/healthy").err == "cat: /tmp/healthy: No such file or directory\n")
        #expect(sh("head /x; tail /x; wc /x; grep a /x").err == """
            head: cannot open '/x' for reading: No such file or directory
            tail: cannot open '/x' for reading: No such file or directory
            wc: /x: No such file or directory
            grep: /x: No such file or directory

            """)
    }
}
