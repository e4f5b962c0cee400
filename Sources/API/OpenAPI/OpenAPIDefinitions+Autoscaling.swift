/// autoscaling/v1 and autoscaling/v2 HorizontalPodAutoscaler, and the autoscaling/v1 Scale subresource.
extension OpenAPIDefinitions {
    static let autoscaling: [OpenAPITypeDef] = [
        OpenAPITypeDef("as1.HorizontalPodAutoscaler", "A HorizontalPodAutoscaler scales a workload's replicas to keep average CPU utilisation at a target.", objectHeader() + [
            f("spec", .ref("as1.HorizontalPodAutoscalerSpec"), "The desired behaviour of the autoscaler."),
            f("status", .ref("as1.HorizontalPodAutoscalerStatus"), "The current state of the autoscaler. Read-only."),
        ]),
        OpenAPITypeDef("as1.HorizontalPodAutoscalerSpec", "The target and bounds of an autoscaler.", required: ["scaleTargetRef", "maxReplicas"], [
            f("maxReplicas", .int32, "The most replicas the autoscaler may set; at least minReplicas."),
            f("minReplicas", .int32, "The fewest replicas the autoscaler may set. Defaults to 1."),
            f("scaleTargetRef", .ref("as1.CrossVersionObjectReference"), "The scaled resource, which must have a scale subresource."),
            f("targetCPUUtilizationPercentage", .int32, "The target average CPU utilisation, in percent of requested CPU."),
        ]),
        OpenAPITypeDef("as1.HorizontalPodAutoscalerStatus", "The observed state of an autoscaler.", required: ["currentReplicas", "desiredReplicas"], [
            f("currentCPUUtilizationPercentage", .int32, "The current average CPU utilisation, in percent of requested CPU."),
            f("currentReplicas", .int32, "The current number of replicas."),
            f("desiredReplicas", .int32, "The replicas the autoscaler last asked for."),
            f("lastScaleTime", .ref("meta.Time"), "When the autoscaler last scaled."),
            f("observedGeneration", .int64, "The generation the autoscaler last acted on."),
        ]),
        OpenAPITypeDef("as1.CrossVersionObjectReference", "A reference to a resource by kind and name.", required: ["kind", "name"], [
            f("apiVersion", .string, "API version of the referent."),
            f("kind", .string, "Kind of the referent."),
            f("name", .string, "Name of the referent."),
        ]),
        OpenAPITypeDef("as1.Scale", "The scale subresource of a workload.", objectHeader() + [
            f("spec", .ref("as1.ScaleSpec"), "The desired scale."),
            f("status", .ref("as1.ScaleStatus"), "The current scale. Read-only."),
        ]),
        OpenAPITypeDef("as1.ScaleSpec", "The desired scale.", [f("replicas", .int32, "The desired number of replicas.")]),
        OpenAPITypeDef("as1.ScaleStatus", "The observed scale.", required: ["replicas"], [
            f("replicas", .int32, "The current number of replicas."),
            f("selector", .string, "The label selector of the pods, in string form."),
        ]),
        OpenAPITypeDef("as2.HorizontalPodAutoscaler", "A HorizontalPodAutoscaler scales a workload's replicas to keep metrics (CPU, memory, custom, external) at their targets.", objectHeader() + [
            f("spec", .ref("as2.HorizontalPodAutoscalerSpec"), "The desired behaviour of the autoscaler."),
            f("status", .ref("as2.HorizontalPodAutoscalerStatus"), "The current state of the autoscaler. Read-only."),
        ]),
        OpenAPITypeDef("as2.HorizontalPodAutoscalerSpec", "The target, bounds, metrics and behaviour of an autoscaler.", required: ["scaleTargetRef", "maxReplicas"], [
            f("behavior", .ref("as2.HorizontalPodAutoscalerBehavior"), "Scaling rules for each direction; the defaults when unset."),
            f("maxReplicas", .int32, "The most replicas the autoscaler may set; at least minReplicas."),
            f("metrics", .array(.ref("as2.MetricSpec")), "The metrics used to compute the desired replicas; the largest proposal wins. Defaults to 80% average CPU utilisation.").atomic(),
            f("minReplicas", .int32, "The fewest replicas the autoscaler may set. Defaults to 1."),
            f("scaleTargetRef", .ref("as2.CrossVersionObjectReference"), "The scaled resource, which must have a scale subresource."),
        ]),
        OpenAPITypeDef("as2.CrossVersionObjectReference", "A reference to a resource by kind and name.", required: ["kind", "name"], [
            f("apiVersion", .string, "API version of the referent."),
            f("kind", .string, "Kind of the referent."),
            f("name", .string, "Name of the referent."),
        ]),
        OpenAPITypeDef("as2.HorizontalPodAutoscalerBehavior", "Scaling rules for scaling up and down.", [
            f("scaleDown", .ref("as2.HPAScalingRules"), "Rules for scaling down; a 300 s stabilisation window by default."),
            f("scaleUp", .ref("as2.HPAScalingRules"), "Rules for scaling up; no stabilisation window by default."),
        ]),
        OpenAPITypeDef("as2.HPAScalingRules", "Rules for scaling in one direction.", [
            f("policies", .array(.ref("as2.HPAScalingPolicy")), "Limits on how fast replicas change.").atomic(),
            f("selectPolicy", .string, "Which policy applies: Max (default), Min or Disabled."),
            f("stabilizationWindowSeconds", .int32, "Seconds of past recommendations considered, to avoid flapping."),
            f("tolerance", .ref("resource.Quantity"), "The relative metric change below which no scaling happens."),
        ]),
        OpenAPITypeDef("as2.HPAScalingPolicy", "One limit on the rate of scaling.", required: ["type", "value", "periodSeconds"], [
            f("periodSeconds", .int32, "The window the limit applies to, in seconds."),
            f("type", .string, "Pods or Percent."),
            f("value", .int32, "The amount of change allowed per window."),
        ]),
        OpenAPITypeDef("as2.MetricSpec", "One metric to scale on; type says which source is set.", required: ["type"], [
            f("containerResource", .ref("as2.ContainerResourceMetricSource"), "A resource of one container of each pod."),
            f("external", .ref("as2.ExternalMetricSource"), "A metric not tied to any object."),
            f("object", .ref("as2.ObjectMetricSource"), "A metric of one object."),
            f("pods", .ref("as2.PodsMetricSource"), "A metric averaged over the pods."),
            f("resource", .ref("as2.ResourceMetricSource"), "A resource (cpu, memory) of the pods, as known from requests and limits."),
            f("type", .string, "ContainerResource, External, Object, Pods or Resource."),
        ]),
        OpenAPITypeDef("as2.ResourceMetricSource", "A resource metric of the pods.", required: ["name", "target"], [
            f("name", .string, "The resource: cpu or memory."),
            f("target", .ref("as2.MetricTarget"), "The target value."),
        ]),
        OpenAPITypeDef("as2.ContainerResourceMetricSource", "A resource metric of one container.", required: ["name", "target", "container"], [
            f("container", .string, "The container's name."),
            f("name", .string, "The resource: cpu or memory."),
            f("target", .ref("as2.MetricTarget"), "The target value."),
        ]),
        OpenAPITypeDef("as2.PodsMetricSource", "A custom metric averaged over the pods.", required: ["metric", "target"], [
            f("metric", .ref("as2.MetricIdentifier"), "The metric."),
            f("target", .ref("as2.MetricTarget"), "The target value."),
        ]),
        OpenAPITypeDef("as2.ObjectMetricSource", "A custom metric of one object.", required: ["describedObject", "target", "metric"], [
            f("describedObject", .ref("as2.CrossVersionObjectReference"), "The object."),
            f("metric", .ref("as2.MetricIdentifier"), "The metric."),
            f("target", .ref("as2.MetricTarget"), "The target value."),
        ]),
        OpenAPITypeDef("as2.ExternalMetricSource", "A metric from outside the cluster.", required: ["metric", "target"], [
            f("metric", .ref("as2.MetricIdentifier"), "The metric."),
            f("target", .ref("as2.MetricTarget"), "The target value."),
        ]),
        OpenAPITypeDef("as2.MetricIdentifier", "A metric's name and selector.", required: ["name"], [
            f("name", .string, "The metric's name."),
            f("selector", .ref("meta.LabelSelector"), "Narrows the metric's series."),
        ]),
        OpenAPITypeDef("as2.MetricTarget", "The target of a metric.", required: ["type"], [
            f("averageUtilization", .int32, "Target average utilisation, in percent of requests; Resource metrics only."),
            f("averageValue", .ref("resource.Quantity"), "Target average value over the pods."),
            f("type", .string, "Utilization, Value or AverageValue."),
            f("value", .ref("resource.Quantity"), "Target value."),
        ]),
        OpenAPITypeDef("as2.HorizontalPodAutoscalerStatus", "The observed state of an autoscaler.", required: ["desiredReplicas"], [
            f("conditions", .array(.ref("as2.HorizontalPodAutoscalerCondition")), "AbleToScale, ScalingActive and ScalingLimited.")
                .merge("type"),
            f("currentMetrics", .array(.ref("as2.MetricStatus")), "The last observed values of the metrics.").atomic(),
            f("currentReplicas", .int32, "The current number of replicas."),
            f("desiredReplicas", .int32, "The replicas the autoscaler last asked for."),
            f("lastScaleTime", .ref("meta.Time"), "When the autoscaler last scaled."),
            f("observedGeneration", .int64, "The generation the autoscaler last acted on."),
        ]),
        OpenAPITypeDef("as2.HorizontalPodAutoscalerCondition", "One condition of an autoscaler.", required: ["type", "status"], [
            f("lastTransitionTime", .ref("meta.Time"), "When the condition last changed status."),
            f("message", .string, "Human-readable details of the last transition."),
            f("reason", .string, "A CamelCase reason for the last transition."),
            f("status", .string, "True, False or Unknown."),
            f("type", .string, "AbleToScale, ScalingActive or ScalingLimited."),
        ]),
        OpenAPITypeDef("as2.MetricStatus", "The last observed value of one metric.", required: ["type"], [
            f("containerResource", .free, "The value of a container resource metric."),
            f("external", .free, "The value of an external metric."),
            f("object", .free, "The value of an object metric."),
            f("pods", .free, "The value of a pods metric."),
            f("resource", .ref("as2.ResourceMetricStatus"), "The value of a resource metric."),
            f("type", .string, "ContainerResource, External, Object, Pods or Resource."),
        ]),
        OpenAPITypeDef("as2.ResourceMetricStatus", "The value of a resource metric.", required: ["name", "current"], [
            f("current", .ref("as2.MetricValueStatus"), "The current value."),
            f("name", .string, "The resource: cpu or memory."),
        ]),
        OpenAPITypeDef("as2.MetricValueStatus", "A metric's current value.", [
            f("averageUtilization", .int32, "Current average utilisation, in percent of requests."),
            f("averageValue", .ref("resource.Quantity"), "Current average value over the pods."),
            f("value", .ref("resource.Quantity"), "Current value."),
        ]),
    ]
}
