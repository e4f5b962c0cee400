import Testing
import JSON

@Suite struct JSONWriterTests {
    @Test func writesCompactJSON() {
        let v: JSON = ["a": [1, true, nil, "s"], "b": ["c": 2.5]]
        #expect(v.jsonString == #"{"a":[1,true,null,"s"],"b":{"c":2.5}}"#)
    }

    @Test func escapesHTMLSensitiveCharactersLikeGo() {
        #expect(JSON.string("<a href=\"x\">&</a>").jsonString == #""\u003ca href=\"x\"\u003e\u0026\u003c/a\u003e""#)
    }

    @Test func escapesControlCharacters() {
        #expect(JSON.string("a\nb\tc\rd\u{01}\u{1F}\\").jsonString == #""a\nb\tc\rd\u0001\u001f\\""#)
    }

    @Test func escapesLineAndParagraphSeparatorsLikeGo() {
        #expect(JSON.string("a\u{2028}b\u{2029}c").jsonString == #""a\u2028b\u2029c""#)
    }

    @Test func leavesOtherUnicodeAlone() {
        #expect(JSON.string("é中😀/").jsonString == "\"é中😀/\"")
    }

    @Test func escapesObjectKeys() {
        #expect(JSON.object(JSONObject([("<k>", 1)])).jsonString == #"{"\u003ck\u003e":1}"#)
    }

    @Test func writesIntegersAtTheBounds() {
        #expect(JSON.int(Int64.max).jsonString == "9223372036854775807")
        #expect(JSON.int(Int64.min).jsonString == "-9223372036854775808")
        #expect(JSON.int(0).jsonString == "0")
        #expect(JSON.int(-5).jsonString == "-5")
    }

    @Test func writesIntegralDoublesWithoutFraction() {
        #expect(JSON.double(3).jsonString == "3")
        #expect(JSON.double(-2).jsonString == "-2")
        #expect(JSON.double(0.5).jsonString == "0.5")
    }

    @Test func nonFiniteDoublesWriteNull() {
        #expect(JSON.double(.infinity).jsonString == "null")
        #expect(JSON.double(.nan).jsonString == "null")
    }

    @Test(arguments: [
        #"{"a":[1,2,{"b":null}],"c":"\u003c\u003e\u0026","d":-1.5e-7,"e":{}}"#,
        #"[true,false,null,"",0,-0.25,1e+300]"#,
        #"{"s":"😀 \n \u0000 é","n":9223372036854775807}"#,
    ])
    func parseWriteParseRoundTrips(_ text: String) throws {
        let v = try json(text)
        let again = try JSONParser.parse(v.bytes)
        #expect(again == v)
        #expect(again.jsonString == v.jsonString)
    }

    @Test func doublesRoundTripExactly() throws {
        for d in [0.1, 1.0 / 3.0, 1e-7, 123456.789, 1e21, Double.leastNonzeroMagnitude, 1.7976931348623157e308, -2.5e15] {
            let back = try JSONParser.parse(JSON.double(d).bytes)
            #expect(back.doubleValue == d)
        }
    }

    @Test func writeRawAppendsBytesVerbatim() {
        var w = JSONWriter()
        w.append("[")
        w.writeRaw(Array(#"{"x":1}"#.utf8))
        w.append("]")
        #expect(String(decoding: w.bytes, as: UTF8.self) == #"[{"x":1}]"#)
    }

    /// Long strings are scanned eight bytes at a time: every escape must be found wherever it falls
    /// within a word, and plain runs of any length must pass through.
    @Test func escapesAtEveryPositionOfALongString() {
        let specials: [(String, String)] = [("\"", "\\\""), ("\\", "\\\\"), ("<", "\\u003c"), (">", "\\u003e"),
                                            ("&", "\\u0026"), ("\n", "\\n"), ("\u{01}", "\\u0001"),
                                            ("\u{2028}", "\\u2028"), ("é", "é")]
        for (raw, escaped) in specials {
            for position in 0..<20 {
                let prefix = String(repeating: "a", count: position)
                let suffix = String(repeating: "z", count: 19 - position)
                #expect(JSON.string(prefix + raw + suffix).jsonString == "\"" + prefix + escaped + suffix + "\"")
            }
        }
    }

    @Test func splicesReplaceValuesAndMarkOffsets() {
        let v: JSON = ["a": 1, "m": ["rv": "", "big": ["x": [1, 2]], "k": true], "z": "<"]
        var w = JSONWriter()
        let marks = w.write(v, splices: [JSONSplice(path: ["m", "rv"]), JSONSplice(path: ["m", "big"], replacement: Array("[9]".utf8)),
                                         JSONSplice(path: ["absent"])])
        let text = String(decoding: w.bytes, as: UTF8.self)
        #expect(text == #"{"a":1,"m":{"rv":"","big":[9],"k":true},"z":"\u003c"}"#)
        #expect(marks.count == 3)
        #expect(marks[0].map { Array(w.bytes[$0..<($0 + 2)]) } == Array(#""""#.utf8))
        #expect(marks[2] == nil)
    }
}
