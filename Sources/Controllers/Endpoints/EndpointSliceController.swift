import API
import Foundation
import JSON

/// Keeps the EndpointSlices (`discovery.k8s.io/v1`) of every Service with a selector (upstream's
/// endpointslice controller, `pkg/controller/endpointslice` over `k8s.io/endpointslice`): slices
/// `<service>-<5 chars>` owned by the Service, labelled with its name and this controller, at most 100
/// endpoints each, one per Pod with its conditions (`ready`, `serving`, `terminating`: a deleted Pod
/// stays, terminating, until it is gone), grouped by the ports their targets resolve to.
///
/// The key is the Service's. Service and Pod events enqueue as for Endpoints (`ServiceMembership`);
/// changes to this controller's slices made by someone else enqueue their Service, its own writes do
/// not (upstream's `EndpointSliceTracker`, by resourceVersion here).
public final class EndpointSliceController: Controller, @unchecked Sendable {
    // Invariant: all stored properties are immutable after init (the trackers guard themselves).
    public let queue: WorkQueue
    let context: ControllerContext
    let recorder: EventRecorder
    let slices: ResourceInfo?
    let serviceLister: Lister?
    let podLister: Lister?
    let sliceLister: Lister?
    let nodeLister: Lister?
    let triggerTimes = TriggerTimeTracker()
    let ownWrites = OwnWrites()

    /// upstream `--concurrent-service-endpoint-syncs` default.
    static let workers = 5

    public init(context: ControllerContext) {
        self.context = context
        recorder = context.recorder("endpoint-slice-controller")
        let services = context.resource("", "v1", "services")
        let pods = context.resource("", "v1", "pods")
        let nodes = context.resource("", "v1", "nodes")
        slices = context.resource("discovery.k8s.io", "v1", "endpointslices")
        serviceLister = services.map(context.informers.lister(for:))
        podLister = pods.map(context.informers.lister(for:))
        sliceLister = slices.map(context.informers.lister(for:))
        nodeLister = nodes.map(context.informers.lister(for:))
        let box = WeakBox<EndpointSliceController>()
        queue = WorkQueue(name: "endpointslice", workers: Self.workers, clock: context.clock, log: context.log) { key in
            try box.value?.sync(key) ?? .done
        }
        box.value = self
        guard let services, let pods, let slices, let serviceLister else { return }
        context.informers.informer(for: services).addHandler { [queue] event in
            if let key = event.object.objectKey { queue.add(key) }
        }
        context.informers.informer(for: pods).addHandler { [queue] event in
            ServiceMembership.services(for: event, in: serviceLister).forEach(queue.add)
        }
        context.informers.informer(for: slices).addHandler { [weak self] event in self?.sliceChanged(event) }
    }

    // MARK: slice events (upstream onEndpointSliceAdd / Update / Delete)

    private func sliceChanged(_ event: InformerEvent) {
        switch event {
        case .added(let slice):
            if Self.isManaged(slice) && !ownWrites.isOwn(slice) { enqueueService(of: slice) }
        case .updated(let old, let new):
            let name = EndpointSliceDesiredState.serviceNameLabel
            if old.labels[name] != new.labels[name] {
                enqueueService(of: old)
                enqueueService(of: new)
            } else if Self.isManaged(old) != Self.isManaged(new) || (Self.isManaged(new) && !ownWrites.isOwn(new)) {
                enqueueService(of: new)
            }
        case .deleted(let slice):
            if Self.isManaged(slice) && !ownWrites.deleted(slice) { enqueueService(of: slice) }
        }
    }

    static func isManaged(_ slice: JSON) -> Bool {
        slice.labels[EndpointSliceDesiredState.managedByLabel] == EndpointSliceDesiredState.controllerName
    }

    /// upstream `ServiceControllerKey`: the Service the slice's label names.
    private func enqueueService(of slice: JSON) {
        guard let name = slice.labels[EndpointSliceDesiredState.serviceNameLabel], !name.isEmpty,
              let namespace = slice.namespace else { return }
        queue.add(ObjectKey(namespace: namespace, name: name))
    }

    // MARK: sync

    /// One pass over a Service (upstream `syncService` and `Reconciler.Reconcile`).
    func sync(_ key: ObjectKey) throws -> ReconcileResult {
        guard let slices, let serviceLister, let podLister, let sliceLister, let nodeLister,
              let namespace = key.namespace else { return .done }
        let managed = ServiceView.selector([EndpointSliceDesiredState.serviceNameLabel: key.name,
                                            EndpointSliceDesiredState.managedByLabel: EndpointSliceDesiredState.controllerName])
        // Slices being deleted are left out, so that a slow deletion does not hold the controller up.
        let existing = sliceLister.list(namespace: namespace, labels: managed).filter { !$0.isBeingDeleted }.map(SliceView.init)
        guard let object = serviceLister.get(key) else {
            triggerTimes.delete(key)
            // upstream leaves the slices of a deleted Service to the garbage collector (they are owned by
            // it); deleting them here too keeps them from lingering where no collector runs.
            try delete(existing, slices, namespace: namespace, key: key)
            return .done
        }
        let service = ServiceView(object)
        guard service.hasManagedEndpoints, let selector = service.podSelector else { return .done }
        let pods = podLister.list(namespace: namespace, labels: selector)
        let triggerTime = triggerTimes.compute(key, service: object, pods: pods)

        let types = EndpointSliceDesiredState.addressTypes(service)
        var plan = SlicePlan()
        var missingNodes: [String] = []
        plan.delete = existing.filter { !types.contains($0.addressType) }
        for type in types {
            let desired = EndpointSliceDesiredState.groups(for: service, pods: pods, addressType: type) { node in
                node.isEmpty ? nil : nodeLister.get(ObjectKey(namespace: nil, name: node))
            }
            missingNodes += desired.missingNodes
            let part = EndpointSlicePlanner.plan(service: service, addressType: type, groups: desired.groups,
                                                 existing: existing.filter { $0.addressType == type })
            plan.create += part.create
            plan.update += part.update
            plan.delete += part.delete
        }
        var errors: [String] = []
        do {
            try write(plan, service: service, triggerTime: triggerTime, slices)
        } catch {
            errors.append("\(error)")
        }
        errors += missingNodes.map { "skipping Pod for Service \(key): Node \($0) Not Found" }
        if !errors.isEmpty {
            let message = "Error updating Endpoint Slices for Service \(key): \(errors.joined(separator: ", "))"
            recorder.event(object, .warning, reason: "FailedToUpdateEndpointSlices", message: message)
            throw ReconcileError(message)
        }
        return .done
    }

    /// upstream `finalize`: creates (none while the Service is being deleted, not to race the garbage
    /// collector), then updates with the cached resourceVersion (a conflict retries), then deletes.
    private func write(_ plan: SlicePlan, service: ServiceView, triggerTime: Date?, _ slices: ResourceInfo) throws {
        let namespace = service.namespace
        if !service.object.isBeingDeleted {
            let objects = plan.create.map { $0.object(service: service, triggerTime: triggerTime) }
            for result in context.client.createAll(slices, namespace: namespace, objects) {
                switch result {
                case .success(let created):
                    ownWrites.wrote(created)
                case .failure(let error):
                    // A terminating namespace refuses every create: drop the work.
                    if error.isNamespaceTerminating { return }
                    throw ReconcileError("failed to create EndpointSlice for Service \(namespace)/\(service.name): \(error.message)")
                }
            }
        }
        for slice in plan.update {
            let name = slice.name ?? ""
            do throws(APIError) {
                let updated = try context.client.update(slices, namespace: namespace, name: name,
                                                        slice.object(service: service, triggerTime: triggerTime))
                ownWrites.wrote(updated)
            } catch {
                throw ReconcileError("failed to update \(name) EndpointSlice for Service \(namespace)/\(service.name): \(error.message)")
            }
        }
        try delete(plan.delete, slices, namespace: namespace, key: ObjectKey(namespace: namespace, name: service.name))
    }

    /// Deletes slices, a slice already gone being no failure.
    private func delete(_ victims: [SliceView], _ slices: ResourceInfo, namespace: String, key: ObjectKey) throws {
        for slice in victims {
            ownWrites.deleting(slice.object)
            do throws(APIError) {
                try context.client.delete(slices, namespace: namespace, name: slice.name)
            } catch {
                if error.code != 404 {
                    throw ReconcileError("failed to delete \(slice.name) EndpointSlice for Service \(key): \(error.message)")
                }
            }
        }
    }
}
