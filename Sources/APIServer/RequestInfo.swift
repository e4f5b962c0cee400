/// What a request path and method address, as upstream's `RequestInfoFactory` resolves them.
public struct RequestInfo: Sendable, Equatable {
    /// True for /api/… and /apis/… paths that name a resource; false for discovery and other paths.
    public var isResourceRequest = false
    /// Discovery and meta paths: the segments after the prefix ("api", "apis").
    public var pathPrefix = ""
    public var group = ""
    public var version = ""
    public var namespace: String?
    public var resource = ""
    public var name: String?
    public var subresource: String?
    /// get, list, watch, create, update, patch, delete, deletecollection.
    public var verb = ""
    /// The path segments of a non-resource request.
    public var parts: [String] = []

    /// Resolves `method path` (and the `watch` query flag).
    public init(method: String, path: String, watchParam: Bool) {
        // Split the bytes, not Characters: grapheme breaking made this the dearest step of a GET.
        var segs = path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true)
            .map { String(decoding: $0, as: UTF8.self) }
        parts = segs
        guard let first = segs.first, first == "api" || first == "apis" else { return }
        pathPrefix = first
        segs.removeFirst()
        if first == "api" {
            guard segs.count >= 2 else { return }  // /api or /api/v1 are discovery
            version = segs.removeFirst()
        } else {
            guard segs.count >= 3 else { return }  // /apis, /apis/G, /apis/G/V are discovery
            group = segs.removeFirst()
            version = segs.removeFirst()
        }
        isResourceRequest = true
        var legacyWatch = false
        if segs.first == "watch" {
            legacyWatch = true
            segs.removeFirst()
        }
        if segs.first == "namespaces", segs.count >= 2 {
            namespace = segs[1]
            // namespaces/NAME/status and namespaces/NAME/finalize address the namespace itself.
            if segs.count > 2, segs[2] != "status", segs[2] != "finalize" {
                segs.removeFirst(2)
            } else {
                namespace = nil
            }
        }
        guard !segs.isEmpty else {
            isResourceRequest = false
            return
        }
        resource = segs[0]
        if segs.count >= 2 { name = segs[1] }
        if segs.count >= 3 { subresource = segs[2...].joined(separator: "/") }
        switch method {
        case "GET", "HEAD":
            if legacyWatch || watchParam {
                verb = "watch"
            } else {
                verb = name == nil ? "list" : "get"
            }
        case "POST": verb = "create"
        case "PUT": verb = "update"
        case "PATCH": verb = "patch"
        case "DELETE": verb = name == nil ? "deletecollection" : "delete"
        default: verb = method.lowercased()
        }
    }
}
