import API
import JSON

/// The APIServices kube-apiserver registers for its own groups at every start, and metrics-server as
/// its 0.6.1 release manifest installs it (`kubeling serve --metrics-server`).
extension Seed {
    /// The metrics-server image `--metrics-server` installs.
    public static let metricsServerImage = "registry.k8s.io/metrics-server/metrics-server:v0.6.1"

    /// kube-aggregator's priorities for the built-in group-versions (group priority, version priority).
    static let localAPIServicePriorities: [String: (group: Int64, version: Int64)] = [
        "/v1": (18000, 1), "apiregistration.k8s.io/v1": (18000, 15), "apps/v1": (17800, 15),
        "events.k8s.io/v1": (17750, 15), "authentication.k8s.io/v1": (17700, 15),
        "authorization.k8s.io/v1": (17600, 15), "autoscaling/v2": (17500, 30), "autoscaling/v1": (17500, 15),
        "batch/v1": (17400, 15), "certificates.k8s.io/v1": (17300, 15), "networking.k8s.io/v1": (17200, 15),
        "policy/v1": (17100, 15), "rbac.authorization.k8s.io/v1": (17000, 15), "storage.k8s.io/v1": (16800, 15),
        "admissionregistration.k8s.io/v1": (16700, 15), "scheduling.k8s.io/v1": (16600, 15),
        "coordination.k8s.io/v1": (16500, 15), "discovery.k8s.io/v1": (16200, 15),
    ]

    /// Creates the local APIService of every built-in group-version that lacks one (`v1.`, `v1.apps`, …,
    /// labelled `kube-aggregator.kubernetes.io/automanaged: onstart` and without `spec.service`), as the
    /// apiserver does at each start; the availability controller marks them `Local`.
    public static func ensureLocalAPIServices(_ registry: Registry) throws {
        let client = Client(registry: registry)
        guard let r = client.resource("apiregistration.k8s.io", "v1", "apiservices") else { return }
        for g in registry.resources.groupList where g.name != MetricsAPI.group {
            for v in g.versions {
                let name = v + "." + g.name
                guard client.get(r, namespace: nil, name: name) == nil else { continue }
                let p = localAPIServicePriorities[g.name + "/" + v] ?? (15000, 15)
                try createIgnoringExisting(client, r, nil, [
                    "apiVersion": "apiregistration.k8s.io/v1", "kind": "APIService",
                    "metadata": ["name": .string(name), "labels": ["kube-aggregator.kubernetes.io/automanaged": "onstart"]],
                    "spec": ["group": .string(g.name), "version": .string(v),
                             "groupPriorityMinimum": .int(p.group), "versionPriority": .int(p.version)],
                ])
            }
        }
    }

    /// Creates metrics-server's objects (ignoring any that exist), shaped as its 0.6.1 `components.yaml`:
    /// ServiceAccount, the aggregated reader and `system:metrics-server` ClusterRoles with their bindings,
    /// the auth-reader RoleBinding, Service `metrics-server` (443 → `https`), the Deployment (secure port
    /// 4443 named `https`, readiness `/readyz` after 20 s) and APIService `v1beta1.metrics.k8s.io`.
    public static func installMetricsServer(_ registry: Registry) throws {
        let client = Client(registry: registry)
        func create(_ group: String, _ plural: String, _ ns: String?, _ obj: JSON) throws {
            guard let r = client.resource(group, "v1", plural) else { return }
            try createIgnoringExisting(client, r, ns, obj)
        }
        let labels: JSON = ["k8s-app": "metrics-server"]
        let subject: JSON = [["kind": "ServiceAccount", "name": "metrics-server", "namespace": "kube-system"]]
        let rbac = "rbac.authorization.k8s.io"
        try create("", "serviceaccounts", "kube-system", [
            "apiVersion": "v1", "kind": "ServiceAccount", "metadata": ["name": "metrics-server", "labels": labels]])
        try create(rbac, "clusterroles", nil, [
            "apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole",
            "metadata": ["name": "system:aggregated-metrics-reader",
                         "labels": ["k8s-app": "metrics-server", "rbac.authorization.k8s.io/aggregate-to-admin": "true",
                                    "rbac.authorization.k8s.io/aggregate-to-edit": "true",
                                    "rbac.authorization.k8s.io/aggregate-to-view": "true"]],
            "rules": [["apiGroups": ["metrics.k8s.io"], "resources": ["pods", "nodes"], "verbs": ["get", "list", "watch"]]],
        ])
        try create(rbac, "clusterroles", nil, [
            "apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole",
            "metadata": ["name": "system:metrics-server", "labels": labels],
            "rules": [["apiGroups": [""], "resources": ["nodes/metrics"], "verbs": ["get"]],
                      ["apiGroups": [""], "resources": ["pods", "nodes"], "verbs": ["get", "list", "watch"]]],
        ])
        try create(rbac, "rolebindings", "kube-system", [
            "apiVersion": "rbac.authorization.k8s.io/v1", "kind": "RoleBinding",
            "metadata": ["name": "metrics-server-auth-reader", "labels": labels],
            "roleRef": ["apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "extension-apiserver-authentication-reader"],
            "subjects": subject,
        ])
        for (name, role) in [("metrics-server:system:auth-delegator", "system:auth-delegator"),
                             ("system:metrics-server", "system:metrics-server")] {
            try create(rbac, "clusterrolebindings", nil, [
                "apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRoleBinding",
                "metadata": ["name": .string(name), "labels": labels],
                "roleRef": ["apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": .string(role)],
                "subjects": subject,
            ])
        }
        try create("", "services", "kube-system", [
            "apiVersion": "v1", "kind": "Service", "metadata": ["name": "metrics-server", "labels": labels],
            "spec": ["selector": labels,
                     "ports": [["name": "https", "port": 443, "protocol": "TCP", "targetPort": "https"]]],
        ])
        let probe = { (path: String) -> JSON in
            ["httpGet": ["path": .string(path), "port": "https", "scheme": "HTTPS"], "periodSeconds": 10, "failureThreshold": 3]
        }
        var readiness = probe("/readyz")
        readiness["initialDelaySeconds"] = 20
        try create("apps", "deployments", "kube-system", [
            "apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": ["name": "metrics-server", "labels": labels],
            "spec": [
                "selector": ["matchLabels": labels],
                "strategy": ["rollingUpdate": ["maxUnavailable": 0]],
                "template": [
                    "metadata": ["labels": labels],
                    "spec": [
                        "serviceAccountName": "metrics-server", "priorityClassName": "system-cluster-critical",
                        "nodeSelector": ["kubernetes.io/os": "linux"],
                        "volumes": [["name": "tmp-dir", "emptyDir": .object(JSONObject())]],
                        "containers": [[
                            "name": "metrics-server", "image": .string(metricsServerImage), "imagePullPolicy": "IfNotPresent",
                            "args": ["--cert-dir=/tmp", "--secure-port=4443",
                                     "--kubelet-preferred-address-types=InternalIP,ExternalIP,Hostname",
                                     "--kubelet-use-node-status-port", "--metric-resolution=15s"],
                            "resources": ["requests": ["cpu": "100m", "memory": "200Mi"]],
                            "ports": [["name": "https", "containerPort": 4443, "protocol": "TCP"]],
                            "readinessProbe": readiness, "livenessProbe": probe("/livez"),
                            "securityContext": ["readOnlyRootFilesystem": true, "runAsNonRoot": true, "runAsUser": 1000,
                                                "allowPrivilegeEscalation": false],
                            "volumeMounts": [["name": "tmp-dir", "mountPath": "/tmp"]],
                        ]],
                    ],
                ],
            ],
        ])
        try create("apiregistration.k8s.io", "apiservices", nil, [
            "apiVersion": "apiregistration.k8s.io/v1", "kind": "APIService",
            "metadata": ["name": .string(MetricsAPI.apiServiceName), "labels": labels],
            "spec": ["service": ["name": "metrics-server", "namespace": "kube-system"],
                     "group": .string(MetricsAPI.group), "version": .string(MetricsAPI.version),
                     "insecureSkipTLSVerify": true, "groupPriorityMinimum": 100, "versionPriority": 100],
        ])
    }
}
