import API
import Dispatch
import JSON

/// Keeps a `default` ServiceAccount in every active namespace (upstream's serviceaccounts
/// controller): creates it when a namespace appears and again if someone deletes it.
public final class ServiceAccountController: @unchecked Sendable {
    // Invariant: the informers are set in `start` and read in `stop`, both from the owner's thread.
    private let client: Client
    private let queue = DispatchQueue(label: "kubeling.controller.serviceaccounts")
    private var informers: [Informer] = []
    private let log: @Sendable (String) -> Void

    public init(registry: Registry, log: @escaping @Sendable (String) -> Void) {
        client = Client(registry: registry)
        self.log = log
    }

    public func start() {
        guard let ns = client.resource("", "v1", "namespaces"), let sa = client.resource("", "v1", "serviceaccounts") else { return }
        let nsInformer = Informer(registry: client.registry, resource: ns, queue: queue) { [weak self] type, obj in
            guard type != "DELETED", let name = obj.name, !obj.isBeingDeleted else { return }
            self?.ensure(namespace: name)
        }
        let saInformer = Informer(registry: client.registry, resource: sa, queue: queue) { [weak self] type, obj in
            guard type == "DELETED", obj.name == "default", let ns = obj.namespace else { return }
            self?.ensure(namespace: ns)
        }
        informers = [nsInformer, saInformer]
        informers.forEach { $0.start() }
    }

    public func stop() { informers.forEach { $0.stop() } }

    /// Creates `default` in `namespace` if the namespace is active and the account is missing.
    func ensure(namespace: String) {
        guard let nsR = client.resource("", "v1", "namespaces"), let saR = client.resource("", "v1", "serviceaccounts"),
              let ns = client.get(nsR, namespace: nil, name: namespace), !ns.isBeingDeleted,
              client.get(saR, namespace: namespace, name: "default") == nil else { return }
        do throws(APIError) {
            try client.create(saR, namespace: namespace, ["apiVersion": "v1", "kind": "ServiceAccount",
                                                          "metadata": ["name": "default"]])
        } catch where error.code == 409 || error.code == 403 || error.code == 404 {
            // Created meanwhile, or the namespace is going away.
        } catch {
            log("serviceaccounts: creating default in \(namespace): \(error.message)")
        }
    }
}
