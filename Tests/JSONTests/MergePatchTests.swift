import Testing
import JSON

@Suite struct MergePatchTests {
    /// RFC 7386 Appendix A: original, patch, result.
    static let rfcExamples: [(String, String, String)] = [
        (#"{"a":"b"}"#, #"{"a":"c"}"#, #"{"a":"c"}"#),
        (#"{"a":"b"}"#, #"{"b":"c"}"#, #"{"a":"b","b":"c"}"#),
        (#"{"a":"b"}"#, #"{"a":null}"#, #"{}"#),
        (#"{"a":"b","b":"c"}"#, #"{"a":null}"#, #"{"b":"c"}"#),
        (#"{"a":["b"]}"#, #"{"a":"c"}"#, #"{"a":"c"}"#),
        (#"{"a":"c"}"#, #"{"a":["b"]}"#, #"{"a":["b"]}"#),
        (#"{"a":{"b":"c"}}"#, #"{"a":{"b":"d","c":null}}"#, #"{"a":{"b":"d"}}"#),
        (#"{"a":[{"b":"c"}]}"#, #"{"a":[1]}"#, #"{"a":[1]}"#),
        (#"["a","b"]"#, #"["c","d"]"#, #"["c","d"]"#),
        (#"{"a":"b"}"#, #"["c"]"#, #"["c"]"#),
        (#"{"a":"foo"}"#, "null", "null"),
        (#"{"a":"foo"}"#, #""bar""#, #""bar""#),
        (#"{"e":null}"#, #"{"a":1}"#, #"{"e":null,"a":1}"#),
        (#"[1,2]"#, #"{"a":"b","c":null}"#, #"{"a":"b"}"#),
        (#"{}"#, #"{"a":{"bb":{"ccc":null}}}"#, #"{"a":{"bb":{}}}"#),
    ]

    @Test(arguments: 0..<rfcExamples.count)
    func rfc7386AppendixA(_ n: Int) throws {
        let (original, patch, result) = Self.rfcExamples[n]
        #expect(try MergePatch.apply(json(patch), to: json(original)) == json(result))
    }

    @Test func keepsOriginalMemberOrderAndAppendsNewKeys() throws {
        let r = MergePatch.apply(try json(#"{"new":1,"b":{"y":2,"z":3},"a":null}"#), to: try json(#"{"a":1,"b":{"x":1,"y":1},"c":1}"#))
        #expect(r.jsonString == #"{"b":{"x":1,"y":2,"z":3},"c":1,"new":1}"#)
    }

    @Test func arraysReplaceWhole() throws {
        let r = MergePatch.apply(try json(#"{"l":[3]}"#), to: try json(#"{"l":[1,2]}"#))
        #expect(r.jsonString == #"{"l":[3]}"#)
    }

    @Test func nullsInsideNewValuesArePruned() throws {
        let r = MergePatch.apply(try json(#"{"x":{"a":null,"b":1},"y":[{"c":null,"d":2}]}"#), to: try json("{}"))
        #expect(r.jsonString == #"{"x":{"b":1},"y":[{"d":2}]}"#)
    }

    @Test func deletingAMissingKeyIsANoOp() throws {
        #expect(MergePatch.apply(try json(#"{"zz":null}"#), to: try json(#"{"a":1}"#)).jsonString == #"{"a":1}"#)
    }

    @Test func createProducesAPatchThatReproducesTheTarget() throws {
        let pairs: [(String, String)] = [
            (#"{"a":1,"b":{"c":2,"d":3},"e":[1]}"#, #"{"a":1,"b":{"c":5},"e":[1,2],"f":"new"}"#),
            (#"{"a":{"b":{"c":1}}}"#, #"{"a":{"b":{}}}"#),
            (#"{"a":1}"#, #"{"a":1}"#),
            (#"{"a":{"x":1}}"#, #"{"a":"scalar"}"#),
        ]
        for (o, m) in pairs {
            let original = try json(o)
            let modified = try json(m)
            let patch = MergePatch.create(from: original, to: modified)
            #expect(MergePatch.apply(patch, to: original) == modified, "\(o) -> \(m): \(patch.jsonString)")
        }
    }

    @Test func createIsMinimal() throws {
        let patch = MergePatch.create(from: try json(#"{"a":1,"b":{"c":2,"d":3},"gone":true}"#), to: try json(#"{"a":1,"b":{"c":2,"d":4}}"#))
        #expect(patch == (try json(#"{"b":{"d":4},"gone":null}"#)))
        #expect(MergePatch.create(from: try json(#"{"a":[1]}"#), to: try json(#"{"a":[1]}"#)) == (try json("{}")))
    }
}

@Suite struct LargeObjectMergeTests {
    @Test func largeObjectsMergeWithOrderKept() throws {
        let n = 20_000
        let doc = JSON.object(JSONObject((0..<n).map { ("k\($0)", JSON.int(Int64($0))) }))
        var patchMembers: [(String, JSON)] = (0..<n).filter { $0 % 2 == 0 }.map { ("k\($0)", JSON.null) }
        patchMembers += (0..<n).filter { $0 % 2 == 1 }.map { ("k\($0)", JSON.string("odd")) }
        patchMembers += (0..<n).map { ("new\($0)", JSON.bool(true)) }
        let patch = JSON.object(JSONObject(patchMembers))
        let merged = MergePatch.apply(patch, to: doc)
        let keys = merged.objectValue?.keys ?? []
        #expect(keys.count == n / 2 + n)
        #expect(keys.first == "k1")
        #expect(keys[n / 2] == "new0")
        #expect(merged["k3"] == .string("odd"))
        let strategic = try StrategicMergePatch.apply(patch, to: doc, schema: StrategicSchemaTable([:]))
        #expect(strategic == merged)
    }
}
