/// The standard table, matched against kube-apiserver 1.33 discovery (`/api/v1`, `/apis/G/V`):
/// plural, singular, kind, scope, verbs, short names, categories and subresources as upstream
/// advertises them for the resources kubeling serves.
extension ResourceRegistry {
    /// Upstream's `/apis` group order (kube-aggregator's group priorities: apiregistration first, then
    /// apps 17800, events 17750, autoscaling 17500, batch 17400, networking 17200, policy 17100, rbac
    /// 17000, admissionregistration 16700, scheduling 16600, coordination 16500, discovery 16200), with
    /// versions by version priority (autoscaling v2 before v1). metrics.k8s.io comes last, as an
    /// aggregated APIService with a low group priority does on a real cluster.
    static let standardGroupOrder: [(name: String, versions: [String])] = [
        ("", ["v1"]),
        ("apiregistration.k8s.io", ["v1"]),
        ("apps", ["v1"]),
        ("events.k8s.io", ["v1"]),
        ("authentication.k8s.io", ["v1"]),
        ("authorization.k8s.io", ["v1"]),
        ("autoscaling", ["v2", "v1"]),
        ("batch", ["v1"]),
        ("certificates.k8s.io", ["v1"]),
        ("networking.k8s.io", ["v1"]),
        ("policy", ["v1"]),
        ("rbac.authorization.k8s.io", ["v1"]),
        ("storage.k8s.io", ["v1"]),
        ("admissionregistration.k8s.io", ["v1"]),
        ("scheduling.k8s.io", ["v1"]),
        ("coordination.k8s.io", ["v1"]),
        ("discovery.k8s.io", ["v1"]),
        ("metrics.k8s.io", ["v1beta1"]),
    ]

    /// The group of the resource metrics API (served by metrics-server upstream; computed, not stored).
    public static let metricsGroup = "metrics.k8s.io"

    /// Namespace verbs upstream: no `deletecollection`.
    static let namespaceVerbs = ["create", "delete", "get", "list", "patch", "update", "watch"]

    static let standardResources: [ResourceInfo] = {
        // "status" is not written below: it is added for the kinds whose strategy has a status subresource
        // (`KindStrategy.hasStatusSubresource`), last, where upstream's alphabetical order puts it.
        func withStatus(_ g: String, _ kind: String, _ sub: [String]) -> [String] {
            Strategies.strategy(group: g, kind: kind).hasStatusSubresource ? sub + ["status"] : sub
        }
        func ns(_ g: String, _ v: String, _ kind: String, _ plural: String, _ singular: String,
                short: [String] = [], cat: [String] = [], sub: [String] = [], prefix: String? = nil) -> ResourceInfo {
            ResourceInfo(group: g, version: v, kind: kind, plural: plural, singular: singular, scope: .namespaced,
                         shortNames: short, categories: cat, subresources: withStatus(g, kind, sub), storagePrefix: prefix)
        }
        func cl(_ g: String, _ v: String, _ kind: String, _ plural: String, _ singular: String,
                short: [String] = [], cat: [String] = [], sub: [String] = [],
                verbs: [String] = ResourceInfo.allVerbs) -> ResourceInfo {
            ResourceInfo(group: g, version: v, kind: kind, plural: plural, singular: singular, scope: .cluster,
                         shortNames: short, categories: cat, verbs: verbs, subresources: withStatus(g, kind, sub))
        }
        let all = ["all"]
        let ext = ["api-extensions"]
        let hpaPrefix = "/horizontalpodautoscalers.autoscaling"
        return [
            // core/v1, alphabetical as upstream lists it
            ns("", "v1", "ConfigMap", "configmaps", "configmap", short: ["cm"]),
            ns("", "v1", "Endpoints", "endpoints", "endpoints", short: ["ep"]),
            ns("", "v1", "Event", "events", "event", short: ["ev"], prefix: "/events"),
            ns("", "v1", "LimitRange", "limitranges", "limitrange", short: ["limits"]),
            cl("", "v1", "Namespace", "namespaces", "namespace", short: ["ns"], sub: ["finalize"],
               verbs: namespaceVerbs),
            cl("", "v1", "Node", "nodes", "node", short: ["no"], sub: ["proxy"]),
            cl("", "v1", "PersistentVolume", "persistentvolumes", "persistentvolume", short: ["pv"]),
            ns("", "v1", "PersistentVolumeClaim", "persistentvolumeclaims", "persistentvolumeclaim", short: ["pvc"]),
            ns("", "v1", "Pod", "pods", "pod", short: ["po"], cat: all,
               sub: ["attach", "binding", "ephemeralcontainers", "eviction", "exec", "log", "portforward", "proxy",
                     "resize"]),
            ns("", "v1", "ReplicationController", "replicationcontrollers", "replicationcontroller", short: ["rc"],
               cat: all, sub: ["scale"]),
            ns("", "v1", "ResourceQuota", "resourcequotas", "resourcequota", short: ["quota"]),
            ns("", "v1", "Secret", "secrets", "secret"),
            ns("", "v1", "ServiceAccount", "serviceaccounts", "serviceaccount", short: ["sa"], sub: ["token"]),
            ns("", "v1", "Service", "services", "service", short: ["svc"], cat: all, sub: ["proxy"]),
            // apiregistration.k8s.io/v1
            cl("apiregistration.k8s.io", "v1", "APIService", "apiservices", "apiservice", cat: ext),
            // apps/v1
            ns("apps", "v1", "ControllerRevision", "controllerrevisions", "controllerrevision"),
            ns("apps", "v1", "DaemonSet", "daemonsets", "daemonset", short: ["ds"], cat: all),
            ns("apps", "v1", "Deployment", "deployments", "deployment", short: ["deploy"], cat: all,
               sub: ["scale"]),
            ns("apps", "v1", "ReplicaSet", "replicasets", "replicaset", short: ["rs"], cat: all,
               sub: ["scale"]),
            ns("apps", "v1", "StatefulSet", "statefulsets", "statefulset", short: ["sts"], cat: all,
               sub: ["scale"]),
            // events.k8s.io/v1: the same stored objects as core/v1 events
            ns("events.k8s.io", "v1", "Event", "events", "event", short: ["ev"], prefix: "/events"),
            // autoscaling: v2 and v1 share storage
            ns("autoscaling", "v2", "HorizontalPodAutoscaler", "horizontalpodautoscalers", "horizontalpodautoscaler",
               short: ["hpa"], cat: all, prefix: hpaPrefix),
            ns("autoscaling", "v1", "HorizontalPodAutoscaler", "horizontalpodautoscalers", "horizontalpodautoscaler",
               short: ["hpa"], cat: all, prefix: hpaPrefix),
            // batch/v1
            ns("batch", "v1", "CronJob", "cronjobs", "cronjob", short: ["cj"], cat: all),
            ns("batch", "v1", "Job", "jobs", "job", cat: all),
            // networking.k8s.io/v1
            cl("networking.k8s.io", "v1", "IngressClass", "ingressclasses", "ingressclass"),
            ns("networking.k8s.io", "v1", "Ingress", "ingresses", "ingress", short: ["ing"]),
            ns("networking.k8s.io", "v1", "NetworkPolicy", "networkpolicies", "networkpolicy", short: ["netpol"]),
            // certificates.k8s.io/v1
            cl("certificates.k8s.io", "v1", "CertificateSigningRequest", "certificatesigningrequests",
               "certificatesigningrequest", short: ["csr"], sub: ["approval"]),
            // storage.k8s.io/v1
            cl("storage.k8s.io", "v1", "CSIDriver", "csidrivers", "csidriver"),
            cl("storage.k8s.io", "v1", "CSINode", "csinodes", "csinode"),
            ns("storage.k8s.io", "v1", "CSIStorageCapacity", "csistoragecapacities", "csistoragecapacity"),
            cl("storage.k8s.io", "v1", "StorageClass", "storageclasses", "storageclass", short: ["sc"]),
            cl("storage.k8s.io", "v1", "VolumeAttachment", "volumeattachments", "volumeattachment"),
            // policy/v1
            ns("policy", "v1", "PodDisruptionBudget", "poddisruptionbudgets", "poddisruptionbudget", short: ["pdb"]),
            // rbac.authorization.k8s.io/v1
            cl("rbac.authorization.k8s.io", "v1", "ClusterRoleBinding", "clusterrolebindings", "clusterrolebinding"),
            cl("rbac.authorization.k8s.io", "v1", "ClusterRole", "clusterroles", "clusterrole"),
            ns("rbac.authorization.k8s.io", "v1", "RoleBinding", "rolebindings", "rolebinding"),
            ns("rbac.authorization.k8s.io", "v1", "Role", "roles", "role"),
            // admissionregistration.k8s.io/v1
            cl("admissionregistration.k8s.io", "v1", "MutatingWebhookConfiguration", "mutatingwebhookconfigurations",
               "mutatingwebhookconfiguration", cat: ext),
            cl("admissionregistration.k8s.io", "v1", "ValidatingWebhookConfiguration",
               "validatingwebhookconfigurations", "validatingwebhookconfiguration", cat: ext),
            // scheduling.k8s.io/v1
            cl("scheduling.k8s.io", "v1", "PriorityClass", "priorityclasses", "priorityclass", short: ["pc"]),
            // coordination.k8s.io/v1
            ns("coordination.k8s.io", "v1", "Lease", "leases", "lease"),
            // discovery.k8s.io/v1
            ns("discovery.k8s.io", "v1", "EndpointSlice", "endpointslices", "endpointslice"),
            // authentication.k8s.io/v1 and authorization.k8s.io/v1: create-only reviews, answered, never stored
            cl("authentication.k8s.io", "v1", "SelfSubjectReview", "selfsubjectreviews", "selfsubjectreview", verbs: ["create"]),
            cl("authentication.k8s.io", "v1", "TokenReview", "tokenreviews", "tokenreview", verbs: ["create"]),
            ResourceInfo(group: "authorization.k8s.io", version: "v1", kind: "LocalSubjectAccessReview",
                         plural: "localsubjectaccessreviews", singular: "localsubjectaccessreview", scope: .namespaced,
                         verbs: ["create"]),
            cl("authorization.k8s.io", "v1", "SelfSubjectAccessReview", "selfsubjectaccessreviews", "selfsubjectaccessreview",
               verbs: ["create"]),
            cl("authorization.k8s.io", "v1", "SelfSubjectRulesReview", "selfsubjectrulesreviews", "selfsubjectrulesreview",
               verbs: ["create"]),
            cl("authorization.k8s.io", "v1", "SubjectAccessReview", "subjectaccessreviews", "subjectaccessreview",
               verbs: ["create"]),
            // metrics.k8s.io/v1beta1 (metrics-server's discovery: read-only, and an empty singular name,
            // so kubectl guesses "nodemetrics"/"podmetrics" from the kinds, as `kubectl get podmetrics` needs)
            cl("metrics.k8s.io", "v1beta1", "NodeMetrics", "nodes", "", verbs: ["get", "list"]),
            ResourceInfo(group: "metrics.k8s.io", version: "v1beta1", kind: "PodMetrics", plural: "pods",
                         singular: "", scope: .namespaced, verbs: ["get", "list"]),
        ]
    }()
}
