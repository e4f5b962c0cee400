import API
import JSON

/// Which Services a Pod event concerns (upstream `endpointslice/util` `GetPodServiceMemberships`,
/// `GetPodUpdateProjectionKey` and `GetServicesToUpdate`), shared by both endpoint controllers: a Pod
/// added or deleted concerns every Service of its namespace whose selector matches it; an update
/// concerns them only when something endpoints show changed (readiness, deletion, IPs) or the labels
/// (or hostname and subdomain) did, and then the Services matching the old labels too.
enum ServiceMembership {
    /// The keys of the Services to sync for `event`.
    static func services(for event: InformerEvent, in services: Lister) -> Set<ObjectKey> {
        switch event {
        case .added(let pod), .deleted(let pod):
            return matching(pod.labels, namespace: pod.namespace, services)
        case .updated(let old, let new):
            // A relist's unchanged object: the Service informer answers for resyncs.
            if old.resourceVersion == new.resourceVersion { return [] }
            let (podChanged, labelsChanged) = endpointsChanged(old: old, new: new)
            if !podChanged && !labelsChanged { return [] }
            let current = matching(new.labels, namespace: new.namespace, services)
            if !labelsChanged { return current }
            let previous = matching(old.labels, namespace: old.namespace, services)
            // Only the labels changed: the Services that gained or lost the Pod; otherwise all of them.
            return podChanged ? current.union(previous) : current.symmetricDifference(previous)
        }
    }

    /// upstream `podEndpointsChanged`: whether the Pod changed in a way its endpoints show (deletion
    /// started, readiness, IPs), and whether it changed in a way that may change which Services select
    /// it (labels, hostname, subdomain). Name, namespace and UID are immutable, and the node is set
    /// before the Pod gets an IP.
    static func endpointsChanged(old: JSON, new: JSON) -> (pod: Bool, labels: Bool) {
        let labelsChanged = old.labels != new.labels
            || old[path: ["spec", "hostname"]] != new[path: ["spec", "hostname"]]
            || old[path: ["spec", "subdomain"]] != new[path: ["spec", "subdomain"]]
        let podChanged = old[path: ["metadata", "deletionTimestamp"]] != new[path: ["metadata", "deletionTimestamp"]]
            || Pod(old).isReady != Pod(new).isReady
            || PodEndpointRules.podIPs(old) != PodEndpointRules.podIPs(new)
        return (podChanged, labelsChanged)
    }

    /// The Services in `namespace` with a selector (a nil selector matches nothing) that matches `labels`.
    static func matching(_ labels: [String: String], namespace: String?, _ services: Lister) -> Set<ObjectKey> {
        guard let namespace else { return [] }
        var keys = Set<ObjectKey>()
        for service in services.list(namespace: namespace) {
            guard let selector = ServiceView(service).selector,
                  selector.allSatisfy({ labels[$0.key] == $0.value }), let key = service.objectKey else { continue }
            keys.insert(key)
        }
        return keys
    }
}
