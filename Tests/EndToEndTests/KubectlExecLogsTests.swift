import Foundation
import Testing

/// `kubectl exec`, `attach`, `run -i` and `logs` against the simulated containers, with kubectl 1.27
/// (SPDY) and 1.33 (WebSocket): the walkthrough's `killall python3` restarts the container in place.
@Suite(.serialized) struct KubectlExecLogsTests {
    @Test(arguments: [27, 33])
    func execRunsInTheContainerAndKillallRestartsItInPlace(minor: Int) throws {
        let s = try TestServer(extraArgs: ["--time-scale", "10"])
        defer { s.stop() }
        let k = try Kubectl(minor, server: s)
        #expect(try k("create", "deployment", "hello-world-flask", "--image=lyzhang1999/hello-world-flask:latest",
                      "--replicas=2").status == 0)
        let rollout = try k("rollout", "status", "deployment/hello-world-flask", "--timeout=60s")
        #expect(rollout.status == 0, "\(rollout.stderr)")
        let pod = try k("get", "pods", "-l", "app=hello-world-flask", "-o", "jsonpath={.items[0].metadata.name}").stdout

        let hello = try k("exec", pod, "--", "sh", "-c", "echo hello from $HOSTNAME; cat /var/run/secrets/kubernetes.io/serviceaccount/namespace")
        #expect(hello.stdout == "hello from \(pod)\ndefault", "\(hello.stderr)")
        let three = try k("exec", pod, "--", "sh", "-c", "echo out; echo err >&2; exit 3")
        #expect(three.status == 3)
        #expect(three.stdout == "out\n")
        #expect(three.stderr.contains("err\n"))
        #expect(three.stderr.contains("command terminated with exit code 3"), "\(three.stderr)")
        let cat = try k("exec", "-i", pod, "--", "cat", stdin: "piped through\n")
        #expect(cat.stdout == "piped through\n", "\(cat.stderr)")
        let missing = try k("exec", pod, "--", "nope")
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("exec: \"nope\": executable file not found in $PATH: unknown"), "\(missing.stderr)")
        let badContainer = try k("exec", pod, "-c", "nope", "--", "true")
        #expect(badContainer.stderr.contains("container nope is not valid for pod \(pod)"), "\(badContainer.stderr)")

        let tail = try k("logs", pod, "--tail=1")
        #expect(tail.stdout == "Press CTRL+C to quit\n", "\(tail.stderr)")
        let noPrevious = try k("logs", pod, "--previous")
        #expect(noPrevious.stderr.contains("previous terminated container \"hello-world-flask\" in pod \"\(pod)\" not found"),
                "\(noPrevious.stderr)")

        // The walkthrough: killall python3 ends the container's main process; the kubelet restarts it.
        let kill = try k("exec", pod, "--", "bash", "-c", "killall python3")
        #expect(kill.stderr.contains("command terminated with exit code 137"), "\(kill.stderr)")
        let restarts = try k.eventually(["get", "pod", pod, "-o", "jsonpath={.status.containerStatuses[0].restartCount}"]) { $0 == "1" }
        #expect(restarts == "1")
        let table = try k.eventually(["get", "pod", pod]) { $0.contains("1/1") && $0.contains("Running") }
        #expect(table.contains("1 ("), "\(table)")  // RESTARTS "1 (Ns ago)"
        let previous = try k("logs", pod, "--previous")
        #expect(previous.stdout.contains(" * Serving Flask app 'app'"), "\(previous.stderr)")
        let reason = try k("get", "pod", pod, "-o", "jsonpath={.status.containerStatuses[0].lastState.terminated.exitCode}")
        #expect(reason.stdout == "143")
    }

    @Test(arguments: [27, 33])
    func busyboxScriptsAttachAndRunWithStdin(minor: Int) throws {
        let s = try TestServer(extraArgs: ["--time-scale", "10"])
        defer { s.stop() }
        let k = try Kubectl(minor, server: s)
        #expect(try k("run", "counter", "--image=busybox", "--restart=Never", "--",
                      "sh", "-c", "for i in 1 2 3; do echo line $i; sleep 1; done").status == 0)
        // A script the kubelet cannot know in advance runs live: logs -f follows it to its end.
        #expect(try k("wait", "--for=condition=Ready", "pod/counter", "--timeout=30s").status == 0)
        let follow = try k("logs", "-f", "counter", timeout: 30)
        #expect(follow.stdout.hasSuffix("line 3\n"), "\(follow.stdout) \(follow.stderr)")
        let phase = try k.eventually(["get", "pod", "counter", "-o", "jsonpath={.status.phase}"]) { $0 == "Succeeded" }
        #expect(phase == "Succeeded")

        #expect(try k("run", "bb", "--image=busybox", "--restart=Never", "--", "sleep", "3600").status == 0)
        #expect(try k("wait", "--for=condition=Ready", "pod/bb", "--timeout=30s").status == 0)
        let bash = try k("exec", "bb", "--", "bash")
        #expect(bash.stderr.contains("exec: \"bash\": executable file not found in $PATH"), "\(bash.stderr)")
        let ps = try k("exec", "bb", "--", "ps")
        #expect(ps.stdout.hasPrefix("PID   USER     TIME  COMMAND\n    1 root      0:00 sleep 3600\n")
                || ps.stdout.contains("sleep 3600"), "\(ps.stdout)")

        // kubectl run -i --rm: stdin goes to the shell that is the container's main program.
        let interactive = try k("run", "-i", "--rm", "once", "--image=busybox", "--restart=Never", "--", "sh",
                                stdin: "echo hi from $HOSTNAME\nexit 0\n", timeout: 60)
        #expect(interactive.stdout.contains("hi from once"), "\(interactive.stdout) \(interactive.stderr)")
        #expect(interactive.stdout.contains("pod \"once\" deleted"), "\(interactive.stdout)")
    }

    /// The Kubernetes tutorial's liveness-exec Pod: the probe runs `cat /tmp/healthy` in the container,
    /// whose own script creates and later removes the file; the kubelet restarts it when the probe fails.
    @Test(arguments: [33])
    func anExecLivenessProbeRunsInTheContainer(minor: Int) throws {
        let s = try TestServer(extraArgs: ["--time-scale", "20"])
        defer { s.stop() }
        let k = try Kubectl(minor, server: s)
        let manifest = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: liveness-exec
          labels:
            test: liveness
        spec:
          containers:
          - name: liveness
            image: registry.k8s.io/busybox
            args:
            - /bin/sh
            - -c
            - touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600
            livenessProbe:
              exec:
                command:
                - cat
                - /tmp/healthy
              initialDelaySeconds: 5
              periodSeconds: 5
        """
        #expect(try k("apply", "-f", "-", stdin: manifest).status == 0)
        #expect(try k("wait", "--for=condition=Ready", "pod/liveness-exec", "--timeout=30s").status == 0)
        #expect(try k("exec", "liveness-exec", "--", "cat", "/tmp/healthy").status == 0)
        let restarts = try k.eventually(["get", "pod", "liveness-exec", "-o", "jsonpath={.status.containerStatuses[0].restartCount}"],
                                      seconds: 30) { $0 == "1" }
        #expect(restarts == "1")
        let events = try k("get", "events", "--field-selector", "involvedObject.name=liveness-exec", "-o",
                           "jsonpath={range .items[*]}{.reason}: {.message}{\"\\n\"}{end}").stdout
        #expect(events.contains("Unhealthy: Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory"), "\(events)")
        #expect(events.contains("Killing: Container liveness failed liveness probe, will be restarted"), "\(events)")
    }
}
