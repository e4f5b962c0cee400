import JSON
import Testing
@testable import API

/// A tiny protobuf encoder for building request bodies by hand, the way kubectl's gogo-generated
/// marshallers lay them out.
enum PB {
    static func varint(_ value: UInt64) -> [UInt8] {
        var v = value, out: [UInt8] = []
        while v >= 0x80 { out.append(UInt8(v & 0x7F) | 0x80); v >>= 7 }
        out.append(UInt8(v))
        return out
    }
    static func tag(_ field: Int, _ wireType: Int) -> [UInt8] { varint(UInt64(field << 3 | wireType)) }
    static func int(_ field: Int, _ value: Int64) -> [UInt8] { tag(field, 0) + varint(UInt64(bitPattern: value)) }
    static func bool(_ field: Int, _ value: Bool) -> [UInt8] { int(field, value ? 1 : 0) }
    static func bytes(_ field: Int, _ value: [UInt8]) -> [UInt8] { tag(field, 2) + varint(UInt64(value.count)) + value }
    static func str(_ field: Int, _ value: String) -> [UInt8] { bytes(field, Array(value.utf8)) }
    static func msg(_ field: Int, _ parts: [UInt8]...) -> [UInt8] { bytes(field, parts.flatMap { $0 }) }
    static func entry(_ field: Int, _ key: String, _ value: String) -> [UInt8] { msg(field, str(1, key), str(2, value)) }
    /// `k8s\0` + runtime.Unknown{TypeMeta, raw, "", ""}.
    static func envelope(_ apiVersion: String, _ kind: String, _ object: [UInt8]) -> [UInt8] {
        [0x6B, 0x38, 0x73, 0x00] + msg(1, str(1, apiVersion), str(2, kind)) + bytes(2, object) + str(3, "") + str(4, "")
    }
    /// ObjectMeta as kubectl sends it: every non-pointer field present, the zero time as an empty message.
    static func objectMeta(_ name: String, labels: [(String, String)] = []) -> [UInt8] {
        msg(1, str(1, name), str(2, ""), str(3, ""), str(4, ""), str(5, ""), str(6, ""), int(7, 0), msg(8),
            labels.flatMap { entry(11, $0.0, $0.1) })
    }
    /// A container with its non-pointer zero values, as kubectl's `create deployment` sends it.
    static func container(_ name: String, _ image: String, command: [String] = []) -> [UInt8] {
        msg(2, str(1, name), str(2, image), command.flatMap { str(3, $0) }, str(5, ""), msg(8), str(13, ""),
            str(14, ""), bool(16, false), bool(17, false), bool(18, false), str(20, ""))
    }
}

func decoded(_ body: [UInt8]) throws -> JSON { try ProtobufDecoder.decode(body) }
/// Expected values in tests; a typo in the literal yields null, which no decoded body equals.
func json(_ text: String) -> JSON { (try? JSONParser.parse(text)) ?? .null }

/// The `create deployment hello-world-flask --image=… --replicas=N` body, laid out as kubectl 1.32 does.
func deploymentBody(replicas: Int64) -> [UInt8] {
    let labels = [("app", "hello-world-flask")]
    let podSpec = PB.msg(2, PB.container("hello-world-flask", "lyzhang1999/hello-world-flask:latest"),
                         PB.str(3, ""), PB.str(6, ""), PB.str(8, ""), PB.str(9, ""), PB.str(10, ""),
                         PB.bool(11, false), PB.bool(12, false), PB.bool(13, false), PB.str(19, ""))
    let spec = PB.msg(2, PB.int(1, replicas), PB.msg(2, PB.entry(1, "app", "hello-world-flask")),
                      PB.msg(3, PB.objectMeta("", labels: labels), podSpec), PB.msg(4, PB.str(1, "")),
                      PB.int(5, 0), PB.bool(7, false))
    let status = PB.msg(3, PB.int(1, 0), PB.int(2, 0), PB.int(3, 0), PB.int(4, 0), PB.int(5, 0), PB.int(7, 0))
    return PB.envelope("apps/v1", "Deployment", PB.objectMeta("hello-world-flask", labels: labels) + spec + status)
}

/// kubectl 1.31's JSON body for the same command (kubectl-wire.md §2.4): the protobuf body must decode
/// to it once its `null` / `{}` placeholders and `status` are removed.
let kubectl131DeploymentJSON = """
    {"kind":"Deployment","apiVersion":"apps/v1","metadata":{"name":"hello-world-flask","creationTimestamp":null,"labels":{"app":"hello-world-flask"}},
     "spec":{"replicas":2,"selector":{"matchLabels":{"app":"hello-world-flask"}},"template":{"metadata":{"creationTimestamp":null,"labels":{"app":"hello-world-flask"}},
     "spec":{"containers":[{"name":"hello-world-flask","image":"lyzhang1999/hello-world-flask:latest","resources":{}}]}},"strategy":{}},"status":{}}
    """

/// A JSON body without `status` and without the placeholders Go's encoder writes for unset
/// non-omitempty structs (`null` times, `{}`), i.e. what the protobuf decoder yields.
func withoutPlaceholders(_ text: String) -> JSON {
    func strip(_ value: JSON) -> JSON? {
        switch value {
        case .null: return nil
        case .object(let o):
            var out = JSONObject()
            for (k, v) in o { if let s = strip(v) { out[k] = s } }
            return out.isEmpty ? nil : .object(out)
        case .array(let a): return .array(a.compactMap(strip))
        default: return value
        }
    }
    var object = json(text)
    object["status"] = nil
    return strip(object) ?? .null
}

@Suite struct ProtobufDecoderTests {
    @Test func createDeploymentBodyDecodesToTheObjectKubectlMeant() throws {
        #expect(try decoded(deploymentBody(replicas: 2)) == withoutPlaceholders(kubectl131DeploymentJSON))
    }

    @Test func zeroReplicasStayZero() throws {
        #expect(try decoded(deploymentBody(replicas: 0))[path: ["spec", "replicas"]] == .int(0))
    }

    @Test func decodedDeploymentPassesTheDeploymentStrategy() throws {
        let (_, errors) = try created(try decoded(deploymentBody(replicas: 2)).jsonString, group: "apps", kind: "Deployment")
        #expect(errors.isEmpty)
    }

    @Test func serviceTargetPortBecomesIntOrString() throws {
        func port(_ targetPort: [UInt8]) -> [UInt8] {
            PB.msg(1, PB.str(1, "5000-5000"), PB.str(2, "TCP"), PB.int(3, 5000), targetPort, PB.int(5, 0))
        }
        let body = PB.envelope("v1", "Service", PB.objectMeta("svc") + PB.msg(2,
            port(PB.msg(4, PB.int(1, 0), PB.int(2, 5000), PB.str(3, ""))),
            port(PB.msg(4, PB.int(1, 1), PB.int(2, 0), PB.str(3, "http"))),
            PB.entry(2, "app", "svc"), PB.str(4, "ClusterIP")) + PB.msg(3, PB.msg(1)))
        let ports = try decoded(body)[path: ["spec", "ports"]]
        #expect(ports?[0]?["targetPort"] == .int(5000))
        #expect(ports?[1]?["targetPort"] == .string("http"))
        #expect(ports?[0]?["nodePort"] == nil)  // non-pointer omitempty zero
        #expect(try decoded(body)["status"] == nil)
    }

    @Test func ingressRuleValueIsFlattenedSoHTTPSitsInTheRule() throws {
        let path = PB.msg(1, PB.str(1, "/"), PB.msg(2, PB.msg(4, PB.str(1, "web"), PB.msg(2, PB.str(1, ""), PB.int(2, 5000)))),
                          PB.str(3, "Exact"))
        let body = PB.envelope("networking.k8s.io/v1", "Ingress",
                               PB.objectMeta("web") + PB.msg(2, PB.msg(3, PB.str(1, ""), PB.msg(2, PB.msg(1, path)))))
        #expect(try decoded(body) == json("""
            {"apiVersion":"networking.k8s.io/v1","kind":"Ingress","metadata":{"name":"web"},
             "spec":{"rules":[{"http":{"paths":[{"path":"/","pathType":"Exact","backend":{"service":{"name":"web","port":{"number":5000}}}}]}}]}}
            """))
    }

    @Test func autoscaleBodiesDecodeForV1AndV2() throws {
        let target = PB.msg(1, PB.str(1, "Deployment"), PB.str(2, "web"), PB.str(3, "apps/v1"))
        let v1 = PB.envelope("autoscaling/v1", "HorizontalPodAutoscaler",
                             PB.objectMeta("web") + PB.msg(2, target, PB.int(2, 2), PB.int(3, 10), PB.int(4, 50)))
        #expect(try decoded(v1)["spec"] == json("""
            {"scaleTargetRef":{"kind":"Deployment","name":"web","apiVersion":"apps/v1"},"minReplicas":2,"maxReplicas":10,"targetCPUUtilizationPercentage":50}
            """))
        let metric = PB.msg(4, PB.str(1, "Resource"), PB.msg(4, PB.str(1, "cpu"), PB.msg(2, PB.str(1, "Utilization"), PB.int(4, 50))))
        let v2 = PB.envelope("autoscaling/v2", "HorizontalPodAutoscaler",
                             PB.objectMeta("web") + PB.msg(2, target, PB.int(2, 2), PB.int(3, 10), metric))
        #expect(try decoded(v2)[path: ["spec", "metrics"]] == json("""
            [{"type":"Resource","resource":{"name":"cpu","target":{"type":"Utilization","averageUtilization":50}}}]
            """))
    }

    @Test func configMapDataKeepsEmptyValuesAndSecretBytesBecomeBase64() throws {
        let cm = PB.envelope("v1", "ConfigMap", PB.objectMeta("cfg") + PB.msg(2, PB.str(1, "empty")) + PB.entry(2, "k", "v"))
        #expect(try decoded(cm)["data"] == json(#"{"empty":"","k":"v"}"#))
        let secret = PB.envelope("v1", "Secret", PB.objectMeta("db") + PB.msg(2, PB.str(1, "password"), PB.bytes(2, [0x73, 0x33, 0xFF]))
                                 + PB.str(3, ""))
        let s = try decoded(secret)
        #expect(s["data"] == json(#"{"password":"czP/"}"#))
        #expect(s["type"] == nil)
    }

    @Test func namespaceKeepsOnlyWhatWasSet() throws {
        let body = PB.envelope("v1", "Namespace", PB.objectMeta("team-a") + PB.msg(2) + PB.msg(3, PB.str(1, "")))
        #expect(try decoded(body) == json(#"{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"team-a"}}"#))
    }

    @Test func jobKeepsCommandOrderAndRestartPolicy() throws {
        let podSpec = PB.msg(2, PB.container("pi", "perl", command: ["perl", "-Mbignum=bpi", "-wle", "print bpi(20)"]),
                             PB.str(3, "Never"))
        let body = PB.envelope("batch/v1", "Job", PB.objectMeta("pi") + PB.msg(2, PB.msg(6, PB.objectMeta(""), podSpec)))
        let spec = try decoded(body)[path: ["spec", "template", "spec"]]
        #expect(spec?["restartPolicy"] == "Never")
        #expect(spec?["containers"]?[0]?["command"] == json(#"["perl","-Mbignum=bpi","-wle","print bpi(20)"]"#))
    }

    @Test func embeddedStructsAreInlined() throws {
        let probe = PB.msg(10, PB.msg(1, PB.msg(2, PB.str(1, "/healthz"), PB.msg(2, PB.int(1, 1), PB.str(3, "http")))),
                           PB.int(2, 3))
        let env = PB.msg(7, PB.str(1, "MODE"), PB.msg(3, PB.msg(3, PB.msg(1, PB.str(1, "cfg")), PB.str(2, "mode"))))
        let container = PB.msg(2, PB.str(1, "c"), PB.str(2, "img"), env, probe)
        let volume = PB.msg(1, PB.str(1, "scratch"), PB.msg(2, PB.msg(2, PB.str(1, ""))))
        let body = PB.envelope("v1", "Pod", PB.objectMeta("p") + PB.msg(2, volume, container))
        let spec = try decoded(body)["spec"]
        #expect(spec?["volumes"] == json(#"[{"name":"scratch","emptyDir":{}}]"#))
        #expect(spec?["containers"]?[0]?["livenessProbe"] == json(
            #"{"httpGet":{"path":"/healthz","port":"http"},"initialDelaySeconds":3}"#))
        #expect(spec?["containers"]?[0]?["env"] == json(
            #"[{"name":"MODE","valueFrom":{"configMapKeyRef":{"name":"cfg","key":"mode"}}}]"#))
    }

    @Test func timesRenderAsRFC3339AndTheZeroTimeIsOmitted() throws {
        let body = PB.envelope("v1", "Namespace", PB.msg(1, PB.str(1, "n"), PB.msg(8, PB.int(1, 1_795_748_941)),
                                                         PB.msg(9, PB.int(1, 0), PB.int(2, 5))))
        let meta = try decoded(body)["metadata"]
        #expect(meta?["creationTimestamp"] == "2026-11-27T03:09:01Z")
        #expect(meta?["deletionTimestamp"] == "1970-01-01T00:00:00Z")
        #expect(ProtobufDecoder.rfc3339(seconds: -1, microseconds: 250) == "1969-12-31T23:59:59.000250Z")
        #expect(ProtobufDecoder.rfc3339(seconds: 951_782_400, microseconds: nil) == "2000-02-29T00:00:00Z")
        #expect(try decoded(PB.envelope("v1", "Namespace", PB.objectMeta("n")))[path: ["metadata", "creationTimestamp"]] == nil)
    }

    @Test func unknownFieldsAreSkipped() throws {
        let body = PB.envelope("v1", "ServiceAccount", PB.objectMeta("sa") + PB.int(99, 7) + PB.str(100, "x")
                               + PB.tag(101, 1) + [1, 2, 3, 4, 5, 6, 7, 8] + PB.tag(102, 5) + [1, 2, 3, 4])
        #expect(try decoded(body) == json(#"{"apiVersion":"v1","kind":"ServiceAccount","metadata":{"name":"sa"}}"#))
    }

    @Test func everyTableReferenceResolves() {
        for (name, table) in ProtobufSchema.messages {
            for (number, field) in table {
                switch field.kind {
                case .message(let t), .inline(let t):
                    #expect(ProtobufSchema.messages[t] != nil, "\(name).\(number) → \(t)")
                default: break
                }
            }
        }
        for (kind, root) in ProtobufSchema.kinds { #expect(ProtobufSchema.messages[root] != nil, "\(kind)") }
    }
}
