/// apps/v1 StatefulSet, DaemonSet and ControllerRevision, core/v1 ReplicationController and policy/v1
/// PodDisruptionBudget.
extension OpenAPIDefinitions {
    static let workloads: [OpenAPITypeDef] = [
        OpenAPITypeDef("apps.StatefulSet", "A StatefulSet runs pods with stable names and storage, created and updated in order.", objectHeader() + [
            f("spec", .ref("apps.StatefulSetSpec"), "The desired behaviour of the StatefulSet."),
            f("status", .ref("apps.StatefulSetStatus"), "The most recently observed status of the StatefulSet. Read-only."),
        ]),
        OpenAPITypeDef("apps.StatefulSetSpec", "The desired state of a StatefulSet.", required: ["selector", "template"], [
            f("minReadySeconds", .int32, "Seconds a new pod must be ready to count as available. Defaults to 0."),
            f("ordinals", .free, "The numbering of the pods (start)."),
            f("persistentVolumeClaimRetentionPolicy", .free, "What happens to the claims from volumeClaimTemplates when pods are scaled down or the set is deleted."),
            f("podManagementPolicy", .string, "OrderedReady (default) or Parallel."),
            f("replicas", .int32, "The number of desired pods. Unset means 1."),
            f("revisionHistoryLimit", .int32, "How many revisions are kept. Defaults to 10."),
            f("selector", .ref("meta.LabelSelector"), "Selects the pods; must match the template's labels."),
            f("serviceName", .string, "The headless service that gives the pods their network identity."),
            f("template", .ref("core.PodTemplateSpec"), "The pods to create."),
            f("updateStrategy", .ref("apps.StatefulSetUpdateStrategy"), "How pods are replaced when the template changes."),
            f("volumeClaimTemplates", .array(.free), "PersistentVolumeClaims created for every pod.").atomic(),
        ]),
        OpenAPITypeDef("apps.StatefulSetUpdateStrategy", "How a StatefulSet replaces its pods.", [
            f("rollingUpdate", .free, "Parameters of a RollingUpdate: partition and maxUnavailable."),
            f("type", .string, "RollingUpdate (default) or OnDelete."),
        ]),
        OpenAPITypeDef("apps.StatefulSetStatus", "The observed state of a StatefulSet.", required: ["replicas"], [
            f("availableReplicas", .int32, "Pods ready for at least minReadySeconds."),
            f("collisionCount", .int32, "Counts revision hash collisions."),
            f("conditions", .array(.free), "The StatefulSet's conditions.").merge("type"),
            f("currentReplicas", .int32, "Pods of the currentRevision."),
            f("currentRevision", .string, "The revision the pods below the partition run."),
            f("observedGeneration", .int64, "The metadata.generation the controller last acted on."),
            f("readyReplicas", .int32, "Pods with the Ready condition."),
            f("replicas", .int32, "Pods created by the controller."),
            f("updateRevision", .string, "The revision of the current template."),
            f("updatedReplicas", .int32, "Pods of the updateRevision."),
        ]),
        OpenAPITypeDef("apps.DaemonSet", "A DaemonSet runs one copy of a pod on every (selected) node.", objectHeader() + [
            f("spec", .ref("apps.DaemonSetSpec"), "The desired behaviour of the DaemonSet."),
            f("status", .ref("apps.DaemonSetStatus"), "The most recently observed status of the DaemonSet. Read-only."),
        ]),
        OpenAPITypeDef("apps.DaemonSetSpec", "The desired state of a DaemonSet.", required: ["selector", "template"], [
            f("minReadySeconds", .int32, "Seconds a new pod must be ready to count as available. Defaults to 0."),
            f("revisionHistoryLimit", .int32, "How many old revisions are kept. Defaults to 10."),
            f("selector", .ref("meta.LabelSelector"), "Selects the pods; must match the template's labels."),
            f("template", .ref("core.PodTemplateSpec"), "The pod run on each node."),
            f("updateStrategy", .ref("apps.DaemonSetUpdateStrategy"), "How pods are replaced when the template changes."),
        ]),
        OpenAPITypeDef("apps.DaemonSetUpdateStrategy", "How a DaemonSet replaces its pods.", [
            f("rollingUpdate", .free, "Parameters of a RollingUpdate: maxSurge and maxUnavailable."),
            f("type", .string, "RollingUpdate (default) or OnDelete."),
        ]),
        OpenAPITypeDef("apps.DaemonSetStatus", "The observed state of a DaemonSet.",
                       required: ["currentNumberScheduled", "numberMisscheduled", "desiredNumberScheduled", "numberReady"], [
            f("collisionCount", .int32, "Counts revision hash collisions."),
            f("conditions", .array(.free), "The DaemonSet's conditions.").merge("type"),
            f("currentNumberScheduled", .int32, "Nodes running at least one daemon pod that should."),
            f("desiredNumberScheduled", .int32, "Nodes that should run the daemon pod."),
            f("numberAvailable", .int32, "Nodes whose daemon pod is available."),
            f("numberMisscheduled", .int32, "Nodes running the daemon pod that should not."),
            f("numberReady", .int32, "Nodes whose daemon pod is ready."),
            f("numberUnavailable", .int32, "Nodes whose daemon pod is not available."),
            f("observedGeneration", .int64, "The metadata.generation the controller last acted on."),
            f("updatedNumberScheduled", .int32, "Nodes running the current daemon pod."),
        ]),
        OpenAPITypeDef("apps.ControllerRevision", "A ControllerRevision is an immutable snapshot of a workload's template, for rollbacks.",
                       required: ["revision"], objectHeader() + [
            f("data", .ref("runtime.RawExtension"), "The serialized state."),
            f("revision", .int64, "The revision number."),
        ]),
        OpenAPITypeDef("core.ReplicationController", "A ReplicationController keeps a number of pods running; the older form of ReplicaSet.", objectHeader() + [
            f("spec", .ref("core.ReplicationControllerSpec"), "The desired behaviour of the controller."),
            f("status", .free, "The most recently observed status: replicas, readyReplicas, availableReplicas, conditions. Read-only."),
        ]),
        OpenAPITypeDef("core.ReplicationControllerSpec", "The desired state of a ReplicationController.", [
            f("minReadySeconds", .int32, "Seconds a new pod must be ready to count as available. Defaults to 0."),
            f("replicas", .int32, "The number of desired pods. Unset means 1."),
            f("selector", .map(.string), "Labels of the pods counted against replicas; the template's labels when empty."),
            f("template", .ref("core.PodTemplateSpec"), "The pods created when too few exist."),
        ]),
        OpenAPITypeDef("policy.PodDisruptionBudget", "A PodDisruptionBudget limits how many pods of a set voluntary disruptions (evictions) may take down at once.", objectHeader() + [
            f("spec", .ref("policy.PodDisruptionBudgetSpec"), "The desired budget."),
            f("status", .ref("policy.PodDisruptionBudgetStatus"), "The current state of the budget. Read-only."),
        ]),
        OpenAPITypeDef("policy.PodDisruptionBudgetSpec", "The desired budget.", [
            f("maxUnavailable", .ref("intstr.IntOrString"), "The most selected pods (or percentage) that may be unavailable after an eviction."),
            f("minAvailable", .ref("intstr.IntOrString"), "The fewest selected pods (or percentage) that must stay available after an eviction."),
            f("selector", .ref("meta.LabelSelector"), "Selects the pods the budget covers."),
            f("unhealthyPodEvictionPolicy", .string, "When unhealthy pods may be evicted: IfHealthyBudget or AlwaysAllow."),
        ]),
        OpenAPITypeDef("policy.PodDisruptionBudgetStatus", "The observed state of a budget.",
                       required: ["disruptionsAllowed", "currentHealthy", "desiredHealthy", "expectedPods"], [
            f("conditions", .array(.free), "The budget's conditions.").merge("type"),
            f("currentHealthy", .int32, "Healthy pods now."),
            f("desiredHealthy", .int32, "Healthy pods needed."),
            f("disruptedPods", .map(.ref("meta.Time")), "Pods being evicted, by name, with the eviction time."),
            f("disruptionsAllowed", .int32, "Disruptions allowed now."),
            f("expectedPods", .int32, "Pods counted by the budget."),
            f("observedGeneration", .int64, "The generation the controller last acted on."),
        ]),
    ]
}
