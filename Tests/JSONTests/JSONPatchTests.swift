import Testing
import JSON

@Suite struct JSONPatchTests {
    func message(_ doc: String, _ patch: String) throws -> String? { try patchFailure(doc, patch)?.message }

    @Test func addToAMissingParentFailsWithUpstreamMessage() throws {
        #expect(try message(#"{"spec":{}}"#, #"[{"op":"add","path":"/spec/x/y","value":1}]"#)
            == #"add operation does not apply: doc is missing path: "/spec/x/y": missing value"#)
    }

    @Test func addAppendsNewMembersAndReplacesExistingInPlace() throws {
        let r = try patched(#"{"a":1,"b":2}"#, #"[{"op":"add","path":"/a","value":9},{"op":"add","path":"/c","value":3}]"#)
        #expect(r.jsonString == #"{"a":9,"b":2,"c":3}"#)
    }

    @Test func addInsertsAtIndexAndAppendsWithDash() throws {
        let r = try patched(#"{"l":[1,2]}"#, #"[{"op":"add","path":"/l/0","value":0},{"op":"add","path":"/l/3","value":3},{"op":"add","path":"/l/-","value":4}]"#)
        #expect(r.jsonString == #"{"l":[0,1,2,3,4]}"#)
    }

    @Test func addPastTheEndFails() throws {
        #expect(try message(#"{"l":[1]}"#, #"[{"op":"add","path":"/l/5","value":0}]"#)
            == "error in add for path: '/l/5': Unable to access invalid index: 5: invalid index referenced")
        #expect(try message(#"{"l":[1]}"#, #"[{"op":"add","path":"/l/x","value":0}]"#)
            == "error in add for path: '/l/x': value was not a proper array index: 'x'")
    }

    @Test func negativeIndicesCountFromTheEndAsUpstreamAllows() throws {
        #expect(try patched(#"[1,2,3]"#, #"[{"op":"remove","path":"/-1"}]"#).jsonString == "[1,2]")
        #expect(try patched(#"[1,2,3]"#, #"[{"op":"add","path":"/-1","value":4}]"#).jsonString == "[1,2,3,4]")
        #expect(try message(#"[1,2,3]"#, #"[{"op":"remove","path":"/-4"}]"#) != nil)
    }

    @Test func addThroughAnArrayElement() throws {
        let r = try patched(#"{"items":[{"a":1},{"a":2}]}"#, #"[{"op":"add","path":"/items/1/b","value":true}]"#)
        #expect(r.jsonString == #"{"items":[{"a":1},{"a":2,"b":true}]}"#)
    }

    @Test func addThroughAScalarFails() throws {
        #expect(try message(#"{"a":"s"}"#, #"[{"op":"add","path":"/a/b","value":1}]"#) != nil)
    }

    @Test func removeOfAMissingMemberFails() throws {
        #expect(try message(#"{"a":1}"#, #"[{"op":"remove","path":"/b"}]"#)
            == "error in remove for path: '/b': Unable to remove nonexistent key: b: missing value")
        #expect(try message(#"{"a":[1]}"#, #"[{"op":"remove","path":"/a/1"}]"#)
            == "error in remove for path: '/a/1': Unable to access invalid index: 1: invalid index referenced")
        #expect(try message(#"{"a":1}"#, #"[{"op":"remove","path":"/x/y"}]"#)
            == #"remove operation does not apply: doc is missing path: "/x/y": missing value"#)
    }

    @Test func replaceKeepsMemberPositionAndNeedsAnExistingTarget() throws {
        #expect(try patched(#"{"a":1,"b":2}"#, #"[{"op":"replace","path":"/a","value":[1]}]"#).jsonString == #"{"a":[1],"b":2}"#)
        #expect(try message(#"{"a":1}"#, #"[{"op":"replace","path":"/b","value":1}]"#)
            == "replace operation does not apply: doc is missing key: /b: missing value")
        #expect(try message(#"{"a":[]}"#, #"[{"op":"replace","path":"/a/0","value":1}]"#) != nil)
    }

    @Test func wholeDocumentCanBeReplacedAndTested() throws {
        #expect(try patched(#"{"a":1}"#, #"[{"op":"test","path":"","value":{"a":1}},{"op":"replace","path":"","value":{"b":2}}]"#).jsonString == #"{"b":2}"#)
        #expect(try patched(#"{"a":1}"#, #"[{"op":"add","path":"","value":[1]}]"#).jsonString == "[1]")
        #expect(try message(#"{"a":1}"#, #"[{"op":"remove","path":""}]"#) != nil)
        #expect(try message(#"{"a":1}"#, #"[{"op":"move","from":"","path":"/b"}]"#) != nil)
    }

    @Test func moveIntoItsOwnChildFails() throws {
        #expect(try message(#"{"a":{"b":1}}"#, #"[{"op":"move","from":"/a","path":"/a/c"}]"#) != nil)
    }

    @Test func moveFromAMissingPathFails() throws {
        #expect(try message(#"{"a":1}"#, #"[{"op":"move","from":"/x/y","path":"/b"}]"#)
            == "move operation does not apply: doc is missing from path: /x/y: missing value")
    }

    @Test func copyDuplicatesIndependently() throws {
        let r = try patched(#"{"a":{"x":1}}"#, #"[{"op":"copy","from":"/a","path":"/b"},{"op":"replace","path":"/b/x","value":2}]"#)
        #expect(r.jsonString == #"{"a":{"x":1},"b":{"x":2}}"#)
        #expect(try message(#"{"a":1}"#, #"[{"op":"copy","from":"/nope","path":"/b"}]"#)
            == "error in copy for from: '/nope': unable to get nonexistent key: nope: missing value")
    }

    @Test func copyGrowthIsCapped() throws {
        // Each copy doubles the document; without a cap 40 copies would need terabytes.
        var ops: [JSON] = [["op": "add", "path": "/a", "value": [.string(String(repeating: "x", count: 1024))]]]
        ops += Array(repeating: ["op": "copy", "from": "/a", "path": "/a/-"], count: 40)
        var caught: JSONPatchError?
        do { _ = try JSONPatch.apply(.array(ops), to: [:]) } catch { caught = error }
        #expect(caught?.message.hasPrefix("Unable to complete the copy") == true)
    }

    @Test func testOperationComparesStructurally() throws {
        let doc = #"{"o":{"a":1,"b":[1,{"c":null}]}}"#
        #expect(try message(doc, #"[{"op":"test","path":"/o","value":{"b":[1,{"c":null}],"a":1}}]"#) == nil)
        #expect(try message(doc, #"[{"op":"test","path":"/o/b","value":[{"c":null},1]}]"#) == "testing value /o/b failed: test failed")
        #expect(try message(doc, #"[{"op":"test","path":"/o/a","value":1.5}]"#) != nil)
    }

    @Test func testOfAMissingMemberMatchesOnlyNull() throws {
        #expect(try message(#"{"a":1}"#, #"[{"op":"test","path":"/b","value":null}]"#) == nil)
        #expect(try message(#"{"a":1}"#, #"[{"op":"test","path":"/b","value":1}]"#) == "testing value /b failed: test failed")
        #expect(try message(#"{"a":1}"#, #"[{"op":"test","path":"/x/y","value":1}]"#)
            == "test operation does not apply: is missing path: /x/y: missing value")
    }

    @Test func aFailedOperationLeavesNoPartialResult() throws {
        let doc = try json(#"{"a":1}"#)
        let patch = try json(#"[{"op":"add","path":"/b","value":2},{"op":"test","path":"/a","value":2}]"#)
        #expect(throws: JSONPatchError.self) { try JSONPatch.apply(patch, to: doc) }
        #expect(doc.jsonString == #"{"a":1}"#)
    }

    @Test(arguments: [#"{"op":"add","path":"/a","value":1}"#, #""add""#, "null", "3"])
    func aPatchThatIsNotAnArrayIsRejected(_ patch: String) throws {
        #expect(try message("{}", patch)?.hasPrefix("unable to decode patch") == true)
    }

    @Test func operationsThatAreNotObjectsAreRejected() throws {
        #expect(try message("{}", #"[{"op":"add","path":"/a","value":1}, 5]"#)?.hasPrefix("unable to decode patch") == true)
    }

    @Test func badOperationFieldsAreRejected() throws {
        #expect(try message("{}", #"[{"op":"frobnicate","path":"/a"}]"#) == "Unexpected kind: frobnicate")
        #expect(try message("{}", #"[{"path":"/a"}]"#) == "Unexpected kind: unknown")
        #expect(try message("{}", #"[{"op":"add","value":1}]"#) == "add operation failed to decode path: missing value")
        #expect(try message("{}", #"[{"op":"add","path":7,"value":1}]"#) != nil)
        #expect(try message("{}", #"[{"op":"add","path":"/a"}]"#) != nil)
        #expect(try message(#"{"a":1}"#, #"[{"op":"move","path":"/b"}]"#) == "move operation failed to decode from: missing value")
        #expect(try message("{}", #"[{"op":"add","path":"a","value":1}]"#) != nil)
    }

    @Test func escapedPathsReachKeysWithSlashesAndTildes() throws {
        let r = try patched(#"{"metadata":{"annotations":{}}}"#, #"[{"op":"add","path":"/metadata/annotations/example.com~1a~0b","value":"v"}]"#)
        #expect(r[path: ["metadata", "annotations", "example.com/a~b"]] == .string("v"))
    }

    @Test func theOperationCountIsCapped() throws {
        let op: JSON = ["op": "test", "path": "/a", "value": 1]
        let atLimit = JSON.array(Array(repeating: op, count: JSONPatch.maxOperations))
        #expect(try JSONPatch.apply(atLimit, to: ["a": 1]) == ["a": 1])
        let over = JSON.array(Array(repeating: op, count: JSONPatch.maxOperations + 1))
        var caught: JSONPatchError?
        do { _ = try JSONPatch.apply(over, to: ["a": 1]) } catch { caught = error }
        #expect(caught?.message == "The allowed maximum operations in a JSON patch is 10000, got 10001")
    }

    @Test func emptyPatchChangesNothing() throws {
        #expect(try patched(#"{"a":[1]}"#, "[]").jsonString == #"{"a":[1]}"#)
    }
}

@Suite struct JSONPatchErrorKindTests {
    func kind(_ doc: JSON, _ patch: JSON) -> JSONPatchError.Kind? {
        do {
            _ = try JSONPatch.apply(patch, to: doc)
            return nil
        } catch {
            return error.kind
        }
    }

    @Test func errorsAreClassifiedForTheirHTTPStatus() throws {
        #expect(kind([:], ["op": "add"]) == .decode)
        #expect(kind([:], [1]) == .decode)
        #expect(kind([:], .array(Array(repeating: ["op": "test", "path": "/a"], count: 10_001))) == .tooLarge)
        #expect(kind([:], [["op": "remove", "path": "/a"]]) == .apply)
        #expect(throws: JSONPatchError(#"unable to decode patch: a strategic merge patch must be a JSON object, not array"#, kind: .decode)) {
            try StrategicMergePatch.apply([], to: [:], schema: StrategicSchemaTable([:]))
        }
    }
}
