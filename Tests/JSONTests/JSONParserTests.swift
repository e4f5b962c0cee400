import Testing
import JSON

@Suite struct JSONParserTests {
    @Test func parsesEveryValueKind() throws {
        let v = try json(#" { "n": null, "t": true, "f": false, "i": 42, "d": 1.5, "s": "x", "a": [1, "two"], "o": {"k": "v"} } "#)
        #expect(v["n"] == .null)
        #expect(v["t"] == .bool(true))
        #expect(v["f"] == .bool(false))
        #expect(v["i"] == .int(42))
        #expect(v["d"] == .double(1.5))
        #expect(v["s"] == .string("x"))
        #expect(v["a"] == .array([.int(1), .string("two")]))
        #expect(v["o"]?["k"] == .string("v"))
    }

    @Test func integersKeepInt64BoundsExactly() throws {
        #expect(try json("9223372036854775807") == .int(Int64.max))
        #expect(try json("-9223372036854775808") == .int(Int64.min))
        #expect(try json("-17") == .int(-17))
        #expect(try json("0") == .int(0))
        #expect(try json("-0") == .int(0))
    }

    @Test func integersBeyondInt64BecomeDoubles() throws {
        #expect(try json("9223372036854775808") == .double(9223372036854775808))
        #expect(try json("-9223372036854775809").doubleValue == -9223372036854775809.0)
    }

    @Test func fractionsAndExponentsBecomeDoubles() throws {
        #expect(try json("1.25") == .double(1.25))
        #expect(try json("-0.5") == .double(-0.5))
        #expect(try json("1e3") == .double(1000))
        #expect(try json("2E-2") == .double(0.02))
        #expect(try json("1.5e+2") == .double(150))
        #expect(try json("1.0") == .double(1))
        #expect(try json("1.0").intValue == 1)
    }

    @Test(arguments: ["01", "-", "1.", ".5", "1e", "1e+", "+1", "--1", "0x10", "1.e3", "NaN", "Infinity"])
    func malformedNumbersAreRejected(_ text: String) {
        #expect(parseError(text) != nil)
    }

    @Test func numbersTooLargeForDoubleAreRejected() {
        #expect(parseError("1e400") != nil)
        #expect(parseError("-1e400") != nil)
    }

    @Test func simpleEscapesDecode() throws {
        let v = try json(#""q\" b\\ s\/ \b\f\n\r\t""#)
        #expect(v == .string("q\" b\\ s/ \u{08}\u{0C}\n\r\t"))
    }

    @Test func unicodeEscapesDecodeIncludingSurrogatePairs() throws {
        #expect(try json(#""\u00e9\u4e2d""#) == .string("é中"))
        #expect(try json(#""\ud83d\ude00""#) == .string("😀"))
        #expect(try json(#""\uD834\uDD1E""#) == .string("𝄞"))
    }

    @Test func loneSurrogatesBecomeReplacementCharacters() throws {
        #expect(try json(#""\ud83d""#) == .string("\u{FFFD}"))
        #expect(try json(#""\ude00x""#) == .string("\u{FFFD}x"))
        // A high surrogate followed by a non-surrogate escape keeps the second character.
        #expect(try json(#""\ud83d\u0041""#) == .string("\u{FFFD}A"))
    }

    @Test func rawUTF8PassesThrough() throws {
        #expect(try json("\"héllo 😀\"") == .string("héllo 😀"))
    }

    @Test(arguments: [#""\x""#, #""\u12""#, #""\u12g4""#, #""\"#, #""abc"#, #""\u"#])
    func badEscapesAndUnterminatedStringsAreRejected(_ text: String) {
        #expect(parseError(text) != nil)
    }

    @Test func controlCharactersInStringsAreRejected() {
        #expect(parseError("\"a\nb\"")?.message == "invalid control character in string literal")
        #expect(parseError("\"a\u{01}b\"") != nil)
        #expect(parseError("\"a\\n\tb\"") != nil)
    }

    @Test(arguments: ["tru", "nul", "falsy", "True", "nil", "undefined", "t"])
    func badLiteralsAreRejected(_ text: String) {
        #expect(parseError(text) != nil)
    }

    @Test func trailingGarbageIsRejectedWithItsOffset() {
        let e = parseError("{} x")
        #expect(e?.message == "invalid character after top-level value")
        #expect(e?.offset == 3)
        #expect(parseError("[1] [2]") != nil)
        #expect(parseError("truex") != nil)
        #expect(parseError("1 2") != nil)
    }

    @Test func surroundingWhitespaceIsAllowed() throws {
        #expect(try json(" \t\r\n[ 1 , 2 ]\n ") == .array([1, 2]))
    }

    @Test(arguments: ["", " ", "[", "[1,", "[1 2]", "{", #"{"a"}"#, #"{"a":}"#, #"{"a":1,}"#, "[1,]", "{1:2}", #"{"a" 1}"#, "]", "}"])
    func structuralErrorsAreRejected(_ text: String) {
        #expect(parseError(text) != nil)
    }

    @Test func nestingUpToMaxDepthIsAccepted() throws {
        let depth = JSONParser.defaultMaxDepth
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        var v = try json(text)
        var levels = 0
        while case .array(let a) = v {
            levels += 1
            guard let first = a.first else { break }
            v = first
        }
        #expect(levels == depth)
    }

    @Test func nestingBeyondMaxDepthIsRejectedNotCrashing() {
        let depth = JSONParser.defaultMaxDepth + 1
        #expect(parseError(String(repeating: "[", count: depth) + String(repeating: "]", count: depth)) != nil)
        #expect(parseError(String(repeating: #"{"a":"#, count: depth) + "1" + String(repeating: "}", count: depth)) != nil)
        // Far deeper hostile input fails at the limit instead of exhausting the stack.
        #expect(parseError(String(repeating: "[", count: 1_000_000))?.message == "exceeded max depth of \(JSONParser.defaultMaxDepth)")
        #expect(parseError("[[[1]]]", maxDepth: 2) != nil)
        #expect(parseError("[[1]]", maxDepth: 2) == nil)
    }

    @Test func duplicateKeysLastOneWins() throws {
        let v = try json(#"{"a":1,"b":2,"a":3}"#)
        #expect(v["a"] == .int(3))
        #expect(v.objectValue?.keys == ["a", "b"])
    }

    @Test func duplicateKeysLastOneWinsInLargeObjects() throws {
        var members = (0..<100).map { "\"k\($0)\":\($0)" }
        members.append(#""k3":"again""#)
        let v = try json("{" + members.joined(separator: ",") + "}")
        #expect(v.objectValue?.count == 100)
        #expect(v["k3"] == .string("again"))
    }

    @Test func duplicateKeysAreReportedWithTheirPaths() throws {
        let text = #"{"spec":{"replicas":1,"replicas":2,"template":{"containers":[{"name":"a","name":"b"}]}},"kind":"x","kind":"y"}"#
        let (v, dups) = try JSONParser.parseReportingDuplicates(Array(text.utf8))
        #expect(dups == [".spec.replicas", ".spec.template.containers.0.name", ".kind"])
        #expect(v[path: ["spec", "replicas"]] == .int(2))
        #expect(v["kind"] == .string("y"))
    }

    @Test func noDuplicatesReportsNothing() throws {
        let (_, dups) = try JSONParser.parseReportingDuplicates(Array(#"{"a":{"a":1},"b":[{"a":1},{"a":2}]}"#.utf8))
        #expect(dups.isEmpty)
    }

    @Test func objectsKeepMemberOrder() throws {
        let v = try json(#"{"z":1,"a":2,"m":3}"#)
        #expect(v.objectValue?.keys == ["z", "a", "m"])
        #expect(v.jsonString == #"{"z":1,"a":2,"m":3}"#)
    }

    /// Plain string text is skipped eight bytes at a time: an escape, the closing quote or a raw
    /// control character must be seen wherever it falls.
    @Test func stringsAreReadCorrectlyAtEveryAlignment() throws {
        for position in 0..<20 {
            let a = String(repeating: "a", count: position)
            let z = String(repeating: "z", count: 19 - position)
            #expect(try JSONParser.parse("\"" + a + "\\n" + z + "\"") == .string(a + "\n" + z))
            #expect(try JSONParser.parse("\"" + a + "\"") == .string(a))
            #expect(try JSONParser.parse("\"" + a + "é" + z + "\"") == .string(a + "é" + z))
            #expect(throws: JSONParseError.self) { try JSONParser.parse("\"" + a + "\u{01}" + z + "\"") }
        }
    }
}

