import API
import JSON

/// A StatefulSet's `volumeClaimTemplates` (upstream `getPersistentVolumeClaims`): one
/// PersistentVolumeClaim per template and ordinal, named `<claim>-<set>-<ordinal>`, created before the
/// Pod and kept after it by the default `Retain` policies; `persistentVolumeClaimRetentionPolicy`
/// `whenDeleted: Delete` makes the set their owner, `whenScaled: Delete` hands a condemned ordinal's
/// claims to its Pod (upstream `updateClaimOwnerRefForSetAndPod`), and the garbage collector does the
/// rest. kubeling has no storage provisioner, so the claims stay Pending; the simulated kubelet does
/// not wait for them.
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
            if policy(set, "whenDeleted") == "Delete", let uid = set.uid {
                meta["ownerReferences"] = [ownerRef(kind: "StatefulSet", apiVersion: "apps/v1", name: set.name ?? "", uid: uid)]
            }
            return ["apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": .object(meta),
                    "spec": template["spec"] ?? .object(JSONObject())]
        }
    }

    /// A field of `spec.persistentVolumeClaimRetentionPolicy` (`Retain` by default).
    static func policy(_ set: JSON, _ field: String) -> String {
        set[path: ["spec", "persistentVolumeClaimRetentionPolicy", field]]?.stringValue ?? "Retain"
    }

    /// upstream `setOwnerRef`: a plain (not controller) owner reference.
    static func ownerRef(kind: String, apiVersion: String, name: String, uid: String) -> JSON {
        ["apiVersion": .string(apiVersion), "kind": .string(kind), "name": .string(name), "uid": .string(uid)]
    }
}
