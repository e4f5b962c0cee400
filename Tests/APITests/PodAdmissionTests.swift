import JSON
import Testing
@testable import API

/// The admission Pods go through on a bare Registry: upstream's ServiceAccount and Priority plugins.
@Suite struct PodAdmissionTests {
    static func pod(_ name: String, spec extra: JSON = [:], annotations: JSON? = nil) -> JSON {
        var spec: JSON = ["containers": [["name": "c", "image": "nginx"]]]
        for (k, v) in extra.objectValue ?? JSONObject() { spec[k] = v }
        var meta: JSON = ["name": .string(name)]
        if let annotations { meta["annotations"] = annotations }
        return ["apiVersion": "v1", "kind": "Pod", "metadata": meta, "spec": spec]
    }

    static func account(_ name: String, _ extra: JSON = [:]) -> JSON {
        var sa: JSON = ["apiVersion": "v1", "kind": "ServiceAccount", "metadata": ["name": .string(name)]]
        for (k, v) in extra.objectValue ?? JSONObject() { sa[k] = v }
        return sa
    }

    static func priorityClass(_ name: String, value: Int64, globalDefault: Bool = false,
                              policy: String = "PreemptLowerPriority") -> JSON {
        ["apiVersion": "scheduling.k8s.io/v1", "kind": "PriorityClass", "metadata": ["name": .string(name)],
         "value": .int(value), "globalDefault": .bool(globalDefault), "preemptionPolicy": .string(policy)]
    }

    /// The error a create fails with, or nil.
    static func rejection(_ t: TestRegistry, _ obj: JSON) -> APIError? {
        do {
            try t.create("pods", "default", obj)
            return nil
        } catch {
            return error
        }
    }

    // MARK: ServiceAccount

    @Test func aPodGetsTheDefaultAccountAndTheAPICredentialsInEveryContainer() throws {
        let t = try TestRegistry()
        try t.create("serviceaccounts", "default", Self.account("default"))
        let p = try t.create("pods", "default", Self.pod("p", spec: [
            "initContainers": [["name": "init", "image": "busybox"]],
            "containers": [["name": "a", "image": "nginx"], ["name": "b", "image": "nginx"]],
        ]))
        let spec = try #require(p["spec"])
        #expect(spec["serviceAccountName"] == "default" && spec["serviceAccount"] == "default")
        let volumes = try #require(spec["volumes"]?.arrayValue)
        #expect(volumes.count == 1)
        let name = try #require(volumes[0]["name"]?.stringValue)
        #expect(name.hasPrefix("kube-api-access-") && name.count == "kube-api-access-".count + 5)
        #expect(volumes[0] == ServiceAccountAdmission.tokenVolume(name))
        #expect(volumes[0][path: ["projected", "sources"]]?[0]?["serviceAccountToken"] == ["expirationSeconds": 3607, "path": "token"])
        let mount: JSON = ["name": .string(name), "readOnly": true, "mountPath": "/var/run/secrets/kubernetes.io/serviceaccount"]
        for key in ["initContainers", "containers"] {
            for c in spec[key]?.arrayValue ?? [] { #expect(c["volumeMounts"] == [mount]) }
        }
    }

    @Test func aMissingDefaultAccountIsAdmittedAsIfTheControllerHadMadeIt() throws {
        let t = try TestRegistry()
        let p = try t.create("pods", "default", Self.pod("p"))
        #expect(p[path: ["spec", "serviceAccountName"]] == "default")
        #expect(p[path: ["spec", "volumes"]]?.arrayValue?.count == 1)
    }

    @Test func aPodNamingAnAccountThatDoesNotExistIsForbidden() throws {
        let t = try TestRegistry()
        let e = try #require(Self.rejection(t, Self.pod("x", spec: ["serviceAccountName": "foo"])))
        #expect(e.code == 403 && e.reason == "Forbidden")
        #expect(e.message == #"pods "x" is forbidden: error looking up service account default/foo: serviceaccount "foo" not found"#)
        // Before name generation upstream reports the generateName.
        var generated = Self.pod("", spec: ["serviceAccountName": "foo"])
        generated["metadata"] = ["generateName": "web-"]
        #expect(Self.rejection(t, generated)?.message.hasPrefix(#"pods "web-" is forbidden: "#) == true)
        try t.create("serviceaccounts", "default", Self.account("foo"))
        #expect(Self.rejection(t, Self.pod("x", spec: ["serviceAccountName": "foo"])) == nil)
    }

    @Test func automountFollowsThePodThenTheAccount() throws {
        let t = try TestRegistry()
        try t.create("serviceaccounts", "default", Self.account("quiet", ["automountServiceAccountToken": false]))
        let off = try t.create("pods", "default", Self.pod("off", spec: ["automountServiceAccountToken": false]))
        #expect(off[path: ["spec", "volumes"]] == nil)
        #expect(off[path: ["spec", "containers"]]?[0]?["volumeMounts"] == nil)
        let quiet = try t.create("pods", "default", Self.pod("quiet", spec: ["serviceAccountName": "quiet"]))
        #expect(quiet[path: ["spec", "volumes"]] == nil)
        let insists = try t.create("pods", "default", Self.pod("insists", spec: [
            "serviceAccountName": "quiet", "automountServiceAccountToken": true]))
        #expect(insists[path: ["spec", "volumes"]]?.arrayValue?.count == 1)
    }

    @Test func containersThatMountTheTokenPathAndExistingTokenVolumesAreKept() throws {
        let t = try TestRegistry()
        let own: JSON = ["name": "mine", "mountPath": "/var/run/secrets/kubernetes.io/serviceaccount"]
        let p = try t.create("pods", "default", Self.pod("p", spec: [
            "containers": [["name": "a", "image": "nginx", "volumeMounts": [own]], ["name": "b", "image": "nginx"]],
            "volumes": [["name": "mine", "emptyDir": [:]], ["name": "kube-api-access-abcde", "emptyDir": [:]]],
        ]))
        let spec = try #require(p["spec"])
        #expect(spec["containers"]?[0]?["volumeMounts"]?.arrayValue?.count == 1)
        #expect(spec["containers"]?[1]?["volumeMounts"]?[0]?["name"] == "kube-api-access-abcde")
        #expect(spec["volumes"]?.arrayValue?.count == 2)
        // Nobody needs the token: no volume is added.
        let none = try t.create("pods", "default", Self.pod("none", spec: [
            "containers": [["name": "a", "image": "nginx", "volumeMounts": [own]]],
            "volumes": [["name": "mine", "emptyDir": [:]]],
        ]))
        #expect(none[path: ["spec", "volumes"]]?.arrayValue?.count == 1)
    }

    @Test func theAccountsImagePullSecretsAreCopiedUnlessThePodNamesSome() throws {
        let t = try TestRegistry()
        try t.create("serviceaccounts", "default", Self.account("puller", ["imagePullSecrets": [["name": "reg"]]]))
        let p = try t.create("pods", "default", Self.pod("p", spec: ["serviceAccountName": "puller"]))
        #expect(p[path: ["spec", "imagePullSecrets"]] == [["name": "reg"]])
        let own = try t.create("pods", "default", Self.pod("own", spec: [
            "serviceAccountName": "puller", "imagePullSecrets": [["name": "mine"]]]))
        #expect(own[path: ["spec", "imagePullSecrets"]] == [["name": "mine"]])
    }

    @Test func mirrorPodsAreLeftAloneButMayNotUseAnAccount() throws {
        let t = try TestRegistry()
        let mirror: JSON = ["kubernetes.io/config.mirror": "abc"]
        let p = try t.create("pods", "default", Self.pod("static", annotations: mirror))
        #expect(p[path: ["spec", "volumes"]] == nil)
        #expect(p[path: ["spec", "serviceAccountName"]] == nil)
        let e = Self.rejection(t, Self.pod("named", spec: ["serviceAccountName": "default"], annotations: mirror))
        #expect(e?.message == #"pods "named" is forbidden: a mirror pod may not reference service accounts"#)
    }

    @Test func whatAdmissionAddsIsOwnedByNoManager() throws {
        let t = try TestRegistry()
        let p = try t.create("pods", "default", Self.pod("p"))
        let fields = try #require(p[path: ["metadata", "managedFields"]]?[0]?["fieldsV1"])
        #expect(fields[path: ["f:spec", "f:containers"]] != nil)
        #expect(fields[path: ["f:spec", "f:volumes"]] == nil)
        #expect(fields[path: ["f:spec", "f:priority"]] == nil)
    }

    // MARK: Priority

    @Test func withoutClassesAPodGetsPriorityZero() throws {
        let t = try TestRegistry()
        let p = try t.create("pods", "default", Self.pod("p"))
        #expect(p[path: ["spec", "priority"]] == 0)
        #expect(p[path: ["spec", "preemptionPolicy"]] == "PreemptLowerPriority")
        #expect(p[path: ["spec", "priorityClassName"]] == nil)
    }

    @Test func aNamedClassGivesItsValueAndPolicy() throws {
        let t = try TestRegistry()
        try t.create("priorityclasses", nil, Self.priorityClass("high", value: 1000, policy: "Never"),
                     group: "scheduling.k8s.io")
        let p = try t.create("pods", "default", Self.pod("p", spec: ["priorityClassName": "high"]))
        #expect(p[path: ["spec", "priority"]] == 1000)
        #expect(p[path: ["spec", "preemptionPolicy"]] == "Never")
    }

    @Test func anUnknownClassIsForbidden() throws {
        let t = try TestRegistry()
        let e = try #require(Self.rejection(t, Self.pod("q", spec: ["priorityClassName": "nope"])))
        #expect(e.code == 403)
        #expect(e.message == #"pods "q" is forbidden: no PriorityClass with name nope was found"#)
    }

    @Test func theLowestGlobalDefaultClassAppliesWhenNoneIsNamed() throws {
        let t = try TestRegistry()
        for (name, value) in [("b", Int64(50)), ("a", 20)] {
            try t.create("priorityclasses", nil, Self.priorityClass(name, value: value, globalDefault: true),
                         group: "scheduling.k8s.io")
        }
        try t.create("priorityclasses", nil, Self.priorityClass("c", value: 5), group: "scheduling.k8s.io")
        let p = try t.create("pods", "default", Self.pod("p"))
        #expect(p[path: ["spec", "priorityClassName"]] == "a")
        #expect(p[path: ["spec", "priority"]] == 20)
    }

    @Test func aPriorityThatDisagreesWithTheClassIsForbidden() throws {
        let t = try TestRegistry()
        let e = try #require(Self.rejection(t, Self.pod("p", spec: ["priority": 7])))
        #expect(e.message == "pods \"p\" is forbidden: the integer value of priority (7) must not be provided in pod spec; priority admission controller computed 0 from the given PriorityClass name")
        #expect(Self.rejection(t, Self.pod("same", spec: ["priority": 0])) == nil)
    }

    @Test func anUpdateThatLeavesPriorityOutKeepsIt() throws {
        let t = try TestRegistry()
        try t.create("priorityclasses", nil, Self.priorityClass("high", value: 1000), group: "scheduling.k8s.io")
        try t.create("pods", "default", Self.pod("p", spec: ["priorityClassName": "high"]))
        let patched = try t.patch("pods", "default", "p", ["spec": ["priority": .null, "preemptionPolicy": .null]])
        #expect(patched[path: ["spec", "priority"]] == 1000)
        #expect(patched[path: ["spec", "preemptionPolicy"]] == "PreemptLowerPriority")
    }
}
