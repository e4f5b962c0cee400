import Foundation
import Testing

/// The autoscaling part of the walkthrough: `kubectl autoscale`, `get hpa`, the JSON patch verbatim and
/// `get pod --field-selector=status.phase==Running`, with every kubectl minor.
@Suite(.serialized) struct WalkthroughAutoscalingTests {
    @Test(arguments: walkthroughMinors)
    func autoscaleThenJSONPatchAsInTheWalkthrough(minor: Int) throws {
        let s = try WalkthroughSession(minor: minor)
        defer { s.server.stop() }
        let app = WalkthroughSession.app
        try s.createHelloWorldFlask()

        try s.expectLines(["autoscale", "deployment", app, "--cpu-percent=50", "--min=2", "--max=10"],
                          ["horizontalpodautoscaler.autoscaling/hello-world-flask autoscaled"])
        let hpa = PrintedTable.parse(try s.ok("get", "hpa").stdout)
        #expect(hpa.header == ["NAME", "REFERENCE", "TARGETS", "MINPODS", "MAXPODS", "REPLICAS", "AGE"])
        let row = hpa.row(app)
        #expect(row?["REFERENCE"] == "Deployment/hello-world-flask", "\(hpa.rows)")
        // No CPU requests yet, so utilisation is unknown (as a 1.33 apiserver prints it).
        #expect(row?["TARGETS"] == "cpu: <unknown>/50%", "\(hpa.rows)")
        #expect(row?["MINPODS"] == "2")
        #expect(row?["MAXPODS"] == "10")
        // Both API versions show the same object: v1's single target and v2's metric list. (The full
        // resource name: kubectl 1.29+ expands the short name `hpa.v1.autoscaling` to the preferred version.)
        #expect(try s.jsonpath(["horizontalpodautoscalers.v1.autoscaling", app], "{.spec.targetCPUUtilizationPercentage}") == "50")
        #expect(try s.jsonpath(["horizontalpodautoscalers.v2.autoscaling", app], "{.spec.metrics[0].resource.target.averageUtilization}") == "50")

        let generation = Int(try s.jsonpath(["deployment", app], "{.metadata.generation}")) ?? 0
        // The walkthrough's command line, after the shell has removed its quotes.
        try s.expectLines(["patch", "deployment", app, "--type=json",
                           #"-p=[{"op": "add", "path": "/spec/template/spec/containers/0/resources", "value": {"requests": {"memory": "100Mi", "cpu": "100m"}}}]"#],
                          ["deployment.apps/hello-world-flask patched"])
        #expect(try s.jsonpath(["deployment", app], "{.spec.template.spec.containers[0].resources.requests.cpu}") == "100m")
        #expect(try s.jsonpath(["deployment", app], "{.spec.template.spec.containers[0].resources.requests.memory}") == "100Mi")
        // A pod template change is a spec change: the generation moves on.
        #expect((Int(try s.jsonpath(["deployment", app], "{.metadata.generation}")) ?? 0) > generation)

        // A patch that cannot apply is refused with the server's message, and changes nothing.
        let bad = try s.run(["patch", "deployment", app, "--type=json",
                             #"-p=[{"op": "replace", "path": "/spec/template/spec/containers/5/image", "value": "x"}]"#])
        #expect(bad.status == 1)
        // A 422 Status prints as "The request is invalid: …" (kubectl-wire §2.9).
        #expect(bad.stderr.hasPrefix("The request is invalid") || bad.stderr.hasPrefix("Error from server"), "\(bad.stderr)")
        #expect(try s.jsonpath(["deployment", app], "{.spec.template.spec.containers[*].image}") == WalkthroughSession.image)
    }

    @Test(arguments: walkthroughMinors)
    func fieldSelectorOnPhaseListsOnlyRunningPods(minor: Int) throws {
        let s = try WalkthroughSession(minor: minor)
        defer { s.server.stop() }
        // Bound to a node that does not exist, so nothing but this test changes their phase.
        for name in ["runner", "waiter"] {
            try s.expectLines(["create", "-f", "-"], ["pod/\(name) created"], stdin: """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: \(name)
                  labels:
                    app: probe
                spec:
                  nodeName: elsewhere
                  containers:
                  - name: main
                    image: busybox:1.36
                """)
        }
        try s.expectLines(["patch", "pod", "runner", "--subresource=status", "--type=merge",
                           #"-p={"status":{"phase":"Running"}}"#], ["pod/runner patched"])

        let running = PrintedTable.parse(try s.ok("get", "pod", "--field-selector=status.phase==Running").stdout)
        #expect(running.header == ["NAME", "READY", "STATUS", "RESTARTS", "AGE"])
        #expect(running.names.contains("runner"), "\(running.rows)")
        #expect(!running.names.contains("waiter"), "\(running.rows)")
        #expect(running.rows.allSatisfy { $0["STATUS"] == "Running" }, "\(running.rows)")

        let notRunning = try s.ok("get", "pods", "--field-selector=status.phase!=Running", "-o", "name")
        #expect(notRunning.stdout.split(separator: "\n").contains("pod/waiter"), "\(notRunning.stdout)")
        #expect(!notRunning.stdout.contains("pod/runner"), "\(notRunning.stdout)")

        let none = try s.ok("get", "pods", "--field-selector=status.phase==Succeeded")
        #expect(none.stderr.contains("No resources found in default namespace."), "\(none.stdout)\(none.stderr)")
    }
}
