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

