import API
import JSON

/// The Pod a replica set creates from its template (upstream `controller.GetPodFromTemplate`): labels,
/// annotations and finalizers from the template's metadata, `generateName` "<owner>-", the controller
/// reference, and the template's `spec`. The Registry fills the name (five characters of upstream's
/// alphabet after the prefix), the namespace, and the Pod defaults.
enum PodTemplate {
    /// Why a template cannot make Pods (upstream `CreatePods`' check).
    static let noLabels = "unable to create pods, no labels"

    /// The Pod for `owner`'s `spec.template`; nil when the template has no labels.
    static func pod(for owner: JSON, controllerRef: OwnerReference) -> JSON? {
        let template = owner[path: ["spec", "template"]]
        guard let labels = template?[path: ["metadata", "labels"]], labels.objectValue?.isEmpty == false else {
            return nil
        }
        var meta: JSONObject = ["generateName": .string(namePrefix(owner.name ?? "")), "labels": labels,
                                "ownerReferences": [controllerRef.json]]
        if let a = template?[path: ["metadata", "annotations"]], a.objectValue?.isEmpty == false { meta["annotations"] = a }
        if let f = template?[path: ["metadata", "finalizers"]], f.arrayValue?.isEmpty == false { meta["finalizers"] = f }
        return ["apiVersion": "v1", "kind": "Pod", "metadata": .object(meta),
                "spec": template?["spec"] ?? .object(JSONObject())]
    }

    /// upstream `getPodsPrefix`: "<name>-" unless that is no valid generateName (longer than a DNS
    /// subdomain allows), then the bare name.
    static func namePrefix(_ ownerName: String) -> String {
        ownerName.utf8.count + 1 > 253 ? ownerName : ownerName + "-"
    }
}
