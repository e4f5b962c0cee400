import Dispatch
import Foundation
import JSON
import Storage
@testable import API

/// A Registry over a fresh temporary store, with synchronous verbs for tests.
final class TestRegistry {
    let directory: URL
    let store: Store
    let registry: Registry

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("kubeling-api-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var options = StoreOptions()
        options.synchronousFull = false
        store = try Store(path: directory.appendingPathComponent("store.db").path, options: options,
                          indexer: Registry.indexer(resources: .standard))
        registry = Registry(store: store)
        try create("namespaces", nil, ["apiVersion": "v1", "kind": "Namespace", "metadata": ["name": "default"]])
    }

    deinit {
        store.close()
        try? FileManager.default.removeItem(at: directory)
    }

    func resource(_ plural: String, group: String = "", version: String = "v1") -> ResourceInfo {
        // Test resources are always served; a miss is a typo in the test.
        registry.resources.resource(group: group, version: version, plural: plural)!
    }

    @discardableResult
    func create(_ plural: String, _ namespace: String?, _ object: JSON, group: String = "") throws(APIError) -> JSON {
        let r = resource(plural, group: group)
        return try wait { registry.create(r, namespace: namespace, object: object, options: WriteOptions(), completion: $0) }
    }

    @discardableResult
    func delete(_ plural: String, _ namespace: String?, _ name: String, _ options: DeleteOptions = DeleteOptions(),
                group: String = "") throws(APIError) -> JSON {
        let r = resource(plural, group: group)
        return try wait { registry.delete(r, namespace: namespace, name: name, options: options, completion: $0) }
    }

    @discardableResult
    func deleteCollection(_ plural: String, _ namespace: String?, _ options: DeleteOptions) throws(APIError) -> JSON {
        let r = resource(plural)
        return try wait {
            registry.deleteCollection(r, namespace: namespace, listOptions: ListOptions(), options: options, completion: $0)
        }
    }

    @discardableResult
    func patch(_ plural: String, _ namespace: String?, _ name: String, _ patch: JSON,
               subresource: String? = nil) throws(APIError) -> JSON {
        let r = resource(plural)
        return try wait {
            registry.patch(r, namespace: namespace, name: name, subresource: subresource, type: .merge, patch: patch,
                           options: WriteOptions(), completion: $0)
        }
    }

    func get(_ plural: String, _ namespace: String?, _ name: String) -> JSON? {
        registry.getObject(resource(plural), namespace: namespace, name: name)
    }

    private func wait(_ start: (@escaping WriteCompletion) -> Void) throws(APIError) -> JSON {
        let box = ResultBox()
        let done = DispatchSemaphore(value: 0)
        start { result in
            box.result = result
            done.signal()
        }
        done.wait()
        switch box.result {
        case .success(let w)?: return (try? JSONParser.parse(w.body)) ?? .null
        case .failure(let e)?: throw e
        case nil: throw APIError.internalError("no result")
        }
    }
}

/// Carries a write result from the completion thread to the waiting one.
private final class ResultBox: @unchecked Sendable {
    // Invariant: written once before the semaphore is signalled, read only after waiting on it.
    var result: Result<WriteResult, APIError>?
}
