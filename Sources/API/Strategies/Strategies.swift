/// The strategy for each kind, by API group and kind.
public enum Strategies {
    /// Kinds whose names are path segments rather than DNS subdomains (upstream `ValidatePathSegmentName`).
    static let pathSegmentNamed: Set<String> = [
        "rbac.authorization.k8s.io/Role", "rbac.authorization.k8s.io/ClusterRole",
        "rbac.authorization.k8s.io/RoleBinding", "rbac.authorization.k8s.io/ClusterRoleBinding",
    ]
    /// Kinds with a status subresource and no strategy of their own (status kept on update).
    static let statusKinds: Set<String> = [
        "/Node", "/PersistentVolume", "/PersistentVolumeClaim", "/ResourceQuota",
        "batch/Job", "batch/CronJob", "policy/PodDisruptionBudget", "apiregistration.k8s.io/APIService",
        "apiextensions.k8s.io/CustomResourceDefinition", "networking.k8s.io/IngressClass",
    ]

    /// The strategy for `kind` in `group` ("" for core).
    public static func strategy(group: String, kind: String) -> any KindStrategy {
        switch (group, kind) {
        case ("", "Pod"): return PodStrategy()
        case ("", "Service"): return ServiceStrategy()
        case ("", "ConfigMap"): return ConfigMapStrategy()
        case ("", "Secret"): return SecretStrategy()
        case ("", "Namespace"): return NamespaceStrategy()
        case ("", "ReplicationController"): return ReplicationControllerStrategy()
        case ("apps", "Deployment"): return DeploymentStrategy()
        case ("apps", "ReplicaSet"): return ReplicaSetStrategy()
        case ("apps", "StatefulSet"): return StatefulSetStrategy()
        case ("apps", "DaemonSet"): return DaemonSetStrategy()
        case ("networking.k8s.io", "Ingress"): return IngressStrategy()
        case ("autoscaling", "HorizontalPodAutoscaler"): return HPAStrategy()
        default:
            let key = group + "/" + kind
            if pathSegmentNamed.contains(key) {
                return GenericStrategy(nameValidator: NameValidation.pathSegmentName)
            }
            return GenericStrategy(hasStatus: statusKinds.contains(key))
        }
    }
}
