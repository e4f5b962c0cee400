import JSON
import Testing
@testable import API

/// Upstream's ResourceQuota admission for Pod creates on a bare Registry.
@Suite struct ResourceQuotaAdmissionTests {
    static func quota(_ name: String, _ hard: JSON) -> JSON {
        ["apiVersion": "v1", "kind": "ResourceQuota", "metadata": ["name": .string(name)], "spec": ["hard": hard]]
    }

    static func pod(_ name: String, requests: JSON? = nil, init initRequests: JSON? = nil) -> JSON {
        var c: JSON = ["name": "c", "image": "nginx"]
        if let requests { c["resources"] = ["requests": requests] }
        var spec: JSON = ["containers": [c]]
        if let initRequests { spec["initContainers"] = [["name": "i", "image": "busybox", "resources": ["requests": initRequests]]] }
        return ["apiVersion": "v1", "kind": "Pod", "metadata": ["name": .string(name)], "spec": spec]
    }

    static func rejection(_ t: TestRegistry, _ obj: JSON) -> String? {
        do {
            try t.create("pods", "default", obj)
            return nil
        } catch {
            #expect(error.code == 403 && error.reason == "Forbidden")
            return error.message
        }
    }

    @Test func aPodCountQuotaRejectsThePodAfterTheLast() throws {
        let t = try TestRegistry()
        try t.create("resourcequotas", "default", Self.quota("pod-count", ["pods": "2"]))
        try t.create("pods", "default", Self.pod("a"))
        try t.create("pods", "default", Self.pod("b"))
        #expect(Self.rejection(t, Self.pod("c"))
            == #"pods "c" is forbidden: exceeded quota: pod-count, requested: pods=1, used: pods=2, limited: pods=2"#)
        // A Pod that ended no longer counts.
        try t.patch("pods", "default", "a", ["status": ["phase": "Succeeded"]], subresource: "status")
        #expect(Self.rejection(t, Self.pod("c")) == nil)
    }

    @Test func computeQuotasSumRequestsAndNeedEveryContainerToStateThem() throws {
        let t = try TestRegistry()
        try t.create("resourcequotas", "default", Self.quota("mem", ["requests.memory": "1Gi"]))
        #expect(Self.rejection(t, Self.pod("bare"))
            == #"pods "bare" is forbidden: failed quota: mem: must specify requests.memory for: c"#)
        try t.create("pods", "default", Self.pod("a", requests: ["memory": "600Mi"]))
        #expect(Self.rejection(t, Self.pod("b", requests: ["memory": "500Mi"]))
            == #"pods "b" is forbidden: exceeded quota: mem, requested: requests.memory=500Mi, used: requests.memory=600Mi, limited: requests.memory=1Gi"#)
        #expect(Self.rejection(t, Self.pod("c", requests: ["memory": "400Mi"])) == nil)
    }

    @Test func theLargestInitContainerCountsWhenItExceedsTheContainers() {
        let usage = ResourceQuotaAdmission.podUsage(Self.pod("p", requests: ["cpu": "100m"], init: ["cpu": "1"]))
        #expect(usage["requests.cpu"] == Quantity("1") && usage["cpu"] == Quantity("1"))
        #expect(usage["pods"] == Quantity("1") && usage["count/pods"] == Quantity("1"))
        #expect(usage["limits.cpu"] == nil)
    }
}
