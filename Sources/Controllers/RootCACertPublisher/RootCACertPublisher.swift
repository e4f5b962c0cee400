import API
import Foundation
import JSON

/// Keeps the `kube-root-ca.crt` ConfigMap in every active namespace (upstream's root-ca-cert-publisher):
/// created when a namespace appears, and put back when deleted or edited. kubeling serves plain HTTP,
/// so the bundle is a placeholder certificate for the cluster's own CA: present and well formed, as
/// clients that mount it expect, but verifying nothing.
public final class RootCACertPublisher: Controller, @unchecked Sendable {
    // Invariant: all stored properties are immutable after init.
    public let queue: WorkQueue
    private let context: ControllerContext

    static let name = "kube-root-ca.crt"
    static let description = "Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters."
    /// The bundle every namespace gets.
    static let bundle: String = {
        let body = Data("kubeling cluster CA (placeholder: the API is served over plain HTTP)".utf8).base64EncodedString()
        return "-----BEGIN CERTIFICATE-----\n\(body)\n-----END CERTIFICATE-----\n"
    }()

    public init(context: ControllerContext) {
        self.context = context
        let box = WeakBox<RootCACertPublisher>()
        queue = WorkQueue(name: "root-ca-cert-publisher", clock: context.clock, log: context.log) { key in
            try box.value?.sync(key) ?? .done
        }
        box.value = self
        guard let ns = context.resource("", "v1", "namespaces"), let cms = context.resource("", "v1", "configmaps") else { return }
        context.informers.informer(for: ns).addHandler { [queue] event in
            if case .deleted = event { return }
            if let name = event.object.name { queue.add(ObjectKey(namespace: nil, name: name)) }
        }
        context.informers.informer(for: cms).addHandler { [queue] event in
            guard event.object.name == Self.name, let ns = event.object.namespace else { return }
            if case .added = event { return }
            queue.add(ObjectKey(namespace: nil, name: ns))
        }
    }

    func sync(_ key: ObjectKey) throws -> ReconcileResult {
        guard let nsR = context.resource("", "v1", "namespaces"), let cmR = context.resource("", "v1", "configmaps"),
              let ns = context.informers.lister(for: nsR).get(key), !Namespace(ns).isTerminating else { return .done }
        let wanted: JSON = ["ca.crt": .string(Self.bundle)]
        let current = context.informers.lister(for: cmR).get(ObjectKey(namespace: key.name, name: Self.name))
        do throws(APIError) {
            if var cm = current {
                guard cm["data"] != wanted else { return .done }
                cm["data"] = wanted
                try context.client.update(cmR, namespace: key.name, name: Self.name, cm)
            } else {
                try context.client.create(cmR, namespace: key.name, [
                    "apiVersion": "v1", "kind": "ConfigMap",
                    "metadata": ["name": .string(Self.name), "annotations": ["kubernetes.io/description": .string(Self.description)]],
                    "data": wanted,
                ])
            }
        } catch {
            // 409: changed or created meanwhile (look again); 403/404: the namespace is going away.
            if error.code == 409 { return .requeue(after: 0) }
            if error.code != 403 && error.code != 404 { throw ReconcileError("\(Self.name) in \(key.name): \(error.message)") }
        }
        return .done
    }
}
