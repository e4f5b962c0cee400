import API
import Dispatch
import Foundation

/// The OpenAPI documents, built once (they depend only on the resource registry) on a background
/// queue shortly after start, so the first `kubectl apply` does not pay for them and the build does
/// not compete with loading the store; a request that needs them earlier builds them itself.
final class OpenAPICache: @unchecked Sendable {
    // Invariant: `built` is written once under `lock`; readers take the lock.
    private let lock = NSLock()
    private var built: OpenAPIDocuments?
    private let registry: ResourceRegistry

    init(registry: ResourceRegistry) {
        self.registry = registry
        DispatchQueue.global(qos: .utility).asyncAfter(deadline: .now() + 2) { _ = self.documents() }
    }

    /// The documents, building them on first use.
    func documents() -> OpenAPIDocuments {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let d = OpenAPIDocuments(registry: registry)
        built = d
        return d
    }
}
