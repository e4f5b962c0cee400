import Testing
import JSON

@Suite struct JSONPointerTests {
    @Test func emptyPointerIsTheWholeDocument() throws {
        #expect(try JSONPointer("").tokens == [])
    }

    @Test func splitsOnSlashesKeepingEmptyTokens() throws {
        #expect(try JSONPointer("/a/b/0").tokens == ["a", "b", "0"])
        #expect(try JSONPointer("/").tokens == [""])
        #expect(try JSONPointer("/a//b/").tokens == ["a", "", "b", ""])
    }

    @Test func unescapesTildeSequences() throws {
        #expect(try JSONPointer("/a~1b").tokens == ["a/b"])
        #expect(try JSONPointer("/m~0n").tokens == ["m~n"])
        // ~01 is "~1" (a tilde then a one), not "/": ~0 is decoded after ~1.
        #expect(try JSONPointer("/~01").tokens == ["~1"])
        #expect(try JSONPointer("/~10").tokens == ["/0"])
        #expect(try JSONPointer("/metadata/annotations/example.com~1role").tokens == ["metadata", "annotations", "example.com/role"])
    }

    @Test(arguments: ["a/b", "/a~2", "/a~", "~1"])
    func rejectsMalformedPointers(_ text: String) {
        #expect(throws: JSONPatchError.self) { try JSONPointer(text) }
    }

    @Test func descriptionEscapesAgain() throws {
        for text in ["", "/a~1b/m~0n/0", "/~01", "/"] {
            #expect(try JSONPointer(text).description == text)
        }
    }

    @Test func resolvesTheRFC6901Examples() throws {
        let doc = try json(#"{"foo":["bar","baz"],"":0,"a/b":1,"c%d":2,"e^f":3,"g|h":4,"i\\j":5,"k\"l":6," ":7,"m~n":8}"#)
        let cases: [(String, JSON)] = [
            ("", doc), ("/foo", ["bar", "baz"]), ("/foo/0", "bar"), ("/", 0), ("/a~1b", 1), ("/c%d", 2),
            ("/e^f", 3), ("/g|h", 4), ("/i\\j", 5), ("/k\"l", 6), ("/ ", 7), ("/m~0n", 8),
        ]
        for (text, expected) in cases {
            #expect(try JSONPointer(text).resolve(in: doc) == expected, "\(text)")
        }
        #expect(try JSONPointer("/foo/2").resolve(in: doc) == nil)
        #expect(try JSONPointer("/foo/01").resolve(in: doc) == nil)
        #expect(try JSONPointer("/nope/x").resolve(in: doc) == nil)
    }
}
