import JSON

/// The create-only review resources of authentication.k8s.io and authorization.k8s.io. kubeling
/// has no authentication or authorization yet, so every caller is the cluster admin and every
/// access is allowed; the answers have upstream's shapes so `kubectl auth can-i` and
/// `kubectl auth whoami` print what they print on an open cluster.
public enum Reviews {
    /// The identity every request has.
    static let userInfo: JSON = ["username": "kubernetes-admin", "groups": ["system:masters", "system:authenticated"]]

    /// Whether `r` is one of the review resources.
    public static func isReview(_ r: ResourceInfo) -> Bool {
        r.group == "authorization.k8s.io" || r.group == "authentication.k8s.io"
    }

    /// The answered review: the request with `status` filled in (upstream echoes the spec).
    public static func answer(_ r: ResourceInfo, request: JSON, namespace: String?) throws(APIError) -> JSON {
        guard case .object = request else { throw APIError.badRequest("the body of the request must be a JSON object") }
        var out = request
        out["apiVersion"] = .string(r.groupVersion)
        out["kind"] = .string(r.kind)
        if out["metadata"]?.objectValue == nil { out["metadata"] = .object(JSONObject()) }
        out[path: ["metadata", "creationTimestamp"]] = .null
        switch r.kind {
        case "SelfSubjectAccessReview", "SubjectAccessReview", "LocalSubjectAccessReview":
            out["status"] = ["allowed": true, "reason": "kubeling allows every request (no authorization configured)"]
        case "SelfSubjectRulesReview":
            out["status"] = [
                "resourceRules": [["verbs": ["*"], "apiGroups": ["*"], "resources": ["*"]]],
                "nonResourceRules": [["verbs": ["*"], "nonResourceURLs": ["*"]]],
                "incomplete": false,
            ]
        case "SelfSubjectReview":
            out["status"] = ["userInfo": userInfo]
        case "TokenReview":
            out["status"] = ["authenticated": true, "user": userInfo, "audiences": .array([])]
        default:
            throw APIError.methodNotAllowed("the server does not allow this method on the requested resource")
        }
        if r.namespaced, let namespace { out[path: ["metadata", "namespace"]] = .string(namespace) }
        return out
    }
}
