import Foundation
import JSON
import Testing

/// `kubectl get` in its walkthrough forms: `get all`, `-A`, `--show-labels`, `-L`, every `-o` format,
/// and `get pods --watch`, with every kubectl minor.
@Suite(.serialized) struct WalkthroughGetTests {
    @Test(arguments: walkthroughMinors)
    func getPrintsEveryOutputFormat(minor: Int) throws {
        let s = try WalkthroughSession(minor: minor)
        defer { s.server.stop() }
        let app = WalkthroughSession.app
        try s.createHelloWorldFlask()
        try s.ok("create", "service", "clusterip", app, "--tcp=5000:5000")
        try s.ok("autoscale", "deployment", app, "--cpu-percent=50", "--min=2", "--max=10")

        // `get all` walks the "all" category: one table per kind that has objects, with kind prefixes.
        let all = try s.ok("get", "all")
        let names = PrintedTable.parseAll(all.stdout).flatMap(\.names)
        for name in ["service/hello-world-flask", "service/kubernetes", "deployment.apps/hello-world-flask",
                     "horizontalpodautoscaler.autoscaling/hello-world-flask"] {
            #expect(names.contains(name), "get all lacks \(name):\n\(all.stdout)")
        }
        let deployTable = PrintedTable.parseAll(all.stdout).first { $0.names.contains("deployment.apps/hello-world-flask") }
        #expect(deployTable?.header == ["NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE"], "\(all.stdout)")

        let everywhere = PrintedTable.parse(try s.ok("get", "deployments", "-A").stdout)
        #expect(everywhere.header == ["NAMESPACE", "NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE"])
        #expect(everywhere.row(app)?["NAMESPACE"] == "default", "\(everywhere.rows)")
        let accounts = PrintedTable.parse(try s.ok("get", "serviceaccounts", "-A").stdout)
        #expect(Set(accounts.rows.compactMap { $0["NAMESPACE"] }).isSuperset(of: ["default", "kube-system"]),
                "\(accounts.rows)")

        let labelled = PrintedTable.parse(try s.ok("get", "deploy", "--show-labels").stdout)
        #expect(labelled.header.last == "LABELS")
        #expect(labelled.row(app)?["LABELS"] == "app=hello-world-flask", "\(labelled.rows)")
        let column = PrintedTable.parse(try s.ok("get", "deploy", "-L", "app").stdout)
        #expect(column.header.last == "APP")
        #expect(column.row(app)?["APP"] == app, "\(column.rows)")

        try s.expectLines(["get", "deploy", "-o", "name"], ["deployment.apps/hello-world-flask"])
        try s.expectLines(["get", "deploy", app, "-o", "jsonpath={.metadata.name}"], [app])
        try s.expectLines(["get", "deploy", "-o", "custom-columns=NAME:.metadata.name"], ["NAME", app])

        let yaml = try s.ok("get", "deploy", app, "-o", "yaml").stdout
        let yamlLines = yaml.split(separator: "\n").map(String.init)
        for line in ["apiVersion: apps/v1", "kind: Deployment", "  name: hello-world-flask", "  namespace: default",
                     "  replicas: 2"] {
            #expect(yamlLines.contains(line), "-o yaml lacks `\(line)`:\n\(yaml)")
        }
        #expect(yamlLines.contains { $0.hasPrefix("  uid: ") } && yamlLines.contains { $0.hasPrefix("  resourceVersion: ") })

        // A list in JSON is printed as kind List with complete items.
        let list = try JSONParser.parse(try s.ok("get", "deploy", "-o", "json").stdout)
        #expect(list["kind"] == "List")
        let item = list["items"]?.arrayValue?.first
        #expect(item?["kind"] == "Deployment")
        #expect(item?["apiVersion"] == "apps/v1")
        #expect(item?[path: ["metadata", "name"]] == .string(app))
    }

    @Test(arguments: walkthroughMinors)
    func getPodsWatchPrintsOneRowPerEvent(minor: Int) throws {
        let s = try WalkthroughSession(minor: minor)
        defer { s.server.stop() }
        func pod(_ name: String) -> String {
            """
            apiVersion: v1
            kind: Pod
            metadata:
              name: \(name)
            spec:
              nodeName: elsewhere
              containers:
              - name: main
                image: busybox:1.36
            """
        }
        try s.ok(["create", "-f", "-"], stdin: pod("watched-a"))
        let watch = try BackgroundKubectl(s, ["get", "pods", "--watch", "--request-timeout=6s"])
        defer { watch.stop() }
        #expect(watch.waitFor(seconds: 10) { $0.contains("watched-a") }, "initial list: \(watch.printed)")
        try s.ok(["create", "-f", "-"], stdin: pod("watched-b"))
        #expect(watch.waitFor(seconds: 10) { $0.contains("watched-b") }, "ADDED: \(watch.printed)")
        try s.ok("label", "pod", "watched-a", "seen=yes")
        #expect(watch.waitFor(seconds: 10) { $0.components(separatedBy: "watched-a").count == 3 }, "MODIFIED: \(watch.printed)")

        // The request timeout ends the watch, and kubectl with it.
        #expect(watch.waitForExit(seconds: 15) != nil, "kubectl get --watch outlived --request-timeout")
        let table = PrintedTable.parse(watch.printed)
        #expect(table.header == ["NAME", "READY", "STATUS", "RESTARTS", "AGE"], "\(watch.printed)")
        #expect(table.names == ["watched-a", "watched-b", "watched-a"], "\(watch.printed)")
        #expect(table.rows.allSatisfy { $0["STATUS"] == "Pending" && $0["READY"] == "0/1" }, "\(watch.printed)")
    }
}
