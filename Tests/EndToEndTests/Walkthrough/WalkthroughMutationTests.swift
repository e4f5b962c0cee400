import Foundation
import Testing

/// The kubectl verbs that change the walkthrough's Deployment: scale, wait, label, annotate, set image,
/// edit, rollout history and delete, with every kubectl minor.
@Suite(.serialized) struct WalkthroughMutationTests {
    @Test(arguments: walkthroughMinors)
    func mutatingVerbsReportAndPersistTheirChange(minor: Int) throws {
        let s = try WalkthroughSession(minor: minor)
        defer { s.server.stop() }
        let app = WalkthroughSession.app
        let target = ["deployment", app]
        try s.createHelloWorldFlask()

        try s.expectLines(["scale", "deployment", app, "--replicas=3"], ["deployment.apps/hello-world-flask scaled"])
        try s.expectLines(["wait", "--for=jsonpath={.spec.replicas}=3", "deployment/\(app)", "--timeout=20s"],
                          ["deployment.apps/hello-world-flask condition met"])

        try s.expectLines(["label", "deployment", app, "tier=web"], ["deployment.apps/hello-world-flask labeled"])
        #expect(try s.jsonpath(target, "{.metadata.labels.tier}") == "web")
        // kubectl 1.27 itself prints "annotate" (its own wording; the server has no say).
        try s.expectLines(["annotate", "deployment", app, "owner=walkthrough"],
                          ["deployment.apps/hello-world-flask \(minor == 27 ? "annotate" : "annotated")"])
        #expect(try s.jsonpath(target, "{.metadata.annotations.owner}") == "walkthrough")

        // set image sends a strategic merge patch: the container list merges by name.
        try s.expectLines(["set", "image", "deployment/\(app)", "hello-world-flask=lyzhang1999/hello-world-flask:v2"],
                          ["deployment.apps/hello-world-flask image updated"])
        #expect(try s.jsonpath(target, "{.spec.template.spec.containers[*].name}") == app)
        #expect(try s.jsonpath(target, "{.spec.template.spec.containers[0].image}") == "lyzhang1999/hello-world-flask:v2")

        // edit: the editor is a script that rewrites the replica count in the file kubectl hands it. It is
        // run as `sh editor.sh`, not executed itself: a test process spawning children on other threads
        // can hold a just-written executable open for writing, and exec then fails with ETXTBSY.
        let script = s.server.directory.appendingPathComponent("editor.sh").path
        try "sed -i 's/^  replicas: 3$/  replicas: 4/' \"$1\"\n".write(toFile: script, atomically: true, encoding: .utf8)
        let editor = "sh " + script
        let edited = try s.ok(["edit", "deployment", app], environment: ["KUBE_EDITOR": editor, "EDITOR": editor])
        #expect(edited.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "deployment.apps/hello-world-flask edited",
                "\(edited.stdout)\(edited.stderr)")
        #expect(try s.jsonpath(target, "{.spec.replicas}") == "4")
        #expect(try s.jsonpath(target, "{.metadata.labels.tier}") == "web")

        // rollout history names the Deployment; its revisions come from ReplicaSets, when a controller made any.
        let history = try s.ok("rollout", "history", "deployment/\(app)")
        #expect(history.stdout.hasPrefix("deployment.apps/hello-world-flask"), "\(history.stdout)\(history.stderr)")
        let replicaSets = try s.ok("get", "rs", "-o", "name").stdout
        if !replicaSets.isEmpty {
            #expect(history.stdout.contains("REVISION"), "\(history.stdout)")
        }

        let deleted = try s.ok("delete", "deployment", app, "--cascade=background", "--grace-period=0")
        // 1.33 appends " from default namespace".
        #expect(deleted.stdout.hasPrefix(#"deployment.apps "hello-world-flask" deleted"#), "\(deleted.stdout)")
        let gone = try s.run(["get", "deployment", app])
        #expect(gone.stderr.contains(#"deployments.apps "hello-world-flask" not found"#), "\(gone.stderr)")
    }

    @Test(arguments: walkthroughMinors)
    func waitForDeleteReturnsWhenTheObjectGoes(minor: Int) throws {
        let s = try WalkthroughSession(minor: minor)
        defer { s.server.stop() }
        // A finalizer holds the object after delete, so `wait` surely starts while it still exists.
        try s.ok("create", "configmap", "held", "--from-literal=a=1")
        try s.ok("patch", "configmap", "held", "--type=merge", #"-p={"metadata":{"finalizers":["example.com/hold"]}}"#)
        let deleted = try s.ok("delete", "configmap", "held", "--wait=false")
        #expect(deleted.stdout.hasPrefix(#"configmap "held" deleted"#), "\(deleted.stdout)")
        #expect(!(try s.jsonpath(["configmap", "held"], "{.metadata.deletionTimestamp}")).isEmpty)

        let wait = try BackgroundKubectl(s, ["wait", "--for=delete", "configmap/held", "--timeout=30s"])
        defer { wait.stop() }
        usleep(1_500_000)
        #expect(wait.printed.isEmpty, "wait ended while the object existed: \(wait.printed)\(wait.printedErrors)")
        try s.ok("patch", "configmap", "held", "--type=json", #"-p=[{"op":"remove","path":"/metadata/finalizers"}]"#)
        let status = wait.waitForExit(seconds: 20)
        #expect(status == 0, "wait --for=delete: \(wait.printed)\(wait.printedErrors)")
        #expect(wait.printed.trimmingCharacters(in: .whitespacesAndNewlines) == "configmap/held condition met",
                "\(wait.printed)\(wait.printedErrors)")
    }
}
