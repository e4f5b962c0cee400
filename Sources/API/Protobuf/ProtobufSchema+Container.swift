// Field numbers from k8s.io/api/core/v1/generated.proto: containers and what they reference.
extension ProtobufSchema {
    /// Fields shared by `Container` and `EphemeralContainerCommon` (identical numbering upstream).
    private static let containerFields: ProtoMessage = [
        1: .string("name"), 2: .string("image"), 3: .strings("command"), 4: .strings("args"),
        5: .string("workingDir"), 6: .msgs("ports", "core.ContainerPort"),
        19: .msgs("envFrom", "core.EnvFromSource"), 7: .msgs("env", "core.EnvVar"),
        8: .msg("resources", "core.ResourceRequirements"),
        23: .msgs("resizePolicy", "core.ContainerResizePolicy"), 24: .string("restartPolicy"),
        25: .msgs("restartPolicyRules", "core.ContainerRestartRule"),
        9: .msgs("volumeMounts", "core.VolumeMount"), 21: .msgs("volumeDevices", "core.VolumeDevice"),
        10: .msg("livenessProbe", "core.Probe"), 11: .msg("readinessProbe", "core.Probe"),
        22: .msg("startupProbe", "core.Probe"), 12: .msg("lifecycle", "core.Lifecycle"),
        13: .string("terminationMessagePath"), 20: .string("terminationMessagePolicy"),
        14: .string("imagePullPolicy"), 15: .msg("securityContext", "core.SecurityContext"),
        16: .boolz("stdin"), 17: .boolz("stdinOnce"), 18: .boolz("tty"),
    ]

    static let coreContainer: [String: ProtoMessage] = [
        "core.Container": containerFields,
        "core.EphemeralContainerCommon": containerFields,
        "core.EphemeralContainer": [
            1: .inline("core.EphemeralContainerCommon"), 2: .string("targetContainerName"),
        ],
        "core.ContainerPort": [
            1: .string("name"), 2: .int32z("hostPort"), 3: .int32("containerPort"), 4: .string("protocol"),
            5: .string("hostIP"),
        ],
        "core.EnvFromSource": [
            1: .string("prefix"), 2: .msg("configMapRef", "core.ConfigMapEnvSource"),
            3: .msg("secretRef", "core.SecretEnvSource"),
        ],
        "core.ConfigMapEnvSource": [1: .inline("core.LocalObjectReference"), 2: .bool("optional")],
        "core.SecretEnvSource": [1: .inline("core.LocalObjectReference"), 2: .bool("optional")],
        "core.EnvVar": [1: .string("name"), 2: .string("value"), 3: .msg("valueFrom", "core.EnvVarSource")],
        "core.EnvVarSource": [
            1: .msg("fieldRef", "core.ObjectFieldSelector"),
            2: .msg("resourceFieldRef", "core.ResourceFieldSelector"),
            3: .msg("configMapKeyRef", "core.ConfigMapKeySelector"),
            4: .msg("secretKeyRef", "core.SecretKeySelector"),
            5: .msg("fileKeyRef", "core.FileKeySelector"),
        ],
        "core.ObjectFieldSelector": [1: .string("apiVersion"), 2: .string("fieldPath")],
        "core.ResourceFieldSelector": [
            1: .string("containerName"), 2: .string("resource"), 3: .quantity("divisor"),
        ],
        "core.ConfigMapKeySelector": [
            1: .inline("core.LocalObjectReference"), 2: .string("key"), 3: .bool("optional"),
        ],
        "core.SecretKeySelector": [
            1: .inline("core.LocalObjectReference"), 2: .string("key"), 3: .bool("optional"),
        ],
        "core.FileKeySelector": [
            1: .string("volumeName"), 2: .string("path"), 3: .string("key"), 4: .bool("optional"),
        ],
        "core.LocalObjectReference": [1: .string("name")],
        "core.ResourceRequirements": [
            1: .quantities("limits"), 2: .quantities("requests"), 3: .msgs("claims", "core.ResourceClaim"),
        ],
        "core.ResourceClaim": [1: .string("name"), 2: .string("request")],
        "core.ContainerResizePolicy": [1: .string("resourceName"), 2: .string("restartPolicy")],
        "core.ContainerRestartRule": [
            1: .string("action"), 2: .msg("exitCodes", "core.ContainerRestartRuleOnExitCodes"),
        ],
        "core.ContainerRestartRuleOnExitCodes": [1: .string("operator"), 2: .int32s("values")],
        "core.VolumeMount": [
            1: .string("name"), 2: .boolz("readOnly"), 7: .string("recursiveReadOnly"), 3: .string("mountPath"),
            4: .string("subPath"), 5: .string("mountPropagation"), 6: .string("subPathExpr"),
        ],
        "core.VolumeDevice": [1: .string("name"), 2: .string("devicePath")],
        "core.Probe": [
            1: .inline("core.ProbeHandler"), 2: .int32z("initialDelaySeconds"), 3: .int32z("timeoutSeconds"),
            4: .int32z("periodSeconds"), 5: .int32z("successThreshold"), 6: .int32z("failureThreshold"),
            7: .int64("terminationGracePeriodSeconds"),
        ],
        "core.ProbeHandler": [
            1: .msg("exec", "core.ExecAction"), 2: .msg("httpGet", "core.HTTPGetAction"),
            3: .msg("tcpSocket", "core.TCPSocketAction"), 4: .msg("grpc", "core.GRPCAction"),
        ],
        "core.ExecAction": [1: .strings("command")],
        "core.HTTPGetAction": [
            1: .string("path"), 2: .intOrString("port"), 3: .string("host"), 4: .string("scheme"),
            5: .msgs("httpHeaders", "core.HTTPHeader"),
        ],
        "core.HTTPHeader": [1: .string("name"), 2: .string("value")],
        "core.TCPSocketAction": [1: .intOrString("port"), 2: .string("host")],
        "core.GRPCAction": [1: .int32("port"), 2: .string("service")],
        "core.Lifecycle": [
            1: .msg("postStart", "core.LifecycleHandler"), 2: .msg("preStop", "core.LifecycleHandler"),
            3: .string("stopSignal"),
        ],
        "core.LifecycleHandler": [
            1: .msg("exec", "core.ExecAction"), 2: .msg("httpGet", "core.HTTPGetAction"),
            3: .msg("tcpSocket", "core.TCPSocketAction"), 4: .msg("sleep", "core.SleepAction"),
        ],
        "core.SleepAction": [1: .int64("seconds")],
        "core.SecurityContext": [
            1: .msg("capabilities", "core.Capabilities"), 2: .bool("privileged"),
            3: .msg("seLinuxOptions", "core.SELinuxOptions"),
            10: .msg("windowsOptions", "core.WindowsSecurityContextOptions"), 4: .int64("runAsUser"),
            8: .int64("runAsGroup"), 5: .bool("runAsNonRoot"), 6: .bool("readOnlyRootFilesystem"),
            7: .bool("allowPrivilegeEscalation"), 9: .string("procMount"),
            11: .msg("seccompProfile", "core.SeccompProfile"), 12: .msg("appArmorProfile", "core.AppArmorProfile"),
            13: .msgs("ulimits", "core.Ulimit"),
        ],
        "core.Capabilities": [1: .strings("add"), 2: .strings("drop")],
        "core.SELinuxOptions": [1: .string("user"), 2: .string("role"), 3: .string("type"), 4: .string("level")],
        "core.WindowsSecurityContextOptions": [
            1: .string("gmsaCredentialSpecName"), 2: .string("gmsaCredentialSpec"), 3: .string("runAsUserName"),
            4: .bool("hostProcess"),
        ],
        "core.SeccompProfile": [1: .string("type"), 2: .string("localhostProfile")],
        "core.AppArmorProfile": [1: .string("type"), 2: .string("localhostProfile")],
        "core.Ulimit": [1: .string("name"), 2: .int64("hard"), 3: .int64("soft")],
    ]
}
