import JSON
import Testing
@testable import API

@Suite struct IngressStrategyTests {
    /// `kubectl create ingress hello-world-flask --rule="/=hello-world-flask:5000"` (kubectl-wire.md §3.4).
    static let kubectlBody = """
    {"kind":"Ingress","apiVersion":"networking.k8s.io/v1","metadata":{"name":"hello-world-flask","creationTimestamp":null},"spec":{"rules":[{"http":{"paths":[{"path":"/","pathType":"Exact","backend":{"service":{"name":"hello-world-flask","port":{"number":5000}}}}]}}]},"status":{"loadBalancer":{}}}
    """

    @Test func acceptsTheKubectlBodyUnchanged() throws {
        let original = try JSONParser.parse(Self.kubectlBody)
        let (ing, errs) = try created(Self.kubectlBody, group: "networking.k8s.io", kind: "Ingress")
        #expect(errs.isEmpty)
        #expect(ing["spec"] == original["spec"])
    }

    @Test func validatesPathTypeAndPath() throws {
        var body = try JSONParser.parse(Self.kubectlBody)
        body[path: ["spec", "rules"]] = [["http": ["paths": [
            ["path": "/", "backend": ["service": ["name": "s", "port": ["number": 80]]]],
            ["path": "relative", "pathType": "Prefix", "backend": ["service": ["name": "s", "port": ["number": 80]]]],
            ["path": "/", "pathType": "Regex", "backend": ["service": ["name": "s"]]],
        ]]]]
        let (_, errs) = try created(body.jsonString, group: "networking.k8s.io", kind: "Ingress")
        #expect(errs == [
            "spec.rules[0].http.paths[0].pathType: Required value: pathType must be specified",
            "spec.rules[0].http.paths[1].path: Invalid value: \"relative\": must be an absolute path",
            "spec.rules[0].http.paths[2].pathType: Unsupported value: \"Regex\": supported values: \"Exact\", \"ImplementationSpecific\", \"Prefix\"",
            "spec.rules[0].http.paths[2].backend.service.port: Required value: port name or number is required",
        ])
    }

    @Test func requiresABackend() throws {
        var body = try JSONParser.parse(Self.kubectlBody)
        body[path: ["spec", "rules"]] = [["http": ["paths": [["path": "/", "pathType": "Prefix", "backend": .object(JSONObject())]]]]]
        let (_, errs) = try created(body.jsonString, group: "networking.k8s.io", kind: "Ingress")
        #expect(errs == ["spec.rules[0].http.paths[0].backend: Invalid value: \"\": resource or service backend is required"])
    }
}
