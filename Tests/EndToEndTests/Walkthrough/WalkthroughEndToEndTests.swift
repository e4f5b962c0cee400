import Foundation
import Testing

/// The whole walkthrough, command by command as the user types them, against one live server with
/// `--time-scale` (so the HPA's 5-minute scale-down window takes seconds) and `--host-port-offset` (so
/// the ingress controller's hostPort 80 is a free port here). Self-healing: the Deployment, Service and
/// Ingress, ingress-nginx's kind manifest, a curl loop through the ingress answered by both Pods,
/// `killall python3` in one of them with no failed request, and `RESTARTS 1`. Autoscaling: metrics-server's
/// manifest, `kubectl wait`, `autoscale`, the JSON patch that rolls out two new Pods, `ab` run inside a Pod
/// through `exec -it … -- bash`, new Pods appearing in `get pods --watch`, and the scale-down to 2.
@Suite(.serialized) struct WalkthroughEndToEndTests {
    static let app = WalkthroughSession.app

    /// Polls until `done` accepts what `body` returns (at most `seconds`); returns the last value.
    func eventually<T>(seconds: Double = 60, _ body: () throws -> T, until done: (T) -> Bool) rethrows -> T {
        let deadline = Date().addingTimeInterval(seconds)
        var last = try body()
        while !done(last) && Date() < deadline {
            usleep(100_000)
            last = try body()
        }
        return last
    }

    @Test(arguments: [27, 33])
    func theWholeWalkthrough(minor: Int) throws {
        let httpPort = try IngressCurlTests.freePort()
        let s = try TestServer(extraArgs: ["--time-scale", "20", "--host-port-offset", String(httpPort - 80)])
        defer { s.stop() }
        let k = try Kubectl(minor, server: s)
        func ok(_ args: String..., stdin: String? = nil) throws -> CommandResult {
            let r = try k.run(args, stdin: stdin, timeout: 120)
            #expect(r.status == 0, "kubectl \(args.joined(separator: " ")): \(r.stderr)\(r.stdout)")
            return r
        }
        func runningPods() throws -> [String] {
            try ok("get", "pod", "--field-selector=status.phase==Running", "-l", "app=\(Self.app)", "-o", "name").stdout
                .split(separator: "\n").map { $0.replacingOccurrences(of: "pod/", with: "") }
        }

        // Self-healing.
        #expect(try ok("create", "deployment", Self.app, "--image=lyzhang1999/hello-world-flask:latest", "--replicas=2").stdout
                == "deployment.apps/hello-world-flask created\n")
        #expect(try ok("create", "deployment", Self.app, "--image", "lyzhang1999/hello-world-flask:latest", "--replicas=2",
                       "--dry-run=client", "-o", "yaml").stdout.contains("kind: Deployment"))
        #expect(try ok("create", "service", "clusterip", Self.app, "--tcp=5000:5000").stdout == "service/hello-world-flask created\n")
        #expect(try ok("create", "ingress", Self.app, "--rule=/=hello-world-flask:5000").stdout
                == "ingress.networking.k8s.io/hello-world-flask created\n")
        let created = try ok("create", "-f", WalkthroughSession.fixture("ingress-nginx-kind.yaml")).stdout
        #expect(created.split(separator: "\n").count == 19, "\(created)")
        let pods = try eventually({ try runningPods() }, until: { $0.count == 2 })
        #expect(pods.count == 2)
        let table = try ok("get", "pods").stdout
        for p in pods { #expect(table.contains(p) && table.contains("1/1     Running"), "\(table)") }

        let url = "http://127.0.0.1:\(httpPort)"
        let first = eventually({ (try? curl("GET", url)) ?? (code: 0, body: "") }, until: { $0.code == 200 })
        #expect(first.body.hasPrefix("Hello, my name is "), "\(first)")
        var seen = Set<String>()
        for _ in 0..<8 { seen.insert((try curl("GET", url)).body.replacingOccurrences(of: "Hello, my name is ", with: "")) }
        #expect(seen == Set(pods), "\(seen) vs \(pods)")

        // killall python3 in one Pod while a loop keeps curling: every request is answered.
        let victim = pods[0]
        let loop = CurlLoop(url: url)
        let kill = try k.run(["exec", "-it", victim, "--", "bash", "-c", "killall python3"], timeout: 60)
        #expect(kill.stderr.contains("command terminated with exit code 137") || kill.status == 0, "\(kill.stderr)")
        let restarts = try eventually({ try ok("get", "pod", victim, "-o", "jsonpath={.status.containerStatuses[0].restartCount}").stdout },
                                      until: { $0 == "1" })
        #expect(restarts == "1")
        _ = try eventually({ try ok("get", "pod", victim).stdout }, until: { $0.contains("1/1") })
        usleep(500_000)
        let (answered, failed, names) = loop.stop()
        #expect(failed == 0, "\(failed) of \(answered + failed) requests failed during the restart")
        #expect(names.contains(pods[1]))
        let row = try ok("get", "pods").stdout.split(separator: "\n").map(String.init).first { $0.hasPrefix(victim) } ?? ""
        #expect(row.contains("Running   1 ("), "\(row)")

        // Autoscaling.
        #expect(try ok("apply", "-f", WalkthroughSession.fixture("metrics.yaml")).status == 0)
        let waited = try k.run(["wait", "deployment", "-n", "kube-system", "metrics-server", "--for", "condition=Available=True",
                                "--timeout=90s"], timeout: 120)
        #expect(waited.stdout == "deployment.apps/metrics-server condition met\n", "\(waited.stderr)")
        #expect(try ok("autoscale", "deployment", Self.app, "--cpu-percent=50", "--min=2", "--max=10").stdout
                == "horizontalpodautoscaler.autoscaling/hello-world-flask autoscaled\n")
        #expect(try ok("patch", "deployment", Self.app, "--type=json", "-p",
                       #"[{"op": "add", "path": "/spec/template/spec/containers/0/resources", "value": {"requests": {"memory": "100Mi", "cpu": "100m"}}}]"#).stdout
                == "deployment.apps/hello-world-flask patched\n")
        _ = try ok("rollout", "status", "deployment/\(Self.app)", "--timeout=90s")
        let patched = try eventually({ try runningPods() }, until: { $0.count == 2 && Set($0).isDisjoint(with: pods) })
        #expect(patched.count == 2 && Set(patched).isDisjoint(with: pods), "\(patched)")

        // kubectl get pods --watch, in the background, shows the new Pods as they come.
        let watch = try startBackground(k.path, ["--kubeconfig", k.kubeconfig, "--cache-dir", k.cacheDir, "get", "pods", "--watch"])
        defer { _ = watch.kill9() }
        let ab = try k.run(["exec", "-it", patched[0], "--", "bash"], stdin: "ab -c 50 -n 10000 http://127.0.0.1:5000/\nexit\n",
                           timeout: 120)
        #expect(ab.stdout.contains("Complete requests:      10000"), "\(ab.stdout)\(ab.stderr)")
        #expect(ab.stdout.contains("Failed requests:        0"), "\(ab.stdout)")
        let scaled = try eventually({ Int(try ok("get", "hpa", Self.app, "-o", "jsonpath={.status.desiredReplicas}").stdout) ?? 0 },
                                    until: { $0 > 2 })
        #expect(scaled > 2 && scaled <= 10)
        let events = try ok("get", "events", "--field-selector", "involvedObject.kind=HorizontalPodAutoscaler", "-o",
                            "jsonpath={range .items[*]}{.reason}: {.message}{\"\\n\"}{end}").stdout
        // The first rescale from 2: how far depends on the CPU ab's requests really used (on a busy host
        // fewer requests are served), but the scale-up limit (max(2 × 2, 4)) caps it at 4.
        let prefix = "SuccessfulRescale: New size: ", reason = "; reason: cpu resource utilization (percentage of request) above target"
        let firstRescale = events.split(separator: "\n").first { $0.hasPrefix(prefix) && $0.hasSuffix(reason) }
        let size = firstRescale.flatMap { Int($0.dropFirst(prefix.count).dropLast(reason.count)) }
        #expect(size.map { (3...4).contains($0) } == true, "\(events)")
        let grown = try eventually({ try runningPods().count }, until: { $0 > 2 })
        #expect(grown > 2)

        // Once the load is gone, the HPA goes back to 2 after its 5-minute window (15 s here).
        let back = try eventually(seconds: 90, { try ok("get", "deployment", Self.app, "-o", "jsonpath={.spec.replicas}").stdout },
                                  until: { $0 == "2" })
        #expect(back == "2")
        let hpa = try ok("get", "hpa", Self.app).stdout
        #expect(hpa.contains("Deployment/hello-world-flask") && hpa.contains("/50%"), "\(hpa)")
        let watched = watch.stdout.string
        let newPods = Set(watched.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) })
            .subtracting(Set(patched)).filter { $0.hasPrefix(Self.app) }
        #expect(!newPods.isEmpty, "the watch showed no new Pod:\n\(watched)")
    }
}

extension WalkthroughEndToEndTests {
    /// The Kubernetes documentation's HPA walkthrough: php-apache (`registry.k8s.io/hpa-example`),
    /// `kubectl autoscale … --cpu-percent=50 --min=1 --max=10`, a busybox load generator looping
    /// `wget -q -O- http://php-apache`; the HPA scales up under the load and back to 1 after it.
    @Test(arguments: [27, 33])
    func theDocumentationsPHPApacheWalkthrough(minor: Int) throws {
        let s = try TestServer(extraArgs: ["--time-scale", "20", "--metrics-server"])
        defer { s.stop() }
        let k = try Kubectl(minor, server: s)
        func ok(_ args: String...) throws -> CommandResult {
            let r = try k.run(args, timeout: 120)
            #expect(r.status == 0, "kubectl \(args.joined(separator: " ")): \(r.stderr)\(r.stdout)")
            return r
        }
        #expect(try ok("apply", "-f", WalkthroughSession.fixture("php-apache.yaml")).stdout
                == "deployment.apps/php-apache created\nservice/php-apache created\n")
        #expect(try ok("autoscale", "deployment", "php-apache", "--cpu-percent=50", "--min=1", "--max=10").stdout
                == "horizontalpodautoscaler.autoscaling/php-apache autoscaled\n")
        _ = try ok("wait", "deployment", "-n", "kube-system", "metrics-server", "--for", "condition=Available=True", "--timeout=90s")
        _ = try ok("rollout", "status", "deployment/php-apache", "--timeout=90s")
        let load = try startBackground(k.path, ["--kubeconfig", k.kubeconfig, "--cache-dir", k.cacheDir, "run", "-i",
                                                "load-generator", "--rm", "--image=busybox:1.28", "--restart=Never", "--",
                                                "/bin/sh", "-c", "while sleep 0.01; do wget -q -O- http://php-apache; done"])
        let up = try eventually({ Int(try ok("get", "hpa", "php-apache", "-o", "jsonpath={.status.currentReplicas}").stdout) ?? 0 },
                                until: { $0 > 1 })
        #expect(up > 1 && up <= 10)
        #expect(load.stdout.string.contains("OK!OK!"), "\(load.stdout.string)")
        let targets = try ok("get", "hpa", "php-apache").stdout
        #expect(targets.range(of: #"cpu: [0-9]+%/50%"#, options: .regularExpression) != nil, "\(targets)")
        _ = load.kill9()
        _ = try k.run(["delete", "pod", "load-generator", "--wait=false"], timeout: 60)
        let down = try eventually(seconds: 90, { try ok("get", "deployment", "php-apache", "-o", "jsonpath={.spec.replicas}").stdout },
                                  until: { $0 == "1" })
        #expect(down == "1")
    }
}

/// `curl` in a loop on a thread of its own (as the walkthrough's `while true; do curl …; done`), counting
/// answers, failures and which Pod answered.
final class CurlLoop: @unchecked Sendable {
    // Invariant: the counters are guarded by `lock`.
    private let lock = NSLock()
    private var running = true
    private var answered = 0
    private var failed = 0
    private var names = Set<String>()
    private let done = DispatchSemaphore(value: 0)

    init(url: String) {
        Thread { [self] in
            while lock.withLock({ running }) {
                let r = try? curl("GET", url)
                lock.withLock {
                    if let r, r.code == 200 {
                        answered += 1
                        names.insert(r.body.replacingOccurrences(of: "Hello, my name is ", with: ""))
                    } else {
                        failed += 1
                    }
                }
                usleep(50_000)
            }
            done.signal()
        }.start()
    }

    func stop() -> (answered: Int, failed: Int, names: Set<String>) {
        lock.withLock { running = false }
        done.wait()
        return lock.withLock { (answered, failed, names) }
    }
}
