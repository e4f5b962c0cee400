import Foundation
import Testing

/// `kubectl describe` of the walkthrough's Deployment, Service, Ingress, HPA and namespace, with every
/// kubectl minor: the fields kubectl reads from the objects and the related lists it makes.
@Suite(.serialized) struct WalkthroughDescribeTests {
    @Test(arguments: walkthroughMinors)
    func describePrintsTheWalkthroughObjects(minor: Int) throws {
        let s = try WalkthroughSession(minor: minor)
        defer { s.server.stop() }
        let app = WalkthroughSession.app
        try s.createHelloWorldFlask()
        try s.ok("create", "service", "clusterip", app, "--tcp=5000:5000")
        try s.ok("create", "ingress", app, "--rule=/=hello-world-flask:5000")
        try s.ok("autoscale", "deployment", app, "--cpu-percent=50", "--min=2", "--max=10")

        let deploy = Described(try s.ok("describe", "deployment", app).stdout)
        #expect(deploy.field("Name") == app, "\(deploy.lines)")
        #expect(deploy.field("Namespace") == "default")
        #expect(deploy.field("Labels") == "app=hello-world-flask")
        #expect(deploy.field("Selector") == "app=hello-world-flask")
        #expect(deploy.field("Replicas")?.hasPrefix("2 desired |") == true, "\(deploy.lines)")
        #expect(deploy.field("StrategyType") == "RollingUpdate")
        #expect(deploy.field("RollingUpdateStrategy") == "25% max unavailable, 25% max surge")
        #expect(deploy.hasLine(containing: "Image: lyzhang1999/hello-world-flask:latest"), "\(deploy.lines)")
        #expect(deploy.field("Events") != nil, "\(deploy.lines)")

        let svc = Described(try s.ok("describe", "service", app).stdout)
        #expect(svc.field("Name") == app)
        #expect(svc.field("Selector") == "app=hello-world-flask")
        #expect(svc.field("Type") == "ClusterIP")
        #expect(svc.field("IP")?.range(of: #"^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$"#, options: .regularExpression) != nil,
                "\(svc.lines)")
        #expect(svc.field("Port").map(collapseBlanks) == "5000-5000 5000/TCP", "\(svc.lines)")
        #expect(svc.field("TargetPort") == "5000/TCP")
        #expect(svc.field("Session Affinity") == "None")

        let ing = Described(try s.ok("describe", "ingress", app).stdout)
        #expect(ing.field("Name") == app)
        #expect(ing.field("Namespace") == "default")
        #expect(ing.hasLine(containing: "Host Path Backends"), "\(ing.lines)")
        #expect(ing.lines.contains { collapseBlanks($0).hasPrefix("/ hello-world-flask:5000") }, "\(ing.lines)")

        let hpa = Described(try s.ok("describe", "hpa", app).stdout)
        #expect(hpa.field("Reference") == "Deployment/hello-world-flask", "\(hpa.lines)")
        #expect(hpa.field("Min replicas") == "2")
        #expect(hpa.field("Max replicas") == "10")
        #expect(hpa.hasLine(containing: "resource cpu on pods (as a percentage of request): <unknown> / 50%"),
                "\(hpa.lines)")

        let ns = Described(try s.ok("describe", "namespace", "default").stdout)
        #expect(ns.field("Name") == "default")
        #expect(ns.field("Status") == "Active")
        #expect(ns.field("Labels") == "kubernetes.io/metadata.name=default", "\(ns.lines)")
        #expect(ns.lines.contains("No resource quota."), "\(ns.lines)")
        #expect(ns.lines.contains("No LimitRange resource."), "\(ns.lines)")

        let missing = try s.run(["describe", "deployment", "nonexist"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains(#"Error from server (NotFound): deployments.apps "nonexist" not found"#),
                "\(missing.stderr)")
    }
}
