import API
import Foundation
import HTTP
import JSON

/// The Kubernetes API surface over HTTP: routes each request to discovery, health, metrics or one
/// handler per verb, and renders every failure as a `Status` (design.md §1).
public final class APIServer: Sendable {
    /// The registry every write and read goes through.
    public let registry: Registry
    /// Request and watch counters for `/metrics`.
    public let metrics: Metrics
    /// How long watches without `timeoutSeconds` last, at least (upstream: 1800 s, randomised up to 2×).
    let minWatchTimeout: Double
    /// How often a watch with `allowWatchBookmarks` gets a BOOKMARK (upstream: about every minute).
    let bookmarkInterval: Double
    /// `/openapi/v2` and `/openapi/v3`.
    let openAPI: OpenAPICache
    /// Where writes and lists are handled (see `worthAWorker`).
    let workers = WorkerPool(threads: ProcessInfo.processInfo.activeProcessorCount, name: "kubeling-worker")
    /// The nodes' side of exec, attach, port-forward, logs and the proxy; nil answers those as a
    /// cluster whose kubelets cannot be reached.
    let runtime: (any PodRuntime)?

    /// A server over `registry`, reaching Pods through `runtime` when there is one.
    public init(registry: Registry, runtime: (any PodRuntime)? = nil, minWatchTimeout: Double = 1800,
                bookmarkInterval: Double = 60) {
        self.registry = registry
        self.runtime = runtime
        self.metrics = Metrics()
        self.openAPI = OpenAPICache(registry: registry.resources)
        self.minWatchTimeout = minWatchTimeout
        self.bookmarkInterval = bookmarkInterval
    }

    /// The HTTP entry point: answers every request exactly once, never blocking the calling thread.
    public func handle(_ request: HTTPRequest, _ responder: HTTPResponder) {
        let start = DispatchTime.now().uptimeNanoseconds
        let info = RequestInfo(method: request.method, path: request.path,
                               watchParam: Self.isTrue(request.queryValue("watch")))
        let verb = info.isResourceRequest ? info.verb : request.method.lowercased()
        let resourceLabel = info.isResourceRequest ? info.resource : ""
        let metrics = self.metrics
        let respond: @Sendable (HTTPResponse) -> Void = { response in
            if case .stream = response.body {
                metrics.recordRequest(verb: verb, resource: resourceLabel, code: response.status, seconds: 0)
            } else {
                let secs = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                metrics.recordRequest(verb: verb, resource: resourceLabel, code: response.status, seconds: secs)
            }
            responder.respond(response)
        }
        if request.bodyTooLarge {
            respond(Responses.error(.tooLarge("Request entity too large: limit is \(3 * 1024 * 1024)")))
            return
        }
        if info.isResourceRequest {
            if Self.worthAWorker(info.verb) {
                // Off the HTTP thread: it keeps serving reads and streams while bodies are decoded,
                // validated and encoded on as many threads as there are cores.
                workers.async {
                    self.handleResource(request, info, respond)
                }
            } else {
                handleResource(request, info, respond)
            }
        } else {
            respond(handleNonResource(request, info))
        }
    }

    /// Verbs whose work (decoding, validating and encoding whole objects, or assembling lists) is
    /// large next to a thread hop. A single GET, a watch and everything outside resources are
    /// answered on the HTTP thread.
    static func worthAWorker(_ verb: String) -> Bool {
        switch verb {
        case "create", "update", "patch", "delete", "deletecollection", "list": return true
        default: return false
        }
    }

    /// True for "true"/"1" query values.
    static func isTrue(_ v: String?) -> Bool { v == "true" || v == "1" }
}
