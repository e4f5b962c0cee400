import Foundation
import Testing

/// The self-healing half of the walkthrough, as far as controllers and the simulated kubelet carry it:
/// the Deployment's Pods run and become ready, `rollout status` returns, a template patch rolls out new
/// Pods, and a deleted Pod is replaced under a new name.
@Suite(.serialized) struct WalkthroughSelfHealingTests {
    /// The Pod rows of `kubectl get pods --no-headers`.
    func podRows(_ s: WalkthroughSession) throws -> [[String]] {
        try s.ok("get", "pods", "--no-headers").stdout.split(separator: "\n")
            .map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
    }

    /// Waits until exactly `count` Pods are `1/1 Running` and no other is left; returns their names.
    func waitForRunning(_ s: WalkthroughSession, _ count: Int) throws -> [String] {
        let deadline = Date().addingTimeInterval(30)
        var rows: [[String]] = []
        repeat {
            rows = try podRows(s)
            if rows.count == count, rows.allSatisfy({ $0.count > 2 && $0[1] == "1/1" && $0[2] == "Running" }) {
                return rows.map { $0[0] }
            }
            usleep(100_000)
        } while Date() < deadline
        Issue.record("pods did not settle at \(count) running: \(rows)")
        return rows.map { $0.first ?? "" }
    }

    @Test(arguments: [27, 33]) func theDeploymentRunsRollsOutAndHeals(minor: Int) throws {
        let s = try WalkthroughSession(minor: minor)
        let app = WalkthroughSession.app
        try s.createHelloWorldFlask()
        let status = try s.ok("rollout", "status", "deployment/\(app)", "--timeout=60s")
        #expect(status.stdout.split(separator: "\n").last == "deployment \"\(app)\" successfully rolled out")

        let first = try waitForRunning(s, 2)
        let hash = try s.jsonpath(["rs", "-l", "app=\(app)"], "{.items[0].metadata.labels.pod-template-hash}")
        #expect(hash.range(of: "^[4-9bcdf]{1,10}$", options: .regularExpression) != nil, "\(hash)")
        for name in first {
            #expect(name.range(of: "^\(app)-\(hash)-[bcdfghjklmnpqrstvwxz2456789]{5}$", options: .regularExpression) != nil,
                    "\(name)")
        }
        let deploy = try s.ok("get", "deployment", app, "--no-headers").stdout
            .split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        #expect(Array(deploy.prefix(4)) == [app, "2/2", "2", "2"])

        // The walkthrough's JSON patch adds requests: two new Pods roll out and the old ones go.
        try s.expectLines(["patch", "deployment", app, "--type=json", "-p",
                           #"[{"op": "add", "path": "/spec/template/spec/containers/0/resources", "value": {"requests": {"memory": "100Mi", "cpu": "100m"}}}]"#],
                          ["deployment.apps/hello-world-flask patched"])
        try s.ok("rollout", "status", "deployment/\(app)", "--timeout=60s")
        let second = try waitForRunning(s, 2)
        #expect(Set(second).isDisjoint(with: first))
        let running = try s.ok("get", "pod", "--field-selector=status.phase==Running", "--no-headers").stdout
        #expect(running.split(separator: "\n").count == 2)
        let history = try s.ok("rollout", "history", "deployment/\(app)").stdout
        #expect(history.contains("1         <none>") && history.contains("2         <none>"), "\(history)")

        // A deleted Pod is replaced by the ReplicaSet, under a new name.
        let victim = second[0]
        try s.expectLines(["delete", "pod", victim], ["pod \"\(victim)\" deleted"])
        let healed = try waitForRunning(s, 2)
        #expect(!healed.contains(victim))
        #expect(healed.contains(second[1]))
    }
}
