import Testing
import JSON
@testable import API

/// The documents are built once for all tests (a few hundred milliseconds in debug builds).
let openAPIDocuments = OpenAPIDocuments(registry: .standard)

func v3Doc(_ path: String) throws -> JSON {
    let bytes = try #require(openAPIDocuments.v3Documents[path], "no v3 document for \(path)")
    return try JSONParser.parse(bytes)
}

func gvPath(_ r: ResourceInfo) -> String { r.group.isEmpty ? "api/\(r.version)" : "apis/\(r.group)/\(r.version)" }

func hasGVK(_ value: JSON?, _ r: ResourceInfo, kind: String? = nil) -> Bool {
    let want: JSON = ["group": .string(r.group), "kind": .string(kind ?? r.kind), "version": .string(r.version)]
    if value == want { return true }
    return value?.arrayValue?.contains(want) ?? false
}

/// Every `$ref` in `value`.
func refs(in value: JSON, into out: inout [String]) {
    switch value {
    case .object(let o):
        for (k, v) in o {
            if k == "$ref", let s = v.stringValue { out.append(s) } else { refs(in: v, into: &out) }
        }
    case .array(let a): for v in a { refs(in: v, into: &out) }
    default: break
    }
}

@Test func everyServedKindHasADefinitionTaggedWithItsGVKInItsGroupVersionDocument() throws {
    for r in ResourceRegistry.standard.all {
        let doc = try v3Doc(gvPath(r))
        let name = OpenAPIDefinitions.definitionName(for: r)
        let schema = try #require(doc[path: ["components", "schemas", name]], "\(r.groupVersion) \(r.kind) has no schema \(name)")
        #expect(hasGVK(schema["x-kubernetes-group-version-kind"], r), "\(name) lacks its GVK")
        #expect(schema[path: ["properties", "metadata"]] != nil, "\(name) lacks metadata")
        let list = try #require(doc[path: ["components", "schemas", name + "List"]])
        #expect(hasGVK(list["x-kubernetes-group-version-kind"], r, kind: r.kind + "List"))
    }
}

@Test func everyPatchableKindHasAPatchOperationWithFieldValidationInV3AndV2() throws {
    let v2 = try JSONParser.parse(openAPIDocuments.v2JSON)
    for r in ResourceRegistry.standard.all where r.verbs.contains("patch") {
        for doc in [try v3Doc(gvPath(r)), v2] {
            let found = (doc["paths"]?.objectValue ?? [:]).contains { _, item in
                guard let patch = item["patch"], hasGVK(patch["x-kubernetes-group-version-kind"], r),
                      patch["x-kubernetes-action"] == "patch" else { return false }
                return (patch["parameters"]?.arrayValue ?? []).contains { $0["name"] == "fieldValidation" && $0["in"] == "query" }
            }
            #expect(found, "no PATCH with fieldValidation for \(r.groupVersion) \(r.kind)")
        }
    }
}

@Test func kindsWithoutThePatchVerbGetNoPatchOperation() throws {
    let doc = try v3Doc("apis/metrics.k8s.io/v1beta1")
    let paths = try #require(doc["paths"]?.objectValue)
    #expect(!paths.isEmpty)
    #expect(paths.allSatisfy { _, item in item["patch"] == nil && item["post"] == nil })
}

@Test func deploymentSpecReplicasIsADescribedInteger() throws {
    let v2 = try JSONParser.parse(openAPIDocuments.v2JSON)
    for (doc, root) in [(try v3Doc("apis/apps/v1"), ["components", "schemas"]), (v2, ["definitions"])] {
        let replicas = try #require(doc[path: root + ["io.k8s.api.apps.v1.DeploymentSpec", "properties", "replicas"]])
        #expect(replicas["type"] == "integer")
        #expect((replicas["description"]?.stringValue ?? "").count > 20)
        let spec = try #require(doc[path: root + ["io.k8s.api.apps.v1.Deployment", "properties", "spec"]])
        var found: [String] = []
        refs(in: spec, into: &found)
        #expect(found.count == 1 && found[0].hasSuffix("/io.k8s.api.apps.v1.DeploymentSpec"))
    }
}

@Test func containersCarryTheirStrategicMergeAndListMapKeys() throws {
    let doc = try v3Doc("api/v1")
    let containers = try #require(doc[path: ["components", "schemas", "io.k8s.api.core.v1.PodSpec", "properties", "containers"]])
    #expect(containers["x-kubernetes-patch-merge-key"] == "name")
    #expect(containers["x-kubernetes-patch-strategy"] == "merge")
    #expect(containers["x-kubernetes-list-type"] == "map")
    #expect(containers["x-kubernetes-list-map-keys"] == ["name"])
    let ports = try #require(doc[path: ["components", "schemas", "io.k8s.api.core.v1.ServiceSpec", "properties", "ports"]])
    #expect(ports["x-kubernetes-patch-merge-key"] == "port")
    #expect(ports["x-kubernetes-list-map-keys"] == ["port", "protocol"])
}

@Test func everyReferenceResolvesInsideItsDocument() throws {
    for path in openAPIDocuments.groupVersionPaths {
        let doc = try v3Doc(path)
        var found: [String] = []
        refs(in: doc, into: &found)
        #expect(!found.isEmpty)
        for ref in Set(found) {
            let name = ref.replacingOccurrences(of: "#/components/schemas/", with: "")
            #expect(ref.hasPrefix("#/components/schemas/") && doc[path: ["components", "schemas", name]] != nil, "\(path): \(ref)")
        }
    }
    let v2 = try JSONParser.parse(openAPIDocuments.v2JSON)
    var found: [String] = []
    refs(in: v2, into: &found)
    for ref in Set(found) {
        let name = ref.replacingOccurrences(of: "#/definitions/", with: "")
        #expect(v2[path: ["definitions", name]] != nil, "v2: \(ref)")
    }
}

@Test func v3IndexPointsAtEveryGroupVersionWithTheHashOfItsDocument() throws {
    let index = OpenAPI.v3Index(registry: .standard)
    #expect(try JSONParser.parse(openAPIDocuments.v3Index) == index)
    let paths = try #require(index["paths"]?.objectValue)
    let expected = ResourceRegistry.standard.groupList.flatMap { g in
        g.versions.map { g.name.isEmpty ? "api/\($0)" : "apis/\(g.name)/\($0)" }
    }
    #expect(paths.keys == expected)
    for (path, entry) in paths {
        let bytes = try #require(openAPIDocuments.v3Documents[path])
        #expect(entry["serverRelativeURL"]?.stringValue == "/openapi/v3/\(path)?hash=\(OpenAPI.hash(bytes))")
        #expect(OpenAPI.v3Document(groupVersion: path, registry: .standard)?.bytes == bytes)
    }
}

@Test func unknownGroupVersionPathsHaveNoDocument() {
    #expect(OpenAPI.v3Document(groupVersion: "apis/apps/v2", registry: .standard) == nil)
    #expect(OpenAPI.v3Document(groupVersion: "apis/nope.example.com/v1", registry: .standard) == nil)
    #expect(OpenAPI.v3Document(groupVersion: "api", registry: .standard) == nil)
    #expect(OpenAPI.v3Document(groupVersion: "apis/apps/v1/extra", registry: .standard) == nil)
}

@Test func documentSizesAreSane() {
    #expect(openAPIDocuments.v2JSON.count > 200_000 && openAPIDocuments.v2JSON.count < 4_000_000)
    #expect(openAPIDocuments.v2Protobuf.count > 100_000 && openAPIDocuments.v2Protobuf.count < openAPIDocuments.v2JSON.count)
    for (path, bytes) in openAPIDocuments.v3Documents {
        #expect(bytes.count > 5_000 && bytes.count < 1_000_000, "\(path): \(bytes.count) bytes")
    }
}

@Test func extensionYAMLQuotesWhatAPlainScalarWouldMisread() {
    #expect(OpenAPIYAML.encode("merge") == "merge\n")
    #expect(OpenAPIYAML.encode("merge,retainKeys") == "\"merge,retainKeys\"\n")
    #expect(OpenAPIYAML.encode("true") == "\"true\"\n")
    #expect(OpenAPIYAML.encode(true) == "true\n")
    #expect(OpenAPIYAML.encode(["name"]) == "- name\n")
    #expect(OpenAPIYAML.encode([["group": "", "kind": "Pod", "version": "v1"]]) == "- group: \"\"\n  kind: Pod\n  version: v1\n")
}

@Test func patchOperationsListUpstreamsPatchTypesWithStrategicMergeForBuiltInKinds() throws {
    let doc = try v3Doc("apis/apps/v1")
    let patch = try #require(doc[path: ["paths", "/apis/apps/v1/namespaces/{namespace}/deployments/{name}", "patch"]])
    let content = try #require(patch[path: ["requestBody", "content"]]?.objectValue)
    #expect(content.map(\.key) == ["application/apply-patch+yaml", "application/json-patch+json",
                                   "application/merge-patch+json", "application/strategic-merge-patch+json"])
    let v2 = try JSONParser.parse(openAPIDocuments.v2JSON)
    #expect(v2[path: ["paths", "/apis/apps/v1/namespaces/{namespace}/deployments/{name}", "patch", "consumes"]]
        == ["application/json-patch+json", "application/merge-patch+json", "application/strategic-merge-patch+json",
            "application/apply-patch+yaml"])
}

@Test func protobufIsChosenOnlyWhenAcceptNamesTheGnosticMediaType() {
    #expect(OpenAPI.acceptsProtobuf(OpenAPI.protobufMediaType))
    #expect(OpenAPI.acceptsProtobuf("application/com.github.proto-openapi.spec.v2.v1.0+protobuf, application/json"))
    #expect(!OpenAPI.acceptsProtobuf("application/json"))
    #expect(!OpenAPI.acceptsProtobuf(nil))
}

@Test func walkthroughKindsHaveFullSchemasNotTheGenericOne() throws {
    let v2 = try JSONParser.parse(openAPIDocuments.v2JSON)
    let kinds = ["Deployment", "ReplicaSet", "Pod", "Service", "Ingress", "IngressClass", "HorizontalPodAutoscaler", "ConfigMap",
                 "Namespace", "Secret", "ServiceAccount", "Job", "CronJob", "Role", "ClusterRole", "RoleBinding",
                 "ClusterRoleBinding", "APIService", "ValidatingWebhookConfiguration"]
    for r in ResourceRegistry.standard.all where kinds.contains(r.kind) {
        let def = try #require(v2[path: ["definitions", OpenAPIDefinitions.definitionName(for: r)]])
        let properties = try #require(def["properties"]?.objectValue)
        #expect(properties.count > 3, "\(r.kind) has only \(properties.keys)")
        #expect(properties["spec"]?["x-kubernetes-preserve-unknown-fields"] == nil, "\(r.kind).spec is not described")
    }
}
