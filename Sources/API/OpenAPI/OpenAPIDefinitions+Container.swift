/// core/v1 Container and the types it uses: ports, environment, resources, probes, lifecycle hooks.
extension OpenAPIDefinitions {
    /// The fields of Container, shared with EphemeralContainer.
    static let containerFields: [OpenAPIField] = [
        f("args", .array(.string), "Arguments to the entrypoint; the image's CMD when empty. $(VAR) references are expanded from the environment.").atomic(),
        f("command", .array(.string), "The entrypoint array, not run in a shell; the image's ENTRYPOINT when empty.").atomic(),
        f("env", .array(.ref("core.EnvVar")), "Environment variables set in the container.").merge("name"),
        f("envFrom", .array(.ref("core.EnvFromSource")), "Sources whose keys all become environment variables. Explicit env entries win.").atomic(),
        f("image", .string, "The container image name."),
        f("imagePullPolicy", .string, "Always, Never or IfNotPresent. Defaults to Always for the :latest tag, else IfNotPresent."),
        f("lifecycle", .ref("core.Lifecycle"), "Actions run right after the container starts and right before it stops."),
        f("livenessProbe", .ref("core.Probe"), "A periodic probe of liveness; the container is restarted when it fails."),
        f("name", .string, "The container's name, a DNS label unique within the pod. Cannot be updated."),
        f("ports", .array(.ref("core.ContainerPort")), "Ports the container exposes. Informational: any port the process listens on is reachable.")
            .merge("containerPort", listMap: false).listMap(["containerPort", "protocol"]),
        f("readinessProbe", .ref("core.Probe"), "A periodic probe of readiness; the pod is removed from service endpoints while it fails."),
        f("resources", .ref("core.ResourceRequirements"), "Compute resources the container requests and is limited to."),
        f("restartPolicy", .string, "For init containers only: Always makes it a sidecar that keeps running."),
        f("securityContext", .ref("core.SecurityContext"), "Container-level security options; override the pod's securityContext."),
        f("startupProbe", .ref("core.Probe"), "A probe that must succeed before the other probes start."),
        f("stdin", .boolean, "Allocate a buffer for stdin in the container runtime."),
        f("stdinOnce", .boolean, "Close stdin after the first attach session ends."),
        f("terminationMessagePath", .string, "The file whose contents become the termination message. Defaults to /dev/termination-log."),
        f("terminationMessagePolicy", .string, "File (default) or FallbackToLogsOnError."),
        f("tty", .boolean, "Allocate a TTY; needs stdin."),
        f("volumeDevices", .array(.ref("core.VolumeDevice")), "Block devices the container uses.").merge("devicePath"),
        f("volumeMounts", .array(.ref("core.VolumeMount")), "Volumes mounted into the container's filesystem.").merge("mountPath"),
        f("workingDir", .string, "The working directory; the image's default when empty."),
    ]

    static let container: [OpenAPITypeDef] = [
        OpenAPITypeDef("core.Container", "A single application container that runs in a pod.", required: ["name"], containerFields),
        OpenAPITypeDef("core.EphemeralContainer", "A temporary container added to a running pod for debugging.", required: ["name"],
                       containerFields + [f("targetContainerName", .string, "The container whose namespaces this container joins.")]),
        OpenAPITypeDef("core.ContainerPort", "One network port of a container.", required: ["containerPort"], [
            f("containerPort", .int32, "The port number on the pod's IP address, 0 < x < 65536."),
            f("hostIP", .string, "The host IP to bind an exposed host port to."),
            f("hostPort", .int32, "The port number to expose on the host."),
            f("name", .string, "An IANA_SVC_NAME unique within the pod; services can refer to the port by it."),
            f("protocol", .string, "TCP (default), UDP or SCTP."),
        ]),
        OpenAPITypeDef("core.EnvVar", "One environment variable.", required: ["name"], [
            f("name", .string, "The variable's name."),
            f("value", .string, "The value; $(VAR) references to earlier variables are expanded. Defaults to empty."),
            f("valueFrom", .ref("core.EnvVarSource"), "Where the value comes from; cannot be used with value."),
        ]),
        OpenAPITypeDef("core.EnvVarSource", "The source of an environment variable's value.", [
            f("configMapKeyRef", .ref("core.ConfigMapKeySelector"), "A key of a ConfigMap."),
            f("fieldRef", .ref("core.ObjectFieldSelector"), "A field of the pod: metadata.name, metadata.namespace, status.podIP, …"),
            f("resourceFieldRef", .ref("core.ResourceFieldSelector"), "A resource limit or request of a container."),
            f("secretKeyRef", .ref("core.SecretKeySelector"), "A key of a Secret."),
        ]),
        OpenAPITypeDef("core.ConfigMapKeySelector", "Selects one key of a ConfigMap.", required: ["key"], [
            f("key", .string, "The key to select."),
            f("name", .string, "Name of the ConfigMap."),
            f("optional", .boolean, "Whether the ConfigMap or the key may be missing."),
        ]),
        OpenAPITypeDef("core.SecretKeySelector", "Selects one key of a Secret.", required: ["key"], [
            f("key", .string, "The key to select."),
            f("name", .string, "Name of the Secret."),
            f("optional", .boolean, "Whether the Secret or the key may be missing."),
        ]),
        OpenAPITypeDef("core.ObjectFieldSelector", "Selects a field of the pod.", required: ["fieldPath"], [
            f("apiVersion", .string, "The schema version fieldPath is written in. Defaults to v1."),
            f("fieldPath", .string, "The path of the field."),
        ]),
        OpenAPITypeDef("core.ResourceFieldSelector", "Selects a resource of a container: limits.cpu, requests.memory, …", required: ["resource"], [
            f("containerName", .string, "The container; required for volumes."),
            f("divisor", .ref("resource.Quantity"), "The unit the value is expressed in. Defaults to 1."),
            f("resource", .string, "The resource to select."),
        ]),
        OpenAPITypeDef("core.EnvFromSource", "A ConfigMap or Secret whose keys become environment variables.", [
            f("configMapRef", .ref("core.ConfigMapEnvSource"), "The ConfigMap to read."),
            f("prefix", .string, "A prefix added to every key."),
            f("secretRef", .ref("core.SecretEnvSource"), "The Secret to read."),
        ]),
        OpenAPITypeDef("core.ConfigMapEnvSource", "A ConfigMap used as a set of environment variables.", [
            f("name", .string, "Name of the ConfigMap."),
            f("optional", .boolean, "Whether the ConfigMap may be missing."),
        ]),
        OpenAPITypeDef("core.SecretEnvSource", "A Secret used as a set of environment variables.", [
            f("name", .string, "Name of the Secret."),
            f("optional", .boolean, "Whether the Secret may be missing."),
        ]),
        OpenAPITypeDef("core.ResourceRequirements", "Compute resources a container requests and is limited to.", [
            f("claims", .array(.ref("core.ResourceClaim")), "Dynamically allocated resources the container uses.").listMap(["name"]),
            f("limits", .map(.ref("resource.Quantity")), "The most of each resource the container may use."),
            f("requests", .map(.ref("resource.Quantity")), "The least of each resource the container needs; defaults to the limits when omitted."),
        ]),
        OpenAPITypeDef("core.ResourceClaim", "A reference to a resource claim of the pod.", required: ["name"], [
            f("name", .string, "The name of an entry in the pod's resourceClaims."),
            f("request", .string, "The request within the claim."),
        ]),
        OpenAPITypeDef("core.VolumeMount", "A volume mounted into a container.", required: ["name", "mountPath"], [
            f("mountPath", .string, "The path inside the container; must not contain ':'."),
            f("mountPropagation", .string, "How mounts propagate between host and container: None, HostToContainer or Bidirectional."),
            f("name", .string, "The name of the pod volume."),
            f("readOnly", .boolean, "Mount read-only. Defaults to false."),
            f("subPath", .string, "A path inside the volume to mount instead of its root."),
            f("subPathExpr", .string, "Like subPath, with $(VAR) expansion from the environment."),
        ]),
        OpenAPITypeDef("core.VolumeDevice", "A raw block volume mapped into a container.", required: ["name", "devicePath"], [
            f("devicePath", .string, "The path of the device inside the container."),
            f("name", .string, "The name of the pod's persistentVolumeClaim volume."),
        ]),
        OpenAPITypeDef("core.Probe", "A health check run against a container.", [
            f("exec", .ref("core.ExecAction"), "Runs a command; exit status 0 is success."),
            f("failureThreshold", .int32, "Consecutive failures after a success that count as failed. Defaults to 3."),
            f("grpc", .ref("core.GRPCAction"), "Calls the gRPC health service."),
            f("httpGet", .ref("core.HTTPGetAction"), "Sends an HTTP GET; a 2xx or 3xx status is success."),
            f("initialDelaySeconds", .int32, "Seconds after the container starts before the first probe."),
            f("periodSeconds", .int32, "Seconds between probes. Defaults to 10."),
            f("successThreshold", .int32, "Consecutive successes after a failure that count as success. Defaults to 1."),
            f("tcpSocket", .ref("core.TCPSocketAction"), "Opens a TCP connection."),
            f("terminationGracePeriodSeconds", .int64, "Grace period for the container when the probe fails, overriding the pod's."),
            f("timeoutSeconds", .int32, "Seconds before a probe times out. Defaults to 1."),
        ]),
        OpenAPITypeDef("core.ExecAction", "A command run inside the container.", [
            f("command", .array(.string), "The command line; not run in a shell.").atomic(),
        ]),
        OpenAPITypeDef("core.HTTPGetAction", "An HTTP GET request.", required: ["port"], [
            f("host", .string, "The host to connect to; defaults to the pod IP."),
            f("httpHeaders", .array(.ref("core.HTTPHeader")), "Extra request headers.").atomic(),
            f("path", .string, "The path to request."),
            f("port", .ref("intstr.IntOrString"), "The port number or name."),
            f("scheme", .string, "HTTP (default) or HTTPS."),
        ]),
        OpenAPITypeDef("core.HTTPHeader", "One HTTP header.", required: ["name", "value"], [
            f("name", .string, "The header name."),
            f("value", .string, "The header value."),
        ]),
        OpenAPITypeDef("core.TCPSocketAction", "A TCP connection attempt.", required: ["port"], [
            f("host", .string, "The host to connect to; defaults to the pod IP."),
            f("port", .ref("intstr.IntOrString"), "The port number or name."),
        ]),
        OpenAPITypeDef("core.GRPCAction", "A gRPC health check.", required: ["port"], [
            f("port", .int32, "The port number."),
            f("service", .string, "The service name passed to the health check."),
        ]),
        OpenAPITypeDef("core.Lifecycle", "Hooks the kubelet runs around a container's life.", [
            f("postStart", .ref("core.LifecycleHandler"), "Runs right after the container is created; the container restarts if it fails."),
            f("preStop", .ref("core.LifecycleHandler"), "Runs before the container is terminated."),
        ]),
        OpenAPITypeDef("core.LifecycleHandler", "One action of a lifecycle hook.", [
            f("exec", .ref("core.ExecAction"), "Runs a command."),
            f("httpGet", .ref("core.HTTPGetAction"), "Sends an HTTP GET."),
            f("sleep", .free, "Sleeps for a number of seconds."),
            f("tcpSocket", .ref("core.TCPSocketAction"), "Deprecated; kept for compatibility."),
        ]),
        OpenAPITypeDef("core.SecurityContext", "Security options of one container.", [
            f("allowPrivilegeEscalation", .boolean, "Whether a process can gain more privileges than its parent."),
            f("capabilities", .ref("core.Capabilities"), "Linux capabilities to add and drop."),
            f("privileged", .boolean, "Run as privileged: equivalent to root on the host. Defaults to false."),
            f("procMount", .string, "The kind of /proc mount: Default or Unmasked."),
            f("readOnlyRootFilesystem", .boolean, "Mount the root filesystem read-only."),
            f("runAsGroup", .int64, "The primary group of the container process."),
            f("runAsNonRoot", .boolean, "Require the container to run as a non-root user."),
            f("runAsUser", .int64, "The user ID the container process runs as."),
            f("seccompProfile", .free, "The seccomp profile of the container."),
            f("seLinuxOptions", .free, "The SELinux context of the container."),
        ]),
        OpenAPITypeDef("core.Capabilities", "Linux capabilities added to and dropped from a container.", [
            f("add", .array(.string), "Capabilities to add.").atomic(),
            f("drop", .array(.string), "Capabilities to drop.").atomic(),
        ]),
    ]
}
