import API
import JSON

/// Keeps a `default` ServiceAccount in every active namespace (upstream's serviceaccounts
/// controller): the key is a namespace, queued when the namespace appears or changes and when its
/// `default` account is deleted.
public final class ServiceAccountController: Controller, @unchecked Sendable {
    // Invariant: all stored properties are immutable after init.
    public let queue: WorkQueue
    private let context: ControllerContext

    /// The accounts every namespace gets (upstream's `--service-account-names` default).
    static let accountNames = ["default"]

    public init(context: ControllerContext) {
        self.context = context
        let box = WeakBox<ServiceAccountController>()
        queue = WorkQueue(name: "serviceaccount", workers: 1, clock: context.clock, log: context.log) { key in
            try box.value?.sync(key) ?? .done
        }
        box.value = self
        guard let ns = context.resource("", "v1", "namespaces"),
              let sa = context.resource("", "v1", "serviceaccounts") else { return }
        context.informers.informer(for: ns).addHandler { [queue] event in
            if case .deleted = event { return }
            if let name = event.object.name { queue.add(ObjectKey(namespace: nil, name: name)) }
        }
        context.informers.informer(for: sa).addHandler { [queue] event in
            guard case .deleted(let obj) = event, let name = obj.name, Self.accountNames.contains(name),
                  let namespace = obj.namespace else { return }
            queue.add(ObjectKey(namespace: nil, name: namespace))
        }
    }

    /// Creates the missing accounts of one active namespace.
    func sync(_ key: ObjectKey) throws -> ReconcileResult {
        guard let nsR = context.resource("", "v1", "namespaces"), let saR = context.resource("", "v1", "serviceaccounts"),
              let ns = context.informers.lister(for: nsR).get(key), !Namespace(ns).isTerminating else { return .done }
        let accounts = context.informers.lister(for: saR)
        for name in Self.accountNames where accounts.get(ObjectKey(namespace: key.name, name: name)) == nil {
            do throws(APIError) {
                try context.client.create(saR, namespace: key.name, ["apiVersion": "v1", "kind": "ServiceAccount",
                                                                     "metadata": ["name": .string(name)]])
            } catch {
                // 409: created meanwhile; 403 or 404: the namespace is going away.
                guard [409, 403, 404].contains(error.code) else {
                    throw ReconcileError("serviceaccount \(key.name)/\(name): \(error.message)")
                }
            }
        }
        return .done
    }
}
