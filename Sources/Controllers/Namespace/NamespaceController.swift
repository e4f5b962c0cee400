import API
import Dispatch
import JSON

/// Empties terminating namespaces and then finalizes them (upstream's namespace controller):
/// deletes every namespaced object in the namespace, and once none is left removes the
/// `kubernetes` finalizer through the `finalize` subresource, which lets the Registry delete it.
public final class NamespaceController: @unchecked Sendable {
    private let client: Client
    private let queue = DispatchQueue(label: "kubeling.controller.namespace")
    private var informer: Informer?
    private let log: @Sendable (String) -> Void

    public init(registry: Registry, log: @escaping @Sendable (String) -> Void) {
        client = Client(registry: registry)
        self.log = log
    }

    public func start() {
        guard let ns = client.resource("", "v1", "namespaces") else { return }
        let inf = Informer(registry: client.registry, resource: ns, queue: queue) { [weak self] type, obj in
            guard type != "DELETED", obj.isBeingDeleted, let name = obj.name else { return }
            self?.sync(name)
        }
        informer = inf
        inf.start()
    }

    public func stop() { informer?.stop() }

    /// One pass over a terminating namespace; requeues itself until the namespace is empty.
    func sync(_ namespace: String) {
        guard let nsR = client.resource("", "v1", "namespaces"),
              let ns = client.get(nsR, namespace: nil, name: namespace), ns.isBeingDeleted else { return }
        var remaining = 0
        var seenPrefixes: Set<String> = []
        for r in client.registry.resources.all where r.namespaced && r.verbs.contains("delete") {
            guard seenPrefixes.insert(r.storagePrefix).inserted else { continue }
            let items = (try? client.list(r, namespace: namespace)) ?? []
            for item in items {
                remaining += 1
                guard !item.isBeingDeleted, let name = item.name else { continue }
                do throws(APIError) {
                    try client.delete(r, namespace: namespace, name: name)
                } catch where error.code == 404 {
                    remaining -= 1
                } catch {
                    log("namespace \(namespace): deleting \(r.plural)/\(name): \(error.message)")
                }
            }
        }
        if remaining > 0 {
            // Objects went away (or are finalizing); look again shortly.
            queue.asyncAfter(deadline: .now() + 0.2) { [weak self] in self?.sync(namespace) }
            return
        }
        var finalized = ns
        finalized[path: ["spec", "finalizers"]] = .array([])
        do throws(APIError) {
            try client.update(nsR, namespace: nil, name: namespace, subresource: "finalize", finalized)
        } catch where error.code == 404 {
        } catch {
            log("namespace \(namespace): finalize: \(error.message)")
        }
    }
}
