import JSON
import Testing
@testable import API

@Suite struct DeploymentStrategyTests {
    /// The body `kubectl create deployment hello-world-flask --image=…:latest --replicas=2` sends (JSON form).
    static let kubectlBody = """
    {"kind":"Deployment","apiVersion":"apps/v1","metadata":{"name":"hello-world-flask","creationTimestamp":null,"labels":{"app":"hello-world-flask"}},"spec":{"replicas":2,"selector":{"matchLabels":{"app":"hello-world-flask"}},"template":{"metadata":{"creationTimestamp":null,"labels":{"app":"hello-world-flask"}},"spec":{"containers":[{"name":"hello-world-flask","image":"lyzhang1999/hello-world-flask:latest","resources":{}}]}},"strategy":{}},"status":{}}
    """

    @Test func defaultsTheKubectlCreateBody() throws {
        let (d, errs) = try created(Self.kubectlBody, group: "apps", kind: "Deployment")
        #expect(errs.isEmpty)
        #expect(d[path: ["spec", "replicas"]] == 2)
        #expect(d[path: ["spec", "strategy"]] == ["type": "RollingUpdate", "rollingUpdate": ["maxUnavailable": "25%", "maxSurge": "25%"]])
        #expect(d[path: ["spec", "revisionHistoryLimit"]] == 10)
        #expect(d[path: ["spec", "progressDeadlineSeconds"]] == 600)
        let spec = try #require(d[path: ["spec", "template", "spec"]])
        #expect(spec["restartPolicy"] == "Always")
        #expect(spec["terminationGracePeriodSeconds"] == 30)
        #expect(spec["dnsPolicy"] == "ClusterFirst")
        #expect(spec["schedulerName"] == "default-scheduler")
        #expect(spec["securityContext"] == .object(JSONObject()))
        #expect(spec["enableServiceLinks"] == nil)  // a Pod-only default
        let c = try #require(spec["containers"]?[0])
        #expect(c["imagePullPolicy"] == "Always")
        #expect(c["terminationMessagePath"] == "/dev/termination-log")
        #expect(c["terminationMessagePolicy"] == "File")
        #expect(d["status"] == .object(JSONObject()))
    }

    @Test func defaultsReplicasToOne() throws {
        var body = try JSONParser.parse(Self.kubectlBody)
        body[path: ["spec", "replicas"]] = nil
        let (d, _) = try created(body.jsonString, group: "apps", kind: "Deployment")
        #expect(d[path: ["spec", "replicas"]] == 1)
    }

    @Test func rejectsSelectorNotMatchingTemplate() throws {
        var body = try JSONParser.parse(Self.kubectlBody)
        body[path: ["spec", "selector", "matchLabels", "app"]] = "other"
        let (_, errs) = try created(body.jsonString, group: "apps", kind: "Deployment")
        #expect(errs == ["spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"hello-world-flask\"}: `selector` does not match template `labels`"])
    }

    @Test func requiresSelectorAndNonNegativeReplicas() throws {
        var body = try JSONParser.parse(Self.kubectlBody)
        body[path: ["spec", "selector"]] = nil
        body[path: ["spec", "replicas"]] = -1
        let (_, errs) = try created(body.jsonString, group: "apps", kind: "Deployment")
        #expect(errs == ["spec.replicas: Invalid value: -1: must be greater than or equal to 0", "spec.selector: Required value"])
    }

    @Test func validatesTemplateContainers() throws {
        var body = try JSONParser.parse(Self.kubectlBody)
        body[path: ["spec", "template", "spec", "containers"]] = [["name": "Bad_Name"], ["name": "Bad_Name", "image": "x"]]
        let (_, errs) = try created(body.jsonString, group: "apps", kind: "Deployment")
        #expect(errs.contains("spec.template.spec.containers[0].image: Required value"))
        #expect(errs.contains("spec.template.spec.containers[1].name: Duplicate value: \"Bad_Name\""))
        #expect(errs.contains { $0.hasPrefix("spec.template.spec.containers[0].name: Invalid value: \"Bad_Name\": a lowercase RFC 1123 label") })
    }

    @Test func rejectsBadResourceQuantity() throws {
        var body = try JSONParser.parse(Self.kubectlBody)
        body[path: ["spec", "template", "spec", "containers", ]] = [["name": "a", "image": "x", "resources": ["requests": ["cpu": "lots"]]]]
        let (_, errs) = try created(body.jsonString, group: "apps", kind: "Deployment")
        #expect(errs == ["spec.template.spec.containers[0].resources.requests[cpu]: Invalid value: \"lots\": " + Quantity.formatError])
    }

    @Test func keepsStatusAndSelectorOnUpdate() throws {
        let (old, _) = try created(Self.kubectlBody, group: "apps", kind: "Deployment")
        var stored = old
        stored["status"] = ["replicas": 2]
        var new = old
        new["status"] = ["replicas": 99]
        new[path: ["spec", "selector", "matchLabels"]] = ["app": "x"]
        new[path: ["spec", "template", "metadata", "labels"]] = ["app": "x"]
        let (d, errs) = updated(new, old: stored, group: "apps", kind: "Deployment")
        #expect(d["status"] == ["replicas": 2])
        #expect(errs == ["spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{\"app\":\"x\"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable"])
        let s = Strategies.strategy(group: "apps", kind: "Deployment")
        #expect(s.specChanged(new, old: stored))
        #expect(!s.specChanged(stored, old: old))
    }

    @Test func rejectsZeroSurgeAndUnavailable() throws {
        var body = try JSONParser.parse(Self.kubectlBody)
        body[path: ["spec", "strategy"]] = ["type": "RollingUpdate", "rollingUpdate": ["maxUnavailable": 0, "maxSurge": "0%"]]
        let (_, errs) = try created(body.jsonString, group: "apps", kind: "Deployment")
        #expect(errs == ["spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0"])
    }

    @Test func replicaSetAndDaemonSetDefaults() throws {
        var rs = try JSONParser.parse(Self.kubectlBody)
        rs["kind"] = "ReplicaSet"
        rs[path: ["spec", "replicas"]] = nil
        rs[path: ["spec", "strategy"]] = nil
        let (r, rErrs) = try created(rs.jsonString, group: "apps", kind: "ReplicaSet")
        #expect(rErrs.isEmpty)
        #expect(r[path: ["spec", "replicas"]] == 1)
        #expect(r[path: ["spec", "template", "spec", "restartPolicy"]] == "Always")
        rs["kind"] = "DaemonSet"
        let (ds, dErrs) = try created(rs.jsonString, group: "apps", kind: "DaemonSet")
        #expect(dErrs.isEmpty)
        #expect(ds[path: ["spec", "updateStrategy", "rollingUpdate", "maxUnavailable"]] == 1)
        rs[path: ["spec", "template", "spec", "restartPolicy"]] = "Never"
        let (_, neverErrs) = try created(rs.jsonString, group: "apps", kind: "StatefulSet")
        #expect(neverErrs == ["spec.template.spec.restartPolicy: Unsupported value: \"Never\": supported values: \"Always\""])
    }
}
