import API
import Foundation
import JSON
@testable import Simulation
import TestCluster
import Testing

/// The ingress-nginx controller's data plane and the status the host edge publishes.
@Suite struct IngressGatewayTests {
    static let controllerArgs = ["/nginx-ingress-controller", "--controller-class=k8s.io/ingress-nginx", "--ingress-class=nginx",
                                 "--watch-ingress-without-class=true", "--publish-status-address=localhost"]

    /// Flask behind Service `hello`, nginx behind `web`, an ingress controller Pod and a client.
    func ingressCluster(args: [String] = controllerArgs) throws -> NetworkFixture {
        let f = try NetworkFixture(statusController: true)
        for name in ["flask-a", "flask-b"] {
            try f.pod(name, app: "flask", image: "lyzhang1999/hello-world-flask:latest")
        }
        try f.pod("web-a", app: "web", image: "nginx")
        try f.pod("ingress", app: "ingress", image: "registry.k8s.io/ingress-nginx/controller:v1.11.2", args: args,
                  container: ["ports": [["containerPort": 80, "hostPort": 80], ["containerPort": 443, "hostPort": 443]]])
        try f.pod("client", app: "client", image: "busybox", args: ["sleep", "3600"])
        try f.service("hello", app: "flask", ports: [("", 5000, 5000)])
        try f.service("web", app: "web", ports: [("http", 80, 80)])
        try f.service("down", app: "nothing", ports: [("", 80, 80)])
        let ic: JSON = ["apiVersion": "networking.k8s.io/v1", "kind": "IngressClass", "metadata": ["name": "nginx"],
                        "spec": ["controller": "k8s.io/ingress-nginx"]]
        _ = try f.cluster.client.create(try f.cluster.resource("networking.k8s.io", "v1", "ingressclasses"), namespace: nil, ic)
        try f.cluster.advance(by: 5)
        return f
    }

    func get(_ f: NetworkFixture, _ path: String, host: String = "anything") throws -> (Int, String) {
        let ip = try f.get("ingress")[path: ["status", "podIP"]]?.stringValue ?? ""
        switch try f.curl(from: "client", ip, 80, path, headers: [("Host", host)]) {
        case .success(let r): return (r.status, String(decoding: r.body, as: UTF8.self))
        case .failure(let e): return (0, "\(e)")
        }
    }

    @Test func routesByPathAndHostWithNginxPagesForTheRest() throws {
        let f = try ingressCluster()
        try f.ingress("hello", spec: ["rules": [["http": ["paths": [
            ["path": "/", "pathType": "Exact", "backend": ["service": ["name": "hello", "port": ["number": 5000]]]],
            ["path": "/web", "pathType": "Prefix", "backend": ["service": ["name": "web", "port": ["name": "http"]]]],
            ["path": "/down", "pathType": "ImplementationSpecific", "backend": ["service": ["name": "down", "port": ["number": 80]]]],
        ]]], ["host": "site.example", "http": ["paths": [
            ["path": "/", "pathType": "Prefix", "backend": ["service": ["name": "web", "port": ["number": 80]]]],
        ]]]]])
        try f.cluster.advance(by: 1)
        let names = try Set((0..<4).map { _ in try get(f, "/").1 })
        #expect(names == ["Hello, my name is flask-a", "Hello, my name is flask-b"])
        #expect(try get(f, "/web").0 == 404)  // nginx's own 404 for /web: the Pod has no such file
        #expect(try get(f, "/web").1.contains("nginx/1.27.3"))
        #expect(try get(f, "/website").1.contains("<center>nginx</center>"))  // Prefix matches by element: no route
        #expect(try get(f, "/nothing") == (404, String(decoding: NginxPages.error(404), as: UTF8.self)))
        #expect(try get(f, "/downstairs") == (503, String(decoding: NginxPages.error(503), as: UTF8.self)))
        #expect(try get(f, "/anything", host: "site.example").1.contains("nginx/1.27.3"))
        #expect(try get(f, "/", host: "site.example").1.contains("Welcome to nginx!"))
        #expect(String(decoding: NginxPages.error(503), as: UTF8.self).contains("503 Service Temporarily Unavailable"))
    }

    @Test func ingressClassesDecideWhichIngressesTheControllerServes() throws {
        let f = try ingressCluster(args: ["/nginx-ingress-controller", "--controller-class=k8s.io/ingress-nginx", "--ingress-class=nginx"])
        let backend: JSON = ["service": ["name": "hello", "port": ["number": 5000]]]
        try f.ingress("unclassed", spec: ["rules": [["http": ["paths": [["path": "/a", "pathType": "Prefix", "backend": backend]]]]]])
        try f.ingress("classed", spec: ["ingressClassName": "nginx",
                                        "rules": [["http": ["paths": [["path": "/b", "pathType": "Prefix", "backend": backend]]]]]])
        try f.ingress("other", spec: ["ingressClassName": "traefik",
                                      "rules": [["http": ["paths": [["path": "/c", "pathType": "Prefix", "backend": backend]]]]]])
        try f.ingress("annotated", spec: ["rules": [["http": ["paths": [["path": "/d", "pathType": "Prefix", "backend": backend]]]]]],
                      annotations: ["kubernetes.io/ingress.class": "nginx"])
        try f.cluster.advance(by: 1)
        #expect(try get(f, "/a").0 == 404)
        // Flask's own 404 (it serves only `/`) shows the request got through; nginx's means no route.
        let flask404 = "The requested URL was not found on the server."
        #expect(try get(f, "/a").1.contains("<center>nginx</center>"))
        #expect(try get(f, "/b").1.contains(flask404))
        #expect(try get(f, "/c").1.contains("<center>nginx</center>"))
        #expect(try get(f, "/d").1.contains(flask404))
        // The status of the served ones: the controller's node (no publish flags).
        let ingR = try f.cluster.resource("networking.k8s.io", "v1", "ingresses")
        #expect(f.cluster.client.get(ingR, namespace: "default", name: "classed")?[path: ["status", "loadBalancer", "ingress"]]
                == [["ip": "127.0.0.1"]])
        #expect(f.cluster.client.get(ingR, namespace: "default", name: "unclassed")?[path: ["status", "loadBalancer", "ingress"]] == nil)
    }

    @Test func theIngressStatusPublishesTheStatusAddressAsAHostname() throws {
        let f = try ingressCluster()
        try f.ingress("hello", spec: ["rules": [["http": ["paths": [
            ["path": "/", "pathType": "Prefix", "backend": ["service": ["name": "hello", "port": ["number": 5000]]]]]]]]])
        try f.cluster.advance(by: 1)
        let ingR = try f.cluster.resource("networking.k8s.io", "v1", "ingresses")
        #expect(f.cluster.client.get(ingR, namespace: "default", name: "hello")?[path: ["status", "loadBalancer", "ingress"]]
                == [["hostname": "localhost"]])
    }

    @Test func theNextEndpointIsTriedWhenOneRefuses() throws {
        let f = try ingressCluster()
        try f.ingress("hello", spec: ["rules": [["http": ["paths": [
            ["path": "/", "pathType": "Prefix", "backend": ["service": ["name": "hello", "port": ["number": 5000]]]]]]]]])
        try f.cluster.advance(by: 1)
        let dead = try f.get("flask-a").uid ?? ""
        f.network.setLivenessHook { pod, _ in pod != dead }
        let answers = try (0..<6).map { _ in try get(f, "/") }
        #expect(answers.allSatisfy { $0 == (200, "Hello, my name is flask-b") }, "\(answers)")
        f.network.setLivenessHook { pod, _ in false }
        #expect(try get(f, "/").0 == 0)  // the controller itself is dead now: refused
    }

    @Test func routeTableMatching() {
        let config = IngressControllerConfig(argv: IngressGatewayTests.controllerArgs, namespace: "x")
        #expect(config.watchWithoutClass)
        #expect(config.publishStatusAddress == "localhost")
        let b = { (name: String) -> JSON in ["service": ["name": .string(name), "port": ["number": 80]]] }
        let ing: JSON = ["metadata": ["name": "i", "namespace": "default", "creationTimestamp": "2026-01-01T00:00:00Z"],
                         "spec": ["rules": [
                            ["http": ["paths": [["path": "/", "pathType": "Prefix", "backend": b("root")],
                                                ["path": "/api", "pathType": "Prefix", "backend": b("api")],
                                                ["path": "/api/v2", "pathType": "Exact", "backend": b("v2")],
                                                ["path": "/img", "pathType": "ImplementationSpecific", "backend": b("img")]]]],
                            ["host": "*.example.com", "http": ["paths": [["path": "/", "pathType": "Prefix", "backend": b("wild")]]]],
                            ["host": "a.example.com", "http": ["paths": [["path": "/x", "pathType": "Prefix", "backend": b("a")]]]],
                         ]]]
        let t = IngressRouteTable(ingresses: [ing], classes: [], config: config)
        #expect(t.route(host: "h", path: "/")?.service == "root")
        #expect(t.route(host: "h", path: "/api/x")?.service == "api")
        #expect(t.route(host: "h", path: "/apix")?.service == "root")
        #expect(t.route(host: "h", path: "/api/v2")?.service == "v2")
        #expect(t.route(host: "h", path: "/imgs")?.service == "img")
        #expect(t.route(host: "b.example.com", path: "/q")?.service == "wild")
        #expect(t.route(host: "x.b.example.com", path: "/q")?.service == "root")
        #expect(t.route(host: "A.example.com", path: "/x/y")?.service == "a")
        #expect(t.route(host: "a.example.com", path: "/y") == nil)  // that host's server has no such path
    }
}
