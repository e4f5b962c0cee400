import API
import JSON

/// upstream `PodControllerRefManager.ClaimPods` (`pkg/controller/controller_ref_manager.go`) for the
/// controllers that keep Pods by selector: keeps the Pods `owner` controls that still match, releases
/// those that stopped matching (removing its reference), and adopts matching orphans `adoptable`
/// accepts unless the owner is being deleted. Pods controlled by someone else are left alone.
struct PodClaims {
    let client: Client
    let pods: ResourceInfo
    let informer: SharedInformer
    let lister: Lister

    /// The claims helper over `context`'s Pods; nil when Pods are not served.
    static func over(_ context: ControllerContext) -> PodClaims? {
        guard let pods = context.resource("", "v1", "pods") else { return nil }
        return PodClaims(client: context.client, pods: pods, informer: context.informers.informer(for: pods),
                         lister: context.informers.lister(for: pods))
    }

    /// The candidates: the Pods `selector` matches in the owner's namespace and those it
    /// controls whatever their labels (found through the owner-UID index).
    func candidates(of owner: JSON, selector: LabelSelector) -> [JSON] {
        guard let uid = owner.uid else { return [] }
        var found = lister.list(namespace: owner.namespace, labels: selector)
        let seen = Set(found.compactMap(\.objectKey))
        found += informer.keys(index: Indexes.ownerUID, value: uid).filter { !seen.contains($0) }
            .compactMap(lister.get).filter { $0.controllerRef?.uid == uid }
        return found
    }

    /// The Pods `owner` controls after claiming `candidates`. `stillOwner` is upstream's
    /// `RecheckDeletionTimestamp`: asked once, before the first adoption.
    func claim(_ owner: JSON, ref: OwnerReference, selector: LabelSelector, _ candidates: [JSON],
               adoptable: (JSON) -> Bool = { _ in true }, stillOwner: () -> Bool) throws -> [JSON] {
        guard let uid = owner.uid else { return [] }
        var owned: [JSON] = []
        var errors: [String] = []
        var canAdopt: Bool?
        for pod in candidates {
            guard let name = pod.name else { continue }
            let matches = selector.matches(pod.labels) && adoptable(pod)
            if let controller = pod.controllerRef {
                guard controller.uid == uid else { continue }
                if matches {
                    owned.append(pod)
                    continue
                }
                // upstream ReleasePod: a strategic merge deleting our entry by its merge key.
                let patch: JSON = ["metadata": ["ownerReferences": [["$patch": "delete", "uid": .string(uid)]],
                                                "uid": .string(pod.uid ?? "")]]
                do throws(APIError) {
                    try client.patch(pods, namespace: pod.namespace, name: name, type: .strategic, patch)
                } catch {
                    if error.code != 404 && error.code != 422 { errors.append("releasing pod \(name): \(error.message)") }
                }
                continue
            }
            guard matches, !owner.isBeingDeleted, !pod.isBeingDeleted else { continue }
            if canAdopt == nil { canAdopt = stillOwner() }
            guard canAdopt == true else { continue }
            // upstream AdoptPod: our controller reference, guarded by the Pod's UID.
            let patch: JSON = ["metadata": ["ownerReferences": [ref.json], "uid": .string(pod.uid ?? "")]]
            do throws(APIError) {
                owned.append(try client.patch(pods, namespace: pod.namespace, name: name, type: .strategic, patch))
            } catch {
                if error.code != 404 { errors.append("adopting pod \(name): \(error.message)") }
            }
        }
        if !errors.isEmpty { throw ReconcileError(errors.joined(separator: "; ")) }
        return owned
    }
}
