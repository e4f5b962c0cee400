// Field numbers from k8s.io/api/core/v1/generated.proto: the core kinds kubectl creates.
// `status` fields are not tabled: the decoder drops status on create (kubectl-wire.md §2.4).
extension ProtobufSchema {
    static let coreObjects: [String: ProtoMessage] = [
        "core.Service": [1: .msg("metadata", "meta.ObjectMeta"), 2: .msg("spec", "core.ServiceSpec")],
        "core.ServiceSpec": [
            1: .msgs("ports", "core.ServicePort"), 2: .map("selector"), 3: .string("clusterIP"),
            18: .strings("clusterIPs"), 4: .string("type"), 5: .strings("externalIPs"),
            7: .string("sessionAffinity"), 8: .string("loadBalancerIP"), 9: .strings("loadBalancerSourceRanges"),
            10: .string("externalName"), 11: .string("externalTrafficPolicy"), 12: .int32z("healthCheckNodePort"),
            13: .boolz("publishNotReadyAddresses"), 14: .msg("sessionAffinityConfig", "core.SessionAffinityConfig"),
            19: .strings("ipFamilies"), 17: .string("ipFamilyPolicy"), 20: .bool("allocateLoadBalancerNodePorts"),
            21: .string("loadBalancerClass"), 22: .string("internalTrafficPolicy"),
            23: .string("trafficDistribution"),
        ],
        "core.ServicePort": [
            1: .string("name"), 2: .string("protocol"), 6: .string("appProtocol"), 3: .int32("port"),
            4: .intOrString("targetPort"), 5: .int32z("nodePort"),
        ],
        "core.SessionAffinityConfig": [1: .msg("clientIP", "core.ClientIPConfig")],
        "core.ClientIPConfig": [1: .int32("timeoutSeconds")],
        "core.Namespace": [1: .msg("metadata", "meta.ObjectMeta"), 2: .msg("spec", "core.NamespaceSpec")],
        "core.NamespaceSpec": [1: .strings("finalizers")],
        "core.ConfigMap": [
            1: .msg("metadata", "meta.ObjectMeta"), 4: .bool("immutable"), 2: .map("data"),
            3: .bytesMap("binaryData"),
        ],
        "core.Secret": [
            1: .msg("metadata", "meta.ObjectMeta"), 5: .bool("immutable"), 2: .bytesMap("data"),
            4: .map("stringData"), 3: .string("type"),
        ],
        "core.ServiceAccount": [
            1: .msg("metadata", "meta.ObjectMeta"), 2: .msgs("secrets", "core.ObjectReference"),
            3: .msgs("imagePullSecrets", "core.LocalObjectReference"), 4: .bool("automountServiceAccountToken"),
        ],
        "core.ObjectReference": [
            1: .string("kind"), 2: .string("namespace"), 3: .string("name"), 4: .string("uid"),
            5: .string("apiVersion"), 6: .string("resourceVersion"), 7: .string("fieldPath"),
        ],
        "core.ResourceQuota": [1: .msg("metadata", "meta.ObjectMeta"), 2: .msg("spec", "core.ResourceQuotaSpec")],
        "core.ResourceQuotaSpec": [
            1: .quantities("hard"), 2: .strings("scopes"), 3: .msg("scopeSelector", "core.ScopeSelector"),
        ],
        "core.ScopeSelector": [1: .msgs("matchExpressions", "core.ScopedResourceSelectorRequirement")],
        "core.ScopedResourceSelectorRequirement": [
            1: .string("scopeName"), 2: .string("operator"), 3: .strings("values"),
        ],
    ]
}
