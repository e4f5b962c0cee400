import Testing
import JSON

/// The examples of RFC 6902 Appendix A.
@Suite struct JSONPatchRFCTests {
    func failure(_ doc: String, _ patch: String) throws -> JSONPatchError? { try patchFailure(doc, patch) }

    @Test func a1AddingAnObjectMember() throws {
        let r = try patched(#"{"foo":"bar"}"#, #"[{"op":"add","path":"/baz","value":"qux"}]"#)
        #expect(r == (try json(#"{"baz":"qux","foo":"bar"}"#)))
    }

    @Test func a2AddingAnArrayElement() throws {
        let r = try patched(#"{"foo":["bar","baz"]}"#, #"[{"op":"add","path":"/foo/1","value":"qux"}]"#)
        #expect(r == (try json(#"{"foo":["bar","qux","baz"]}"#)))
    }

    @Test func a3RemovingAnObjectMember() throws {
        let r = try patched(#"{"baz":"qux","foo":"bar"}"#, #"[{"op":"remove","path":"/baz"}]"#)
        #expect(r == (try json(#"{"foo":"bar"}"#)))
    }

    @Test func a4RemovingAnArrayElement() throws {
        let r = try patched(#"{"foo":["bar","qux","baz"]}"#, #"[{"op":"remove","path":"/foo/1"}]"#)
        #expect(r == (try json(#"{"foo":["bar","baz"]}"#)))
    }

    @Test func a5ReplacingAValue() throws {
        let r = try patched(#"{"baz":"qux","foo":"bar"}"#, #"[{"op":"replace","path":"/baz","value":"boo"}]"#)
        #expect(r == (try json(#"{"baz":"boo","foo":"bar"}"#)))
    }

    @Test func a6MovingAValue() throws {
        let r = try patched(
            #"{"foo":{"bar":"baz","waldo":"fred"},"qux":{"corge":"grault"}}"#,
            #"[{"op":"move","from":"/foo/waldo","path":"/qux/thud"}]"#)
        #expect(r == (try json(#"{"foo":{"bar":"baz"},"qux":{"corge":"grault","thud":"fred"}}"#)))
    }

    @Test func a7MovingAnArrayElement() throws {
        let r = try patched(#"{"foo":["all","grass","cows","eat"]}"#, #"[{"op":"move","from":"/foo/1","path":"/foo/3"}]"#)
        #expect(r == (try json(#"{"foo":["all","cows","eat","grass"]}"#)))
    }

    @Test func a8TestingAValueSuccess() throws {
        let doc = #"{"baz":"qux","foo":["a",2,"c"]}"#
        let r = try patched(doc, #"[{"op":"test","path":"/baz","value":"qux"},{"op":"test","path":"/foo/1","value":2}]"#)
        #expect(r == (try json(doc)))
    }

    @Test func a9TestingAValueError() throws {
        let e = try failure(#"{"baz":"qux"}"#, #"[{"op":"test","path":"/baz","value":"bar"}]"#)
        #expect(e?.message == "testing value /baz failed: test failed")
    }

    @Test func a10AddingANestedMemberObject() throws {
        let r = try patched(#"{"foo":"bar"}"#, #"[{"op":"add","path":"/child","value":{"grandchild":{}}}]"#)
        #expect(r == (try json(#"{"foo":"bar","child":{"grandchild":{}}}"#)))
    }

    @Test func a11IgnoringUnrecognizedElements() throws {
        let r = try patched(#"{"foo":"bar"}"#, #"[{"op":"add","path":"/baz","value":"qux","xyz":123}]"#)
        #expect(r == (try json(#"{"foo":"bar","baz":"qux"}"#)))
    }

    @Test func a12AddingToANonexistentTarget() throws {
        let e = try failure(#"{"foo":"bar"}"#, #"[{"op":"add","path":"/baz/bat","value":"qux"}]"#)
        #expect(e?.message == #"add operation does not apply: doc is missing path: "/baz/bat": missing value"#)
    }

    @Test func a13InvalidPatchDocumentIsAnError() throws {
        // The later "op" wins (as in Go), and removing the missing /baz fails.
        #expect(try failure(#"{"foo":"bar"}"#, #"[{"op":"add","path":"/baz","value":"qux","op":"remove"}]"#) != nil)
    }

    @Test func a14TildeEscapeOrdering() throws {
        let doc = #"{"/":9,"~1":10}"#
        #expect(try patched(doc, #"[{"op":"test","path":"/~01","value":10}]"#) == json(doc))
    }

    @Test func a15ComparingStringsAndNumbers() throws {
        #expect(try failure(#"{"/":9,"~1":10}"#, #"[{"op":"test","path":"/~01","value":"10"}]"#) != nil)
    }

    @Test func a16AddingAnArrayValue() throws {
        let r = try patched(#"{"foo":["bar"]}"#, #"[{"op":"add","path":"/foo/-","value":["abc","def"]}]"#)
        #expect(r == (try json(#"{"foo":["bar",["abc","def"]]}"#)))
    }
}
