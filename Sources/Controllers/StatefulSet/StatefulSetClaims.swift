import API
import JSON

/// A StatefulSet's `volumeClaimTemplates` (upstream `getPersistentVolumeClaims`): one
/// PersistentVolumeClaim per template and ordinal, named `<claim>-<set>-<ordinal>`, created before the
/// Pod and kept after it (the default `Retain` policies). kubeling has no storage provisioner, so
/// the claims stay Pending; the simulated kubelet does not wait for them.
enum StatefulSetClaims {
    /// The claim templates.
    static func templates(_ set: JSON) -> [JSON] { set[path: ["spec", "volumeClaimTemplates"]]?.arrayValue ?? [] }

    /// upstream `getPersistentVolumeClaimName`.
    static func claimName(claim: String, set: String, ordinal: Int) -> String { "\(claim)-\(set)-\(ordinal)" }

    /// The claims of `ordinal`: the template's metadata and spec, its name and namespace, and the
    /// set's `matchLabels` added to its labels (upstream `updateClaimLabels`... the selector labels).
    static func claims(set: JSON, ordinal: Int) -> [JSON] {
        let selectorLabels = set[path: ["spec", "selector", "matchLabels"]]?.objectValue ?? JSONObject()
        return templates(set).map { template in
            var meta = template["metadata"]?.objectValue ?? JSONObject()
            meta["name"] = .string(claimName(claim: template.name ?? "", set: set.name ?? "", ordinal: ordinal))
            meta["namespace"] = nil
            var labels = meta["labels"]?.objectValue ?? JSONObject()
            for (k, v) in selectorLabels { labels[k] = v }
            meta["labels"] = labels.isEmpty ? nil : .object(labels)
            return ["apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": .object(meta),
                    "spec": template["spec"] ?? .object(JSONObject())]
        }
    }
}
