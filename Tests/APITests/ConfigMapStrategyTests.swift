import JSON
import Testing
@testable import API

@Suite struct ConfigMapStrategyTests {
    @Test func rejectsInvalidKeys() throws {
        let (_, errs) = try created(#"{"metadata":{"name":"c"},"data":{"ok.key":"1","bad/key":"2","..x":"3"}}"#, group: "", kind: "ConfigMap")
        #expect(errs == [
            "data[bad/key]: Invalid value: \"bad/key\": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')",
            "data[..x]: Invalid value: \"..x\": must not start with '..'",
        ])
    }

    @Test func limitsTotalSize() throws {
        let big = String(repeating: "x", count: 1024 * 1024 + 1)
        let obj: JSON = ["metadata": ["name": "c"], "data": ["k": .string(big)]]
        let (_, errs) = try created(obj.jsonString, group: "", kind: "ConfigMap")
        #expect(errs == ["[]: Too long: may not be more than 1048576 bytes"])
    }

    @Test func secretDefaultsTypeAndFoldsStringData() throws {
        let (s, errs) = try created(#"{"metadata":{"name":"s"},"data":{"a":"eA=="},"stringData":{"b":"hello"}}"#, group: "", kind: "Secret")
        #expect(errs.isEmpty)
        #expect(s["type"] == "Opaque")
        #expect(s["data"] == ["a": "eA==", "b": "aGVsbG8="])
        #expect(s["stringData"] == nil)
    }

    @Test func secretRejectsBadBase64AndMissingTLSKeys() throws {
        let (_, errs) = try created(#"{"metadata":{"name":"s"},"type":"kubernetes.io/tls","data":{"tls.crt":"!!"}}"#, group: "", kind: "Secret")
        #expect(errs == [
            "data[tls.crt]: Invalid value: \"<secret contents redacted>\": illegal base64 data",
            "data[tls.key]: Required value",
        ])
    }

    @Test func immutableConfigMapRejectsDataChange() throws {
        let old: JSON = ["metadata": ["name": "c"], "immutable": true, "data": ["a": "1"]]
        var new = old
        new["data"] = ["a": "2"]
        #expect(updated(new, old: old, group: "", kind: "ConfigMap").1 == ["data: Forbidden: field is immutable when `immutable` is set"])
    }

    @Test func namespaceGetsLabelFinalizerAndPhase() throws {
        let (ns, errs) = try created(#"{"kind":"Namespace","apiVersion":"v1","metadata":{"name":"demo"}}"#, group: "", kind: "Namespace")
        #expect(errs.isEmpty)
        #expect(ns[path: ["metadata", "labels", "kubernetes.io/metadata.name"]] == "demo")
        #expect(ns[path: ["spec", "finalizers"]] == ["kubernetes"])
        #expect(ns["status"] == ["phase": "Active"])
    }
}
