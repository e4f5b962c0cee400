import API

/// Starts and stops the built-in controllers, each on its own Dispatch queue.
public final class ControllerManager: Sendable {
    private let serviceAccounts: ServiceAccountController
    private let namespaces: NamespaceController

    public init(registry: Registry, log: @escaping @Sendable (String) -> Void) {
        serviceAccounts = ServiceAccountController(registry: registry, log: log)
        namespaces = NamespaceController(registry: registry, log: log)
    }

    public func start() {
        serviceAccounts.start()
        namespaces.start()
    }

    public func stop() {
        serviceAccounts.stop()
        namespaces.stop()
    }
}
