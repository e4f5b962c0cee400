import API
import HTTP
import JSON

/// `metrics.k8s.io/v1beta1`, served as kube-apiserver serves an aggregated API: only while its
/// `APIService` exists, and answered only while that APIService is `Available`.
extension APIServer {
    /// Where the metrics API stands (`MetricsAPI.availability`).
    func metricsAPIState() -> MetricsAPI.Availability { MetricsAPI.availability(in: registry) }

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
