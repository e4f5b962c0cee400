import API
import HTTP
import JSON

extension APIServer {
    /// Discovery, version, health and metrics.
    func handleNonResource(_ request: HTTPRequest, _ info: RequestInfo) -> HTTPResponse {
        guard request.method == "GET" || request.method == "HEAD" else {
            if ["healthz", "livez", "readyz", "version", "metrics", "api", "apis"].contains(info.parts.first ?? "") {
                return Responses.error(.methodNotAllowed("the server does not allow this method on the requested resource"))
            }
            return Responses.error(.pathNotFound)
        }
        let p = info.parts
        switch p.first ?? "" {
        case "healthz", "livez", "readyz":
            if request.queryValue("verbose") != nil {
                let name = p.first ?? "healthz"
                return Responses.text(200, "[+]ping ok\n[+]log ok\n[+]etcd ok\n\(name) check passed\n")
            }
            return Responses.text(200, "ok")
        case "version":
            // Upstream writes version.Info with json.MarshalIndent: indented, no trailing newline.
            return Responses.json(200, ServerVersion.indentedInfo, newline: false)
        case "metrics":
            return HTTPResponse(status: 200, headers: [(name: "Content-Type", value: "text/plain; version=0.0.4; charset=utf-8")],
                                body: .bytes(Array((metrics.render(storage: registry.storageStatistics()) + inflight.metricsText()).utf8)))
        case "openapi":
            return openAPIDocument(request, parts: Array(p.dropFirst()))
        case "api":
            return discovery(request, core: true, parts: Array(p.dropFirst()))
        case "apis":
            return discovery(request, core: false, parts: Array(p.dropFirst()))
        default:
            return Responses.error(.pathNotFound)
        }
    }

    /// `/openapi/v2` (JSON, or gnostic protobuf when asked for) and `/openapi/v3[/<group-version path>]`.
    /// kube-openapi writes them with `json.Marshal`, so, unlike API objects, without a trailing newline.
    func openAPIDocument(_ request: HTTPRequest, parts: [String]) -> HTTPResponse {
        let docs = openAPI.documents()
        switch parts.first {
        case "v2" where parts.count == 1:
            if OpenAPI.acceptsProtobuf(request.header("Accept")) {
                return Responses.json(200, docs.v2Protobuf, contentType: OpenAPI.protobufContentType)
            }
            return Responses.json(200, docs.v2JSON, newline: false)
        case "v3" where parts.count == 1:
            return Responses.json(200, docs.v3Index, newline: false)
        case "v3":
            guard let doc = docs.v3Documents[parts.dropFirst().joined(separator: "/")] else { return Responses.error(.pathNotFound) }
            return Responses.json(200, doc, newline: false)
        default:
            return Responses.error(.pathNotFound)
        }
    }

    /// `/api`, `/api/v1`, `/apis`, `/apis/G`, `/apis/G/V`, with aggregated discovery when asked for.
    func discovery(_ request: HTTPRequest, core: Bool, parts: [String]) -> HTTPResponse {
        if !core, parts.first == MetricsAPI.group, metricsAPIState() == .unavailable {
            return Self.aggregatedAPIUnavailable()
        }
        let resources = core ? registry.resources : discoveryResources()
        if parts.isEmpty {
            if let version = Discovery.negotiatedVersion(accept: request.header("Accept")) {
                let doc = Discovery.aggregated(core: core, version: version, registry: resources)
                return Responses.json(200, doc.bytes, contentType: version.mediaType)
            }
            if core {
                return Responses.json(200, Discovery.apiVersions(serverAddress: request.header("Host") ?? "127.0.0.1",
                                                                 registry: resources))
            }
            return Responses.json(200, Discovery.apiGroupList(registry: resources))
        }
        if core {
            guard parts.count == 1, let doc = Discovery.apiResourceList(group: "", version: parts[0], registry: resources) else {
                return Responses.error(.pathNotFound)
            }
            return Responses.json(200, doc)
        }
        if parts.count == 1 {
            guard let doc = Discovery.apiGroup(parts[0], registry: resources) else { return Responses.error(.pathNotFound) }
            return Responses.json(200, doc)
        }
        guard parts.count == 2, let doc = Discovery.apiResourceList(group: parts[0], version: parts[1], registry: resources) else {
            return Responses.error(.pathNotFound)
        }
        return Responses.json(200, doc)
    }
}
