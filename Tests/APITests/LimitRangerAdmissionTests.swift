import JSON
import Testing
@testable import API

/// Upstream's LimitRanger for Pod creates on a bare Registry: container defaults, then min/max/ratio.
@Suite struct LimitRangerAdmissionTests {
    static func limitRange(_ item: JSON) -> JSON {
        var limit = item
        limit["type"] = "Container"
        return ["apiVersion": "v1", "kind": "LimitRange", "metadata": ["name": "limits"], "spec": ["limits": [limit]]]
    }

    static func pod(_ name: String, resources: JSON = [:]) -> JSON {
        ["apiVersion": "v1", "kind": "Pod", "metadata": ["name": .string(name)],
         "spec": ["containers": [["name": "c", "image": "nginx", "resources": resources]]]]
    }

    @Test func containersWithoutResourcesGetTheDefaultsAndTheAnnotation() throws {
        let t = try TestRegistry()
        try t.create("limitranges", "default", Self.limitRange([
            "default": ["cpu": "500m", "memory": "256Mi"], "defaultRequest": ["cpu": "100m"]]))
        let p = try t.create("pods", "default", Self.pod("p"))
        let resources = p[path: ["spec", "containers"]]?[0]?["resources"]
        #expect(resources?["limits"] == ["cpu": "500m", "memory": "256Mi"])
        // defaultRequest comes from `default` where it names nothing (upstream's LimitRange defaults).
        #expect(resources?["requests"] == ["cpu": "100m", "memory": "256Mi"])
        #expect(p[path: ["metadata", "annotations", "kubernetes.io/limit-ranger"]]
            == "LimitRanger plugin set: cpu, memory request for container c; cpu, memory limit for container c")
        #expect(p[path: ["status", "qosClass"]] == "Burstable")
        // What the container names itself is kept (its request defaulted from its limit before admission).
        let own = try t.create("pods", "default", Self.pod("own", resources: ["limits": ["cpu": "200m"]]))
        #expect(own[path: ["spec", "containers"]]?[0]?[path: ["resources", "limits", "cpu"]] == "200m")
        #expect(own[path: ["spec", "containers"]]?[0]?[path: ["resources", "requests", "cpu"]] == "200m")
        #expect(own[path: ["spec", "containers"]]?[0]?[path: ["resources", "requests", "memory"]] == "256Mi")
    }

    @Test func limitsOutsideMinAndMaxAreForbidden() throws {
        let t = try TestRegistry()
        try t.create("limitranges", "default", Self.limitRange(["min": ["cpu": "100m"], "max": ["cpu": "1"]]))
        // max becomes the default limit, min the default request: a bare pod passes.
        let bare = try t.create("pods", "default", Self.pod("bare"))
        #expect(bare[path: ["spec", "containers"]]?[0]?[path: ["resources", "limits", "cpu"]] == "1")
        func rejection(_ resources: JSON) -> String? {
            do {
                try t.create("pods", "default", Self.pod("x", resources: resources))
                return nil
            } catch {
                #expect(error.code == 403)
                return error.message
            }
        }
        #expect(rejection(["limits": ["cpu": "2"]])
            == #"pods "x" is forbidden: maximum cpu usage per Container is 1, but limit is 2"#)
        #expect(rejection(["requests": ["cpu": "50m"], "limits": ["cpu": "50m"]])
            == #"pods "x" is forbidden: minimum cpu usage per Container is 100m, but request is 50m"#)
    }

    @Test func theLimitToRequestRatioIsEnforced() throws {
        let t = try TestRegistry()
        try t.create("limitranges", "default", Self.limitRange(["maxLimitRequestRatio": ["memory": "2"]]))
        do {
            try t.create("pods", "default", Self.pod("x", resources: ["requests": ["memory": "100Mi"], "limits": ["memory": "300Mi"]]))
            Issue.record("admitted")
        } catch {
            #expect(error.message == #"pods "x" is forbidden: memory max limit to request ratio per Container is 2, but provided ratio is 3.000000"#)
        }
        try t.create("pods", "default", Self.pod("ok", resources: ["requests": ["memory": "100Mi"], "limits": ["memory": "200Mi"]]))
    }
}

/// LimitRanger's `Pod` and `PersistentVolumeClaim` limits.
@Suite struct LimitRangerPodAndClaimTests {
    static func limitRange(_ items: [JSON]) -> JSON {
        ["apiVersion": "v1", "kind": "LimitRange", "metadata": ["name": "limits"], "spec": ["limits": .array(items)]]
    }

    static func pvc(_ name: String, _ size: String?) -> JSON {
        var spec: JSON = ["accessModes": ["ReadWriteOnce"], "resources": ["requests": [:]]]
        if let size { spec["resources"] = ["requests": ["storage": .string(size)]] }
        return ["apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": ["name": .string(name)], "spec": spec]
    }

    static func rejection(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch {
            let e = error as? APIError
            #expect(e?.code == 403 && e?.reason == "Forbidden")
            return e?.message
        }
    }

    @Test func claimsOutsideMinAndMaxAreForbidden() throws {
        let t = try TestRegistry()
        try t.create("limitranges", "default", Self.limitRange([
            ["type": "PersistentVolumeClaim", "min": ["storage": "1Gi"], "max": ["storage": "2Gi"]]]))
        #expect(Self.rejection { _ = try t.create("persistentvolumeclaims", "default", Self.pvc("big", "5Gi")) }
            == #"persistentvolumeclaims "big" is forbidden: maximum storage usage per PersistentVolumeClaim is 2Gi, but request is 5Gi"#)
        #expect(Self.rejection { _ = try t.create("persistentvolumeclaims", "default", Self.pvc("small", "100Mi")) }
            == #"persistentvolumeclaims "small" is forbidden: minimum storage usage per PersistentVolumeClaim is 1Gi, but request is 100Mi"#)
        #expect(Self.rejection { _ = try t.create("persistentvolumeclaims", "default", Self.pvc("ok", "1Gi")) } == nil)
        // Updates are checked too.
        #expect(Self.rejection { _ = try t.patch("persistentvolumeclaims", "default", "ok", ["spec": ["resources": ["requests": ["storage": "3Gi"]]]]) }
            == #"persistentvolumeclaims "ok" is forbidden: maximum storage usage per PersistentVolumeClaim is 2Gi, but request is 3Gi"#)
    }

    @Test func podLimitsApplyToTheSumOfItsContainers() throws {
        let t = try TestRegistry()
        try t.create("limitranges", "default", Self.limitRange([["type": "Pod", "max": ["cpu": "1"]]]))
        let pod: JSON = ["apiVersion": "v1", "kind": "Pod", "metadata": ["name": "p"], "spec": ["containers": [
            ["name": "a", "image": "nginx", "resources": ["limits": ["cpu": "600m"]]],
            ["name": "b", "image": "nginx", "resources": ["limits": ["cpu": "600m"]]]]]]
        #expect(Self.rejection { _ = try t.create("pods", "default", pod) }
            == #"pods "p" is forbidden: maximum cpu usage per Pod is 1, but limit is 1200m"#)
        var one = pod
        one[path: ["spec", "containers"]] = [["name": "a", "image": "nginx", "resources": ["limits": ["cpu": "600m"]]]]
        #expect(Self.rejection { _ = try t.create("pods", "default", one) } == nil)
    }
}
