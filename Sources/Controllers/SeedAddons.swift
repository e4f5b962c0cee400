import API
import JSON

/// What kubeadm installs into a new kind cluster besides the bootstrap objects: the system
/// PriorityClasses (the apiserver creates them) and CoreDNS (`coredns` Deployment, its ConfigMap and
/// ServiceAccount, and the `kube-dns` Service at 10.96.0.10). Installed once, into a fresh database:
/// a user who deletes an addon keeps it deleted.
extension Seed {
    /// The CoreDNS image kind v1.33 ships.
    static let corednsImage = "registry.k8s.io/coredns/coredns:v1.12.0"

    /// Creates the addons (ignoring any that exist).
    public static func installAddons(_ registry: Registry) throws {
        let client = Client(registry: registry)
        func create(_ group: String, _ plural: String, _ ns: String?, _ obj: JSON) throws {
            guard let r = client.resource(group, "v1", plural) else { return }
            try createIgnoringExisting(client, r, ns, obj)
        }
        for (name, value, description) in [
            ("system-cluster-critical", 2_000_000_000,
             "Used for system critical pods that must run in the cluster, but can be moved to another node if necessary."),
            ("system-node-critical", 2_000_001_000, "Used for system critical pods that must not be moved from their current node."),
        ] {
            try create("scheduling.k8s.io", "priorityclasses", nil, [
                "apiVersion": "scheduling.k8s.io/v1", "kind": "PriorityClass", "metadata": ["name": .string(name)],
                "value": .int(Int64(value)), "globalDefault": false, "description": .string(description),
                "preemptionPolicy": "PreemptLowerPriority",
            ])
        }
        let labels: JSON = ["k8s-app": "kube-dns"]
        try create("", "serviceaccounts", "kube-system", [
            "apiVersion": "v1", "kind": "ServiceAccount", "metadata": ["name": "coredns"]])
        try create("", "configmaps", "kube-system", [
            "apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": "coredns"],
            "data": ["Corefile": """
                .:53 {
                    errors
                    health {
                       lameduck 5s
                    }
                    ready
                    kubernetes cluster.local in-addr.arpa ip6.arpa {
                       pods insecure
                       fallthrough in-addr.arpa ip6.arpa
                       ttl 30
                    }
                    prometheus :9153
                    forward . /etc/resolv.conf {
                       max_concurrent 1000
                    }
                    cache 30
                    loop
                    reload
                    loadbalance
                }

                """],
        ])
        try create("", "services", "kube-system", [
            "apiVersion": "v1", "kind": "Service",
            "metadata": ["name": "kube-dns", "labels": ["k8s-app": "kube-dns", "kubernetes.io/cluster-service": "true",
                                                        "kubernetes.io/name": "CoreDNS"],
                         "annotations": ["prometheus.io/port": "9153", "prometheus.io/scrape": "true"]],
            "spec": ["selector": labels, "clusterIP": "10.96.0.10", "clusterIPs": ["10.96.0.10"],
                     "ports": [["name": "dns", "port": 53, "protocol": "UDP", "targetPort": 53],
                               ["name": "dns-tcp", "port": 53, "protocol": "TCP", "targetPort": 53],
                               ["name": "metrics", "port": 9153, "protocol": "TCP", "targetPort": 9153]]],
        ])
        let probe = { (path: String, port: Int64) -> JSON in
            ["httpGet": ["path": .string(path), "port": .int(port), "scheme": "HTTP"], "periodSeconds": 10,
             "timeoutSeconds": 1, "successThreshold": 1, "failureThreshold": 3]
        }
        var liveness = probe("/health", 8080)
        liveness["initialDelaySeconds"] = 60
        liveness["failureThreshold"] = 5
        try create("apps", "deployments", "kube-system", [
            "apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": ["name": "coredns", "labels": labels],
            "spec": [
                "replicas": 2, "selector": ["matchLabels": labels],
                "strategy": ["type": "RollingUpdate", "rollingUpdate": ["maxUnavailable": 1, "maxSurge": "25%"]],
                "template": [
                    "metadata": ["labels": labels],
                    "spec": [
                        "priorityClassName": "system-cluster-critical", "serviceAccountName": "coredns",
                        "nodeSelector": ["kubernetes.io/os": "linux"],
                        "tolerations": [["key": "CriticalAddonsOnly", "operator": "Exists"],
                                        ["key": "node-role.kubernetes.io/control-plane", "effect": "NoSchedule"]],
                        "containers": [[
                            "name": "coredns", "image": .string(corednsImage), "imagePullPolicy": "IfNotPresent",
                            "args": ["-conf", "/etc/coredns/Corefile"],
                            "ports": [["name": "dns", "containerPort": 53, "protocol": "UDP"],
                                      ["name": "dns-tcp", "containerPort": 53, "protocol": "TCP"],
                                      ["name": "metrics", "containerPort": 9153, "protocol": "TCP"]],
                            "resources": ["limits": ["memory": "170Mi"], "requests": ["cpu": "100m", "memory": "70Mi"]],
                            "livenessProbe": liveness, "readinessProbe": probe("/ready", 8181),
                            "volumeMounts": [["name": "config-volume", "mountPath": "/etc/coredns", "readOnly": true]],
                        ]],
                        "volumes": [["name": "config-volume",
                                     "configMap": ["name": "coredns", "items": [["key": "Corefile", "path": "Corefile"]]]]],
                    ],
                ],
            ],
        ])
    }
}
