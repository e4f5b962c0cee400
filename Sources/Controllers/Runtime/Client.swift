import API
import Dispatch
import JSON

/// The in-process client controllers use: the Registry's own write path (same defaulting,
/// validation and concurrency as HTTP clients), made synchronous. Call it only from controller
/// queues, never from an HTTP thread.
public struct Client: Sendable {
    /// The registry underneath.
    public let registry: Registry

    public init(registry: Registry) { self.registry = registry }

    /// The resource info for group/version/plural; nil if not served.
    public func resource(_ group: String, _ version: String, _ plural: String) -> ResourceInfo? {
        registry.resources.resource(group: group, version: version, plural: plural)
    }

    /// GET as a parsed object; nil when absent.
    public func get(_ r: ResourceInfo, namespace: String?, name: String) -> JSON? {
        registry.getObject(r, namespace: namespace, name: name)
    }

    /// LIST as parsed objects.
    public func list(_ r: ResourceInfo, namespace: String?, options: ListOptions = ListOptions()) throws(APIError) -> [JSON] {
        try registry.listPage(r, namespace: namespace, options: options).items.compactMap { try? JSONParser.parse($0.value) }
    }

    @discardableResult
    public func create(_ r: ResourceInfo, namespace: String?, _ object: JSON) throws(APIError) -> JSON {
        try wait { registry.create(r, namespace: namespace, object: object, options: WriteOptions(), completion: $0) }
    }

    @discardableResult
    public func update(_ r: ResourceInfo, namespace: String?, name: String, subresource: String? = nil,
                       _ object: JSON) throws(APIError) -> JSON {
        try wait {
            registry.update(r, namespace: namespace, name: name, subresource: subresource, object: object,
                            options: WriteOptions(), completion: $0)
        }
    }

    /// As `update`, without reading the stored object back (a kubelet writing thousands of statuses
    /// during a rollout has no use for the answer).
    public func write(_ r: ResourceInfo, namespace: String?, name: String, subresource: String? = nil,
                      _ object: JSON) throws(APIError) {
        _ = try waitForResult {
            registry.update(r, namespace: namespace, name: name, subresource: subresource, object: object,
                            options: WriteOptions(), completion: $0)
        }
    }

    @discardableResult
    public func patch(_ r: ResourceInfo, namespace: String?, name: String, subresource: String? = nil,
                      type: PatchType = .merge, _ patch: JSON) throws(APIError) -> JSON {
        try wait {
            registry.patch(r, namespace: namespace, name: name, subresource: subresource, type: type, patch: patch,
                           options: WriteOptions(), completion: $0)
        }
    }

    @discardableResult
    public func delete(_ r: ResourceInfo, namespace: String?, name: String,
                       options: DeleteOptions = DeleteOptions()) throws(APIError) -> JSON {
        try wait { registry.delete(r, namespace: namespace, name: name, options: options, completion: $0) }
    }

    /// POST of a Binding to a Pod's `binding` subresource: assigns the Pod to `node`.
    public func bind(_ pods: ResourceInfo, namespace: String, name: String, node: String) throws(APIError) {
        let binding: JSON = ["apiVersion": "v1", "kind": "Binding", "metadata": ["name": .string(name)],
                             "target": ["apiVersion": "v1", "kind": "Node", "name": .string(node)]]
        _ = try wait { registry.bind(pods, namespace: namespace, name: name, binding: binding, options: WriteOptions(),
                                     completion: $0) }
    }

    /// Writes `status` through the status subresource when it differs from `object`'s, as controllers
    /// write the status they computed from current state: without a resourceVersion (the latest
    /// computation is the one to keep), and an object deleted meanwhile is no error.
    public func writeStatus(_ r: ResourceInfo, of object: JSON, _ status: JSON) throws(APIError) {
        if object["status"] == status { return }
        var updated = object
        updated["status"] = status
        updated[path: ["metadata", "resourceVersion"]] = nil
        do throws(APIError) {
            try update(r, namespace: object.namespace, name: object.name ?? "", subresource: "status", updated)
        } catch {
            if error.code != 404 { throw error }
        }
    }

    /// Runs an asynchronous Registry write and waits for its result.
    func wait(_ start: (@escaping WriteCompletion) -> Void) throws(APIError) -> JSON {
        let written = try waitForResult(start)  // a failure throws here, not into the parse's `try?`
        return (try? JSONParser.parse(written.body)) ?? .null
    }

    /// Runs a write and waits for it; its result unparsed.
    func waitForResult(_ start: (@escaping WriteCompletion) -> Void) throws(APIError) -> WriteResult {
        let box = ResultBox()
        let done = DispatchSemaphore(value: 0)
        start { result in
            box.result = result
            done.signal()
        }
        done.wait()
        switch box.result {
        case .success(let w)?:
            return w
        case .failure(let e)?:
            throw e
        case nil:
            throw APIError.internalError("write finished without a result")
        }
    }
}

/// Carries a write result from the completion thread to the waiting one.
private final class ResultBox: @unchecked Sendable {
    // Invariant: written once before the semaphore is signalled, read only after waiting on it.
    var result: Result<WriteResult, APIError>?
}
