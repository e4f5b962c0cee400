import Dispatch
import JSON
import Testing
@testable import API

/// A write may carry the object's UID (controllers and the garbage collector put it in their patches so
/// they cannot change a namesake created meanwhile); another UID is refused, as upstream's
/// `ValidateObjectMetaUpdate` refuses it.
@Suite struct RegistryUIDTests {
    @Test func aPatchNamingTheObjectsUIDAppliesAndOneNamingAnotherIsInvalid() throws {
        let t = try TestRegistry()
        let created = try t.create("configmaps", "default", ["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": "a"]])
        let uid = try #require(created.uid)
        let patched = try t.patch("configmaps", "default", "a", ["metadata": ["uid": .string(uid), "labels": ["x": "1"]]])
        #expect(patched.labels == ["x": "1"])
        #expect(patched.uid == uid)

        #expect(throws: APIError.self) {
            try t.patch("configmaps", "default", "a", ["metadata": ["uid": "not-the-same", "labels": ["x": "2"]]])
        }
        do throws(APIError) {
            try t.patch("configmaps", "default", "a", ["metadata": ["uid": "not-the-same"]])
        } catch {
            #expect(error.code == 422)
            #expect(error.message.contains("metadata.uid: Invalid value: \"not-the-same\": field is immutable"), "\(error.message)")
        }
        #expect(t.get("configmaps", "default", "a")?.labels == ["x": "1"])
    }
}

/// Empty `ownerReferences` and `finalizers` are not stored (upstream's ObjectMeta omits them when empty).
@Suite struct RegistryEmptyMetadataListTests {
    @Test func emptiedOwnerReferencesAndFinalizersDisappear() throws {
        let t = try TestRegistry()
        let owner = try t.create("configmaps", "default", ["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": "o"]])
        let created = try t.create("configmaps", "default", [
            "apiVersion": "v1", "kind": "ConfigMap",
            "metadata": ["name": "d", "finalizers": [], "ownerReferences": [["apiVersion": "v1", "kind": "ConfigMap",
                                                                              "name": "o", "uid": owner["metadata"]?["uid"] ?? ""]]]])
        #expect(created[path: ["metadata", "finalizers"]] == nil)
        let r = t.resource("configmaps")
        let done = DispatchSemaphore(value: 0)
        let patch: JSON = ["metadata": ["ownerReferences": [["$patch": "delete", "uid": owner["metadata"]?["uid"] ?? ""]]]]
        t.registry.patch(r, namespace: "default", name: "d", type: .strategic, patch: patch, options: WriteOptions()) { _ in
            done.signal()
        }
        done.wait()
        let stored = try #require(t.get("configmaps", "default", "d"))
        #expect(stored[path: ["metadata", "ownerReferences"]] == nil)
    }
}
