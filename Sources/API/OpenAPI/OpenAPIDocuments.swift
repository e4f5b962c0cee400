import JSON

/// Every OpenAPI document of a registry, encoded once, for the server to answer `/openapi/v2` and
/// `/openapi/v3[/<path>]` without rebuilding them per request; also the files the generator commits.
public struct OpenAPIDocuments: Sendable {
    /// `/openapi/v3`, compact JSON.
    public let v3Index: [UInt8]
    /// `/openapi/v3/<path>` by path ("api/v1", "apis/apps/v1"), compact JSON.
    public let v3Documents: [String: [UInt8]]
    /// `/openapi/v2` as JSON.
    public let v2JSON: [UInt8]
    /// `/openapi/v2` as gnostic protobuf (answer with it when Accept names `OpenAPI.protobufMediaType`).
    public let v2Protobuf: [UInt8]
    /// The group-version paths of `v3Documents`, in discovery order.
    public let groupVersionPaths: [String]
    /// The index as a value, for the generator's indented files.
    private let indexValue: JSON
    /// The v3 documents as values, by path, in discovery order.
    private let v3Values: [(String, JSON)]
    /// The v2 document as a value.
    private let v2Value: JSON

    /// Builds every document of `registry`.
    public init(registry: ResourceRegistry) {
        let catalog = OpenAPICatalog(registry: registry)
        var docs: [(String, JSON)] = []
        for path in OpenAPI.groupVersionPaths(registry: registry) {
            if let doc = OpenAPI.v3Document(groupVersion: path, registry: registry, catalog: catalog) { docs.append((path, doc)) }
        }
        var index = JSONObject()
        var encoded: [String: [UInt8]] = [:]
        for (path, doc) in docs {
            let bytes = doc.bytes
            encoded[path] = bytes
            index[path] = ["serverRelativeURL": .string("/openapi/v3/\(path)?hash=\(OpenAPI.hash(bytes))")]
        }
        let indexJSON: JSON = ["paths": .object(index)]
        let v2 = OpenAPI.v2Document(registry: registry)
        v3Index = indexJSON.bytes
        v3Documents = encoded
        v2JSON = v2.bytes
        v2Protobuf = OpenAPIProtobuf.document(v2)
        groupVersionPaths = docs.map(\.0)
        indexValue = indexJSON
        v3Values = docs
        v2Value = v2
    }

    /// The files committed under `openapi/`, by relative path: `v3/index.json`, `v3/apis/apps/v1.json`, …,
    /// `v2/swagger.json` (indented JSON, one trailing newline) and `v2/swagger.pb`.
    public var files: [(path: String, bytes: [UInt8])] {
        var out: [(path: String, bytes: [UInt8])] = [("v3/index.json", OpenAPIPrettyJSON.encode(indexValue))]
        for (path, doc) in v3Values { out.append(("v3/\(path).json", OpenAPIPrettyJSON.encode(doc))) }
        out.append(("v2/swagger.json", OpenAPIPrettyJSON.encode(v2Value)))
        out.append(("v2/swagger.pb", v2Protobuf))
        return out
    }
}

/// Indented JSON (two spaces, `"key": value`) for the committed documents, so diffs are readable.
enum OpenAPIPrettyJSON {
    static func encode(_ value: JSON) -> [UInt8] {
        var out: [UInt8] = []
        write(value, indent: 0, into: &out)
        out.append(0x0A)
        return out
    }

    private static func write(_ value: JSON, indent: Int, into out: inout [UInt8]) {
        let pad = [UInt8](repeating: 0x20, count: indent + 2)
        switch value {
        case .array(let a) where !a.isEmpty:
            out.append(UInt8(ascii: "["))
            for (i, e) in a.enumerated() {
                out.append(contentsOf: i == 0 ? [0x0A] : [UInt8(ascii: ","), 0x0A])
                out.append(contentsOf: pad)
                write(e, indent: indent + 2, into: &out)
            }
            out.append(0x0A)
            out.append(contentsOf: [UInt8](repeating: 0x20, count: indent))
            out.append(UInt8(ascii: "]"))
        case .object(let o) where !o.isEmpty:
            out.append(UInt8(ascii: "{"))
            for (i, (k, v)) in o.enumerated() {
                out.append(contentsOf: i == 0 ? [0x0A] : [UInt8(ascii: ","), 0x0A])
                out.append(contentsOf: pad)
                out.append(contentsOf: JSON.string(k).bytes)
                out.append(contentsOf: [UInt8(ascii: ":"), 0x20])
                write(v, indent: indent + 2, into: &out)
            }
            out.append(0x0A)
            out.append(contentsOf: [UInt8](repeating: 0x20, count: indent))
            out.append(UInt8(ascii: "}"))
        default:
            out.append(contentsOf: value.bytes)
        }
    }
}
