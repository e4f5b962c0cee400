import API
import Foundation
import JSON

/// Keeps the `kubernetes` Service in `default` pointing at the API server, as kube-apiserver does for
/// itself (upstream `pkg/controlplane/controller/kubernetesservice` and the endpoint reconciler's
/// `EndpointsAdapter`): the Service (recreated if deleted) has port `https` 443 targeting the server's
/// port; its Endpoints (labelled `endpointslice.kubernetes.io/skip-mirror: "true"`) and its EndpointSlice
/// `kubernetes` (labelled only with the Service name) hold the server's address and port. The Service
/// has no selector, so the endpoint controllers leave it alone.
///
/// Only the process that serves HTTP knows its address and port: `kubeling serve` adds
/// `KubernetesServiceEndpoints.factory(address:port:)` to its controllers once it listens.
public final class KubernetesServiceEndpoints: Controller, @unchecked Sendable {
    // Invariant: all stored properties are immutable after init.
    public let queue: WorkQueue
    /// The address published for the API server.
    public let address: String
    /// The API server's port.
    public let port: Int
    let context: ControllerContext
    let services: ResourceInfo?
    let endpoints: ResourceInfo?
    let slices: ResourceInfo?

    static let key = ObjectKey(namespace: "default", name: "kubernetes")
    /// upstream `discovery.LabelSkipMirror`.
    static let skipMirrorLabel = "endpointslice.kubernetes.io/skip-mirror"
    /// The first address of the service range (`10.96.0.0/12`), which upstream gives this Service.
    static let clusterIP = "10.96.0.1"

    /// The controller for a server listening on `address` (an unspecified address, such as 0.0.0.0,
    /// publishes the loopback one: the address the simulated nodes reach it on) and `port`.
    public static func factory(address: String, port: Int) -> ControllerManager.Factory {
        { KubernetesServiceEndpoints(context: $0, address: address, port: port) }
    }

    public init(context: ControllerContext, address: String, port: Int) {
        self.context = context
        self.address = ["", "0.0.0.0", "::", "[::]"].contains(address) ? "127.0.0.1" : address
        self.port = port
        services = context.resource("", "v1", "services")
        endpoints = context.resource("", "v1", "endpoints")
        slices = context.resource("discovery.k8s.io", "v1", "endpointslices")
        let box = WeakBox<KubernetesServiceEndpoints>()
        queue = WorkQueue(name: "kubernetes-service", clock: context.clock, log: context.log) { _ in
            try box.value?.sync() ?? .done
        }
        box.value = self
        for resource in [services, endpoints, slices].compactMap({ $0 }) {
            context.informers.informer(for: resource).addHandler { [queue] event in
                let o = event.object
                guard o.namespace == Self.key.namespace,
                      o.name == Self.key.name || o.labels[EndpointSliceDesiredState.serviceNameLabel] == Self.key.name
                else { return }
                queue.add(Self.key)
            }
        }
        queue.add(Self.key)
    }

    private var addressType: String { PodEndpointRules.isIPv6(address) ? "IPv6" : "IPv4" }

    /// One pass: the Service, then its Endpoints, then its EndpointSlice, each written only when it differs.
    func sync() throws -> ReconcileResult {
        guard let services, let endpoints, let slices else { return .done }
        try write { () throws(APIError) in try syncService(services) }
        try write { () throws(APIError) in try syncEndpoints(endpoints) }
        try write { () throws(APIError) in try syncSlice(slices) }
        return .done
    }

    private func write(_ body: () throws(APIError) -> Void) throws {
        do throws(APIError) {
            try body()
        } catch {
            throw ReconcileError("kubernetes service: \(error.message)")
        }
    }

    /// upstream `CreateOrUpdateMasterServiceIfNeeded` with reconciling on: the ports and type fixed.
    private func syncService(_ services: ResourceInfo) throws(APIError) {
        let ports: JSON = [["name": "https", "protocol": "TCP", "port": 443, "targetPort": .int(Int64(port))]]
        guard let current = context.client.get(services, namespace: "default", name: Self.key.name) else {
            let service: JSON = [
                "apiVersion": "v1", "kind": "Service",
                "metadata": ["name": "kubernetes", "labels": ["component": "apiserver", "provider": "kubernetes"]],
                "spec": ["type": "ClusterIP", "clusterIP": .string(Self.clusterIP), "ipFamilyPolicy": "SingleStack",
                         "sessionAffinity": "None", "ports": ports],
            ]
            try context.client.create(services, namespace: "default", service)
            return
        }
        if current[path: ["spec", "ports"]] == ports && current[path: ["spec", "type"]] == "ClusterIP" { return }
        try context.client.patch(services, namespace: "default", name: Self.key.name,
                                 ["spec": ["type": "ClusterIP", "ports": ports]])
    }

    /// upstream `EndpointsAdapter.updateEndpoints`: one subset with the server's address and port.
    private func syncEndpoints(_ endpoints: ResourceInfo) throws(APIError) {
        let labels: JSON = [Self.skipMirrorLabel: "true"]
        let subsets: JSON = [["addresses": [["ip": .string(address)]],
                              "ports": [["name": "https", "port": .int(Int64(port)), "protocol": "TCP"]]]]
        guard var current = context.client.get(endpoints, namespace: "default", name: Self.key.name) else {
            try context.client.create(endpoints, namespace: "default", [
                "apiVersion": "v1", "kind": "Endpoints", "metadata": ["name": "kubernetes", "labels": labels],
                "subsets": subsets,
            ])
            return
        }
        if current["subsets"] == subsets && current[path: ["metadata", "labels"]] == labels { return }
        current["subsets"] = subsets
        current[path: ["metadata", "labels"]] = labels
        try context.client.update(endpoints, namespace: "default", name: Self.key.name, current)
    }

    /// upstream `EndpointsAdapter.updateEndpointSlice`: the slice `kubernetes` with one ready endpoint;
    /// other slices labelled for the Service are deleted.
    private func syncSlice(_ slices: ResourceInfo) throws(APIError) {
        let labels: JSON = [EndpointSliceDesiredState.serviceNameLabel: "kubernetes"]
        let endpoints: JSON = [["addresses": [.string(address)], "conditions": ["ready": true]]]
        let ports: JSON = [["name": "https", "port": .int(Int64(port)), "protocol": "TCP"]]
        let lister = context.informers.lister(for: slices)
        let all = lister.list(namespace: "default", labels: ServiceView.selector(["kubernetes.io/service-name": "kubernetes"]))
        var current: JSON?
        for slice in all {
            if slice.name == Self.key.name && slice["addressType"]?.stringValue == addressType {
                current = slice
                continue
            }
            do throws(APIError) {
                try context.client.delete(slices, namespace: "default", name: slice.name ?? "")
            } catch {
                if error.code != 404 { throw error }
            }
        }
        guard var current else {
            try context.client.create(slices, namespace: "default", [
                "apiVersion": "discovery.k8s.io/v1", "kind": "EndpointSlice",
                "metadata": ["name": "kubernetes", "labels": labels],
                "addressType": .string(addressType), "endpoints": endpoints, "ports": ports,
            ])
            return
        }
        if current["endpoints"] == endpoints && current["ports"] == ports && current[path: ["metadata", "labels"]] == labels {
            return
        }
        current["endpoints"] = endpoints
        current["ports"] = ports
        current[path: ["metadata", "labels"]] = labels
        try context.client.update(slices, namespace: "default", name: Self.key.name, current)
    }
}
