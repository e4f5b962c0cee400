import API
import Dispatch
import Foundation
import JSON

/// The OpenAPI documents, encoded once (they depend only on the resource registry) and served from
/// memory. Built on a background queue at start so the first `kubectl apply` does not wait.
final class OpenAPIDocuments: @unchecked Sendable {
    /// Everything served under /openapi, as bytes.
    struct Encoded {
        var v3Index: [UInt8]
        var v3: [String: [UInt8]]
        var v2JSON: [UInt8]
        var v2Protobuf: [UInt8]
    }

    // Invariant: `encoded` is written once under `lock`; readers take the lock.
    private let lock = NSLock()
    private var encoded: Encoded?
    private let registry: ResourceRegistry

    init(registry: ResourceRegistry) {
        self.registry = registry
        DispatchQueue.global(qos: .utility).async { _ = self.documents() }
    }

    /// The documents, building them on first use.
    func documents() -> Encoded {
        lock.lock()
        defer { lock.unlock() }
        if let encoded { return encoded }
        var v3: [String: [UInt8]] = [:]
        for path in OpenAPI.groupVersionPaths(registry: registry) {
            if let doc = OpenAPI.v3Document(groupVersion: path, registry: registry) { v3[path] = doc.bytes }
        }
        let e = Encoded(v3Index: OpenAPI.v3Index(registry: registry).bytes, v3: v3,
                        v2JSON: OpenAPI.v2Document(registry: registry).bytes,
                        v2Protobuf: OpenAPI.v2Protobuf(registry: registry))
        encoded = e
        return e
    }
}
