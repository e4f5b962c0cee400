import API
import Controllers
import Foundation
import JSON

/// Writes the addresses the host edge serves into object status:
/// - a `LoadBalancer` Service gets `status.loadBalancer.ingress[].ip` = every node's address (k3s's
///   klipper load balancer, which serves the Service's ports on each node);
/// - an Ingress a running ingress-nginx controller serves gets the controller's published address:
///   `--publish-status-address` (an `ip` when it parses as an IP, else a `hostname`, as ingress-nginx
///   writes it), else `--publish-service`'s load balancer addresses, else the addresses of the nodes
///   its Pods run on.
public final class NetworkStatusController: Controller, @unchecked Sendable {
    public let queue: WorkQueue
    private let context: ControllerContext
    private let network: ClusterNetwork
    private static let ingressKey = ObjectKey(namespace: nil, name: "ingresses")

    public init(context: ControllerContext, network: ClusterNetwork) {
        self.context = context
        self.network = network
        let box = WeakBox<NetworkStatusController>()
        queue = WorkQueue(name: "network-status", clock: context.clock, log: context.log) { key in
            try box.value?.sync(key) ?? .done
        }
        box.value = self
        if let r = context.resource("", "v1", "services") {
            context.informers.informer(for: r).addHandler { [queue] e in
                if let key = e.object.objectKey, e.object[path: ["spec", "type"]]?.stringValue == "LoadBalancer" { queue.add(key) }
                queue.add(Self.ingressKey)
            }
        }
        for (group, plural) in [("networking.k8s.io", "ingresses"), ("networking.k8s.io", "ingressclasses")] {
            guard let r = context.resource(group, "v1", plural) else { continue }
            context.informers.informer(for: r).addHandler { [queue] _ in queue.add(Self.ingressKey) }
        }
        if let r = context.resource("", "v1", "pods") {
            context.informers.informer(for: r).addHandler { [queue] e in
                if Self.mayRunIngressController(e) { queue.add(Self.ingressKey) }
            }
        }
    }

    /// The factory for a `ControllerManager`.
    public static func factory(network: ClusterNetwork) -> ControllerManager.Factory {
        { NetworkStatusController(context: $0, network: network) }
    }

    private static func mayRunIngressController(_ e: InformerEvent) -> Bool {
        let containers = e.object[path: ["spec", "containers"]]?.arrayValue ?? []
        return containers.contains { c in
            (c["args"]?.arrayValue ?? []).contains { $0.stringValue?.hasSuffix("nginx-ingress-controller") == true }
                || (c["command"]?.arrayValue ?? []).contains { $0.stringValue?.hasSuffix("nginx-ingress-controller") == true }
                || c["image"]?.stringValue?.contains("ingress-nginx") == true
        }
    }

    private func sync(_ key: ObjectKey) throws -> ReconcileResult {
        if key == Self.ingressKey { try syncIngresses() } else { try syncService(key) }
        return .done
    }

    private func syncService(_ key: ObjectKey) throws {
        guard let r = context.resource("", "v1", "services"), let svc = context.informers.lister(for: r).get(key),
              svc[path: ["spec", "type"]]?.stringValue == "LoadBalancer" else { return }
        var status = svc["status"] ?? [:]
        status["loadBalancer"] = ["ingress": .array(network.nodes.map { ["ip": .string($0.internalIP)] })]
        do throws(APIError) {
            try context.client.writeStatus(r, of: svc, status)
        } catch {
            throw ReconcileError("service \(key) status: \(error.message)")
        }
    }

    private func syncIngresses() throws {
        guard let ingR = context.resource("networking.k8s.io", "v1", "ingresses") else { return }
        var addresses: [ObjectKey: [String]] = [:]
        let (pods, _) = network.snapshot()
        for p in pods.sorted(by: { $0.name < $1.name }) where !p.terminating {
            guard let c = p.containers.first(where: { $0.program.name == "ingress-nginx" && $0.running }) else { continue }
            let config = IngressControllerConfig(argv: c.argv, namespace: p.namespace)
            let published = publishedAddresses(config, pod: p)
            for ing in network.gateway?.handled(by: config) ?? [] {
                guard let key = ing.objectKey else { continue }
                for a in published where !(addresses[key]?.contains(a) ?? false) { addresses[key, default: []].append(a) }
            }
        }
        for ing in context.informers.lister(for: ingR).list() {
            guard let key = ing.objectKey, let published = addresses[key] else { continue }
            let entries: [JSON] = published.map { IPv4.isAddress($0) ? ["ip": .string($0)] : ["hostname": .string($0)] }
            var status = ing["status"] ?? [:]
            status["loadBalancer"] = ["ingress": .array(entries)]
            do throws(APIError) {
                try context.client.writeStatus(ingR, of: ing, status)
            } catch {
                throw ReconcileError("ingress \(key) status: \(error.message)")
            }
        }
    }

    private func publishedAddresses(_ config: IngressControllerConfig, pod: NetPod) -> [String] {
        if let a = config.publishStatusAddress, !a.isEmpty {
            return a.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        if let ps = config.publishService {
            let parts = ps.split(separator: "/").map(String.init)
            if parts.count == 2, let svc = network.service(ObjectKey(namespace: parts[0], name: parts[1])) {
                if !svc.loadBalancerIngress.isEmpty { return svc.loadBalancerIngress }
                if let ip = svc.clusterIP, svc.type == "ClusterIP" { return [ip] }
            }
        }
        return network.nodes.first { $0.name == pod.nodeName }.map { [$0.internalIP] } ?? []
    }
}
