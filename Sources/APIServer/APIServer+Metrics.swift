import API
import HTTP
import JSON

/// `metrics.k8s.io/v1beta1`, served as kube-apiserver serves an aggregated API: only while its
/// `APIService` exists, and answered only while that APIService is `Available`.
extension APIServer {
    /// Where the metrics API stands, read from the `v1beta1.metrics.k8s.io` APIService.
    enum MetricsAPIState: Equatable {
        /// No APIService: the group is unknown (absent from discovery, paths 404).
        case absent
        /// The APIService exists but is not Available: requests get the aggregator's 503.
        case unavailable
        /// Available: served.
        case available
    }

    /// The state from the APIService in the store cache (a small read, done per request so that
    /// discovery follows the condition at once).
    func metricsAPIState() -> MetricsAPIState {
        guard let r = registry.resources.resource(group: "apiregistration.k8s.io", version: "v1", plural: "apiservices"),
              let cached = registry.cached(r, namespace: nil, name: MetricsAPI.apiServiceName) else { return .absent }
        guard let svc = try? JSONParser.parse(cached.bytes),
              let conditions = svc[path: ["status", "conditions"]]?.arrayValue,
              conditions.contains(where: { $0["type"]?.stringValue == "Available" && $0["status"]?.stringValue == "True" })
        else { return .unavailable }
        return .available
    }

    /// The resources discovery advertises now: without the metrics group unless its APIService is Available.
    func discoveryResources() -> ResourceRegistry {
        metricsAPIState() == .available ? registry.resources : resourcesWithoutMetrics
    }

    /// kube-aggregator's answer for an APIService that is not available: a plain-text 503 (`http.Error`),
    /// which client-go reports as `the server is currently unable to handle the request`.
    static func aggregatedAPIUnavailable() -> HTTPResponse {
        Responses.text(503, "service unavailable\n")
    }

    /// A resource request under `/apis/metrics.k8s.io`.
    func handleMetrics(_ request: HTTPRequest, _ info: RequestInfo) -> HTTPResponse {
        switch metricsAPIState() {
        case .absent: return Responses.error(.pathNotFound)
        case .unavailable: return Self.aggregatedAPIUnavailable()
        case .available: break
        }
        guard let r = registry.resources.resource(group: info.group, version: info.version, plural: info.resource),
              info.subresource == nil else {
            return Responses.error(.pathNotFound)
        }
        if !r.namespaced, info.namespace != nil { return Responses.error(.pathNotFound) }
        if r.namespaced, info.namespace == nil, info.verb != "list", info.verb != "watch" { return Responses.error(.pathNotFound) }
        guard info.verb == "get" || info.verb == "list" else {
            return Responses.error(.methodNotAllowed("the server does not allow this method on the requested resource"))
        }
        do throws(APIError) {
            guard let format = OutputFormat.negotiate(request.header("Accept")) else {
                throw APIError.notAcceptable("only the following media types are accepted: application/json, application/json;as=Table;v=v1;g=meta.k8s.io")
            }
            let kind = r.kind
            let items: [JSON]
            let single = info.verb == "get"
            if single {
                let name = info.name ?? ""
                items = [r.namespaced ? try metricsAPI.getPod(namespace: info.namespace ?? "", name: name)
                                      : try metricsAPI.getNode(name: name)]
            } else {
                let labels = try request.queryValue("labelSelector").map { s throws(APIError) in try LabelSelector(parsing: s) }
                let fields = try request.queryValue("fieldSelector").map { s throws(APIError) in try FieldSelector(parsing: s) }
                items = r.namespaced ? try metricsAPI.listPods(namespace: info.namespace, labels: labels, fields: fields)
                                     : try metricsAPI.listNodes(labels: labels, fields: fields)
            }
            switch format {
            case .table(let version):
                let include = try Printing.includeObject(request.queryValue("includeObject"))
                return Responses.json(200, MetricsAPI.table(items, tableVersion: version, includeObject: include))
            case .json, .partialMetadata:
                if single, let item = items.first { return Responses.json(200, MetricsAPI.object(item, kind: kind)) }
                return Responses.json(200, MetricsAPI.list(items, kind: kind + "List"))
            }
        } catch {
            return Responses.error(error)
        }
    }
}
