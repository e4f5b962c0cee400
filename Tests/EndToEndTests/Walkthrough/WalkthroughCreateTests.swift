import Foundation
import JSON
import Testing

/// The self-healing part of the walkthrough: `kubectl create deployment|service|ingress`, their dry runs,
/// and the tables `get deploy,svc,ing` prints afterwards, with every kubectl minor.
@Suite(.serialized) struct WalkthroughCreateTests {
    @Test(arguments: walkthroughMinors)
    func createSubcommandsPrintWhatKubectlPrints(minor: Int) throws {
        let s = try WalkthroughSession(minor: minor)
        defer { s.server.stop() }
        let app = WalkthroughSession.app

        // --dry-run=client prints the Deployment locally and sends nothing: point it at a dead port.
        let local = try s.ok("--server=http://127.0.0.1:1", "create", "deployment", app, "--image",
                             WalkthroughSession.image, "--replicas=2", "--dry-run=client", "-o", "yaml")
        let yaml = local.stdout.split(separator: "\n").map(String.init)
        for line in ["apiVersion: apps/v1", "kind: Deployment", "  name: hello-world-flask", "  replicas: 2",
                     "      - image: lyzhang1999/hello-world-flask:latest", "        name: hello-world-flask"] {
            #expect(yaml.contains(line), "dry-run=client YAML lacks `\(line)`:\n\(local.stdout)")
        }

        // --dry-run=server: the server answers as if it created it, and keeps nothing.
        try s.expectLines(["create", "deployment", app, "--image=\(WalkthroughSession.image)", "--replicas=2",
                           "--dry-run=server"], ["deployment.apps/hello-world-flask created (server dry run)"])
        let notKept = try s.run(["get", "deployment", app])
        #expect(notKept.status != 0)
        #expect(notKept.stderr.contains(#"deployments.apps "hello-world-flask" not found"#), "\(notKept.stderr)")

        try s.createHelloWorldFlask()
        try s.expectLines(["create", "service", "clusterip", app, "--tcp=5000:5000"], ["service/hello-world-flask created"])
        try s.expectLines(["create", "ingress", app, "--rule=/=hello-world-flask:5000"],
                          ["ingress.networking.k8s.io/hello-world-flask created"])

        let again = try s.run(["create", "deployment", app, "--image=\(WalkthroughSession.image)"])
        #expect(again.status == 1)
        #expect(again.stderr.contains(#"deployments.apps "hello-world-flask" already exists"#), "\(again.stderr)")

        // What the generated objects hold, as upstream kubectl builds them.
        let deployment = try JSONParser.parse(try s.ok("get", "deployment", app, "-o", "json").stdout)
        #expect(deployment[path: ["spec", "replicas"]] == .int(2))
        #expect(deployment[path: ["metadata", "labels", "app"]] == .string(app))
        #expect(deployment[path: ["spec", "selector", "matchLabels", "app"]] == .string(app))
        let container = deployment[path: ["spec", "template", "spec", "containers"]]?.arrayValue?.first
        #expect(container?["name"] == .string(app))
        #expect(container?["image"] == .string(WalkthroughSession.image))
        #expect(try s.jsonpath(["ingress", app], "{.spec.rules[0].http.paths[0].pathType}") == "Exact")
        #expect(try s.jsonpath(["ingress", app], "{.spec.rules[0].http.paths[0].backend.service.port.number}") == "5000")
    }

    @Test(arguments: walkthroughMinors)
    func getDeployServiceIngressPrintsServerTables(minor: Int) throws {
        let s = try WalkthroughSession(minor: minor)
        defer { s.server.stop() }
        let app = WalkthroughSession.app
        try s.createHelloWorldFlask()
        try s.ok("create", "service", "clusterip", app, "--tcp=5000:5000")
        try s.ok("create", "ingress", app, "--rule=/=hello-world-flask:5000")

        let r = try s.ok("get", "deploy,svc,ing")
        let tables = PrintedTable.parseAll(r.stdout)
        #expect(tables.map(\.header) == [
            ["NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE"],
            ["NAME", "TYPE", "CLUSTER-IP", "EXTERNAL-IP", "PORT(S)", "AGE"],
            ["NAME", "CLASS", "HOSTS", "ADDRESS", "PORTS", "AGE"],
        ], "get deploy,svc,ing printed:\n\(r.stdout)")
        guard tables.count == 3 else { return }

        let deploy = tables[0].row("deployment.apps/hello-world-flask")
        #expect(deploy?["READY"]?.hasSuffix("/2") == true, "\(r.stdout)")
        #expect(deploy?["UP-TO-DATE"].flatMap { Int($0) } != nil, "\(r.stdout)")
        #expect(deploy?["AGE"]?.range(of: #"^[0-9]+[smhd]"#, options: .regularExpression) != nil, "\(r.stdout)")

        let svc = tables[1].row("service/hello-world-flask")
        #expect(svc?["TYPE"] == "ClusterIP")
        #expect(svc?["CLUSTER-IP"]?.range(of: #"^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$"#, options: .regularExpression) != nil,
                "\(r.stdout)")
        #expect(svc?["EXTERNAL-IP"] == "<none>")
        #expect(svc?["PORT(S)"] == "5000/TCP")
        #expect(tables[1].row("service/kubernetes")?["PORT(S)"] == "443/TCP", "\(r.stdout)")

        let ing = tables[2].row("ingress.networking.k8s.io/hello-world-flask")
        #expect(ing?["CLASS"] == "<none>")
        #expect(ing?["HOSTS"] == "*")
        #expect(ing?["PORTS"] == "80")

        // A single resource type prints no kind prefix.
        let plain = PrintedTable.parse(try s.ok("get", "deployments").stdout)
        #expect(plain.names == [app])
    }
}
