import JSON
import Testing
@testable import API

/// Upstream's quota scopes, object counts and the Service and PersistentVolumeClaim evaluators, as tables
/// and on a bare Registry.
@Suite struct ResourceQuotaScopeTests {
    typealias Scope = ResourceQuotaAdmission.ScopeSelector

    static func pod(_ name: String = "p", cpu: String? = nil, deadline: Int? = nil, priorityClass: String? = nil,
                    affinity: JSON? = nil) -> JSON {
        var c: JSON = ["name": "c", "image": "nginx"]
        if let cpu { c["resources"] = ["requests": ["cpu": .string(cpu)]] }
        var spec: JSON = ["containers": [c]]
        if let deadline { spec["activeDeadlineSeconds"] = .int(Int64(deadline)) }
        if let priorityClass { spec["priorityClassName"] = .string(priorityClass) }
        if let affinity { spec["affinity"] = affinity }
        return ["apiVersion": "v1", "kind": "Pod", "metadata": ["name": .string(name)], "spec": spec]
    }

    static func quota(_ name: String, _ hard: JSON, scopes: [String]? = nil, selector: JSON? = nil) -> JSON {
        var spec: JSON = ["hard": hard]
        if let scopes { spec["scopes"] = .array(scopes.map { .string($0) }) }
        if let selector { spec["scopeSelector"] = ["matchExpressions": selector] }
        return ["apiVersion": "v1", "kind": "ResourceQuota", "metadata": ["name": .string(name)], "spec": spec]
    }

    static func rejection(_ t: TestRegistry, _ plural: String, _ obj: JSON) -> String? {
        do {
            try t.create(plural, "default", obj)
            return nil
        } catch {
            #expect(error.code == 403 && error.reason == "Forbidden")
            return error.message
        }
    }

    static let crossAffinity: JSON = ["podAffinity": ["requiredDuringSchedulingIgnoredDuringExecution": [
        ["topologyKey": "kubernetes.io/hostname", "namespaces": ["other"], "labelSelector": ["matchLabels": ["a": "b"]]]]]]
    static let localAffinity: JSON = ["podAntiAffinity": ["preferredDuringSchedulingIgnoredDuringExecution": [
        ["weight": 1, "podAffinityTerm": ["topologyKey": "kubernetes.io/hostname", "labelSelector": ["matchLabels": ["a": "b"]]]]]]]

    static let scopeCases: [(Scope, JSON, Bool)] = [
        (Scope(scopeName: "Terminating", op: "Exists", values: []), pod(deadline: 30), true),
        (Scope(scopeName: "Terminating", op: "Exists", values: []), pod(), false),
        (Scope(scopeName: "NotTerminating", op: "Exists", values: []), pod(), true),
        (Scope(scopeName: "NotTerminating", op: "Exists", values: []), pod(deadline: 0), false),
        (Scope(scopeName: "BestEffort", op: "Exists", values: []), pod(), true),
        (Scope(scopeName: "BestEffort", op: "Exists", values: []), pod(cpu: "100m"), false),
        (Scope(scopeName: "BestEffort", op: "Exists", values: []), pod(cpu: "0"), true),
        (Scope(scopeName: "NotBestEffort", op: "Exists", values: []), pod(cpu: "100m"), true),
        (Scope(scopeName: "NotBestEffort", op: "Exists", values: []), pod(), false),
        (Scope(scopeName: "PriorityClass", op: "Exists", values: []), pod(priorityClass: "high"), true),
        (Scope(scopeName: "PriorityClass", op: "Exists", values: []), pod(), false),
        (Scope(scopeName: "PriorityClass", op: "DoesNotExist", values: []), pod(), true),
        (Scope(scopeName: "PriorityClass", op: "DoesNotExist", values: []), pod(priorityClass: "high"), false),
        (Scope(scopeName: "PriorityClass", op: "In", values: ["high", "mid"]), pod(priorityClass: "mid"), true),
        (Scope(scopeName: "PriorityClass", op: "In", values: ["high"]), pod(priorityClass: "low"), false),
        (Scope(scopeName: "PriorityClass", op: "In", values: ["high"]), pod(), false),
        (Scope(scopeName: "PriorityClass", op: "NotIn", values: ["high"]), pod(priorityClass: "low"), true),
        (Scope(scopeName: "PriorityClass", op: "NotIn", values: ["high"]), pod(), true),
        (Scope(scopeName: "PriorityClass", op: "NotIn", values: ["high"]), pod(priorityClass: "high"), false),
        (Scope(scopeName: "CrossNamespacePodAffinity", op: "Exists", values: []), pod(affinity: crossAffinity), true),
        (Scope(scopeName: "CrossNamespacePodAffinity", op: "Exists", values: []), pod(affinity: localAffinity), false),
        (Scope(scopeName: "Unknown", op: "Exists", values: []), pod(), false),
    ]

    @Test(arguments: 0..<scopeCases.count)
    func scopeMatching(_ i: Int) {
        let (scope, pod, expected) = Self.scopeCases[i]
        #expect(scope.matchesPod(pod) == expected, "\(scope) against case \(i)")
    }

    @Test func scopesAndSelectorsAreReadAsOneList() {
        let q = Self.quota("q", ["pods": "1"], scopes: ["BestEffort"],
                           selector: [["scopeName": "PriorityClass", "operator": "In", "values": ["a"]]])
        #expect(ResourceQuotaAdmission.scopeSelectors(q) == [Scope(scopeName: "BestEffort", op: "Exists", values: []),
                                                              Scope(scopeName: "PriorityClass", op: "In", values: ["a"])])
        // Only Pods have scopes: a scoped quota matches no other kind.
        let view = ResourceQuotaAdmission.QuotaView(Self.quota("q", ["pods": "1", "count/configmaps": "1"], scopes: ["BestEffort"]))
        #expect(view.matches(.pods, Self.pod()))
        #expect(!view.matches(.objectCount(group: "", plural: "configmaps"), ["metadata": ["name": "c"]]))
    }

    static let usageCases: [(ResourceQuotaAdmission.Evaluator, JSON, [String: String])] = [
        (.objectCount(group: "", plural: "configmaps"), [:], ["count/configmaps": "1", "configmaps": "1"]),
        (.objectCount(group: "apps", plural: "deployments"), [:], ["count/deployments.apps": "1"]),
        (.services, ["spec": ["type": "ClusterIP", "ports": [["port": 80]]]],
         ["count/services": "1", "services": "1", "services.nodeports": "0", "services.loadbalancers": "0"]),
        (.services, ["spec": ["type": "NodePort", "ports": [["port": 80], ["port": 443]]]],
         ["count/services": "1", "services": "1", "services.nodeports": "2", "services.loadbalancers": "0"]),
        (.services, ["spec": ["type": "LoadBalancer", "ports": [["port": 80]]]],
         ["count/services": "1", "services": "1", "services.nodeports": "1", "services.loadbalancers": "1"]),
        (.services, ["spec": ["type": "LoadBalancer", "allocateLoadBalancerNodePorts": false,
                              "ports": [["port": 80], ["port": 81, "nodePort": 30001]]]],
         ["count/services": "1", "services": "1", "services.nodeports": "1", "services.loadbalancers": "1"]),
        (.persistentVolumeClaims, ["spec": ["resources": ["requests": ["storage": "1Gi"]]]],
         ["count/persistentvolumeclaims": "1", "persistentvolumeclaims": "1", "requests.storage": "1Gi"]),
        (.persistentVolumeClaims, ["spec": ["storageClassName": "gold", "resources": ["requests": ["storage": "1500m"]]]],
         ["count/persistentvolumeclaims": "1", "persistentvolumeclaims": "1", "requests.storage": "2",
          "gold.storageclass.storage.k8s.io/persistentvolumeclaims": "1",
          "gold.storageclass.storage.k8s.io/requests.storage": "2"]),
        (.persistentVolumeClaims, ["metadata": ["annotations": ["volume.beta.kubernetes.io/storage-class": "beta"]],
                                   "spec": ["storageClassName": "gold", "resources": ["requests": ["storage": "1Gi"]]],
                                   "status": ["allocatedResources": ["storage": "2Gi"]]],
         ["count/persistentvolumeclaims": "1", "persistentvolumeclaims": "1", "requests.storage": "2Gi",
          "beta.storageclass.storage.k8s.io/persistentvolumeclaims": "1",
          "beta.storageclass.storage.k8s.io/requests.storage": "2Gi"]),
    ]

    @Test(arguments: 0..<usageCases.count)
    func usage(_ i: Int) {
        let (evaluator, object, expected) = Self.usageCases[i]
        let usage = evaluator.usage(object).mapValues(\.canonical)
        #expect(usage == expected, "case \(i)")
    }

    @Test func evaluatorsAreFoundFromTheHardNames() {
        let names = ["pods", "count/configmaps", "secrets", "services.nodeports", "gold.storageclass.storage.k8s.io/requests.storage",
                     "count/deployments.apps", "count/widgets.example.com", "count/services", "requests.cpu"]
        let found = ResourceQuotaAdmission.evaluators(for: names)
        #expect(found == [.pods, .objectCount(group: "", plural: "configmaps"), .objectCount(group: "", plural: "secrets"),
                          .services, .persistentVolumeClaims, .objectCount(group: "apps", plural: "deployments"),
                          .objectCount(group: "example.com", plural: "widgets")])
        #expect(ResourceQuotaAdmission.Evaluator.services.matchingResources(names) == ["services.nodeports", "count/services"])
    }

    @Test func aBestEffortQuotaLimitsOnlyBestEffortPods() throws {
        let t = try TestRegistry()
        try t.create("resourcequotas", "default", Self.quota("be", ["pods": "1"], scopes: ["BestEffort"]))
        try t.create("pods", "default", Self.pod("a"))
        #expect(Self.rejection(t, "pods", Self.pod("b"))
            == #"pods "b" is forbidden: exceeded quota: be, requested: pods=1, used: pods=1, limited: pods=1"#)
        #expect(Self.rejection(t, "pods", Self.pod("burstable", cpu: "100m")) == nil)
        // The burstable Pod is not counted: the quota is still full with the one best-effort Pod.
        #expect(Self.rejection(t, "pods", Self.pod("c")) != nil)
    }

    @Test func aPriorityClassQuotaCountsOnlyItsClass() throws {
        let t = try TestRegistry()
        for name in ["high", "low"] {
            try t.create("priorityclasses", nil, ["apiVersion": "scheduling.k8s.io/v1", "kind": "PriorityClass",
                                                  "metadata": ["name": .string(name)], "value": 10],
                         group: "scheduling.k8s.io")
        }
        try t.create("resourcequotas", "default", Self.quota("high", ["count/pods": "1"],
            selector: [["scopeName": "PriorityClass", "operator": "In", "values": ["high"]]]))
        try t.create("pods", "default", Self.pod("a", priorityClass: "high"))
        #expect(Self.rejection(t, "pods", Self.pod("b", priorityClass: "high"))
            == #"pods "b" is forbidden: exceeded quota: high, requested: count/pods=1, used: count/pods=1, limited: count/pods=1"#)
        #expect(Self.rejection(t, "pods", Self.pod("c", priorityClass: "low")) == nil)
        #expect(Self.rejection(t, "pods", Self.pod("d")) == nil)
    }

    @Test func objectCountsLimitAnyKind() throws {
        let t = try TestRegistry()
        try t.create("resourcequotas", "default", Self.quota("counts", ["count/configmaps": "1", "secrets": "1"]))
        let cm: (String) -> JSON = { ["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": .string($0)]] }
        let secret: (String) -> JSON = { ["apiVersion": "v1", "kind": "Secret", "metadata": ["name": .string($0)]] }
        try t.create("configmaps", "default", cm("a"))
        #expect(Self.rejection(t, "configmaps", cm("b"))
            == #"configmaps "b" is forbidden: exceeded quota: counts, requested: count/configmaps=1, used: count/configmaps=1, limited: count/configmaps=1"#)
        try t.create("secrets", "default", secret("a"))
        #expect(Self.rejection(t, "secrets", secret("b"))
            == #"secrets "b" is forbidden: exceeded quota: counts, requested: secrets=1, used: secrets=1, limited: secrets=1"#)
        // Updates do not count, and other namespaces are not limited.
        try t.patch("configmaps", "default", "a", ["data": ["k": "v"]])
        try t.create("namespaces", nil, ["apiVersion": "v1", "kind": "Namespace", "metadata": ["name": "other"]])
        try t.create("configmaps", "other", cm("b"))
        // A quota naming another group's kind.
        try t.create("resourcequotas", "default", Self.quota("deploys", ["count/deployments.apps": "0"]))
        let deploy: JSON = ["apiVersion": "apps/v1", "kind": "Deployment", "metadata": ["name": "d"],
                            "spec": ["selector": ["matchLabels": ["a": "b"]],
                                     "template": ["metadata": ["labels": ["a": "b"]], "spec": ["containers": [["name": "c", "image": "nginx"]]]]]]
        do {
            try t.create("deployments", "default", deploy, group: "apps")
            Issue.record("the deployment was admitted")
        } catch {
            #expect(error.message == #"deployments.apps "d" is forbidden: exceeded quota: deploys, requested: count/deployments.apps=1, used: count/deployments.apps=0, limited: count/deployments.apps=0"#)
        }
    }

    @Test func serviceNodePortsCountOnCreateAndTypeChange() throws {
        let t = try TestRegistry()
        try t.create("resourcequotas", "default", Self.quota("svc", ["services.nodeports": "0", "services": "5"]))
        let svc: (String, String) -> JSON = { name, type in
            ["apiVersion": "v1", "kind": "Service", "metadata": ["name": .string(name)],
             "spec": ["type": .string(type), "selector": ["a": "b"], "ports": [["port": 80]]]]
        }
        try t.create("services", "default", svc("plain", "ClusterIP"))
        #expect(Self.rejection(t, "services", svc("np", "NodePort"))
            == #"services "np" is forbidden: exceeded quota: svc, requested: services.nodeports=1, used: services.nodeports=0, limited: services.nodeports=0"#)
        do {
            try t.patch("services", "default", "plain", ["spec": ["type": "NodePort"]])
            Issue.record("the type change was admitted")
        } catch {
            #expect(error.message == #"services "plain" is forbidden: exceeded quota: svc, requested: services.nodeports=1, used: services.nodeports=0, limited: services.nodeports=0"#)
        }
    }

    @Test func claimStorageCountsOnCreateAndOnGrowth() throws {
        let t = try TestRegistry()
        try t.create("resourcequotas", "default", Self.quota("storage", [
            "requests.storage": "3Gi", "gold.storageclass.storage.k8s.io/persistentvolumeclaims": "1"]))
        let pvc: (String, String, String?) -> JSON = { name, size, cls in
            var spec: JSON = ["accessModes": ["ReadWriteOnce"], "resources": ["requests": ["storage": .string(size)]]]
            if let cls { spec["storageClassName"] = .string(cls) }
            return ["apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": ["name": .string(name)], "spec": spec]
        }
        try t.create("persistentvolumeclaims", "default", pvc("a", "2Gi", "gold"))
        #expect(Self.rejection(t, "persistentvolumeclaims", pvc("b", "2Gi", nil))
            == #"persistentvolumeclaims "b" is forbidden: exceeded quota: storage, requested: requests.storage=2Gi, used: requests.storage=2Gi, limited: requests.storage=3Gi"#)
        #expect(Self.rejection(t, "persistentvolumeclaims", pvc("c", "1Gi", "gold"))
            == #"persistentvolumeclaims "c" is forbidden: exceeded quota: storage, requested: gold.storageclass.storage.k8s.io/persistentvolumeclaims=1, used: gold.storageclass.storage.k8s.io/persistentvolumeclaims=1, limited: gold.storageclass.storage.k8s.io/persistentvolumeclaims=1"#)
        try t.create("persistentvolumeclaims", "default", pvc("d", "1Gi", nil))
        // Growing a claim is charged the growth.
        do {
            try t.patch("persistentvolumeclaims", "default", "d", ["spec": ["resources": ["requests": ["storage": "2Gi"]]]])
            Issue.record("the growth was admitted")
        } catch {
            #expect(error.message == #"persistentvolumeclaims "d" is forbidden: exceeded quota: storage, requested: requests.storage=1Gi, used: requests.storage=3Gi, limited: requests.storage=3Gi"#)
        }
    }

    @Test func evaluatorsHandleTheWritesThatCanGrowUsage() {
        typealias E = ResourceQuotaAdmission.Evaluator
        let cm = E.objectCount(group: "", plural: "configmaps")
        #expect(E.pods.handles(.create) && !E.pods.handles(.update) && E.pods.handles(.update, subresource: "resize"))
        #expect(cm.handles(.create) && !cm.handles(.update))
        #expect(E.services.handles(.create) && E.services.handles(.update) && !E.services.handles(.update, subresource: "status"))
        #expect(E.persistentVolumeClaims.handles(.update) && !E.persistentVolumeClaims.handles(.update, subresource: "status"))
    }

    @Test func statusCountsEveryEvaluatorHonouringScopes() {
        let pods = [Self.pod("a"), Self.pod("b", cpu: "250m"), Self.pod("c", cpu: "500m")]
        let services: [JSON] = [["spec": ["type": "NodePort", "ports": [["port": 1], ["port": 2]]]], ["spec": ["type": "ClusterIP"]]]
        let list: (String, String) -> [JSON]? = { g, p in
            switch (g, p) {
            case ("", "pods"): pods
            case ("", "services"): services
            default: nil
            }
        }
        let count: (String, String) -> Int? = { g, p in g.isEmpty && p == "configmaps" ? 4 : (g == "apps" ? 2 : nil) }
        let q = Self.quota("q", ["pods": "10", "requests.cpu": "2", "configmaps": "5", "count/deployments.apps": "3",
                                 "services.nodeports": "4", "count/widgets.example.com": "1"])
        #expect(ResourceQuotaStatus.status(q, list: list, count: count)["used"]
            == ["configmaps": "4", "count/deployments.apps": "2", "pods": "3", "requests.cpu": "750m", "services.nodeports": "2"])
        let scoped = Self.quota("s", ["pods": "10", "requests.cpu": "2"], scopes: ["NotBestEffort"])
        #expect(ResourceQuotaStatus.status(scoped, list: list, count: count)["used"] == ["pods": "2", "requests.cpu": "750m"])
        let bestEffort = Self.quota("s", ["pods": "10", "count/configmaps": "1"], scopes: ["BestEffort"])
        #expect(ResourceQuotaStatus.status(bestEffort, list: list, count: count)["used"] == ["count/configmaps": "0", "pods": "1"])
    }

    static func invalid(_ t: TestRegistry, _ q: JSON) -> String? {
        do {
            try t.create("resourcequotas", "default", q)
            return nil
        } catch {
            #expect(error.code == 422)
            return error.message
        }
    }

    @Test func invalidScopeCombinationsAreRejected() throws {
        let t = try TestRegistry()
        #expect(Self.invalid(t, Self.quota("a", ["cpu": "1"], scopes: ["BestEffort"]))
            == #"ResourceQuota "a" is invalid: spec.scopes: Invalid value: []core.ResourceQuotaScope{"BestEffort"}: unsupported scope applied to resource"#)
        #expect(Self.invalid(t, Self.quota("b", ["pods": "1"], scopes: ["Terminating", "NotTerminating"]))
            == #"ResourceQuota "b" is invalid: spec.scopes: Invalid value: []core.ResourceQuotaScope{"Terminating", "NotTerminating"}: conflicting scopes"#)
        #expect(Self.invalid(t, Self.quota("c", ["pods": "1"], scopes: ["Sometimes"]))
            == #"ResourceQuota "c" is invalid: spec.scopes: Invalid value: []core.ResourceQuotaScope{"Sometimes"}: unsupported scope"#)
        #expect(Self.invalid(t, Self.quota("d", ["pods": "1"], selector: [["scopeName": "BestEffort", "operator": "In", "values": ["x"]]]))
            == #"ResourceQuota "d" is invalid: spec.scopeSelector.matchExpressions.operator: Invalid value: "In": must be 'Exist' when scope is any of ResourceQuotaScopeTerminating, ResourceQuotaScopeNotTerminating, ResourceQuotaScopeBestEffort, ResourceQuotaScopeNotBestEffort or ResourceQuotaScopeCrossNamespacePodAffinity"#)
        #expect(Self.invalid(t, Self.quota("e", ["pods": "1"], selector: [["scopeName": "PriorityClass", "operator": "In"]]))
            == #"ResourceQuota "e" is invalid: spec.scopeSelector.matchExpressions.values: Required value: must be at least one value when `operator` is 'In' or 'NotIn' for scope selector"#)
        #expect(Self.invalid(t, Self.quota("f", ["services": "1"], selector: [["scopeName": "PriorityClass", "operator": "Exists"]]))
            == #"ResourceQuota "f" is invalid: spec.scopeSelector.matchExpressions: Invalid value: core.ScopeSelector{MatchExpressions:[]core.ScopedResourceSelectorRequirement{core.ScopedResourceSelectorRequirement{ScopeName:"PriorityClass", Operator:"Exists", Values:[]string(nil)}}}: unsupported scope applied to resource"#)
        #expect(Self.invalid(t, Self.quota("g", ["widgets": "1"]))
            == #"ResourceQuota "g" is invalid: spec.hard[widgets]: Invalid value: "widgets": must be a standard resource for quota"#)
        // Object counts and PriorityClass selectors on pod resources are fine.
        #expect(Self.invalid(t, Self.quota("ok", ["pods": "1", "count/configmaps": "2"], scopes: ["BestEffort"])) == nil)
        #expect(Self.invalid(t, Self.quota("ok2", ["requests.cpu": "1"],
                                           selector: [["scopeName": "PriorityClass", "operator": "NotIn", "values": ["a"]]])) == nil)
        do {
            try t.patch("resourcequotas", "default", "ok", ["spec": ["scopes": ["NotTerminating"]]])
            Issue.record("the scopes changed")
        } catch {
            #expect(error.message == #"ResourceQuota "ok" is invalid: spec.scopes: Invalid value: []core.ResourceQuotaScope{"NotTerminating"}: field is immutable"#)
        }
    }
}
