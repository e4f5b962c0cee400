import API
import Foundation
import JSON

/// What the Endpoints object of a Service should hold (upstream `endpoints_controller.go`
/// `syncService`, without the I/O): pure, table-tested.
enum EndpointsDesiredState {
    /// upstream `maxCapacity`: addresses beyond it are truncated.
    static let maxCapacity = 1000
    /// upstream `v1.EndpointsLastChangeTriggerTime`.
    static let triggerTimeAnnotation = "endpoints.kubernetes.io/last-change-trigger-time"
    /// upstream `v1.EndpointsOverCapacity`, set to "truncated".
    static let overCapacityAnnotation = "endpoints.kubernetes.io/over-capacity"
    /// upstream `v1.IsHeadlessService`.
    static let headlessLabel = "service.kubernetes.io/headless"

    /// The repacked subsets for `service` over the Pods its selector picks: each Pod that should be in
    /// the endpoints (terminating ones only with `publishNotReadyAddresses`) gives an address with its IP
    /// of the Service's family, node and target, once per Service port its target resolves on; ready
    /// (or published anyway) into `addresses`, otherwise into `notReadyAddresses`. A headless Service
    /// without ports gets port-less addresses; one with a cluster IP and no ports gets none.
    static func subsets(for service: ServiceView, pods: [JSON]) -> [EndpointSubset] {
        var subsets: [EndpointSubset] = []
        let ports = service.ports
        let publishNotReady = service.publishNotReadyAddresses
        for pod in pods {
            guard PodEndpointRules.shouldBeInEndpoints(pod, includeTerminating: publishNotReady),
                  var address = address(for: pod, service: service) else { continue }
            address.hostname = PodEndpointRules.hostname(pod, for: service)
            let ready = publishNotReady || Pod(pod).isReady
            func add(_ ports: [EndpointPort]) {
                subsets.append(ready ? EndpointSubset(addresses: [address], ports: ports)
                                     : EndpointSubset(notReadyAddresses: [address], ports: ports))
            }
            if ports.isEmpty {
                if service.clusterIP == "None" { add([]) }
                continue
            }
            for servicePort in ports {
                guard let number = PodEndpointRules.findPort(pod, servicePort) else { continue }
                add([EndpointPort(name: servicePort.name, port: number, protocol: servicePort.protocol,
                                  appProtocol: servicePort.appProtocol)])
            }
        }
        return EndpointSubset.repack(subsets)
    }

    /// upstream `podToEndpointAddressForService`: the Pod's first IP of the Service's family (its first
    /// `ipFamilies` entry; else the family of its cluster IP; for a headless Service without families,
    /// of the Pod's IP); nil when the Pod has none.
    static func address(for pod: JSON, service: ServiceView) -> EndpointAddress? {
        let ips = PodEndpointRules.podIPs(pod)
        let wantsIPv6: Bool
        if let family = service.ipFamilies.first {
            wantsIPv6 = family == "IPv6"
        } else if service.isIPSet {
            wantsIPv6 = PodEndpointRules.isIPv6(service.clusterIP)
        } else {
            wantsIPv6 = PodEndpointRules.isIPv6(ips.first ?? "")
        }
        guard let ip = ips.first(where: { PodEndpointRules.isIPv6($0) == wantsIPv6 }) else { return nil }
        return EndpointAddress(ip: ip, nodeName: PodEndpointRules.nodeName(pod),
                               targetRef: PodEndpointRules.targetRef(pod))
    }

    /// upstream `truncateEndpoints`: above `maxCapacity` addresses, keeps ready addresses first and
    /// spreads what is kept over the subsets in proportion to their size (rounded up, the last subsets
    /// taking what is left). Returns whether anything was cut.
    static func truncate(_ subsets: inout [EndpointSubset]) -> Bool {
        let totalReady = subsets.reduce(0) { $0 + $1.addresses.count }
        let totalNotReady = subsets.reduce(0) { $0 + $1.notReadyAddresses.count }
        guard totalReady + totalNotReady > maxCapacity else { return false }
        let truncateReady = totalReady > maxCapacity
        let limit = truncateReady ? maxCapacity : maxCapacity - totalReady
        let total = truncateReady ? totalReady : totalNotReady
        var canBeAdded = limit
        for i in subsets.indices {
            let inSubset = truncateReady ? subsets[i].addresses.count : subsets[i].notReadyAddresses.count
            let share = Int((Double(inSubset) / Double(total) * Double(limit)).rounded(.up))
            let toBeAdded = min(share, canBeAdded)
            if truncateReady {
                subsets[i].addresses = Array(subsets[i].addresses.prefix(toBeAdded))
                subsets[i].notReadyAddresses = []
                canBeAdded -= subsets[i].addresses.count
            } else {
                subsets[i].notReadyAddresses = Array(subsets[i].notReadyAddresses.prefix(toBeAdded))
                canBeAdded -= subsets[i].notReadyAddresses.count
            }
        }
        return true
    }

    /// upstream `capacityAnnotationSetCorrectly`: false when the subsets need truncating, else whether
    /// the over-capacity annotation is absent.
    static func capacityAnnotationSetCorrectly(_ annotations: [String: String], _ subsets: [EndpointSubset]) -> Bool {
        if subsets.reduce(0, { $0 + $1.count }) > maxCapacity { return false }
        return annotations[overCapacityAnnotation] == nil
    }

    /// The Endpoints object to write: `current` (nil to create one) with `subsets`, the Service's labels
    /// (plus the headless label for a Service without a cluster IP), the trigger-time annotation set (or
    /// removed when there is no new trigger time) and the over-capacity annotation as truncation says.
    static func endpoints(current: JSON?, service: ServiceView, subsets: [EndpointSubset], triggerTime: Date?) -> JSON {
        var object: JSON = current ?? ["apiVersion": "v1", "kind": "Endpoints",
                                       "metadata": ["name": .string(service.name), "namespace": .string(service.namespace)]]
        var subsets = subsets
        var annotations = object.annotations
        annotations[triggerTimeAnnotation] = triggerTime.map(ObjectMeta.timestamp)
        annotations[overCapacityAnnotation] = truncate(&subsets) ? "truncated" : nil
        var labels = service.object.labels
        labels[headlessLabel] = service.isIPSet ? nil : ""
        object[path: ["metadata", "labels"]] = labels.isEmpty ? nil : Self.map(labels)
        object[path: ["metadata", "annotations"]] = annotations.isEmpty ? nil : Self.map(annotations)
        object["subsets"] = subsets.isEmpty ? nil : .array(subsets.map(\.json))
        return object
    }

    /// Whether `current` already says what the Service wants (upstream's check before writing: subsets
    /// equal ignoring target resource versions, labels equal to the Service's once the headless label is
    /// set aside, and the capacity annotation right).
    static func isUpToDate(_ current: JSON, service: ServiceView, subsets: [EndpointSubset]) -> Bool {
        var labels = current.labels
        labels[headlessLabel] = nil
        let existing = (current["subsets"]?.arrayValue ?? []).map(EndpointSubset.init)
        return existing == subsets && labels == service.object.labels
            && capacityAnnotationSetCorrectly(current.annotations, existing)
    }

    static func map(_ values: [String: String]) -> JSON {
        .object(JSONObject(values.sorted { $0.key < $1.key }.map { ($0.key, JSON.string($0.value)) }))
    }
}
