/// core/v1 volume sources, affinity and container status types.
extension OpenAPIDefinitions {
    static let volume: [OpenAPITypeDef] = [
        OpenAPITypeDef("core.Volume", "A named volume in a pod that its containers can mount. Exactly one source is set.", required: ["name"], [
            f("configMap", .ref("core.ConfigMapVolumeSource"), "The keys of a ConfigMap as files."),
            f("csi", .free, "A volume provided by a CSI driver."),
            f("downwardAPI", .free, "Pod fields as files."),
            f("emptyDir", .ref("core.EmptyDirVolumeSource"), "An empty directory that lives as long as the pod."),
            f("hostPath", .ref("core.HostPathVolumeSource"), "A file or directory of the node."),
            f("name", .string, "The volume's name, a DNS label unique within the pod."),
            f("nfs", .free, "An NFS mount."),
            f("persistentVolumeClaim", .ref("core.PersistentVolumeClaimVolumeSource"), "A PersistentVolumeClaim in the pod's namespace."),
            f("projected", .free, "Several sources (secrets, config maps, downward API, service account tokens) in one directory."),
            f("secret", .ref("core.SecretVolumeSource"), "The keys of a Secret as files."),
        ]),
        OpenAPITypeDef("core.ConfigMapVolumeSource", "A ConfigMap mounted as files.", [
            f("defaultMode", .int32, "Permission bits of the created files. Defaults to 0644."),
            f("items", .array(.ref("core.KeyToPath")), "Which keys to project, and where; all keys when empty.").atomic(),
            f("name", .string, "Name of the ConfigMap."),
            f("optional", .boolean, "Whether the ConfigMap may be missing."),
        ]),
        OpenAPITypeDef("core.SecretVolumeSource", "A Secret mounted as files.", [
            f("defaultMode", .int32, "Permission bits of the created files. Defaults to 0644."),
            f("items", .array(.ref("core.KeyToPath")), "Which keys to project, and where; all keys when empty.").atomic(),
            f("optional", .boolean, "Whether the Secret may be missing."),
            f("secretName", .string, "Name of the Secret."),
        ]),
        OpenAPITypeDef("core.KeyToPath", "Maps one key to a file path.", required: ["key", "path"], [
            f("key", .string, "The key to project."),
            f("mode", .int32, "Permission bits of the file."),
            f("path", .string, "The relative file path."),
        ]),
        OpenAPITypeDef("core.EmptyDirVolumeSource", "A temporary directory that shares the pod's lifetime.", [
            f("medium", .string, "The storage medium: empty for the node's default, or Memory."),
            f("sizeLimit", .ref("resource.Quantity"), "The most storage the volume may use."),
        ]),
        OpenAPITypeDef("core.HostPathVolumeSource", "A path on the node.", required: ["path"], [
            f("path", .string, "The path on the node."),
            f("type", .string, "What must exist at the path: \"\", DirectoryOrCreate, Directory, FileOrCreate, File, Socket, CharDevice, BlockDevice."),
        ]),
        OpenAPITypeDef("core.PersistentVolumeClaimVolumeSource", "A reference to a PersistentVolumeClaim.", required: ["claimName"], [
            f("claimName", .string, "Name of the claim in the pod's namespace."),
            f("readOnly", .boolean, "Mount read-only."),
        ]),
        OpenAPITypeDef("core.Affinity", "Scheduling constraints relative to nodes and other pods.", [
            f("nodeAffinity", .ref("core.NodeAffinity"), "Constraints on the node's labels."),
            f("podAffinity", .ref("core.PodAffinity"), "Pods this pod should run near."),
            f("podAntiAffinity", .ref("core.PodAntiAffinity"), "Pods this pod should run away from."),
        ]),
        OpenAPITypeDef("core.NodeAffinity", "Node affinity rules.", [
            f("preferredDuringSchedulingIgnoredDuringExecution", .array(.ref("core.PreferredSchedulingTerm")), "Weighted preferences; the scheduler favours nodes that satisfy more of them.").atomic(),
            f("requiredDuringSchedulingIgnoredDuringExecution", .ref("core.NodeSelector"), "Rules a node must satisfy for the pod to be scheduled onto it."),
        ]),
        OpenAPITypeDef("core.NodeSelector", "A union of node selector terms.", required: ["nodeSelectorTerms"], [
            f("nodeSelectorTerms", .array(.ref("core.NodeSelectorTerm")), "The terms; any one must match.").atomic(),
        ]),
        OpenAPITypeDef("core.NodeSelectorTerm", "Requirements on node labels and fields, ANDed.", [
            f("matchExpressions", .array(.ref("core.NodeSelectorRequirement")), "Requirements on node labels.").atomic(),
            f("matchFields", .array(.ref("core.NodeSelectorRequirement")), "Requirements on node fields.").atomic(),
        ]),
        OpenAPITypeDef("core.NodeSelectorRequirement", "One requirement on a node label or field.", required: ["key", "operator"], [
            f("key", .string, "The label or field key."),
            f("operator", .string, "In, NotIn, Exists, DoesNotExist, Gt or Lt."),
            f("values", .array(.string), "The values the operator compares with.").atomic(),
        ]),
        OpenAPITypeDef("core.PreferredSchedulingTerm", "A weighted node selector term.", required: ["weight", "preference"], [
            f("preference", .ref("core.NodeSelectorTerm"), "The term."),
            f("weight", .int32, "Weight in the range 1-100."),
        ]),
        OpenAPITypeDef("core.PodAffinity", "Pod affinity rules.", [
            f("preferredDuringSchedulingIgnoredDuringExecution", .array(.ref("core.WeightedPodAffinityTerm")), "Weighted preferences.").atomic(),
            f("requiredDuringSchedulingIgnoredDuringExecution", .array(.ref("core.PodAffinityTerm")), "Terms that must all hold.").atomic(),
        ]),
        OpenAPITypeDef("core.PodAntiAffinity", "Pod anti-affinity rules.", [
            f("preferredDuringSchedulingIgnoredDuringExecution", .array(.ref("core.WeightedPodAffinityTerm")), "Weighted preferences.").atomic(),
            f("requiredDuringSchedulingIgnoredDuringExecution", .array(.ref("core.PodAffinityTerm")), "Terms that must all hold.").atomic(),
        ]),
        OpenAPITypeDef("core.PodAffinityTerm", "Pods (selected by labels, in some namespaces) that must or must not share a topology domain with this pod.",
                       required: ["topologyKey"], [
            f("labelSelector", .ref("meta.LabelSelector"), "Selects the pods."),
            f("namespaceSelector", .ref("meta.LabelSelector"), "Selects the namespaces the pods are looked for in."),
            f("namespaces", .array(.string), "Namespaces the pods are looked for in; the pod's namespace when empty.").atomic(),
            f("topologyKey", .string, "The node label key that defines a domain."),
        ]),
        OpenAPITypeDef("core.WeightedPodAffinityTerm", "A weighted pod affinity term.", required: ["weight", "podAffinityTerm"], [
            f("podAffinityTerm", .ref("core.PodAffinityTerm"), "The term."),
            f("weight", .int32, "Weight in the range 1-100."),
        ]),
        OpenAPITypeDef("core.ContainerStatus", "The observed state of one container.", required: ["name", "ready", "restartCount", "image", "imageID"], [
            f("containerID", .string, "The runtime's ID of the container, as <type>://<id>."),
            f("image", .string, "The image the container runs."),
            f("imageID", .string, "The image's ID."),
            f("lastState", .ref("core.ContainerState"), "The state of the previous run, when the container restarted."),
            f("name", .string, "The container's name."),
            f("ready", .boolean, "Whether the container passes its readiness probe."),
            f("restartCount", .int32, "How many times the container has been restarted."),
            f("started", .boolean, "Whether the container passed its startup probe."),
            f("state", .ref("core.ContainerState"), "The container's current state."),
        ]),
        OpenAPITypeDef("core.ContainerState", "The state of a container: exactly one of waiting, running or terminated.", [
            f("running", .ref("core.ContainerStateRunning"), "The container is running."),
            f("terminated", .ref("core.ContainerStateTerminated"), "The container has finished."),
            f("waiting", .ref("core.ContainerStateWaiting"), "The container has not started yet."),
        ]),
        OpenAPITypeDef("core.ContainerStateRunning", "A running container.", [
            f("startedAt", .ref("meta.Time"), "When the container last started."),
        ]),
        OpenAPITypeDef("core.ContainerStateTerminated", "A finished container.", required: ["exitCode"], [
            f("containerID", .string, "The runtime's ID of the container."),
            f("exitCode", .int32, "The exit status of the last run."),
            f("finishedAt", .ref("meta.Time"), "When the container last finished."),
            f("message", .string, "A message about the termination."),
            f("reason", .string, "A brief reason, such as Completed, Error or OOMKilled."),
            f("signal", .int32, "The signal that ended the container."),
            f("startedAt", .ref("meta.Time"), "When the last run started."),
        ]),
        OpenAPITypeDef("core.ContainerStateWaiting", "A container that has not started.", [
            f("message", .string, "A message about why the container is not running."),
            f("reason", .string, "A brief reason, such as ContainerCreating, CrashLoopBackOff or ImagePullBackOff."),
        ]),
    ]
}
