// Field numbers from k8s.io/api/networking/v1, autoscaling/v1 and autoscaling/v2 generated.proto.
extension ProtobufSchema {
    static let networking: [String: ProtoMessage] = [
        "networking.Ingress": [1: .msg("metadata", "meta.ObjectMeta"), 2: .msg("spec", "networking.IngressSpec")],
        "networking.IngressSpec": [
            1: .msg("defaultBackend", "networking.IngressBackend"), 2: .msgs("tls", "networking.IngressTLS"),
            3: .msgs("rules", "networking.IngressRule"), 4: .string("ingressClassName"),
        ],
        "networking.IngressBackend": [
            3: .msg("resource", "core.TypedLocalObjectReference"),
            4: .msg("service", "networking.IngressServiceBackend"),
        ],
        "networking.IngressServiceBackend": [1: .string("name"), 2: .msg("port", "networking.ServiceBackendPort")],
        "networking.ServiceBackendPort": [1: .string("name"), 2: .int32z("number")],
        "networking.IngressTLS": [1: .strings("hosts"), 2: .string("secretName")],
        // IngressRule embeds IngressRuleValue inline: `http` sits beside `host` in JSON.
        "networking.IngressRule": [1: .string("host"), 2: .inline("networking.IngressRuleValue")],
        "networking.IngressRuleValue": [1: .msg("http", "networking.HTTPIngressRuleValue")],
        "networking.HTTPIngressRuleValue": [1: .msgs("paths", "networking.HTTPIngressPath")],
        "networking.HTTPIngressPath": [
            1: .string("path"), 3: .string("pathType"), 2: .msg("backend", "networking.IngressBackend"),
        ],
    ]

    static let autoscalingV1: [String: ProtoMessage] = [
        "autoscaling.v1.HorizontalPodAutoscaler": [
            1: .msg("metadata", "meta.ObjectMeta"), 2: .msg("spec", "autoscaling.v1.HorizontalPodAutoscalerSpec"),
        ],
        "autoscaling.v1.HorizontalPodAutoscalerSpec": [
            1: .msg("scaleTargetRef", "autoscaling.CrossVersionObjectReference"), 2: .int32("minReplicas"),
            3: .int32("maxReplicas"), 4: .int32("targetCPUUtilizationPercentage"),
        ],
        "autoscaling.CrossVersionObjectReference": [1: .string("kind"), 2: .string("name"), 3: .string("apiVersion")],
    ]

    static let autoscalingV2: [String: ProtoMessage] = [
        "autoscaling.v2.HorizontalPodAutoscaler": [
            1: .msg("metadata", "meta.ObjectMeta"), 2: .msg("spec", "autoscaling.v2.HorizontalPodAutoscalerSpec"),
        ],
        "autoscaling.v2.HorizontalPodAutoscalerSpec": [
            1: .msg("scaleTargetRef", "autoscaling.CrossVersionObjectReference"), 2: .int32("minReplicas"),
            3: .int32("maxReplicas"), 4: .msgs("metrics", "autoscaling.v2.MetricSpec"),
            5: .msg("behavior", "autoscaling.v2.HorizontalPodAutoscalerBehavior"),
        ],
        "autoscaling.v2.MetricSpec": [
            1: .string("type"), 2: .msg("object", "autoscaling.v2.ObjectMetricSource"),
            3: .msg("pods", "autoscaling.v2.PodsMetricSource"), 4: .msg("resource", "autoscaling.v2.ResourceMetricSource"),
            7: .msg("containerResource", "autoscaling.v2.ContainerResourceMetricSource"),
            5: .msg("external", "autoscaling.v2.PodsMetricSource"),
        ],
        "autoscaling.v2.ObjectMetricSource": [
            1: .msg("describedObject", "autoscaling.CrossVersionObjectReference"),
            2: .msg("target", "autoscaling.v2.MetricTarget"), 3: .msg("metric", "autoscaling.v2.MetricIdentifier"),
        ],
        // PodsMetricSource and ExternalMetricSource: {1: metric, 2: target}.
        "autoscaling.v2.PodsMetricSource": [
            1: .msg("metric", "autoscaling.v2.MetricIdentifier"), 2: .msg("target", "autoscaling.v2.MetricTarget"),
        ],
        "autoscaling.v2.ResourceMetricSource": [1: .string("name"), 2: .msg("target", "autoscaling.v2.MetricTarget")],
        "autoscaling.v2.ContainerResourceMetricSource": [
            1: .string("name"), 2: .msg("target", "autoscaling.v2.MetricTarget"), 3: .string("container"),
        ],
        "autoscaling.v2.MetricIdentifier": [1: .string("name"), 2: .ptr("selector", "meta.LabelSelector")],
        "autoscaling.v2.MetricTarget": [
            1: .string("type"), 2: .quantity("value"), 3: .quantity("averageValue"), 4: .int32("averageUtilization"),
        ],
        "autoscaling.v2.HorizontalPodAutoscalerBehavior": [
            1: .msg("scaleUp", "autoscaling.v2.HPAScalingRules"), 2: .msg("scaleDown", "autoscaling.v2.HPAScalingRules"),
        ],
        "autoscaling.v2.HPAScalingRules": [
            3: .int32("stabilizationWindowSeconds"), 1: .string("selectPolicy"),
            2: .msgs("policies", "autoscaling.v2.HPAScalingPolicy"), 4: .quantity("tolerance"),
        ],
        "autoscaling.v2.HPAScalingPolicy": [1: .string("type"), 2: .int32("value"), 3: .int32("periodSeconds")],
    ]
}
