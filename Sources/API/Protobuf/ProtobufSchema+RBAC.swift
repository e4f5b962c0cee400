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

// Field numbers from k8s.io/api/authorization/v1 generated.proto (`kubectl auth can-i` posts
// SelfSubjectAccessReview and SelfSubjectRulesReview in protobuf from 1.32 on) and the
// authentication/v1 SelfSubjectReview (`kubectl auth whoami`).
extension ProtobufSchema {
    static let authorization: [String: ProtoMessage] = [
        "authorization.SelfSubjectAccessReview": [
            1: .msg("metadata", "meta.ObjectMeta"), 2: .msg("spec", "authorization.SelfSubjectAccessReviewSpec"),
        ],
        "authorization.SelfSubjectAccessReviewSpec": [
            1: .msg("resourceAttributes", "authorization.ResourceAttributes"),
            2: .msg("nonResourceAttributes", "authorization.NonResourceAttributes"),
        ],
        "authorization.SubjectAccessReview": [
            1: .msg("metadata", "meta.ObjectMeta"), 2: .msg("spec", "authorization.SubjectAccessReviewSpec"),
        ],
        "authorization.SubjectAccessReviewSpec": [
            1: .msg("resourceAttributes", "authorization.ResourceAttributes"),
            2: .msg("nonResourceAttributes", "authorization.NonResourceAttributes"),
            3: .string("user"), 4: .strings("groups"), 6: .string("uid"),
        ],
        "authorization.ResourceAttributes": [
            1: .string("namespace"), 2: .string("verb"), 3: .string("group"), 4: .string("version"),
            5: .string("resource"), 6: .string("subresource"), 7: .string("name"),
        ],
        "authorization.NonResourceAttributes": [1: .string("path"), 2: .string("verb")],
        "authorization.SelfSubjectRulesReview": [
            1: .msg("metadata", "meta.ObjectMeta"), 2: .msg("spec", "authorization.SelfSubjectRulesReviewSpec"),
        ],
        "authorization.SelfSubjectRulesReviewSpec": [1: .string("namespace")],
        "authentication.SelfSubjectReview": [1: .msg("metadata", "meta.ObjectMeta")],
    ]
}
