import Testing
import JSON
@testable import API

/// A minimal protobuf reader: the fields of one message, each as a varint or a length-delimited payload.
struct ProtoFields {
    enum Value { case varint(UInt64), bytes(ArraySlice<UInt8>) }
    var fields: [(number: Int, value: Value)] = []

    init(_ bytes: ArraySlice<UInt8>) throws {
        var i = bytes.startIndex
        func varint() throws -> UInt64 {
            var result: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                guard i < bytes.endIndex, shift < 64 else { throw ProtoError.truncated }
                let b = bytes[i]
                i += 1
                result |= UInt64(b & 0x7F) << shift
                if b < 0x80 { return result }
                shift += 7
            }
        }
        while i < bytes.endIndex {
            let key = try varint()
            let number = Int(key >> 3)
            switch key & 7 {
            case 0: fields.append((number, .varint(try varint())))
            case 2:
                let length = Int(try varint())
                guard length <= bytes.endIndex - i else { throw ProtoError.truncated }
                fields.append((number, .bytes(bytes[i ..< i + length])))
                i += length
            default: throw ProtoError.wireType
            }
        }
    }

    enum ProtoError: Error { case truncated, wireType }

    /// The payloads of every length-delimited field `number`.
    func all(_ number: Int) -> [ArraySlice<UInt8>] {
        fields.compactMap { f in
            guard f.number == number, case .bytes(let b) = f.value else { return nil }
            return b
        }
    }

    func message(_ number: Int) throws -> ProtoFields? { try all(number).first.map { try ProtoFields($0) } }
    func string(_ number: Int) -> String? { all(number).first.map { String(decoding: $0, as: UTF8.self) } }
    func strings(_ number: Int) -> [String] { all(number).map { String(decoding: $0, as: UTF8.self) } }
}

/// The NamedAny vendor extensions of a message (`field`), as name → YAML.
func vendorExtensions(_ m: ProtoFields, field: Int) throws -> [String: String] {
    var out: [String: String] = [:]
    for named in m.all(field) {
        let n = try ProtoFields(named)
        out[n.string(1) ?? ""] = try n.message(2)?.string(2)
    }
    return out
}

@Test func v2ProtobufDecodesToTheSamePathsAndDefinitionsAsTheJSON() throws {
    let json = try JSONParser.parse(openAPIDocuments.v2JSON)
    let doc = try ProtoFields(openAPIDocuments.v2Protobuf[...])
    #expect(doc.string(1) == "2.0")
    #expect(try doc.message(2)?.string(1) == "Kubernetes")

    let paths = try #require(try doc.message(8)).all(2).map { try ProtoFields($0) }
    let jsonPaths = try #require(json["paths"]?.objectValue)
    #expect(paths.count == jsonPaths.count)
    #expect(paths.compactMap { $0.string(1) } == jsonPaths.keys)

    let definitions = try #require(try doc.message(9)).all(1).map { try ProtoFields($0) }
    let jsonDefinitions = try #require(json["definitions"]?.objectValue)
    #expect(definitions.count == jsonDefinitions.count)
    #expect(definitions.compactMap { $0.string(1) } == jsonDefinitions.keys)
}

@Test func v2ProtobufDeploymentPatchCarriesItsGVKAndFieldValidation() throws {
    let doc = try ProtoFields(openAPIDocuments.v2Protobuf[...])
    let paths = try #require(try doc.message(8)).all(2).map { try ProtoFields($0) }
    let named = try #require(paths.first { $0.string(1) == "/apis/apps/v1/namespaces/{namespace}/deployments/{name}" })
    let patch = try #require(try named.message(2)?.message(8))
    #expect(patch.string(5) == "patchAppsV1NamespacedDeployment")
    let ext = try vendorExtensions(patch, field: 13)
    #expect(ext["x-kubernetes-group-version-kind"] == "group: apps\nkind: Deployment\nversion: v1\n")
    #expect(ext["x-kubernetes-action"] == "patch\n")
    // ParametersItem{1: Parameter{2: NonBodyParameter{3: QueryParameterSubSchema{2: in, 4: name, 6: type}}}}
    let queries = try patch.all(8).compactMap { try ProtoFields($0).message(1)?.message(2)?.message(3) }
    let fieldValidation = try #require(queries.first { $0.string(4) == "fieldValidation" })
    #expect(fieldValidation.string(2) == "query")
    #expect(fieldValidation.string(6) == "string")
    // The body parameter: Parameter{1: BodyParameter{2: name, 3: in, 5: Schema{1: $ref}}}.
    let body = try #require(try patch.all(8).compactMap { try ProtoFields($0).message(1)?.message(1) }.first)
    #expect(body.string(3) == "body")
    #expect(try body.message(5)?.string(1) == "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Patch")
}

@Test func v2ProtobufSchemasKeepTypesPropertiesAndExtensions() throws {
    let doc = try ProtoFields(openAPIDocuments.v2Protobuf[...])
    let definitions = try #require(try doc.message(9)).all(1).map { try ProtoFields($0) }
    let deployment = try #require(try definitions.first { $0.string(1) == "io.k8s.api.apps.v1.Deployment" }?.message(2))
    #expect(try deployment.message(22)?.strings(1) == ["object"])
    #expect(try vendorExtensions(deployment, field: 31)["x-kubernetes-group-version-kind"]
        == "- group: apps\n  kind: Deployment\n  version: v1\n")

    let podSpec = try #require(try definitions.first { $0.string(1) == "io.k8s.api.core.v1.PodSpec" }?.message(2))
    #expect(podSpec.strings(19) == ["containers"])
    let properties = try #require(try podSpec.message(25)).all(1).map { try ProtoFields($0) }
    let containers = try #require(try properties.first { $0.string(1) == "containers" }?.message(2))
    #expect(try containers.message(22)?.strings(1) == ["array"])
    #expect(try containers.message(23)?.message(1)?.string(1) == "#/definitions/io.k8s.api.core.v1.Container")
    let ext = try vendorExtensions(containers, field: 31)
    #expect(ext["x-kubernetes-patch-merge-key"] == "name\n")
    #expect(ext["x-kubernetes-list-map-keys"] == "- name\n")
    let nodeSelector = try #require(try properties.first { $0.string(1) == "nodeSelector" }?.message(2))
    #expect(try nodeSelector.message(21)?.message(1)?.message(22)?.strings(1) == ["string"])
}
