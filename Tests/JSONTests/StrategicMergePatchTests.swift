import Testing
import JSON

/// The patch metadata of the Kubernetes fields these tests use (from the Go struct tags).
let kubeSchema = StrategicSchemaTable([
    ["spec", "containers"]: .merge(key: "name"),
    ["spec", "containers", "env"]: .merge(key: "name"),
    ["spec", "containers", "ports"]: .merge(key: "containerPort"),
    ["spec", "template", "spec", "containers"]: .merge(key: "name"),
    ["spec", "template", "spec", "containers", "env"]: .merge(key: "name"),
    ["spec", "volumes"]: PatchMeta(mergeKey: "name", strategy: .mergeAndRetainKeys),
    ["spec", "strategy"]: PatchMeta(strategy: .retainKeys),
    ["metadata", "finalizers"]: .mergePrimitives,
])

@Suite struct StrategicMergePatchTests {
    func patched(_ doc: String, _ patch: String) throws -> JSON {
        try StrategicMergePatch.apply(json(patch), to: json(doc), schema: kubeSchema)
    }

    func message(_ doc: String, _ patch: String) throws -> String? {
        let d = try json(doc)
        let p = try json(patch)
        do {
            _ = try StrategicMergePatch.apply(p, to: d, schema: kubeSchema)
            return nil
        } catch {
            return error.message
        }
    }

    /// Every object key in `v` that starts with `$`.
    func directiveKeys(_ v: JSON) -> [String] {
        switch v {
        case .object(let o): return o.flatMap { (k, v) in (k.hasPrefix("$") ? [k] : []) + directiveKeys(v) }
        case .array(let a): return a.flatMap(directiveKeys)
        default: return []
        }
    }

    static let pod = #"{"metadata":{"name":"p","labels":{"app":"web"}},"spec":{"containers":[{"name":"app","image":"app:1","env":[{"name":"A","value":"1"},{"name":"B","value":"2"}],"ports":[{"containerPort":80,"protocol":"TCP"}]},{"name":"sidecar","image":"side:1"}]}}"#

    @Test func containerImageChangeKeepsOtherContainersAndFields() throws {
        let r = try patched(Self.pod, #"{"spec":{"containers":[{"name":"app","image":"app:2"}]}}"#)
        let containers = r[path: ["spec", "containers"]]?.arrayValue ?? []
        #expect(containers.count == 2)
        #expect(containers.first?["image"] == .string("app:2"))
        #expect(containers.first?["env"]?.arrayValue?.count == 2)
        #expect(containers.first?["ports"]?.arrayValue?.count == 1)
        #expect(containers.last == (try json(#"{"name":"sidecar","image":"side:1"}"#)))
        #expect(r[path: ["metadata", "labels", "app"]] == .string("web"))
    }

    @Test func envMergesByName() throws {
        let r = try patched(Self.pod, #"{"spec":{"containers":[{"name":"app","env":[{"name":"B","value":"two"},{"name":"C","value":"3"}]}]}}"#)
        let env = r[path: ["spec", "containers"]]?[0]?["env"]
        #expect(env == (try json(#"[{"name":"A","value":"1"},{"name":"B","value":"two"},{"name":"C","value":"3"}]"#)))
    }

    @Test func portsMergeByContainerPort() throws {
        let r = try patched(Self.pod, #"{"spec":{"containers":[{"name":"app","ports":[{"containerPort":80,"name":"http"},{"containerPort":443}]}]}}"#)
        let ports = r[path: ["spec", "containers"]]?[0]?["ports"]
        #expect(ports == (try json(#"[{"containerPort":80,"protocol":"TCP","name":"http"},{"containerPort":443}]"#)))
    }

    @Test func newElementsWithoutElementOrderComeFirstAsUpstreamOrdersThem() throws {
        // Upstream's normalizeElementOrder places patch items not in the live list before the
        // server-only ones; kubectl sends $setElementOrder when order matters.
        let r = try patched(#"{"spec":{"containers":[{"name":"a"},{"name":"b"}]}}"#, #"{"spec":{"containers":[{"name":"c"}]}}"#)
        #expect(r.jsonString == #"{"spec":{"containers":[{"name":"c"},{"name":"a"},{"name":"b"}]}}"#)
    }

    @Test func patchedExistingElementsKeepTheirPlace() throws {
        let r = try patched(#"{"spec":{"containers":[{"name":"a"},{"name":"b"},{"name":"c"}]}}"#, #"{"spec":{"containers":[{"name":"b","image":"x"},{"name":"d"}]}}"#)
        #expect(r.jsonString == #"{"spec":{"containers":[{"name":"a"},{"name":"b","image":"x"},{"name":"d"},{"name":"c"}]}}"#)
    }

    @Test func setElementOrderAppendsNewElementsWhereListed() throws {
        let r = try patched(
            #"{"spec":{"containers":[{"name":"a"},{"name":"b"}]}}"#,
            #"{"spec":{"$setElementOrder/containers":[{"name":"a"},{"name":"b"},{"name":"c"}],"containers":[{"name":"c","image":"c:1"}]}}"#)
        #expect(r.jsonString == #"{"spec":{"containers":[{"name":"a"},{"name":"b"},{"name":"c","image":"c:1"}]}}"#)
    }

    @Test func setElementOrderReorders() throws {
        let r = try patched(
            #"{"spec":{"containers":[{"name":"a","image":"1"},{"name":"b"},{"name":"c"}]}}"#,
            #"{"spec":{"$setElementOrder/containers":[{"name":"c"},{"name":"a"},{"name":"b"}]}}"#)
        #expect(r.jsonString == #"{"spec":{"containers":[{"name":"c"},{"name":"a","image":"1"},{"name":"b"}]}}"#)
    }

    @Test func setElementOrderInterleavesUnlistedElementsByTheirOriginalPlace() throws {
        let r = try patched(
            #"{"spec":{"containers":[{"name":"a"},{"name":"b"},{"name":"c"},{"name":"d"}]}}"#,
            #"{"spec":{"$setElementOrder/containers":[{"name":"c"},{"name":"a"}]}}"#)
        #expect(r.jsonString == #"{"spec":{"containers":[{"name":"b"},{"name":"c"},{"name":"a"},{"name":"d"}]}}"#)
    }

    @Test func setElementOrderOrdersPrimitiveLists() throws {
        let r = try patched(#"{"metadata":{"finalizers":["a","b"]}}"#, #"{"metadata":{"$setElementOrder/finalizers":["b","c","a"],"finalizers":["c"]}}"#)
        #expect(r.jsonString == #"{"metadata":{"finalizers":["b","c","a"]}}"#)
    }

    @Test func setElementOrderMustAgreeWithThePatchList() throws {
        let m = try message(
            #"{"spec":{"containers":[{"name":"a"},{"name":"b"}]}}"#,
            #"{"spec":{"$setElementOrder/containers":[{"name":"a"},{"name":"b"}],"containers":[{"name":"b"},{"name":"a"}]}}"#)
        #expect(m?.hasPrefix("The order in patch list:") == true)
    }

    @Test func patchDeleteRemovesAnElement() throws {
        let r = try patched(Self.pod, #"{"spec":{"containers":[{"name":"sidecar","$patch":"delete"}]}}"#)
        #expect(r[path: ["spec", "containers"]]?.arrayValue?.map { $0["name"]?.stringValue } == ["app"])
        let env = try patched(Self.pod, #"{"spec":{"containers":[{"name":"app","env":[{"$patch":"delete","name":"A"}]}]}}"#)
        #expect(env[path: ["spec", "containers"]]?[0]?["env"] == (try json(#"[{"name":"B","value":"2"}]"#)))
    }

    @Test func patchDeleteNeedsTheMergeKey() throws {
        #expect(try message(Self.pod, #"{"spec":{"containers":[{"$patch":"delete"}]}}"#)
            == #"map: {"$patch":"delete"} does not contain declared merge key: name"#)
    }

    @Test func patchReplaceInAListElementReplacesTheWholeList() throws {
        let r = try patched(Self.pod, #"{"spec":{"containers":[{"name":"only","image":"o:1"},{"$patch":"replace"}]}}"#)
        #expect(r[path: ["spec", "containers"]] == (try json(#"[{"name":"only","image":"o:1"}]"#)))
    }

    @Test func patchReplaceInAMapReplacesTheMap() throws {
        let r = try patched(Self.pod, #"{"metadata":{"labels":{"$patch":"replace","tier":"db"}}}"#)
        #expect(r[path: ["metadata", "labels"]] == (try json(#"{"tier":"db"}"#)))
        #expect(r[path: ["metadata", "name"]] == .string("p"))
    }

    @Test func patchDeleteInAMapEmptiesIt() throws {
        let r = try patched(Self.pod, #"{"metadata":{"labels":{"$patch":"delete"}}}"#)
        #expect(r[path: ["metadata", "labels"]] == .object(JSONObject()))
    }

    @Test func patchMergeInAMapIsAPlainMerge() throws {
        let r = try patched(Self.pod, #"{"metadata":{"labels":{"$patch":"merge","tier":"db"}}}"#)
        #expect(r[path: ["metadata", "labels"]] == (try json(#"{"app":"web","tier":"db"}"#)))
    }

    @Test func unsupportedPatchDirectivesAreErrors() throws {
        #expect(try message(Self.pod, #"{"spec":{"containers":[{"name":"app","$patch":"merge"}]}}"#) == "merging lists cannot yet be specified in the patch")
        #expect(try message(Self.pod, #"{"metadata":{"$patch":"explode"}}"#)?.hasPrefix("unknown patch type") == true)
    }

    @Test func retainKeysDropsUnlistedKeys() throws {
        let doc = #"{"spec":{"strategy":{"type":"RollingUpdate","rollingUpdate":{"maxSurge":1}}}}"#
        let r = try patched(doc, #"{"spec":{"strategy":{"$retainKeys":["type"],"type":"Recreate"}}}"#)
        #expect(r.jsonString == #"{"spec":{"strategy":{"type":"Recreate"}}}"#)
        let kept = try patched(doc, #"{"spec":{"strategy":{"$retainKeys":["type","rollingUpdate"],"rollingUpdate":{"maxSurge":2}}}}"#)
        #expect(kept.jsonString == #"{"spec":{"strategy":{"type":"RollingUpdate","rollingUpdate":{"maxSurge":2}}}}"#)
    }

    @Test func retainKeysMustListEveryPatchedKey() throws {
        let m = try message(#"{"spec":{"strategy":{"type":"A"}}}"#, #"{"spec":{"strategy":{"$retainKeys":["type"],"other":1}}}"#)
        #expect(m?.hasPrefix("invalid patch format of retainKeys") == true)
    }

    @Test func retainKeysWorksInsideMergedListElements() throws {
        let doc = #"{"spec":{"volumes":[{"name":"v","emptyDir":{}},{"name":"w","secret":{"secretName":"s"}}]}}"#
        let r = try patched(doc, #"{"spec":{"volumes":[{"name":"v","$retainKeys":["name","configMap"],"configMap":{"name":"cm"}}]}}"#)
        #expect(r.jsonString == #"{"spec":{"volumes":[{"name":"v","configMap":{"name":"cm"}},{"name":"w","secret":{"secretName":"s"}}]}}"#)
    }

    @Test func nullDeletesKeys() throws {
        let r = try patched(Self.pod, #"{"metadata":{"labels":{"app":null},"missing":null},"spec":{"containers":[{"name":"app","ports":null}]}}"#)
        #expect(r[path: ["metadata", "labels"]] == .object(JSONObject()))
        #expect(r[path: ["metadata", "missing"]] == nil)
        #expect(r[path: ["spec", "containers"]]?[0]?["ports"] == nil)
        #expect(r[path: ["spec", "containers"]]?[0]?["env"] != nil)
    }

    @Test func primitiveMergeListsUnion() throws {
        let r = try patched(#"{"metadata":{"finalizers":["a","b"]}}"#, #"{"metadata":{"finalizers":["b","c"]}}"#)
        #expect(r.jsonString == #"{"metadata":{"finalizers":["a","b","c"]}}"#)
    }

    @Test func deleteFromPrimitiveList() throws {
        let r = try patched(#"{"metadata":{"finalizers":["a","b","c"]}}"#, #"{"metadata":{"$deleteFromPrimitiveList/finalizers":["b","zz"]}}"#)
        #expect(r.jsonString == #"{"metadata":{"finalizers":["a","c"]}}"#)
        let none = try patched(#"{"metadata":{}}"#, #"{"metadata":{"$deleteFromPrimitiveList/finalizers":["b"]}}"#)
        #expect(none.jsonString == #"{"metadata":{}}"#)
    }

    @Test func listsWithoutMergeStrategyReplace() throws {
        let r = try patched(#"{"spec":{"args":["a","b"],"containers":[]}}"#, #"{"spec":{"args":["c"]}}"#)
        #expect(r.jsonString == #"{"spec":{"args":["c"],"containers":[]}}"#)
    }

    @Test func nestedTemplateContainersMergeByName() throws {
        let doc = #"{"spec":{"replicas":1,"template":{"spec":{"containers":[{"name":"a","image":"a:1","env":[{"name":"X","value":"1"}]},{"name":"b","image":"b:1"}]}}}}"#
        let r = try patched(doc, #"{"spec":{"replicas":3,"template":{"spec":{"containers":[{"name":"b","image":"b:2"},{"name":"a","env":[{"name":"Y","value":"2"}]}]}}}}"#)
        // Upstream's precedence is $setElementOrder, then patch-list order, then live order: the
        // patch names b before a, and the new Y comes before the server-only X.
        #expect(r.jsonString == #"{"spec":{"replicas":3,"template":{"spec":{"containers":[{"name":"b","image":"b:2"},{"name":"a","image":"a:1","env":[{"name":"Y","value":"2"},{"name":"X","value":"1"}]}]}}}}"#)
    }

    @Test func membersKeepTheirOrderAndNewOnesAppend() throws {
        let r = try patched(#"{"b":1,"a":{"y":1,"x":2}}"#, #"{"c":3,"a":{"z":0,"y":5}}"#)
        #expect(r.jsonString == #"{"b":1,"a":{"y":5,"x":2,"z":0},"c":3}"#)
    }

    @Test func directivesNeverReachTheResult() throws {
        let patch = #"""
            {"metadata":{"labels":{"$patch":"replace","a":"b"},"annotations":{"$retainKeys":["x"],"x":"1","gone":null}},
             "spec":{"$setElementOrder/containers":[{"name":"new"},{"name":"app"},{"name":"sidecar"}],
                     "containers":[{"name":"new","env":[{"name":"E","value":"v"},{"name":"Z","$patch":"delete"}],
                                    "$setElementOrder/env":[{"name":"E"}],"resources":{"$patch":"replace","limits":{"cpu":"1"}},"drop":null}],
                     "fresh":{"$retainKeys":["k"],"k":{"$patch":"delete"},"n":null}}}
            """#
        let r = try patched(Self.pod, patch)
        #expect(directiveKeys(r) == [])
        let added = r[path: ["spec", "containers"]]?[0]
        #expect(added == (try json(#"{"name":"new","env":[{"name":"E","value":"v"}],"resources":{"limits":{"cpu":"1"}}}"#)))
        #expect(r[path: ["metadata", "annotations"]] == (try json(#"{"x":"1"}"#)))
    }

    @Test func typeChangesReplace() throws {
        let r = try patched(#"{"a":{"x":1},"b":[1],"c":"s"}"#, #"{"a":"now a string","b":{"k":null,"v":1},"c":[1]}"#)
        #expect(r.jsonString == #"{"a":"now a string","b":{"v":1},"c":[1]}"#)
    }

    @Test func malformedInputIsRejected() throws {
        #expect(try message("{}", "[1]") != nil)
        #expect(try message("[]", "{}") != nil)
        #expect(try message(Self.pod, #"{"spec":{"containers":[{"image":"x"}]}}"#)
            == #"map: {"image":"x"} does not contain declared merge key: name"#)
        #expect(try message(Self.pod, #"{"spec":{"containers":["x"]}}"#) != nil)
        #expect(try message(#"{"metadata":{"finalizers":["a"]}}"#, #"{"metadata":{"finalizers":[["b"]]}}"#) != nil)
    }

    @Test func objectListsWithMergeStrategyButNoKeyAreRejected() throws {
        let schema = StrategicSchemaTable([["items"]: .mergePrimitives])
        #expect(throws: JSONPatchError.self) {
            try StrategicMergePatch.apply(json(#"{"items":[{"a":1}]}"#), to: json(#"{"items":[{"a":2}]}"#), schema: schema)
        }
    }

    @Test func emptyPatchChangesNothing() throws {
        #expect(try patched(Self.pod, "{}") == (try json(Self.pod)))
    }
}

@Suite struct StrategicMergePatchScaleTests {
    @Test func manyElementOrderDirectivesAndListElementsStayCorrect() throws {
        let n = 5_000
        let doc = JSON.object(JSONObject((0..<n).map { ("l\($0)", JSON.array([.string("a"), .string("b")])) }))
        let patch = JSON.object(JSONObject((0..<n).map { ("$setElementOrder/l\($0)", JSON.array([.string("b"), .string("a")])) }))
        let r = try StrategicMergePatch.apply(patch, to: doc, schema: StrategicSchemaTable([:]))
        #expect(r.objectValue?.count == n)
        #expect(r["l0"] == .array(["b", "a"]))
        #expect(r["l\(n - 1)"] == .array(["b", "a"]))

        let many = (0..<20_000).map { JSON.object(JSONObject([("name", .string("c\($0)"))])) }
        let list = try StrategicMergePatch.apply(
            ["items": .array(Array(many.reversed()))], to: ["items": .array(many)],
            schema: StrategicSchemaTable([["items"]: .merge(key: "name")]))
        #expect(list["items"]?.arrayValue?.first?["name"] == .string("c19999"))
        #expect(list["items"]?.arrayValue?.count == 20_000)
    }
}
