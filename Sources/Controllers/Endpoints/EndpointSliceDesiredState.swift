import API
import Foundation
import JSON

/// What the EndpointSlices of a Service should hold (upstream `k8s.io/endpointslice` `utils.go` and the
/// first half of `reconcileByAddressType`), without I/O.
enum EndpointSliceDesiredState {
    /// upstream `--max-endpoints-per-slice` default.
    static let maxEndpointsPerSlice = 100
    /// upstream `ControllerName`, the value of the managed-by label.
    static let controllerName = "endpointslice-controller.k8s.io"
    /// upstream `discovery.LabelServiceName`.
    static let serviceNameLabel = "kubernetes.io/service-name"
    /// upstream `discovery.LabelManagedBy`.
    static let managedByLabel = "endpointslice.kubernetes.io/managed-by"
    /// upstream `v1.LabelTopologyZone`.
    static let zoneLabel = "topology.kubernetes.io/zone"

    /// The endpoints that share one set of ports.
    struct Group {
        var ports: [SlicePort]
        var endpoints = EndpointSet()
    }

    /// upstream `getAddressTypesForService`: from `spec.ipFamilies`; without families, the family of the
    /// cluster IP, or both for a headless Service.
    static func addressTypes(_ service: ServiceView) -> [String] {
        var types: [String] = []
        for family in service.ipFamilies where family == "IPv4" || family == "IPv6" {
            if !types.contains(family) { types.append(family) }
        }
        if !types.isEmpty { return types }
        if service.isIPSet { return [PodEndpointRules.isIPv6(service.clusterIP) ? "IPv6" : "IPv4"] }
        return ["IPv4", "IPv6"]
    }

    /// The desired endpoints of `addressType`, grouped by port set in the order first met, and the
    /// nodes Pods named that do not exist. upstream: every Pod that should be in the endpoints,
    /// terminating ones included; a Pod whose node is missing is skipped (and the sync retried) unless
    /// the Service publishes not-ready addresses; a Pod with no address of the type is left out.
    static func groups(for service: ServiceView, pods: [JSON], addressType: String,
                       node: (String) -> JSON?) -> (groups: [Group], missingNodes: [String]) {
        var groups: [Group] = []
        var index: [[SlicePort]: Int] = [:]
        var missing: [String] = []
        for pod in pods where PodEndpointRules.shouldBeInEndpoints(pod, includeTerminating: true) {
            let ports = endpointPorts(service, pod)
            let key = SlicePort.groupKey(ports)
            let nodeName = PodEndpointRules.nodeName(pod) ?? ""
            let nodeObject = node(nodeName)
            if nodeObject == nil && !service.publishNotReadyAddresses {
                missing.append(nodeName)
                continue
            }
            let endpoint = self.endpoint(pod, node: nodeObject, service: service, addressType: addressType)
            let i: Int
            if let existing = index[key] {
                i = existing
            } else {
                i = groups.count
                index[key] = i
                groups.append(Group(ports: ports))
            }
            if !endpoint.addresses.isEmpty { groups[i].endpoints.insert(endpoint) }
        }
        return (groups, missing)
    }

    /// upstream `podToEndpoint`: `serving` is readiness, `terminating` the deletion, and `ready` is
    /// never true for a terminating Pod unless the Service publishes not-ready addresses.
    static func endpoint(_ pod: JSON, node: JSON?, service: ServiceView, addressType: String) -> SliceEndpoint {
        let serving = Pod(pod).isReady
        let terminating = pod.isBeingDeleted
        let zone = node?.labels[zoneLabel].flatMap { $0.isEmpty ? nil : $0 }
        return SliceEndpoint(
            addresses: PodEndpointRules.podIPs(pod).filter { PodEndpointRules.isIPv6($0) == (addressType == "IPv6") },
            ready: service.publishNotReadyAddresses || (serving && !terminating), serving: serving,
            terminating: terminating, hostname: PodEndpointRules.hostname(pod, for: service),
            targetRef: PodEndpointRules.targetRef(pod), nodeName: PodEndpointRules.nodeName(pod), zone: zone)
    }

    /// upstream `getEndpointPorts`: one port per Service port whose target the Pod resolves, named as the
    /// Service port (even when that name is empty).
    static func endpointPorts(_ service: ServiceView, _ pod: JSON) -> [SlicePort] {
        service.ports.compactMap { servicePort in
            PodEndpointRules.findPort(pod, servicePort).map {
                SlicePort(name: servicePort.name, port: $0, protocol: servicePort.protocol,
                          appProtocol: servicePort.appProtocol)
            }
        }
    }

    /// upstream `setEndpointSliceLabels`: the Service's labels, except the reserved ones, plus the
    /// headless label when the Service has no cluster IP, its name and the managed-by label; and whether
    /// the slice's non-reserved labels differ from the Service's (changes to reserved labels alone do not
    /// count, as upstream).
    static func labels(_ sliceLabels: [String: String], service: ServiceView) -> (labels: [String: String], changed: Bool) {
        let reserved: Set = [serviceNameLabel, managedByLabel, EndpointsDesiredState.headlessLabel]
        let current = sliceLabels.filter { !reserved.contains($0.key) }
        var labels = service.object.labels.filter { !reserved.contains($0.key) }
        let changed = current != labels
        if !service.isIPSet { labels[EndpointsDesiredState.headlessLabel] = "" }
        labels[serviceNameLabel] = service.name
        labels[managedByLabel] = controllerName
        return (labels, changed)
    }

    /// The owner reference every slice carries (upstream `metav1.NewControllerRef(service)`).
    static func ownerReference(_ service: ServiceView) -> OwnerReference {
        OwnerReference(apiVersion: "v1", kind: "Service", name: service.name, uid: service.uid, controller: true,
                       blockOwnerDeletion: true)
    }
}
