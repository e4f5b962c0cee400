import JSON

/// The OpenAPI documents kubeling serves, generated from the resource registry and the type tables
/// (`OpenAPIDefinitions+*.swift`): `/openapi/v3` (an index and one document per group-version) and
/// `/openapi/v2` (one swagger 2.0 document, as JSON and as the gnostic protobuf kubectl 1.27/1.28 read).
/// kubectl uses them for `explain`, for client-side validation and to find out that the server supports
/// `fieldValidation` (kubectl-wire.md §2.5). Object keys are sorted so the output is deterministic;
/// `swift run kubeling-openapi openapi` writes the committed copies under `openapi/`.
public enum OpenAPI {
    /// The media type kubectl 1.27/1.28 ask for to get the protobuf v2 document.
    public static let protobufMediaType = "application/com.github.proto-openapi.spec.v2@v1.0+protobuf"
    /// The Content-Type kube-apiserver answers the protobuf v2 document with.
    public static let protobufContentType = "application/com.github.proto-openapi.spec.v2.v1.0+protobuf"

    /// Whether an Accept header asks for the protobuf v2 document (kubectl 1.27/1.28 send
    /// `protobufMediaType`; some clients spell the version with a dot instead of `@`).
    public static func acceptsProtobuf(_ accept: String?) -> Bool {
        accept?.contains("application/com.github.proto-openapi.spec.v2") ?? false
    }

    /// The `/openapi/v3` index: `{"paths": {"apis/apps/v1": {"serverRelativeURL": "/openapi/v3/apis/apps/v1?hash=…"}}}`.
    public static func v3Index(registry: ResourceRegistry) -> JSON {
        let catalog = OpenAPICatalog(registry: registry)
        var paths = JSONObject()
        for path in groupVersionPaths(registry: registry) {
            guard let doc = v3Document(groupVersion: path, registry: registry, catalog: catalog) else { continue }
            paths[path] = ["serverRelativeURL": .string("/openapi/v3/\(path)?hash=\(hash(doc.bytes))")]
        }
        return ["paths": .object(paths)]
    }

    /// The v3 document of one group-version ("api/v1", "apis/apps/v1"), or nil when it is not served.
    public static func v3Document(groupVersion path: String, registry: ResourceRegistry) -> JSON? {
        v3Document(groupVersion: path, registry: registry, catalog: OpenAPICatalog(registry: registry))
    }

    /// The swagger 2.0 document with every definition and path.
    public static func v2Document(registry: ResourceRegistry) -> JSON {
        let catalog = OpenAPICatalog(registry: registry)
        let builder = OpenAPIPaths(v3: false)
        var paths: [(String, JSON)] = []
        for r in registry.all { paths += builder.paths(for: r) }
        let doc: JSON = [
            "swagger": "2.0",
            "info": ["title": "Kubernetes", "version": .string(ServerVersion.gitVersion)],
            "paths": .object(JSONObject(paths)),
            "definitions": .object(catalog.schemas(Set(catalog.definitions.keys), v3: false)),
        ]
        return sortedKeys(doc)
    }

    /// The v2 document in the gnostic `openapi.v2.Document` protobuf encoding.
    public static func v2Protobuf(registry: ResourceRegistry) -> [UInt8] {
        OpenAPIProtobuf.document(v2Document(registry: registry))
    }

    /// The group-version paths with a v3 document, in discovery order: "api/v1", "apis/apps/v1", …
    public static func groupVersionPaths(registry: ResourceRegistry) -> [String] {
        var out: [String] = []
        for g in registry.groupList {
            for v in g.versions { out.append(g.name.isEmpty ? "api/\(v)" : "apis/\(g.name)/\(v)") }
        }
        return out
    }

    static func v3Document(groupVersion path: String, registry: ResourceRegistry, catalog: OpenAPICatalog) -> JSON? {
        let parts = path.split(separator: "/").map(String.init)
        let group: String, version: String
        if parts.count == 2, parts[0] == "api" {
            (group, version) = ("", parts[1])
        } else if parts.count == 3, parts[0] == "apis" {
            (group, version) = (parts[1], parts[2])
        } else {
            return nil
        }
        let resources = registry.resources(group: group, version: version)
        guard !resources.isEmpty else { return nil }
        let builder = OpenAPIPaths(v3: true)
        var paths: [(String, JSON)] = []
        var roots = ["meta.Status", "meta.Patch", "meta.DeleteOptions"].map(OpenAPITypeDef.expand)
        for r in resources {
            paths += builder.paths(for: r)
            let def = OpenAPIDefinitions.definitionName(for: r)
            roots += [def, def + "List"]
            if r.subresources.contains("scale") { roots.append(OpenAPITypeDef.expand("as1.Scale")) }
        }
        let doc: JSON = [
            "openapi": "3.0.0",
            "info": ["title": "Kubernetes", "version": .string(ServerVersion.gitVersion)],
            "paths": .object(JSONObject(paths)),
            "components": ["schemas": .object(catalog.schemas(catalog.closure(of: roots), v3: true))],
        ]
        return sortedKeys(doc)
    }

    /// The value with every object's keys sorted (byte order, as Go's encoder sorts map keys).
    static func sortedKeys(_ value: JSON) -> JSON {
        switch value {
        case .object(let o):
            return .object(JSONObject(o.members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
                .map { ($0.key, sortedKeys($0.value)) }))
        case .array(let a): return .array(a.map(sortedKeys))
        default: return value
        }
    }

    /// The hash in a v3 index URL: 64-bit FNV-1a of the compact document, as 16 upper-case hex digits.
    /// Clients only compare it; any change to the document changes it.
    static func hash(_ bytes: [UInt8]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        let hex = String(h, radix: 16, uppercase: true)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
