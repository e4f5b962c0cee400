import Testing
@testable import API

/// (group, version, plural, kind, scope, shortNames, categories, required subresources)
private let expected: [(String, String, String, String, ResourceScope, [String], [String], [String])] = [
    ("", "v1", "namespaces", "Namespace", .cluster, ["ns"], [], ["status", "finalize"]),
    ("", "v1", "pods", "Pod", .namespaced, ["po"], ["all"], ["status", "log", "exec", "binding", "eviction", "ephemeralcontainers"]),
    ("", "v1", "services", "Service", .namespaced, ["svc"], ["all"], ["status"]),
    ("", "v1", "endpoints", "Endpoints", .namespaced, ["ep"], [], []),
    ("", "v1", "configmaps", "ConfigMap", .namespaced, ["cm"], [], []),
    ("", "v1", "secrets", "Secret", .namespaced, [], [], []),
    ("", "v1", "serviceaccounts", "ServiceAccount", .namespaced, ["sa"], [], ["token"]),
    ("", "v1", "events", "Event", .namespaced, ["ev"], [], []),
    ("", "v1", "nodes", "Node", .cluster, ["no"], [], ["status"]),
    ("", "v1", "replicationcontrollers", "ReplicationController", .namespaced, ["rc"], ["all"], ["status", "scale"]),
    ("apps", "v1", "deployments", "Deployment", .namespaced, ["deploy"], ["all"], ["status", "scale"]),
    ("apps", "v1", "replicasets", "ReplicaSet", .namespaced, ["rs"], ["all"], ["status", "scale"]),
    ("apps", "v1", "statefulsets", "StatefulSet", .namespaced, ["sts"], ["all"], ["status", "scale"]),
    ("apps", "v1", "daemonsets", "DaemonSet", .namespaced, ["ds"], ["all"], ["status"]),
    ("apps", "v1", "controllerrevisions", "ControllerRevision", .namespaced, [], [], []),
    ("autoscaling", "v2", "horizontalpodautoscalers", "HorizontalPodAutoscaler", .namespaced, ["hpa"], ["all"], ["status"]),
    ("autoscaling", "v1", "horizontalpodautoscalers", "HorizontalPodAutoscaler", .namespaced, ["hpa"], ["all"], ["status"]),
    ("networking.k8s.io", "v1", "ingresses", "Ingress", .namespaced, ["ing"], [], ["status"]),
    ("networking.k8s.io", "v1", "ingressclasses", "IngressClass", .cluster, [], [], []),
    ("discovery.k8s.io", "v1", "endpointslices", "EndpointSlice", .namespaced, [], [], []),
    ("batch", "v1", "jobs", "Job", .namespaced, [], ["all"], ["status"]),
    ("batch", "v1", "cronjobs", "CronJob", .namespaced, ["cj"], ["all"], ["status"]),
    ("rbac.authorization.k8s.io", "v1", "roles", "Role", .namespaced, [], [], []),
    ("rbac.authorization.k8s.io", "v1", "rolebindings", "RoleBinding", .namespaced, [], [], []),
    ("rbac.authorization.k8s.io", "v1", "clusterroles", "ClusterRole", .cluster, [], [], []),
    ("rbac.authorization.k8s.io", "v1", "clusterrolebindings", "ClusterRoleBinding", .cluster, [], [], []),
    ("apiregistration.k8s.io", "v1", "apiservices", "APIService", .cluster, [], ["api-extensions"], ["status"]),
    ("coordination.k8s.io", "v1", "leases", "Lease", .namespaced, [], [], []),
    ("events.k8s.io", "v1", "events", "Event", .namespaced, ["ev"], [], []),
    ("admissionregistration.k8s.io", "v1", "validatingwebhookconfigurations", "ValidatingWebhookConfiguration", .cluster, [], ["api-extensions"], []),
    ("admissionregistration.k8s.io", "v1", "mutatingwebhookconfigurations", "MutatingWebhookConfiguration", .cluster, [], ["api-extensions"], []),
    ("policy", "v1", "poddisruptionbudgets", "PodDisruptionBudget", .namespaced, ["pdb"], [], ["status"]),
    ("scheduling.k8s.io", "v1", "priorityclasses", "PriorityClass", .cluster, ["pc"], [], []),
    ("metrics.k8s.io", "v1beta1", "pods", "PodMetrics", .namespaced, [], [], []),
    ("metrics.k8s.io", "v1beta1", "nodes", "NodeMetrics", .cluster, [], [], []),
]

@Test func everyRequiredResourceIsServedWithUpstreamScopeShortNamesAndCategories() throws {
    let reg = ResourceRegistry.standard
    for (g, v, plural, kind, scope, short, cats, subs) in expected {
        let r = try #require(reg.resource(group: g, version: v, plural: plural), "\(g)/\(v) \(plural)")
        #expect(r.kind == kind)
        #expect(r.scope == scope, "\(plural)")
        #expect(r.shortNames == short, "\(plural)")
        #expect(r.categories == cats, "\(plural)")
        for s in subs { #expect(r.subresources.contains(s), "\(plural)/\(s)") }
        #expect(reg.resource(group: g, version: v, kind: kind) == r)
    }
}

@Test func categoryAllHoldsExactlyTheUpstreamMembers() {
    let names = Set(ResourceRegistry.standard.all.filter { $0.categories.contains("all") }.map(\.plural))
    #expect(names == ["pods", "services", "replicationcontrollers", "deployments", "replicasets", "statefulsets",
                      "daemonsets", "jobs", "cronjobs", "horizontalpodautoscalers"])
    // `kubectl get all` expands over preferred versions only: one HPA entry (v2).
    let expanded = ResourceRegistry.standard.resources(inCategory: "all")
    #expect(expanded.filter { $0.plural == "horizontalpodautoscalers" }.map(\.version) == ["v2"])
}

@Test func groupsAreInUpstreamDiscoveryOrderWithCoreFirst() {
    let groups = ResourceRegistry.standard.groups()
    #expect(groups.first?.name == "")
    #expect(groups.map(\.name).prefix(7) == ["", "apiregistration.k8s.io", "apps", "events.k8s.io", "authentication.k8s.io", "authorization.k8s.io", "autoscaling"])
    let autoscaling = groups.first { $0.name == "autoscaling" }
    #expect(autoscaling?.versions == ["v2", "v1"])
    #expect(autoscaling?.preferred == "v2")
    #expect(groups.last?.name == "metrics.k8s.io")
    #expect(Set(groups.map(\.name)).count == groups.count)
}

@Test func preferredVersionAndUnknownLookups() {
    let reg = ResourceRegistry.standard
    #expect(reg.preferredVersion(group: "autoscaling") == "v2")
    #expect(reg.preferredVersion(group: "") == "v1")
    #expect(reg.preferredVersion(group: "nope.io") == nil)
    #expect(reg.resource(group: "apps", version: "v1beta1", plural: "deployments") == nil)
    #expect(reg.resource(group: "", version: "v1", plural: "deployments") == nil)
    #expect(reg.resources(group: "apps", version: "v1").count == 5)
    #expect(reg.resources(group: "apps", version: "v9").isEmpty)
}

@Test func sharedStorageIsOnePrefixWithTheUpstreamStorageVersion() throws {
    let reg = ResourceRegistry.standard
    let hpa1 = try #require(reg.resource(group: "autoscaling", version: "v1", plural: "horizontalpodautoscalers"))
    let hpa2 = try #require(reg.resource(group: "autoscaling", version: "v2", plural: "horizontalpodautoscalers"))
    #expect(hpa1.storagePrefix == hpa2.storagePrefix)
    #expect(reg.storageVersion(forPrefix: hpa1.storagePrefix)?.version == "v2")
    let ev = try #require(reg.resource(group: "", version: "v1", plural: "events"))
    let ev2 = try #require(reg.resource(group: "events.k8s.io", version: "v1", plural: "events"))
    #expect(ev.storagePrefix == "/events")
    #expect(ev2.storagePrefix == "/events")
    let stored = try #require(reg.storageVersion(forPrefix: "/events"))
    #expect(stored.group == "" && stored.version == "v1")
    #expect(reg.storageVersion(forPrefix: "/deployments.apps")?.groupVersion == "apps/v1")
    #expect(reg.storageVersion(forPrefix: "/nothing") == nil)
    // Every other prefix belongs to exactly one resource-version.
    for r in reg.all where r.storagePrefix != "/events" && r.storagePrefix != hpa1.storagePrefix {
        #expect(reg.resources(forPrefix: r.storagePrefix).count == 1, "\(r.storagePrefix)")
    }
}

@Test func namesResolveLikeKubectlWithCoreWinningOverMetrics() {
    let reg = ResourceRegistry.standard
    #expect(reg.resolve("po")?.group == "")
    #expect(reg.resolve("pod")?.kind == "Pod")
    #expect(reg.resolve("hpa")?.version == "v2")
    #expect(reg.resolve("deploy")?.plural == "deployments")
    #expect(reg.resolve("ev")?.group == "")
    #expect(reg.resolve("foos") == nil)
}

@Test func subresourcesDescribeKindsAndVerbsAsUpstream() throws {
    let reg = ResourceRegistry.standard
    let deploy = try #require(reg.resource(group: "apps", version: "v1", plural: "deployments"))
    let scale = try #require(reg.subresource("scale", of: deploy))
    #expect(scale.group == "autoscaling" && scale.version == "v1" && scale.kind == "Scale")
    #expect(scale.verbs == ["get", "patch", "update"])
    let status = try #require(reg.subresource("status", of: deploy))
    #expect(status.kind == "Deployment" && status.group.isEmpty)
    let pods = try #require(reg.resource(group: "", version: "v1", plural: "pods"))
    #expect(reg.subresource("exec", of: pods)?.kind == "PodExecOptions")
    #expect(reg.subresource("log", of: pods)?.verbs == ["get"])
    #expect(reg.subresource("eviction", of: pods)?.group == "policy")
    #expect(reg.subresource("scale", of: pods) == nil)
    let ns = try #require(reg.resource(group: "", version: "v1", plural: "namespaces"))
    #expect(!ns.verbs.contains("deletecollection"))
    #expect(reg.subresource("finalize", of: ns)?.verbs == ["update"])
    let nm = try #require(reg.resource(group: "metrics.k8s.io", version: "v1beta1", plural: "nodes"))
    #expect(nm.verbs == ["get", "list"])
}

@Test func discoveryListsStatusExactlyForKindsWhoseStrategyHasIt() {
    let reg = ResourceRegistry.standard
    for r in reg.all {
        let stored = reg.storageVersion(forPrefix: r.storagePrefix) ?? r
        // events.k8s.io serves the stored core Event; every other resource is its own stored kind.
        let strategy = Strategies.strategy(for: r.group == stored.group ? r : stored)
        #expect(r.subresources.contains("status") == strategy.hasStatusSubresource, "\(r.group)/\(r.plural)")
        if let i = r.subresources.firstIndex(of: "status") {
            #expect(i == r.subresources.count - 1, "\(r.plural): status is listed last, as upstream sorts it")
        }
    }
}
