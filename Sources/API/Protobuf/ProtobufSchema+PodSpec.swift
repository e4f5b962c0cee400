// Field numbers from k8s.io/api/core/v1/generated.proto: PodSpec and scheduling types.
extension ProtobufSchema {
    static let corePod: [String: ProtoMessage] = [
        "core.Pod": [1: .msg("metadata", "meta.ObjectMeta"), 2: .msg("spec", "core.PodSpec")],
        "core.PodTemplateSpec": [1: .msg("metadata", "meta.ObjectMeta"), 2: .msg("spec", "core.PodSpec")],
        "core.PodSpec": [
            1: .msgs("volumes", "core.Volume"), 20: .msgs("initContainers", "core.Container"),
            2: .msgs("containers", "core.Container"), 34: .msgs("ephemeralContainers", "core.EphemeralContainer"),
            3: .string("restartPolicy"), 4: .int64("terminationGracePeriodSeconds"),
            5: .int64("activeDeadlineSeconds"), 6: .string("dnsPolicy"), 7: .map("nodeSelector"),
            8: .string("serviceAccountName"), 9: .string("serviceAccount"),
            21: .bool("automountServiceAccountToken"), 10: .string("nodeName"), 11: .boolz("hostNetwork"),
            12: .boolz("hostPID"), 13: .boolz("hostIPC"), 27: .bool("shareProcessNamespace"),
            14: .msg("securityContext", "core.PodSecurityContext"),
            15: .msgs("imagePullSecrets", "core.LocalObjectReference"), 16: .string("hostname"),
            17: .string("subdomain"), 18: .msg("affinity", "core.Affinity"), 19: .string("schedulerName"),
            22: .msgs("tolerations", "core.Toleration"), 23: .msgs("hostAliases", "core.HostAlias"),
            24: .string("priorityClassName"), 25: .int32("priority"), 26: .msg("dnsConfig", "core.PodDNSConfig"),
            28: .msgs("readinessGates", "core.PodReadinessGate"), 29: .string("runtimeClassName"),
            30: .bool("enableServiceLinks"), 31: .string("preemptionPolicy"), 32: .quantities("overhead"),
            33: .msgs("topologySpreadConstraints", "core.TopologySpreadConstraint"),
            35: .bool("setHostnameAsFQDN"), 36: .msg("os", "core.PodOS"), 37: .bool("hostUsers"),
            38: .msgs("schedulingGates", "core.PodSchedulingGate"),
            39: .msgs("resourceClaims", "core.PodResourceClaim"),
            40: .msg("resources", "core.ResourceRequirements"), 41: .string("hostnameOverride"),
        ],
        "core.PodSecurityContext": [
            1: .msg("seLinuxOptions", "core.SELinuxOptions"),
            8: .msg("windowsOptions", "core.WindowsSecurityContextOptions"), 2: .int64("runAsUser"),
            6: .int64("runAsGroup"), 3: .bool("runAsNonRoot"), 4: .int64s("supplementalGroups"),
            12: .string("supplementalGroupsPolicy"), 5: .int64("fsGroup"), 7: .msgs("sysctls", "core.Sysctl"),
            9: .string("fsGroupChangePolicy"), 10: .msg("seccompProfile", "core.SeccompProfile"),
            11: .msg("appArmorProfile", "core.AppArmorProfile"), 13: .string("seLinuxChangePolicy"),
        ],
        "core.Sysctl": [1: .string("name"), 2: .string("value")],
        "core.Affinity": [
            1: .msg("nodeAffinity", "core.NodeAffinity"), 2: .msg("podAffinity", "core.PodAffinity"),
            3: .msg("podAntiAffinity", "core.PodAffinity"),
        ],
        "core.NodeAffinity": [
            1: .msg("requiredDuringSchedulingIgnoredDuringExecution", "core.NodeSelector"),
            2: .msgs("preferredDuringSchedulingIgnoredDuringExecution", "core.PreferredSchedulingTerm"),
        ],
        "core.NodeSelector": [1: .msgs("nodeSelectorTerms", "core.NodeSelectorTerm")],
        "core.NodeSelectorTerm": [
            1: .msgs("matchExpressions", "core.NodeSelectorRequirement"),
            2: .msgs("matchFields", "core.NodeSelectorRequirement"),
        ],
        "core.NodeSelectorRequirement": [1: .string("key"), 2: .string("operator"), 3: .strings("values")],
        "core.PreferredSchedulingTerm": [1: .int32("weight"), 2: .msg("preference", "core.NodeSelectorTerm")],
        // PodAffinity and PodAntiAffinity share one numbering.
        "core.PodAffinity": [
            1: .msgs("requiredDuringSchedulingIgnoredDuringExecution", "core.PodAffinityTerm"),
            2: .msgs("preferredDuringSchedulingIgnoredDuringExecution", "core.WeightedPodAffinityTerm"),
        ],
        "core.PodAffinityTerm": [
            1: .ptr("labelSelector", "meta.LabelSelector"), 2: .strings("namespaces"), 3: .string("topologyKey"),
            4: .ptr("namespaceSelector", "meta.LabelSelector"), 5: .strings("matchLabelKeys"),
            6: .strings("mismatchLabelKeys"),
        ],
        "core.WeightedPodAffinityTerm": [1: .int32("weight"), 2: .msg("podAffinityTerm", "core.PodAffinityTerm")],
        "core.Toleration": [
            1: .string("key"), 2: .string("operator"), 3: .string("value"), 4: .string("effect"),
            5: .int64("tolerationSeconds"),
        ],
        "core.HostAlias": [1: .string("ip"), 2: .strings("hostnames")],
        "core.PodDNSConfig": [
            1: .strings("nameservers"), 2: .strings("searches"), 3: .msgs("options", "core.PodDNSConfigOption"),
        ],
        "core.PodDNSConfigOption": [1: .string("name"), 2: .string("value")],
        "core.PodReadinessGate": [1: .string("conditionType")],
        "core.TopologySpreadConstraint": [
            1: .int32("maxSkew"), 2: .string("topologyKey"), 3: .string("whenUnsatisfiable"),
            4: .ptr("labelSelector", "meta.LabelSelector"), 5: .int32("minDomains"),
            6: .string("nodeAffinityPolicy"), 7: .string("nodeTaintsPolicy"), 8: .strings("matchLabelKeys"),
        ],
        "core.PodOS": [1: .string("name")],
        "core.PodSchedulingGate": [1: .string("name")],
        "core.PodResourceClaim": [
            1: .string("name"), 3: .string("resourceClaimName"), 4: .string("resourceClaimTemplateName"),
        ],
    ]
}
