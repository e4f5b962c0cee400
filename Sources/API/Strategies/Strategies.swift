/// The one registration of every kind's strategy, by API group and kind. Everything kind-specific the
/// Registry does is reached through the value registered here (`KindStrategy`); discovery's status
/// subresources and the field-selector index are derived from the same values.
public enum Strategies {
    struct Key: Hashable {
        var group: String
        var kind: String
    }

    /// Every kind with rules or facts of its own; any other kind gets a plain `GenericStrategy`.
    static let registered: [Key: any KindStrategy] = {
        var m: [Key: any KindStrategy] = [:]
        func add(_ group: String, _ kind: String, _ s: any KindStrategy) { m[Key(group: group, kind: kind)] = s }
        add("", "Pod", PodStrategy())
        add("", "Service", ServiceStrategy())
        add("", "ConfigMap", ConfigMapStrategy())
        add("", "Secret", SecretStrategy())
        add("", "Namespace", NamespaceStrategy())
        add("", "Event", EventStrategy())
        add("apps", "Deployment", DeploymentStrategy())
        add("apps", "ReplicaSet", ReplicaSetStrategy())
        add("apps", "StatefulSet", StatefulSetStrategy())
        add("apps", "DaemonSet", DaemonSetStrategy())
        add("batch", "Job", JobStrategy())
        add("batch", "CronJob", CronJobStrategy())
        add("networking.k8s.io", "Ingress", IngressStrategy())
        add("autoscaling", "HorizontalPodAutoscaler", HPAStrategy())

        // Kinds without rules of their own: status subresource, generation, selectable fields (upstream's
        // strategies for them do no more than keep status, bump generation and list these fields).
        add("", "Node", GenericStrategy(hasStatus: true,
                                        selectableFields: [.bool("spec.unschedulable")]))
        add("", "PersistentVolume", GenericStrategy(hasStatus: true))
        add("", "PersistentVolumeClaim", GenericStrategy(hasStatus: true))
        add("", "ResourceQuota", ResourceQuotaStrategy())
        add("", "ReplicationController", ReplicationControllerStrategy())
        add("policy", "PodDisruptionBudget", GenericStrategy(hasStatus: true, tracksGeneration: true))
        add("apiregistration.k8s.io", "APIService", APIServiceStrategy())
        add("apiextensions.k8s.io", "CustomResourceDefinition", GenericStrategy(hasStatus: true))
        add("certificates.k8s.io", "CertificateSigningRequest", GenericStrategy(hasStatus: true))
        add("storage.k8s.io", "VolumeAttachment", GenericStrategy(hasStatus: true))
        add("networking.k8s.io", "NetworkPolicy", GenericStrategy(tracksGeneration: true))
        add("networking.k8s.io", "IngressClass", GenericStrategy(tracksGeneration: true))
        add("admissionregistration.k8s.io", "ValidatingWebhookConfiguration", GenericStrategy(tracksGeneration: true))
        add("admissionregistration.k8s.io", "MutatingWebhookConfiguration", GenericStrategy(tracksGeneration: true))
        // RBAC names are path segments rather than DNS subdomains (upstream `ValidatePathSegmentName`).
        for kind in ["Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"] {
            add("rbac.authorization.k8s.io", kind, GenericStrategy(nameValidator: NameValidation.pathSegmentName))
        }
        return m
    }()

    static let generic = GenericStrategy()

    /// The strategy for `kind` in `group` ("" for core).
    public static func strategy(group: String, kind: String) -> any KindStrategy {
        registered[Key(group: group, kind: kind)] ?? generic
    }

    /// The strategy for the kind a resource serves.
    public static func strategy(for resource: ResourceInfo) -> any KindStrategy {
        strategy(group: resource.group, kind: resource.kind)
    }
}
