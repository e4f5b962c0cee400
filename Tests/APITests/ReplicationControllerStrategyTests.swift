import JSON
import Testing
@testable import API

/// ReplicationControllers default their selector and labels from the template and are validated as
/// upstream's `ValidateReplicationController`.
@Suite struct ReplicationControllerStrategyTests {
    static let body = """
    {"apiVersion":"v1","kind":"ReplicationController","metadata":{"name":"nginx"},"spec":{"template":{"metadata":{"labels":{"app":"nginx"}},"spec":{"containers":[{"name":"nginx","image":"nginx"}]}}},"status":{"replicas":7}}
    """

    @Test func selectorLabelsAndReplicasDefaultFromTheTemplate() throws {
        let (rc, errs) = try created(Self.body, group: "", kind: "ReplicationController")
        #expect(errs.isEmpty)
        #expect(rc[path: ["spec", "selector"]] == ["app": "nginx"])
        #expect(rc[path: ["metadata", "labels"]] == ["app": "nginx"])
        #expect(rc[path: ["spec", "replicas"]] == 1)
        #expect(rc[path: ["spec", "template", "spec", "restartPolicy"]] == "Always")
        #expect(rc["status"] == ["replicas": 0])
    }

    @Test func aSelectorThatDoesNotMatchTheTemplateIsInvalid() throws {
        var body = try JSONParser.parse(Self.body)
        body[path: ["spec", "selector"]] = ["app": "other"]
        body[path: ["spec", "replicas"]] = -1
        let (_, errs) = try created(body.jsonString, group: "", kind: "ReplicationController")
        #expect(errs == [
            "spec.replicas: Invalid value: -1: must be greater than or equal to 0",
            "spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"nginx\"}: `selector` does not match template `labels`",
        ])
    }

    @Test func aSelectorIsRequiredWhenTheTemplateHasNoLabels() throws {
        var body = try JSONParser.parse(Self.body)
        body[path: ["spec", "template", "metadata", "labels"]] = nil
        let (_, errs) = try created(body.jsonString, group: "", kind: "ReplicationController")
        #expect(errs.contains("spec.selector: Required value"))
    }

    @Test func statusIsKeptOnUpdates() throws {
        let (old, _) = try created(Self.body, group: "", kind: "ReplicationController")
        var stored = old
        stored["status"] = ["replicas": 1]
        var new = stored
        new["status"] = ["replicas": 9]
        new[path: ["spec", "replicas"]] = 3
        let (rc, errs) = updated(new, old: stored, group: "", kind: "ReplicationController")
        #expect(errs.isEmpty)
        #expect(rc["status"] == ["replicas": 1])
    }
}
