import API
import Foundation
import HTTP
import JSON

/// Routing of the subresources that reach into a Pod: `pods/exec`, `pods/attach`, `pods/portforward`,
/// `pods/log`, and the proxy of `pods` and `services`.
///
/// Where the checks live: what upstream's apiserver checks before it dials a kubelet (the Pod exists,
/// the container is one of the Pod's, the Pod has a node; pod/strategy.go's locations) is checked here,
/// before any upgrade, so a failure is an ordinary Status response. What the kubelet checks (the
/// container runs, something listens on the port) is the `PodRuntime`'s, whose thrown `APIError`s
/// are passed through (before the upgrade for logs and the proxy, on the error channel after it for
/// exec and attach).
extension APIServer {
    /// Handles `request` when it addresses one of these subresources; false to route it as usual.
    func routeStreaming(_ request: HTTPRequest, _ info: RequestInfo, _ r: ResourceInfo,
                        _ respond: @escaping @Sendable (HTTPResponse) -> Void) -> Bool {
        guard r.group.isEmpty, let sub = info.subresource, let namespace = info.namespace, let name = info.name else {
            return false
        }
        if (r.plural == "pods" || r.plural == "services") && (sub == "proxy" || sub.hasPrefix("proxy/")) {
            workers.async { respond(self.proxy(request, info, r, namespace: namespace, name: name)) }
            return true
        }
        guard r.plural == "pods" else { return false }
        let answer: HTTPResponse
        do throws(APIError) {
            switch sub {
            case "exec": answer = try remoteCommand(request, pods: r, namespace: namespace, name: name, exec: true)
            case "attach": answer = try remoteCommand(request, pods: r, namespace: namespace, name: name, exec: false)
            case "portforward": answer = try portForward(request, pods: r, namespace: namespace, name: name)
            case "log": answer = try log(request, pods: r, namespace: namespace, name: name)
            default: return false
            }
        } catch {
            answer = Responses.error(error)
        }
        respond(answer)
        return true
    }

    /// The Pod, or 404 as a GET would answer.
    func streamingPod(_ pods: ResourceInfo, namespace: String, name: String) throws(APIError) -> JSON {
        let bytes = try registry.get(pods, namespace: namespace, name: name)
        do {
            return try JSONParser.parse(bytes)
        } catch {
            throw APIError.internalError("stored pod \(namespace)/\(name) does not parse")
        }
    }

    /// The container a request names, or the Pod's default one; 400 as upstream words it when the
    /// name is not one of the Pod's containers or no default can be chosen.
    static func container(_ requested: String?, of pod: JSON, name: String) throws(APIError) -> String {
        func names(_ field: String) -> [String] {
            (pod[path: ["spec", field]]?.arrayValue ?? []).compactMap { $0["name"]?.stringValue }
        }
        let regular = names("containers")
        let all = regular + names("initContainers") + names("ephemeralContainers")
        if let requested, !requested.isEmpty {
            guard all.contains(requested) else {
                throw APIError.badRequest("container \(requested) is not valid for pod \(name)")
            }
            return requested
        }
        if let annotated = pod[path: ["metadata", "annotations", "kubectl.kubernetes.io/default-container"]]?.stringValue,
           regular.contains(annotated) {
            return annotated
        }
        guard regular.count == 1 else {
            throw APIError.badRequest(
                "a container name must be specified for pod \(name), choose one of: [\(regular.joined(separator: " "))]")
        }
        return regular[0]
    }

    /// The Pod's node, or 400 `pod p does not have a host assigned`.
    static func node(of pod: JSON, name: String) throws(APIError) -> String {
        guard let node = Pod(pod).nodeName else {
            throw APIError.badRequest("pod \(name) does not have a host assigned")
        }
        return node
    }

    /// What a cluster answers when the Pod's kubelet cannot be reached (here: no runtime is wired in).
    static func unreachable(node: String) -> APIError {
        APIError(code: 503, reason: "ServiceUnavailable",
                 message: "error dialing backend: the kubelet of node \"\(node)\" is not reachable")
    }

    /// The runtime, or the unreachable-kubelet error.
    func podRuntime(node: String) throws(APIError) -> any PodRuntime {
        guard let runtime else { throw Self.unreachable(node: node) }
        return runtime
    }
}
