import JSON

/// Strategic-merge metadata (`patchStrategy` / `patchMergeKey` struct tags of k8s.io/api) for the
/// fields of the kinds we serve, looked up by the field path with array indices left out.
struct KubernetesPatchSchema: StrategicSchema {
    let kind: String

    /// Merge keys by the last one or two path elements; these tags are the same wherever the type
    /// appears (a PodSpec inside a Deployment template merges as in a Pod).
    static let byField: [String: PatchMeta] = [
        "containers": PatchMeta(mergeKey: "name", strategy: .merge),
        "initContainers": PatchMeta(mergeKey: "name", strategy: .merge),
        "ephemeralContainers": PatchMeta(mergeKey: "name", strategy: .merge),
        "env": PatchMeta(mergeKey: "name", strategy: .merge),
        "volumes": PatchMeta(mergeKey: "name", strategy: .mergeAndRetainKeys),
        "volumeMounts": PatchMeta(mergeKey: "mountPath", strategy: .merge),
        "volumeDevices": PatchMeta(mergeKey: "devicePath", strategy: .merge),
        "imagePullSecrets": PatchMeta(mergeKey: "name", strategy: .merge),
        "hostAliases": PatchMeta(mergeKey: "ip", strategy: .merge),
        "tolerations": PatchMeta(mergeKey: nil, strategy: .replace),
        "finalizers": PatchMeta(mergeKey: nil, strategy: .merge),
        "ownerReferences": PatchMeta(mergeKey: "uid", strategy: .merge),
        "conditions": PatchMeta(mergeKey: "type", strategy: .merge),
        "resourceClaims": PatchMeta(mergeKey: "name", strategy: .mergeAndRetainKeys),
        "topologySpreadConstraints": PatchMeta(mergeKey: "topologyKey", strategy: .merge),
        "schedulingGates": PatchMeta(mergeKey: "name", strategy: .merge),
    ]

    func meta(for path: [String]) -> PatchMeta {
        guard let last = path.last else { return PatchMeta(mergeKey: nil, strategy: .replace) }
        let parent = path.count >= 2 ? path[path.count - 2] : ""
        switch (parent, last) {
        case ("spec", "ports") where kind == "Service":
            return PatchMeta(mergeKey: "port", strategy: .merge)
        case (_, "ports"):
            // Container ports merge by containerPort.
            return PatchMeta(mergeKey: "containerPort", strategy: .merge)
        case (_, "strategy") where kind == "Deployment":
            return PatchMeta(mergeKey: nil, strategy: .retainKeys)
        case (_, "updateStrategy"):
            return PatchMeta(mergeKey: nil, strategy: .retainKeys)
        case ("status", "addresses") where kind == "Node":
            return PatchMeta(mergeKey: "type", strategy: .merge)
        default:
            break
        }
        if last == "finalizers", parent != "metadata" { return PatchMeta(mergeKey: nil, strategy: .replace) }
        return Self.byField[last] ?? PatchMeta(mergeKey: nil, strategy: .replace)
    }
}
