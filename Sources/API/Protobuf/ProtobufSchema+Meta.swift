// Field numbers from k8s.io/apimachinery/pkg/apis/meta/v1/generated.proto.
extension ProtobufSchema {
    static let meta: [String: ProtoMessage] = [
        "meta.ObjectMeta": [
            1: .string("name"), 2: .string("generateName"), 3: .string("namespace"), 4: .string("selfLink"),
            5: .string("uid"), 6: .string("resourceVersion"), 7: .int64z("generation"),
            8: .time("creationTimestamp"), 9: .time("deletionTimestamp"),
            10: .int64("deletionGracePeriodSeconds"), 11: .map("labels"), 12: .map("annotations"),
            13: .msgs("ownerReferences", "meta.OwnerReference"), 14: .strings("finalizers"),
            // 17 managedFields: the server owns field management; skipped like any unknown field.
        ],
        "meta.OwnerReference": [
            1: .string("kind"), 3: .string("name"), 4: .string("uid"), 5: .string("apiVersion"),
            6: .bool("controller"), 7: .bool("blockOwnerDeletion"),
        ],
        "meta.LabelSelector": [
            1: .map("matchLabels"), 2: .msgs("matchExpressions", "meta.LabelSelectorRequirement"),
        ],
        "meta.LabelSelectorRequirement": [1: .string("key"), 2: .string("operator"), 3: .strings("values")],
        "meta.Condition": [
            1: .string("type"), 2: .string("status"), 3: .int64("observedGeneration"),
            4: .time("lastTransitionTime"), 5: .string("reason"), 6: .string("message"),
        ],
    ]
}
