/// How one protobuf field of a Kubernetes `generated.proto` message maps to JSON.
enum ProtoKind: Sendable {
    case string, bytes, bool, int32, int64, double
    /// A nested message, by its name in `ProtobufSchema.messages`.
    case message(String)
    /// An embedded Go struct that JSON inlines (`json:",inline"`): its fields merge into the parent.
    case inline(String)
    /// `map<string,string>`, `map<string,bytes>` (base64 in JSON), `map<string,Quantity>`.
    case stringMap, bytesMap, quantityMap
    /// `intstr.IntOrString` {1: type, 2: intVal, 3: strVal} → JSON number or string.
    case intOrString
    /// `resource.Quantity` {1: string} → JSON string.
    case quantity
    /// `meta.v1.Time` {1: seconds, 2: nanos} → RFC 3339 seconds; the empty message is the zero time.
    case time
    /// `meta.v1.MicroTime` → RFC 3339 with microseconds.
    case microTime
}

/// One field of a message: its JSON name, kind, and whether it repeats.
struct ProtoField: Sendable {
    let name: String
    let kind: ProtoKind
    let repeated: Bool
    /// Keep the field even when it decodes to `{}`: a set pointer whose presence means something
    /// (`emptyDir: {}`, an empty selector that selects everything).
    let keepEmpty: Bool
    /// A non-pointer `omitempty` scalar (Go `int32`/`bool` without `*`): always on the wire, so its
    /// zero means "not set" and is dropped, as Go's JSON encoder would. Pointer scalars (`replicas`)
    /// are only on the wire when set, so their zero is real and kept.
    let omitZero: Bool

    init(_ name: String, _ kind: ProtoKind, repeated: Bool = false, keepEmpty: Bool = false, omitZero: Bool = false) {
        self.name = name
        self.kind = kind
        self.repeated = repeated
        self.keepEmpty = keepEmpty
        self.omitZero = omitZero
    }

    static func string(_ n: String) -> ProtoField { ProtoField(n, .string) }
    static func strings(_ n: String) -> ProtoField { ProtoField(n, .string, repeated: true) }
    static func bytes(_ n: String) -> ProtoField { ProtoField(n, .bytes) }
    static func bool(_ n: String) -> ProtoField { ProtoField(n, .bool) }
    /// A non-pointer `omitempty` bool: `false` is dropped.
    static func boolz(_ n: String) -> ProtoField { ProtoField(n, .bool, omitZero: true) }
    /// A non-pointer `omitempty` int32: `0` is dropped.
    static func int32z(_ n: String) -> ProtoField { ProtoField(n, .int32, omitZero: true) }
    /// A non-pointer `omitempty` int64: `0` is dropped.
    static func int64z(_ n: String) -> ProtoField { ProtoField(n, .int64, omitZero: true) }
    static func int32(_ n: String) -> ProtoField { ProtoField(n, .int32) }
    static func int32s(_ n: String) -> ProtoField { ProtoField(n, .int32, repeated: true) }
    static func int64(_ n: String) -> ProtoField { ProtoField(n, .int64) }
    static func int64s(_ n: String) -> ProtoField { ProtoField(n, .int64, repeated: true) }
    static func double(_ n: String) -> ProtoField { ProtoField(n, .double) }
    static func msg(_ n: String, _ type: String) -> ProtoField { ProtoField(n, .message(type)) }
    /// A pointer-to-struct field whose empty value `{}` is meaningful.
    static func ptr(_ n: String, _ type: String) -> ProtoField { ProtoField(n, .message(type), keepEmpty: true) }
    static func msgs(_ n: String, _ type: String) -> ProtoField { ProtoField(n, .message(type), repeated: true) }
    static func inline(_ type: String) -> ProtoField { ProtoField("", .inline(type)) }
    static func map(_ n: String) -> ProtoField { ProtoField(n, .stringMap) }
    static func bytesMap(_ n: String) -> ProtoField { ProtoField(n, .bytesMap) }
    static func quantities(_ n: String) -> ProtoField { ProtoField(n, .quantityMap) }
    static func intOrString(_ n: String) -> ProtoField { ProtoField(n, .intOrString) }
    static func quantity(_ n: String) -> ProtoField { ProtoField(n, .quantity) }
    static func time(_ n: String) -> ProtoField { ProtoField(n, .time) }
    static func microTime(_ n: String) -> ProtoField { ProtoField(n, .microTime) }
}

/// A message: field number → field. Numbers come from the upstream `generated.proto` files.
typealias ProtoMessage = [Int: ProtoField]

/// All message tables, keyed by a short qualified name ("core.Container", "meta.ObjectMeta").
enum ProtobufSchema {
    static let messages: [String: ProtoMessage] = {
        var all: [String: ProtoMessage] = [:]
        for part in [meta, corePod, coreContainer, coreVolumes, coreObjects, apps, batch, networking,
                     autoscalingV1, autoscalingV2, rbac, policyAndScheduling, authentication, authorization] {
            all.merge(part) { first, _ in first }
        }
        return all
    }()

    /// `apiVersion` + `kind` of the envelope → the top-level message. Covers what kubectl's typed
    /// `create <kind>`, `autoscale`, `run` and `expose` can send.
    static let kinds: [String: String] = [
        "v1/Pod": "core.Pod", "v1/Service": "core.Service", "v1/Namespace": "core.Namespace",
        "v1/ConfigMap": "core.ConfigMap", "v1/Secret": "core.Secret",
        "v1/ServiceAccount": "core.ServiceAccount", "v1/ResourceQuota": "core.ResourceQuota",
        "apps/v1/Deployment": "apps.Deployment", "apps/v1/ReplicaSet": "apps.ReplicaSet",
        "apps/v1/DaemonSet": "apps.DaemonSet",
        "batch/v1/Job": "batch.Job", "batch/v1/CronJob": "batch.CronJob",
        "networking.k8s.io/v1/Ingress": "networking.Ingress",
        "autoscaling/v1/HorizontalPodAutoscaler": "autoscaling.v1.HorizontalPodAutoscaler",
        "autoscaling/v2/HorizontalPodAutoscaler": "autoscaling.v2.HorizontalPodAutoscaler",
        "rbac.authorization.k8s.io/v1/Role": "rbac.Role",
        "rbac.authorization.k8s.io/v1/ClusterRole": "rbac.ClusterRole",
        "rbac.authorization.k8s.io/v1/RoleBinding": "rbac.RoleBinding",
        "rbac.authorization.k8s.io/v1/ClusterRoleBinding": "rbac.RoleBinding",
        "policy/v1/PodDisruptionBudget": "policy.PodDisruptionBudget",
        "scheduling.k8s.io/v1/PriorityClass": "scheduling.PriorityClass",
        "authentication.k8s.io/v1/TokenRequest": "authentication.TokenRequest",
        "authentication.k8s.io/v1/SelfSubjectReview": "authentication.SelfSubjectReview",
        "authorization.k8s.io/v1/SelfSubjectAccessReview": "authorization.SelfSubjectAccessReview",
        "authorization.k8s.io/v1/LocalSubjectAccessReview": "authorization.SubjectAccessReview",
        "authorization.k8s.io/v1/SubjectAccessReview": "authorization.SubjectAccessReview",
        "authorization.k8s.io/v1/SelfSubjectRulesReview": "authorization.SelfSubjectRulesReview",
    ]
}
