import API
import JSON

/// The patches the garbage collector sends (upstream `patch.go`), as pure functions.
enum OwnerPatches {
    /// Strategic merge patch deleting the references to `owners` from the object `uid` (upstream
    /// `GenerateDeleteOwnerRefStrategicMergeBytes`: `$patch: delete` by the `uid` merge key; the object's
    /// own UID rides along so the patch cannot land on a namesake, since a UID cannot change).
    static func deleteReferences(to owners: [String], of uid: String) -> JSON {
        let refs = owners.map { owner -> JSON in ["$patch": "delete", "uid": .string(owner)] }
        return ["metadata": ["ownerReferences": .array(refs), "uid": .string(uid)]]
    }

    /// Strategic merge patch turning every blocking reference of `node`'s object into a non-blocking
    /// one (upstream `unblockOwnerReferencesStrategicMergePatch`), used to break a foreground cycle.
    static func unblockReferences(_ owners: [OwnerReference], of uid: String) -> JSON? {
        let blocking = owners.filter(\.blockOwnerDeletion)
        guard !blocking.isEmpty else { return nil }
        let refs = blocking.map { ref -> JSON in
            var json = ref.json
            json["blockOwnerDeletion"] = false
            return json
        }
        return ["metadata": ["ownerReferences": .array(refs), "uid": .string(uid)]]
    }

    /// Merge patch leaving `finalizers` on the object at `resourceVersion` (upstream `removeFinalizer`:
    /// the resourceVersion makes it fail with a conflict if the object changed meanwhile).
    static func setFinalizers(_ finalizers: [String], resourceVersion: String) -> JSON {
        ["metadata": ["resourceVersion": .string(resourceVersion),
                      "finalizers": finalizers.isEmpty ? .null : .array(finalizers.map(JSON.string))]]
    }
}
