import API
import Foundation
import JSON

/// Keeps an `Endpoints` object beside every Service with a selector (upstream's endpoint controller,
/// `pkg/controller/endpoint`): the addresses of the Pods it selects, ready and not ready, with the ports
/// their targets resolve to; deletes it when the Service goes. Services without a selector, and
/// `ExternalName` ones, are left alone: their Endpoints belong to whoever writes them.
///
/// The key is the Service's. Service events enqueue it; Pod events enqueue every Service whose
/// selector matches the Pod's old or new labels, so a Pod that stops being ready leaves the ready
/// addresses at once; a deleted Endpoints object is written again.
public final class EndpointsController: Controller, @unchecked Sendable {
    // Invariant: all stored properties are immutable after init (the tracker guards itself).
    public let queue: WorkQueue
    let context: ControllerContext
    let recorder: EventRecorder
    let endpoints: ResourceInfo?
    let serviceLister: Lister?
    let podLister: Lister?
    let endpointsLister: Lister?
    let triggerTimes = TriggerTimeTracker()

    /// upstream `--concurrent-endpoint-syncs` default.
    static let workers = 5

    public init(context: ControllerContext) {
        self.context = context
        recorder = context.recorder("endpoint-controller")
        let services = context.resource("", "v1", "services")
        let pods = context.resource("", "v1", "pods")
        endpoints = context.resource("", "v1", "endpoints")
        serviceLister = services.map(context.informers.lister(for:))
        podLister = pods.map(context.informers.lister(for:))
        endpointsLister = endpoints.map(context.informers.lister(for:))
        let box = WeakBox<EndpointsController>()
        queue = WorkQueue(name: "endpoint", workers: Self.workers, clock: context.clock, log: context.log) { key in
            try box.value?.sync(key) ?? .done
        }
        box.value = self
        guard let services, let pods, let endpoints, let serviceLister, let endpointsLister else { return }
        context.informers.informer(for: services).addHandler { [queue] event in
            if let key = event.object.objectKey { queue.add(key) }
        }
        context.informers.informer(for: pods).addHandler { [queue] event in
            ServiceMembership.services(for: event, in: serviceLister).forEach(queue.add)
        }
        // A deleted Endpoints object of a Service with a selector is written again.
        context.informers.informer(for: endpoints).addHandler { [queue] event in
            if case .deleted(let ep) = event, let key = ep.objectKey { queue.add(key) }
        }
        // upstream `checkLeftoverEndpoints`: once at start, every Endpoints object is looked at, so that
        // those whose Service went while the controller was down are deleted. The lister reads the store,
        // which is complete already.
        for ep in endpointsLister.list() where ep.annotations[Self.leaderElectionAnnotation] == nil {
            if let key = ep.objectKey { queue.add(key) }
        }
    }

    /// upstream `resourcelock.LeaderElectionRecordAnnotationKey`: Endpoints used as a leader-election
    /// lock have no Service and are kept.
    static let leaderElectionAnnotation = "control-plane.alpha.kubernetes.io/leader"

    /// One pass over a Service (upstream `syncService`).
    func sync(_ key: ObjectKey) throws -> ReconcileResult {
        guard let endpoints, let serviceLister, let podLister, let endpointsLister,
              let namespace = key.namespace else { return .done }
        guard let object = serviceLister.get(key) else {
            // The Service is gone: so are its Endpoints.
            do throws(APIError) {
                try context.client.delete(endpoints, namespace: namespace, name: key.name)
            } catch {
                if error.code != 404 { throw ReconcileError("endpoint \(key): deleting: \(error.message)") }
            }
            triggerTimes.delete(key)
            return .done
        }
        let service = ServiceView(object)
        guard service.hasManagedEndpoints, let selector = service.podSelector else { return .done }
        let pods = podLister.list(namespace: namespace, labels: selector)
        // Computed on every pass so that the tracker follows the Pods even when nothing is written.
        let triggerTime = triggerTimes.compute(key, service: object, pods: pods)
        let subsets = EndpointsDesiredState.subsets(for: service, pods: pods)
        let current = endpointsLister.get(key)
        if let current, EndpointsDesiredState.isUpToDate(current, service: service, subsets: subsets) { return .done }
        let desired = EndpointsDesiredState.endpoints(current: current, service: service, subsets: subsets,
                                                     triggerTime: triggerTime)
        try write(desired, creating: current == nil, service: service, endpoints)
        return .done
    }

    /// Creates or updates (with the cached resourceVersion: a conflict retries) the Endpoints; a failure
    /// is recorded as upstream does, except a create refused because the namespace is terminating,
    /// which is dropped (creates would go on failing).
    private func write(_ desired: JSON, creating: Bool, service: ServiceView, _ endpoints: ResourceInfo) throws {
        do throws(APIError) {
            if creating {
                try context.client.create(endpoints, namespace: service.namespace, desired)
            } else {
                try context.client.update(endpoints, namespace: service.namespace, name: service.name, desired)
            }
        } catch {
            if creating && error.isNamespaceTerminating { return }
            let what = "\(service.namespace)/\(service.name)"
            if creating {
                recorder.event(desired, .warning, reason: "FailedToCreateEndpoint",
                               message: "Failed to create endpoint for service \(what): \(error.message)")
            } else {
                recorder.event(desired, .warning, reason: "FailedToUpdateEndpoint",
                               message: "Failed to update endpoint \(what): \(error.message)")
            }
            throw ReconcileError("endpoint \(what): \(error.message)")
        }
    }
}
