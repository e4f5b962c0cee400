import Testing
import JSON

@Suite struct JSONValueTests {
    @Test func objectEqualityIgnoresMemberOrder() throws {
        #expect(try json(#"{"a":1,"b":[1,2]}"#) == json(#"{"b":[1,2],"a":1}"#))
        #expect(try json(#"{"a":1}"#) != json(#"{"a":1,"b":2}"#))
        #expect(try json("[1,2]") != json("[2,1]"))
    }

    @Test func assigningReplacesInPlaceAndAppendsNewKeys() {
        var o = JSONObject([("a", 1), ("b", 2)])
        o["a"] = 10
        o["c"] = 3
        #expect(o.keys == ["a", "b", "c"])
        #expect(o["a"] == .int(10))
    }

    @Test func assigningNilRemoves() {
        var v: JSON = ["a": 1, "b": 2]
        v["a"] = nil
        #expect(v.objectValue?.keys == ["b"])
        var o = JSONObject([("x", 1)])
        #expect(o.removeValue(forKey: "x") == .int(1))
        #expect(o.removeValue(forKey: "x") == nil)
    }

    @Test func pathSubscriptCreatesIntermediateObjects() {
        var v: JSON = [:]
        v[path: ["metadata", "labels", "app"]] = "web"
        #expect(v.jsonString == #"{"metadata":{"labels":{"app":"web"}}}"#)
        #expect(v[path: ["metadata", "labels", "app"]]?.stringValue == "web")
        #expect(v[path: ["metadata", "missing", "x"]] == nil)
        v[path: ["metadata", "labels", "app"]] = nil
        #expect(v.jsonString == #"{"metadata":{"labels":{}}}"#)
    }

    @Test func typedViews() throws {
        let v = try json(#"{"s":"x","i":3,"d":2.0,"b":true,"labels":{"a":"1","n":2}}"#)
        #expect(v["s"]?.stringValue == "x")
        #expect(v["i"]?.intValue == 3)
        #expect(v["d"]?.intValue == 2)
        #expect(v["i"]?.doubleValue == 3)
        #expect(v["b"]?.boolValue == true)
        #expect(v["labels"]?.stringMap == ["a": "1"])
        #expect(v["s"]?.intValue == nil)
        #expect(v["missing"] == nil)
        #expect(JSON.array([1])[0] == .int(1))
        #expect(JSON.array([1])[1] == nil)
    }

    @Test func settingAPathKeepsOrderAndLeavesCopiesAlone() {
        let original: JSON = ["a": 1, "m": ["x": 1, "y": ["z": 2], "w": 3], "b": 2]
        var changed = original
        changed[path: ["m", "y", "z"]] = 5
        changed[path: ["m", "new"]] = "n"
        changed[path: ["m", "x"]] = nil
        #expect(changed.jsonString == #"{"a":1,"m":{"y":{"z":5},"w":3,"new":"n"},"b":2}"#)
        #expect(original.jsonString == #"{"a":1,"m":{"x":1,"y":{"z":2},"w":3},"b":2}"#)
        // Missing objects along the path are created, even to set nothing (as before).
        var empty: JSON = [:]
        empty[path: ["p", "q"]] = nil
        #expect(empty.jsonString == #"{"p":{}}"#)
        var scalar: JSON = 7
        scalar[path: ["k", "v"]] = true
        #expect(scalar.jsonString == #"{"k":{"v":true}}"#)
    }
}

