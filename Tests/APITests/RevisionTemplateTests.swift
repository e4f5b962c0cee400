import JSON
import Testing
@testable import API

/// A create encodes its object before the commit and splices the resourceVersion (and the cached
/// managedFields encoding) in; the bytes must be exactly those of encoding the finished object.
@Suite struct RevisionTemplateTests {
    private func pod(_ name: String) throws -> JSON {
        try JSONParser.parse(#"""
        {"apiVersion":"v1","kind":"Pod","metadata":{"name":"\#(name)","namespace":"default","labels":{"app":"<web>"}},
         "spec":{"containers":[{"name":"c","image":"nginx","ports":[{"containerPort":80,"protocol":"TCP"}],
                 "env":[{"name":"A","value":"1"},{"name":"B","value":"\"q\""}]}]}}
        """#)
    }

    @Test func splicedBytesEqualEncodingTheFinishedObject() throws {
        for name in ["first", "second"] {  // the second create of the same shape hits the FieldsV1 cache
            let (object, encoded) = ManagedFields.recordCreate(try pod(name), manager: "kubectl", apiVersion: "v1",
                                                               time: "2026-01-01T00:00:00Z",
                                                               schema: KubernetesPatchSchema(kind: "Pod"))
            #expect(encoded != nil)
            var expected = object
            expected[path: ["metadata", "resourceVersion"]] = "12345"
            #expect(RevisionTemplate(object, managedFields: encoded).render(revision: 12345) == expected.bytes)
            #expect(RevisionTemplate(object).render(revision: 12345) == expected.bytes)
        }
    }

    @Test func recordCreateMatchesRecordUpdateWithoutHistory() throws {
        let schema = KubernetesPatchSchema(kind: "Pod")
        let viaUpdate = ManagedFields.recordUpdate(old: nil, new: try pod("p"), manager: "m", apiVersion: "v1",
                                                   time: "2026-01-01T00:00:00Z", schema: schema)
        let (viaCreate, encoded) = ManagedFields.recordCreate(try pod("p"), manager: "m", apiVersion: "v1",
                                                              time: "2026-01-01T00:00:00Z", schema: schema)
        #expect(viaCreate == viaUpdate)
        #expect(encoded == viaCreate[path: ["metadata", "managedFields"]]?.bytes)
    }
}
