import JSON
import Testing
@testable import API

@Suite struct PodStrategyTests {
    static let body = """
    {"kind":"Pod","apiVersion":"v1","metadata":{"name":"web","creationTimestamp":null},"spec":{"containers":[{"name":"web","image":"nginx:1.25","ports":[{"containerPort":80}],"resources":{}}]},"status":{"phase":"Running"}}
    """

    @Test func defaultsAPodAndResetsStatus() throws {
        let (p, errs) = try created(Self.body, group: "", kind: "Pod")
        #expect(errs.isEmpty)
        let spec = try #require(p["spec"])
        #expect(spec["restartPolicy"] == "Always")
        #expect(spec["enableServiceLinks"] == true)
        // serviceAccountName and priority come from admission, which reads the cluster (PodAdmissionTests).
        #expect(spec["tolerations"]?.arrayValue?.count == 2)
        let c = try #require(spec["containers"]?[0])
        #expect(c["imagePullPolicy"] == "IfNotPresent")
        #expect(c["ports"]?[0]?["protocol"] == "TCP")
        #expect(p["status"] == ["phase": "Pending", "qosClass": "BestEffort"])
    }

    @Test(arguments: [
        ("nginx", "Always"), ("nginx:latest", "Always"), ("nginx:1.25", "IfNotPresent"),
        ("localhost:5000/app", "Always"), ("localhost:5000/app:v1", "IfNotPresent"), ("app@sha256:abc", "IfNotPresent"),
    ])
    func defaultsPullPolicyFromTag(image: String, policy: String) {
        #expect(PodSpecDefaults.defaultPullPolicy(image: image) == policy)
    }

    @Test func computesQOSClass() throws {
        func qos(_ resources: JSON) -> String {
            var spec: JSON = ["containers": [["name": "a", "image": "x", "resources": resources]]]
            var pod: JSON = ["spec": spec]
            PodSpecDefaults.applyPodOnly(&pod)
            spec = pod["spec"] ?? .null
            return PodQOS.compute(spec: spec)
        }
        #expect(qos(.object(JSONObject())) == "BestEffort")
        #expect(qos(["requests": ["memory": "100Mi", "cpu": "100m"]]) == "Burstable")
        // Requests default from limits, so limits alone make a Guaranteed pod.
        #expect(qos(["limits": ["memory": "100Mi", "cpu": "1"]]) == "Guaranteed")
        #expect(qos(["limits": ["memory": "100Mi", "cpu": "1"], "requests": ["cpu": "500m"]]) == "Burstable")
        #expect(qos(["limits": ["cpu": "1"]]) == "Burstable")
    }

    @Test func validatesContainersAndRestartPolicy() throws {
        let body = """
        {"kind":"Pod","apiVersion":"v1","metadata":{"name":"p"},"spec":{"restartPolicy":"Sometimes","containers":[{"name":"a","image":"x","ports":[{"containerPort":70000}]}]}}
        """
        let (_, errs) = try created(body, group: "", kind: "Pod")
        #expect(errs == [
            "spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive",
            "spec.restartPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"OnFailure\", \"Never\"",
        ])
        let (_, none) = try created(#"{"metadata":{"name":"p"},"spec":{"containers":[]}}"#, group: "", kind: "Pod")
        #expect(none == ["spec.containers: Required value"])
    }

    @Test func rejectsRequestAboveLimit() throws {
        let body = #"{"metadata":{"name":"p"},"spec":{"containers":[{"name":"a","image":"x","resources":{"limits":{"cpu":"1"},"requests":{"cpu":"2"}}}]}}"#
        let (_, errs) = try created(body, group: "", kind: "Pod")
        #expect(errs == ["spec.containers[0].resources.requests[cpu]: Invalid value: \"2\": must be less than or equal to cpu limit of 1"])
    }

    @Test func allowsImageChangeButNotOtherSpecChanges() throws {
        let (old, _) = try created(Self.body, group: "", kind: "Pod")
        var newImage = old
        newImage[path: ["spec", "containers"]] = [old[path: ["spec", "containers"]]?[0].map { c in var c = c; c["image"] = "nginx:1.26"; return c } ?? .null]
        #expect(updated(newImage, old: old, group: "", kind: "Pod").1.isEmpty)
        var newPort = old
        newPort[path: ["spec", "restartPolicy"]] = "Never"
        let errs = updated(newPort, old: old, group: "", kind: "Pod").1
        #expect(errs == ["spec: Forbidden: " + PodStrategy.updateForbiddenMessage])
    }

    @Test func keepsStatusOnUpdate() throws {
        var (old, _) = try created(Self.body, group: "", kind: "Pod")
        old["status"] = ["phase": "Running"]
        var new = old
        new["status"] = ["phase": "Failed"]
        #expect(updated(new, old: old, group: "", kind: "Pod").0["status"] == ["phase": "Running"])
    }
}
