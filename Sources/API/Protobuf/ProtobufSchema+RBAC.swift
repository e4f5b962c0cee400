// Field numbers from k8s.io/api/rbac/v1, policy/v1 and scheduling/v1 generated.proto.
extension ProtobufSchema {
    static let rbac: [String: ProtoMessage] = [
        "rbac.Role": [1: .msg("metadata", "meta.ObjectMeta"), 2: .msgs("rules", "rbac.PolicyRule")],
        "rbac.ClusterRole": [
            1: .msg("metadata", "meta.ObjectMeta"), 2: .msgs("rules", "rbac.PolicyRule"),
            3: .msg("aggregationRule", "rbac.AggregationRule"),
        ],
        "rbac.AggregationRule": [1: .msgs("clusterRoleSelectors", "meta.LabelSelector")],
        "rbac.PolicyRule": [
            1: .strings("verbs"), 2: .strings("apiGroups"), 3: .strings("resources"), 4: .strings("resourceNames"),
            5: .strings("nonResourceURLs"),
        ],
        // RoleBinding and ClusterRoleBinding share one numbering.
        "rbac.RoleBinding": [
            1: .msg("metadata", "meta.ObjectMeta"), 2: .msgs("subjects", "rbac.Subject"), 3: .msg("roleRef", "rbac.RoleRef"),
        ],
        "rbac.Subject": [1: .string("kind"), 2: .string("apiGroup"), 3: .string("name"), 4: .string("namespace")],
        "rbac.RoleRef": [1: .string("apiGroup"), 2: .string("kind"), 3: .string("name")],
    ]

    static let policyAndScheduling: [String: ProtoMessage] = [
        "policy.PodDisruptionBudget": [
            1: .msg("metadata", "meta.ObjectMeta"), 2: .msg("spec", "policy.PodDisruptionBudgetSpec"),
        ],
        "policy.PodDisruptionBudgetSpec": [
            1: .intOrString("minAvailable"), 2: .ptr("selector", "meta.LabelSelector"),
            3: .intOrString("maxUnavailable"), 4: .string("unhealthyPodEvictionPolicy"),
        ],
        "scheduling.PriorityClass": [
            1: .msg("metadata", "meta.ObjectMeta"), 2: .int32("value"), 3: .boolz("globalDefault"),
            4: .string("description"), 5: .string("preemptionPolicy"),
        ],
    ]
}

// Field numbers from k8s.io/api/authentication/v1 generated.proto (`kubectl create token`).
extension ProtobufSchema {
    static let authentication: [String: ProtoMessage] = [
        "authentication.TokenRequest": [
            1: .msg("metadata", "meta.ObjectMeta"), 2: .msg("spec", "authentication.TokenRequestSpec"),
        ],
        "authentication.TokenRequestSpec": [
            1: .strings("audiences"), 4: .int64("expirationSeconds"),
            3: .msg("boundObjectRef", "authentication.BoundObjectReference"),
        ],
        "authentication.BoundObjectReference": [
            1: .string("kind"), 2: .string("apiVersion"), 3: .string("name"), 4: .string("uid"),
        ],
    ]
}
