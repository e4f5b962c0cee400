// Field numbers from k8s.io/api/apps/v1 and batch/v1 generated.proto (status messages omitted).
extension ProtobufSchema {
    static let apps: [String: ProtoMessage] = [
        "apps.Deployment": [1: .msg("metadata", "meta.ObjectMeta"), 2: .msg("spec", "apps.DeploymentSpec")],
        "apps.DeploymentSpec": [
            1: .int32("replicas"), 2: .ptr("selector", "meta.LabelSelector"),
            3: .msg("template", "core.PodTemplateSpec"), 4: .msg("strategy", "apps.DeploymentStrategy"),
            5: .int32z("minReadySeconds"), 6: .int32("revisionHistoryLimit"), 7: .boolz("paused"),
            9: .int32("progressDeadlineSeconds"), 10: .string("podReplacementPolicy"),
        ],
        "apps.DeploymentStrategy": [1: .string("type"), 2: .msg("rollingUpdate", "apps.RollingUpdate")],
        // RollingUpdateDeployment and RollingUpdateDaemonSet: {1: maxUnavailable, 2: maxSurge}.
        "apps.RollingUpdate": [1: .intOrString("maxUnavailable"), 2: .intOrString("maxSurge")],
        "apps.ReplicaSet": [1: .msg("metadata", "meta.ObjectMeta"), 2: .msg("spec", "apps.ReplicaSetSpec")],
        "apps.ReplicaSetSpec": [
            1: .int32("replicas"), 4: .int32z("minReadySeconds"), 2: .ptr("selector", "meta.LabelSelector"),
            3: .msg("template", "core.PodTemplateSpec"),
        ],
        "apps.DaemonSet": [1: .msg("metadata", "meta.ObjectMeta"), 2: .msg("spec", "apps.DaemonSetSpec")],
        "apps.DaemonSetSpec": [
            1: .ptr("selector", "meta.LabelSelector"), 2: .msg("template", "core.PodTemplateSpec"),
            3: .msg("updateStrategy", "apps.DaemonSetUpdateStrategy"), 4: .int32z("minReadySeconds"),
            6: .int32("revisionHistoryLimit"),
        ],
        "apps.DaemonSetUpdateStrategy": [1: .string("type"), 2: .msg("rollingUpdate", "apps.RollingUpdate")],
    ]

    static let batch: [String: ProtoMessage] = [
        "batch.Job": [1: .msg("metadata", "meta.ObjectMeta"), 2: .msg("spec", "batch.JobSpec")],
        "batch.JobSpec": [
            1: .int32("parallelism"), 2: .int32("completions"), 3: .int64("activeDeadlineSeconds"),
            11: .msg("podFailurePolicy", "batch.PodFailurePolicy"), 16: .msg("successPolicy", "batch.SuccessPolicy"),
            7: .int32("backoffLimit"), 12: .int32("backoffLimitPerIndex"), 13: .int32("maxFailedIndexes"),
            4: .ptr("selector", "meta.LabelSelector"), 5: .bool("manualSelector"),
            6: .msg("template", "core.PodTemplateSpec"), 8: .int32("ttlSecondsAfterFinished"),
            9: .string("completionMode"), 10: .bool("suspend"), 14: .string("podReplacementPolicy"),
            15: .string("managedBy"),
        ],
        "batch.PodFailurePolicy": [1: .msgs("rules", "batch.PodFailurePolicyRule")],
        "batch.PodFailurePolicyRule": [
            1: .string("action"), 2: .msg("onExitCodes", "batch.PodFailurePolicyOnExitCodesRequirement"),
            3: .msgs("onPodConditions", "batch.PodFailurePolicyOnPodConditionsPattern"),
        ],
        "batch.PodFailurePolicyOnExitCodesRequirement": [
            1: .string("containerName"), 2: .string("operator"), 3: .int32s("values"),
        ],
        "batch.PodFailurePolicyOnPodConditionsPattern": [1: .string("type"), 2: .string("status")],
        "batch.SuccessPolicy": [1: .msgs("rules", "batch.SuccessPolicyRule")],
        "batch.SuccessPolicyRule": [1: .string("succeededIndexes"), 2: .int32("succeededCount")],
        "batch.CronJob": [1: .msg("metadata", "meta.ObjectMeta"), 2: .msg("spec", "batch.CronJobSpec")],
        "batch.CronJobSpec": [
            1: .string("schedule"), 8: .string("timeZone"), 2: .int64("startingDeadlineSeconds"),
            3: .string("concurrencyPolicy"), 4: .bool("suspend"), 5: .msg("jobTemplate", "batch.JobTemplateSpec"),
            6: .int32("successfulJobsHistoryLimit"), 7: .int32("failedJobsHistoryLimit"),
        ],
        "batch.JobTemplateSpec": [1: .msg("metadata", "meta.ObjectMeta"), 2: .msg("spec", "batch.JobSpec")],
    ]
}
