import API
import Dispatch
import Foundation
import JSON

extension Client {
    /// Creates every object at once and waits for all of them: the writes reach the store's single
    /// writer together and share its commits (upstream controllers create a batch of Pods from
    /// parallel goroutines for the same reason). Results are in the order of `objects`.
    public func createAll(_ r: ResourceInfo, namespace: String?, _ objects: [JSON]) -> [Result<JSON, APIError>] {
        batch(objects.count) { i, done in
            registry.create(r, namespace: namespace, object: objects[i], options: WriteOptions(), completion: done)
        }
    }

    /// Deletes every named object at once and waits for all of them; results in the order of `names`.
    public func deleteAll(_ r: ResourceInfo, namespace: String?, names: [String],
                          options: DeleteOptions = DeleteOptions()) -> [Result<JSON, APIError>] {
        batch(names.count) { i, done in
            registry.delete(r, namespace: namespace, name: names[i], options: options, completion: done)
        }
    }

    /// Creates `count` copies of `template`, whose name comes from `metadata.generateName`, at once. A
    /// generated name that collides with an existing object's fails with AlreadyExists; upstream's API
    /// server retries such creates itself (`RetryGenerateName`), the Registry does not, so they are
    /// retried here, a few times. Results in creation order.
    public func createWithGeneratedNames(_ r: ResourceInfo, namespace: String?, _ template: JSON,
                                         count: Int) -> [Result<JSON, APIError>] {
        createWithGeneratedNames(r, namespace: namespace, Array(repeating: template, count: count))
    }

    /// `createWithGeneratedNames` for objects that differ (an Indexed Job's Pods, one per index).
    public func createWithGeneratedNames(_ r: ResourceInfo, namespace: String?, _ objects: [JSON]) -> [Result<JSON, APIError>] {
        var results = createAll(r, namespace: namespace, objects)
        for _ in 0..<3 {
            let collided = results.indices.filter {
                if case .failure(let e) = results[$0] { return e.reason == "AlreadyExists" }
                return false
            }
            if collided.isEmpty { break }
            let again = createAll(r, namespace: namespace, collided.map { objects[$0] })
            for (i, r) in zip(collided, again) { results[i] = r }
        }
        return results
    }

    /// One patch of a `patchAll` batch.
    public struct PatchTarget: Sendable {
        /// The resource patched.
        public var resource: ResourceInfo
        /// The object's namespace; nil for cluster-scoped objects.
        public var namespace: String?
        /// The object's name.
        public var name: String
        /// The patch document.
        public var patch: JSON

        /// A patch of `name` in `namespace`.
        public init(resource: ResourceInfo, namespace: String?, name: String, patch: JSON) {
            self.resource = resource
            self.namespace = namespace
            self.name = name
            self.patch = patch
        }
    }

    /// Sends every patch at once (the objects may be of different kinds) and waits for all of them;
    /// results in the order of `targets`.
    public func patchAll(_ targets: [PatchTarget], type: PatchType = .merge) -> [Result<JSON, APIError>] {
        batch(targets.count) { i, done in
            let t = targets[i]
            registry.patch(t.resource, namespace: t.namespace, name: t.name, subresource: nil, type: type, patch: t.patch,
                           options: WriteOptions(), completion: done)
        }
    }

    /// Starts `count` asynchronous Registry writes and waits until every one has finished.
    private func batch(_ count: Int, _ start: (Int, @escaping WriteCompletion) -> Void) -> [Result<JSON, APIError>] {
        let results = BatchResults(count: count)
        let group = DispatchGroup()
        for i in 0..<count {
            group.enter()
            start(i) { result in
                results.set(i, result.map { (try? JSONParser.parse($0.body)) ?? .null })
                group.leave()
            }
        }
        group.wait()
        return results.all
    }
}

extension APIError {
    /// upstream's `NamespaceTerminatingCause`, recognised by the Registry's message: a create in a
    /// namespace being deleted. Controllers neither record nor retry it.
    public var isNamespaceTerminating: Bool {
        code == 403 && message.hasSuffix("because it is being terminated")
    }
}

/// The results of a batch, filled from completion threads.
private final class BatchResults: @unchecked Sendable {
    // Invariant: `values` is guarded by `lock`.
    private let lock = NSLock()
    private var values: [Result<JSON, APIError>]

    init(count: Int) {
        values = Array(repeating: .failure(APIError.internalError("write finished without a result")), count: count)
    }

    func set(_ i: Int, _ value: Result<JSON, APIError>) {
        lock.lock()
        values[i] = value
        lock.unlock()
    }

    var all: [Result<JSON, APIError>] {
        lock.lock()
        defer { lock.unlock() }
        return values
    }
}
