import API
import Foundation
import JSON

/// Keeps every APIService's `Available` condition (kube-aggregator's availability controllers): local
/// APIServices are `Local`; one backed by a Service is available when that Service exists and its
/// Endpoints have a ready address on the APIService's port (`AvailabilityCheck`). Reacts to the
/// APIServices, Services and Endpoints it depends on, and writes the status only when it changed.
public final class APIServiceAvailabilityController: Controller, @unchecked Sendable {
    // Invariant: all stored properties are immutable after init.
    public let queue: WorkQueue
    private let context: ControllerContext
    private let apiServices: ResourceInfo?
    private let services: ResourceInfo?
    private let endpoints: ResourceInfo?

    public init(context: ControllerContext) {
        self.context = context
        apiServices = context.resource("apiregistration.k8s.io", "v1", "apiservices")
        services = context.resource("", "v1", "services")
        endpoints = context.resource("", "v1", "endpoints")
        let box = WeakBox<APIServiceAvailabilityController>()
        queue = WorkQueue(name: "apiservice-availability", clock: context.clock, log: context.log) { key in
            try box.value?.sync(key) ?? .done
        }
        box.value = self
        guard let apiServices, let services, let endpoints else { return }
        context.informers.informer(for: apiServices).addHandler { [queue] event in
            if let name = event.object.name { queue.add(ObjectKey(namespace: nil, name: name)) }
        }
        // Few APIServices exist: a Service or Endpoints change looks them all over for the ones it backs.
        let lister = context.informers.lister(for: apiServices)
        let backing: @Sendable (InformerEvent) -> Void = { [queue] event in
            guard let ns = event.object.namespace, let name = event.object.name else { return }
            for svc in lister.list() where svc[path: ["spec", "service", "namespace"]]?.stringValue == ns
                && svc[path: ["spec", "service", "name"]]?.stringValue == name {
                if let key = svc.name { queue.add(ObjectKey(namespace: nil, name: key)) }
            }
        }
        context.informers.informer(for: services).addHandler(backing)
        context.informers.informer(for: endpoints).addHandler(backing)
    }

    func sync(_ key: ObjectKey) throws -> ReconcileResult {
        guard let apiServices, let services, let endpoints,
              let apiService = context.informers.lister(for: apiServices).get(key) else { return .done }
        var service: JSON?
        var serviceEndpoints: JSON?
        if let ns = apiService[path: ["spec", "service", "namespace"]]?.stringValue,
           let name = apiService[path: ["spec", "service", "name"]]?.stringValue {
            let ref = ObjectKey(namespace: ns, name: name)
            service = context.informers.lister(for: services).get(ref)
            serviceEndpoints = context.informers.lister(for: endpoints).get(ref)
        }
        let check = AvailabilityCheck.evaluate(apiService: apiService, service: service, endpoints: serviceEndpoints)
        var status = apiService["status"] ?? .object(JSONObject())
        if case .object = status {} else { status = .object(JSONObject()) }
        status["conditions"] = check.conditions(replacing: status["conditions"],
                                                now: ObjectMeta.timestamp(context.clock.now()))
        do throws(APIError) {
            try context.client.writeStatus(apiServices, of: apiService, status)
        } catch {
            if error.code == 409 { return .requeue(after: 0) }
            throw ReconcileError("apiservice \(key.name): \(error.message)")
        }
        return .done
    }
}
