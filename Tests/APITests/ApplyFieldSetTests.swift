import JSON
import Testing
@testable import API

@Test func fieldSetRoundTripsThroughFieldsV1() throws {
    let text = #"""
    {"f:metadata":{"f:labels":{".":{},"f:app":{}}},"f:spec":{"f:containers":{"k:{\"name\":\"c\"}":{".":{},"f:image":{}}},"f:finalizers":{"v:\"x\"":{}}}}
    """#
    let json = try JSONParser.parse(text)
    let set = try #require(FieldSet(fieldsV1: json))
    #expect(set.fieldsV1 == json)
    #expect(set.fieldsV1.jsonString == json.jsonString)
    #expect(set.paths.count == 5)
    #expect(set.paths.contains(["f:metadata", "f:labels"]))
    #expect(FieldSet.pathString(["f:spec", "f:containers", #"k:{"name":"c"}"#, "f:image"]) == #".spec.containers[name="c"].image"#)
    #expect(FieldSet.pathString(["f:spec", "f:finalizers", #"v:"x""#]) == #".spec.finalizers[="x"]"#)
}

@Test func fieldSetRejectsMalformedFieldsV1() {
    #expect(FieldSet(fieldsV1: ["x:bad": [:]]) == nil)
    #expect(FieldSet(fieldsV1: ["f:a": 1]) == nil)
    #expect(FieldSet(fieldsV1: "s") == nil)
}

@Test func fieldSetAlgebra() throws {
    let a = try #require(FieldSet(fieldsV1: try JSONParser.parse(#"{"f:a":{},"f:b":{"f:c":{},"f:d":{}}}"#)))
    let b = try #require(FieldSet(fieldsV1: try JSONParser.parse(#"{"f:b":{"f:c":{}},"f:e":{}}"#)))
    #expect(a.union(b).paths == [["f:a"], ["f:b", "f:c"], ["f:b", "f:d"], ["f:e"]])
    #expect(a.subtracting(b).paths == [["f:a"], ["f:b", "f:d"]])
    #expect(a.intersection(b).paths == [["f:b", "f:c"]])
    let prefix = try #require(FieldSet(fieldsV1: try JSONParser.parse(#"{"f:b":{}}"#)))
    #expect(a.subtractingRecursively(prefix).paths == [["f:a"]])
    #expect(a.subtracting(prefix) == a)
}

@Test func recordingACreateIsFast() {
    var containers: [JSON] = []
    for i in 0..<3 {
        containers.append(["name": .string("c\(i)"), "image": "registry.example.com/app:1.2.3",
                           "ports": [["containerPort": .int(8080 + Int64(i)), "protocol": "TCP"]],
                           "env": [["name": "A", "value": "1"], ["name": "B", "value": "2"]],
                           "resources": ["limits": ["cpu": "500m", "memory": "128Mi"]],
                           "volumeMounts": [["name": "v", "mountPath": "/data"]],
                           "terminationMessagePath": "/dev/termination-log", "imagePullPolicy": "IfNotPresent"])
    }
    let pod: JSON = ["apiVersion": "v1", "kind": "Pod",
                     "metadata": ["name": "p", "namespace": "default", "labels": ["app": "a", "tier": "b"]],
                     "spec": ["containers": .array(containers), "volumes": [["name": "v", "emptyDir": [:]]],
                              "restartPolicy": "Always", "dnsPolicy": "ClusterFirst", "schedulerName": "default-scheduler"]]
    let schema = KubernetesPatchSchema(kind: "Pod")
    let n = 20000
    let start = ContinuousClock.now
    var last = pod
    for _ in 0..<n {
        last = ManagedFields.recordUpdate(old: nil, new: pod, manager: "kubectl-create", apiVersion: "v1",
                                          time: "2024-01-01T00:00:00Z", schema: schema)
    }
    let per = (ContinuousClock.now - start) / n
    #expect(last[path: ["metadata", "managedFields"]]?.arrayValue?.count == 1)
    // The budget is ~20 µs in release builds; debug builds are far slower, so only catch blowups.
    #expect(per < .milliseconds(2), "\(per) per create")
    let bytes = pod.bytes
    let parseStart = ContinuousClock.now
    for _ in 0..<n { _ = try? JSONParser.parse(bytes) }
    print("recordUpdate(create) of a \(bytes.count)-byte pod: \(per); parsing it: \((ContinuousClock.now - parseStart) / n)")
}

@Test func directFieldsV1MatchesTheFieldSetEncoding() throws {
    let objects = [
        #"{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p","uid":"u","labels":{"a":"b"},"finalizers":["x","y"]},"spec":{"containers":[{"name":"c","ports":[{"containerPort":80},{"containerPort":80,"protocol":"UDP"}],"env":[{"name":"E"}],"resources":{}}],"tolerations":[{"key":"k"}],"volumes":[{"name":"v"}]},"status":{"phase":"Running"}}"#,
        #"{"metadata":{"name":"only"}}"#,
        #"{"spec":{"containers":[{"name":"a"},{"name":"a"}],"x":[],"y":null}}"#,
    ]
    for text in objects {
        let obj = try JSONParser.parse(text)
        var a = FieldWalker(schema: KubernetesPatchSchema(kind: "Pod"), subresource: nil)
        var b = a
        let viaSet = a.fieldSet(of: obj)
        let direct = b.fieldsV1(of: obj)
        let expected: JSON? = viaSet.isEmpty ? JSON?.none : viaSet.fieldsV1
        #expect(expected == direct, "\(text)")
    }
}

/// The same metadata without being a `KubernetesPatchSchema`, which bypasses the shape cache.
private struct UncachedSchema: StrategicSchema {
    let inner: KubernetesPatchSchema
    func meta(for path: [String]) -> PatchMeta { inner.meta(for: path) }
}

@Test func cachedCreateFieldsMatchFreshlyBuiltOnes() throws {
    let variants = [
        #"{"metadata":{"name":"a","labels":{"app":"x"}},"spec":{"containers":[{"name":"c","image":"i"}]}}"#,
        #"{"metadata":{"name":"b","labels":{"app":"y"}},"spec":{"containers":[{"name":"c","image":"j"}]}}"#,
        #"{"metadata":{"name":"c","labels":{"tier":"y"}},"spec":{"containers":[{"name":"c","image":"j"}]}}"#,
        #"{"metadata":{"name":"d"},"spec":{"containers":[{"name":"other","image":"j"}]}}"#,
        #"{"metadata":{"name":"e"},"spec":{"containers":[{"name":"c"},{"name":"c"}]}}"#,
        #"{"metadata":{"name":"f"},"spec":{"containers":[{"name":"c","ports":[{"containerPort":80}]}]}}"#,
        #"{"metadata":{"name":"g"},"spec":{"containers":[{"name":"c","ports":[{"containerPort":81}]}]}}"#,
        #"{"metadata":{"name":"h"},"spec":{"containers":[],"volumes":{}}}"#,
        #"{"metadata":{"name":"i"}}"#,
    ]
    let cached = KubernetesPatchSchema(kind: "Pod")
    let fresh = UncachedSchema(inner: cached)
    for _ in 0..<2 {
        for text in variants {
            let obj = try JSONParser.parse(text)
            let a = ManagedFields.recordUpdate(old: nil, new: obj, manager: "m", apiVersion: "v1", time: "t", schema: cached)
            let b = ManagedFields.recordUpdate(old: nil, new: obj, manager: "m", apiVersion: "v1", time: "t", schema: fresh)
            #expect(a == b, "\(text)")
        }
    }
}
