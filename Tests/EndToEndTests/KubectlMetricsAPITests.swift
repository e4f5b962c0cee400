import Foundation
import Testing

/// The metrics API as a cluster with metrics-server serves it, with kubectl 1.27 and 1.33 against the
/// real binary: before the APIService `kubectl top` says the API is not available; after
/// `kubectl apply -f` of a metrics-server 0.6.1-shaped manifest its Deployment turns Available, the
/// APIService too, and the group is served (empty: the binary has no usage source wired yet; the
/// printed `kubectl top` tables are proven in-process in `MetricsAPITests`).
@Suite(.serialized) struct KubectlMetricsAPITests {
    @Test(arguments: [27, 33])
    func metricsServerManifestMakesTheMetricsAPIAvailable(minor: Int) throws {
        let s = try TestServer(extraArgs: ["--time-scale", "10"])
        defer { s.stop() }
        let k = try Kubectl(minor, server: s)
        let before = try k("top", "pods")
        #expect(before.status == 1)
        #expect(before.stderr == "error: Metrics API not available\n", "\(before.stderr)")
        // The built-in groups are local APIServices, available from the start.
        let local = PrintedTable.parse(try k.eventually(["get", "apiservice", "v1.apps"]) { $0.contains("True") })
        #expect(local.header == ["NAME", "SERVICE", "AVAILABLE", "AGE"])
        #expect(local.row("v1.apps")?["SERVICE"] == "Local")
        #expect(local.row("v1.apps")?["AVAILABLE"] == "True")
        let all = PrintedTable.parse(try k("get", "apiservices").stdout)
        for name in ["v1.", "v1.apiregistration.k8s.io", "v2.autoscaling", "v1.autoscaling", "v1.discovery.k8s.io"] {
            #expect(all.row(name)?["SERVICE"] == "Local", "\(name): \(all.rows)")
        }
        #expect(all.row("v1beta1.metrics.k8s.io") == nil)

        let apply = try k("apply", "-f", WalkthroughSession.fixture("metrics-server-0.6.1.yaml"))
        #expect(apply.status == 0, "\(apply.stderr)")
        #expect(apply.stdout.contains("apiservice.apiregistration.k8s.io/v1beta1.metrics.k8s.io created"))
        let wait = try k("wait", "deployment", "-n", "kube-system", "metrics-server", "--for", "condition=Available=True",
                         "--timeout=90s", timeout: 120)
        #expect(wait.status == 0, "\(wait.stderr)")
        #expect(wait.stdout == "deployment.apps/metrics-server condition met\n", "\(wait.stdout)")

        let shown = try k.eventually(["get", "apiservice", "v1beta1.metrics.k8s.io"]) { $0.contains(" True ") }
        let row = PrintedTable.parse(shown).row("v1beta1.metrics.k8s.io")
        #expect(row?["SERVICE"] == "kube-system/metrics-server", "\(shown)")
        #expect(row?["AVAILABLE"] == "True", "\(shown)")
        #expect(try k("get", "apiservice", "v1beta1.metrics.k8s.io", "-o", "jsonpath={.status.conditions[0].reason}").stdout
                == "Passed")

        // kubectl keeps its discovery in its cache directory; start from a fresh one, as a user who
        // installs metrics-server before ever running `kubectl top`.
        try? FileManager.default.removeItem(atPath: k.cacheDir)
        let groups = try k("api-versions")
        #expect(groups.stdout.split(separator: "\n").contains("metrics.k8s.io/v1beta1"), "\(groups.stdout)")
        let top = try k("top", "pods")
        #expect(top.status == 0, "\(top.stderr)")
        #expect(top.stderr == "No resources found in default namespace.\n", "\(top.stderr)")
        // metrics-server reports a node once it has scraped it twice (a rate needs two points).
        var raw = try k("get", "--raw", "/apis/metrics.k8s.io/v1beta1/nodes")
        let scraped = Date().addingTimeInterval(45)
        while raw.stdout.contains(#""items":[]"#) && Date() < scraped {
            usleep(250_000)
            raw = try k("get", "--raw", "/apis/metrics.k8s.io/v1beta1/nodes")
        }
        // The node's usage comes from the simulation's usage model (its system overhead at least).
        #expect(raw.stdout.hasPrefix(#"{"kind":"NodeMetricsList","apiVersion":"metrics.k8s.io/v1beta1","metadata":{},"items":[{"metadata":{"name":"kubeling-control-plane""#),
                "\(raw.stdout)")
        #expect(raw.stdout.contains(#""window":"15s","usage":{"cpu":"#), "\(raw.stdout)")

        // Scaled to zero: no ready endpoint, so the APIService is not available and requests get the
        // aggregator's 503.
        #expect(try k("scale", "deployment", "-n", "kube-system", "metrics-server", "--replicas=0").status == 0)
        let down = try k.eventually(["get", "apiservice", "v1beta1.metrics.k8s.io"]) { $0.contains("False (MissingEndpoints)") }
        #expect(down.contains("False (MissingEndpoints)"), "\(down)")
        let unavailable = try k("get", "--raw", "/apis/metrics.k8s.io/v1beta1/pods")
        #expect(unavailable.stderr.contains("the server is currently unable to handle the request"), "\(unavailable.stderr)")
    }

    @Test func serveMetricsServerFlagInstallsMetricsServer() throws {
        let s = try TestServer(extraArgs: ["--time-scale", "10", "--metrics-server"])
        defer { s.stop() }
        let k = try Kubectl(33, server: s)
        let wait = try k("wait", "deployment", "-n", "kube-system", "metrics-server", "--for", "condition=Available=True",
                         "--timeout=90s", timeout: 120)
        #expect(wait.status == 0, "\(wait.stderr)")
        #expect(try k("get", "deployment", "-n", "kube-system", "metrics-server",
                      "-o", "jsonpath={.spec.template.spec.containers[0].image}").stdout
                == "registry.k8s.io/metrics-server/metrics-server:v0.6.1")
        let shown = try k.eventually(["get", "apiservice", "v1beta1.metrics.k8s.io"]) { $0.contains(" True ") }
        #expect(PrintedTable.parse(shown).row("v1beta1.metrics.k8s.io")?["AVAILABLE"] == "True", "\(shown)")
        try? FileManager.default.removeItem(atPath: k.cacheDir)
        #expect(try k("top", "pods", "-A").status == 0)
    }
}
