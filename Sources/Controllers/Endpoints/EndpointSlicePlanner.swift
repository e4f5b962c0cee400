import API
import Foundation
import JSON

/// A slice the planner wants written: a new one (no name: created with `generateName`) or an existing
/// one changed.
struct PlannedSlice {
    /// The existing object when updating; nil to create.
    var base: JSON?
    var addressType: String
    var ports: [SlicePort]
    var endpoints: [SliceEndpoint]
    var labels: [String: String]

    var name: String? { base?.name }

    /// The object to send, with the trigger-time annotation set (or removed when there is none), as
    /// upstream's `addTriggerTimeAnnotation` does before every create and update. Empty lists are
    /// written as null, which is how upstream's slices read back (protobuf storage drops them).
    func object(service: ServiceView, triggerTime: Date?) -> JSON {
        var o: JSON = base ?? ["apiVersion": "discovery.k8s.io/v1", "kind": "EndpointSlice",
                               "metadata": ["generateName": .string(service.name + "-"),
                                            "namespace": .string(service.namespace)]]
        if base == nil {
            o[path: ["metadata", "ownerReferences"]] = [EndpointSliceDesiredState.ownerReference(service).json]
        }
        o[path: ["metadata", "labels"]] = EndpointsDesiredState.map(labels)
        var annotations = o.annotations
        annotations[EndpointsDesiredState.triggerTimeAnnotation] = triggerTime.map(ObjectMeta.timestamp)
        o[path: ["metadata", "annotations"]] = annotations.isEmpty ? nil : EndpointsDesiredState.map(annotations)
        o["addressType"] = .string(addressType)
        o["endpoints"] = endpoints.isEmpty ? .null : .array(endpoints.map(\.json))
        o["ports"] = ports.isEmpty ? .null : .array(ports.map(\.json))
        return o
    }
}

/// What one sync writes: slices to create, to update and to delete.
struct SlicePlan {
    var create: [PlannedSlice] = []
    var update: [PlannedSlice] = []
    var delete: [SliceView] = []
}

/// upstream's EndpointSlice `Reconciler` (`reconcileByAddressType`, `reconcileByPortMapping` and the
/// merging half of `finalize`), as a pure function from the desired groups and the existing slices to a
/// plan. Existing slices keep the endpoints that are still wanted (updated in place when their
/// conditions, node, zone or target changed); the rest fill slices being updated anyway, fullest first,
/// then one unchanged slice they fit in, then new slices of at most `maxEndpointsPerSlice`. A Service
/// with nothing to publish keeps one empty placeholder slice. Creates reuse slices about to be deleted.
enum EndpointSlicePlanner {
    static func plan(service: ServiceView, addressType: String, groups: [EndpointSliceDesiredState.Group],
                     existing: [SliceView], max: Int = EndpointSliceDesiredState.maxEndpointsPerSlice) -> SlicePlan {
        var plan = SlicePlan()
        var existingByPorts: [[SlicePort]: [SliceView]] = [:]
        for slice in existing {
            if slice.isOwned(by: service) {
                existingByPorts[SlicePort.groupKey(slice.ports), default: []].append(slice)
            } else {
                plan.delete.append(slice)
            }
        }
        var desiredKeys = Set<[SlicePort]>()
        for group in groups {
            let key = SlicePort.groupKey(group.ports)
            desiredKeys.insert(key)
            let part = planPorts(service: service, addressType: addressType, existing: existingByPorts[key] ?? [],
                                 desired: group.endpoints, ports: group.ports, max: max)
            plan.create += part.create
            plan.update += part.update
            plan.delete += part.delete
        }
        // Port sets no longer wanted: their slices go (in the order they were listed).
        for slice in existing where slice.isOwned(by: service) && !desiredKeys.contains(SlicePort.groupKey(slice.ports)) {
            plan.delete.append(slice)
        }
        // Nothing to publish: one placeholder, kept if it is already the only slice.
        if existing.count == plan.delete.count && plan.create.isEmpty {
            let labels = EndpointSliceDesiredState.labels([:], service: service).labels
            if plan.delete.count == 1, isPlaceholder(plan.delete[0], service: service, addressType: addressType, labels: labels) {
                plan.delete = []
            } else {
                plan.create.append(PlannedSlice(base: nil, addressType: addressType, ports: [], endpoints: [], labels: labels))
            }
        }
        // upstream `finalize`: a create becomes an update of an owned slice of the same type about to go.
        var i = 0
        while i < plan.delete.count, let last = plan.create.last {
            let victim = plan.delete[i]
            if victim.addressType == last.addressType && victim.isOwned(by: service) {
                var reused = last
                reused.base = victim.object
                plan.create.removeLast()
                plan.update.append(reused)
                plan.delete.remove(at: i)
            } else {
                i += 1
            }
        }
        return plan
    }

    /// upstream `placeholderSliceCompare`: same labels, owner, address type, and no ports or endpoints.
    private static func isPlaceholder(_ slice: SliceView, service: ServiceView, addressType: String,
                                      labels: [String: String]) -> Bool {
        slice.labels == labels && slice.object.ownerReferences == [EndpointSliceDesiredState.ownerReference(service)]
            && slice.addressType == addressType && slice.ports.isEmpty && slice.endpoints.isEmpty
    }

    /// upstream `reconcileByPortMapping` for one port set.
    private static func planPorts(service: ServiceView, addressType: String, existing: [SliceView], desired: EndpointSet,
                                  ports: [SlicePort], max: Int) -> SlicePlan {
        var desired = desired
        var plan = SlicePlan()
        var toUpdate: [PlannedSlice] = []
        var unchanged: [SliceView] = []
        // 1. Keep what is still wanted; note what changed.
        for slice in existing {
            let current = slice.endpoints
            var kept: [SliceEndpoint] = []
            var changed = false
            for endpoint in current {
                guard let wanted = desired.get(endpoint.key) else { continue }
                kept.append(wanted)
                if !wanted.equalBeyondKey(endpoint) { changed = true }
                desired.remove(endpoint.key)
            }
            let (labels, labelsChanged) = EndpointSliceDesiredState.labels(slice.labels, service: service)
            if changed || kept.count != current.count {
                if kept.isEmpty {
                    plan.delete.append(slice)
                } else {
                    toUpdate.append(PlannedSlice(base: slice.object, addressType: slice.addressType, ports: slice.ports,
                                                 endpoints: kept, labels: labels))
                }
            } else if labelsChanged {
                toUpdate.append(PlannedSlice(base: slice.object, addressType: slice.addressType, ports: slice.ports,
                                             endpoints: kept, labels: labels))
            } else {
                unchanged.append(slice)
            }
        }
        // 2. Fill the slices being updated anyway, fullest first.
        if !desired.isEmpty {
            let order = toUpdate.indices.sorted { toUpdate[$0].endpoints.count > toUpdate[$1].endpoints.count }
            for i in order {
                while toUpdate[i].endpoints.count < max, let endpoint = desired.popFirst() {
                    toUpdate[i].endpoints.append(endpoint)
                }
            }
        }
        // 3. The rest: into the unchanged slice closest to full that takes them all, or new slices.
        while !desired.isEmpty {
            var slice: PlannedSlice
            if desired.count < max, let i = sliceToFill(unchanged, adding: desired.count, max: max) {
                let chosen = unchanged.remove(at: i)
                slice = PlannedSlice(base: chosen.object, addressType: chosen.addressType, ports: chosen.ports,
                                     endpoints: chosen.endpoints,
                                     labels: EndpointSliceDesiredState.labels(chosen.labels, service: service).labels)
            } else {
                slice = PlannedSlice(base: nil, addressType: addressType, ports: ports, endpoints: [],
                                     labels: EndpointSliceDesiredState.labels([:], service: service).labels)
            }
            while slice.endpoints.count < max, let endpoint = desired.popFirst() { slice.endpoints.append(endpoint) }
            if slice.base == nil { plan.create.append(slice) } else { toUpdate.append(slice) }
        }
        plan.update = toUpdate
        return plan
    }

    /// upstream `getSliceToFill`: the slice that adding `count` endpoints brings closest to full.
    private static func sliceToFill(_ slices: [SliceView], adding count: Int, max: Int) -> Int? {
        var closest: (index: Int, diff: Int)?
        for (i, slice) in slices.enumerated() {
            let diff = max - (count + slice.endpoints.count)
            if diff >= 0 && diff < (closest?.diff ?? max) {
                closest = (i, diff)
                if diff == 0 { break }
            }
        }
        return closest?.index
    }
}
