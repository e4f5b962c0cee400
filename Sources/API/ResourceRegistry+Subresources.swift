/// A subresource as discovery describes it: the kind its requests and responses carry and its verbs.
public struct SubresourceInfo: Sendable, Equatable {
    /// The subresource name ("status", "scale", "log", …).
    public var name: String
    /// The group of `kind` when it differs from the parent's ("autoscaling" for Scale), else "".
    public var group: String
    /// The version of `kind` when its group differs from the parent's, else "".
    public var version: String
    /// The kind served, e.g. "Scale", "Pod", "PodExecOptions".
    public var kind: String
    /// Verbs, in upstream's discovery order.
    public var verbs: [String]
}

extension ResourceRegistry {
    /// The subresource `name` of `resource` as kube-apiserver 1.33 advertises it, or nil when the
    /// resource does not list it.
    public func subresource(_ name: String, of resource: ResourceInfo) -> SubresourceInfo? {
        guard resource.subresources.contains(name) else { return nil }
        return Self.describe(name, of: resource)
    }

    /// All subresources of `resource`, in the order of its `subresources` list.
    public func subresources(of resource: ResourceInfo) -> [SubresourceInfo] {
        resource.subresources.map { Self.describe($0, of: resource) }
    }

    static let readWrite = ["get", "patch", "update"]
    static let proxyVerbs = ["create", "delete", "get", "patch", "update"]

    /// Upstream's kinds and verbs per subresource (the `APIResource` entries named "parent/sub").
    static func describe(_ name: String, of r: ResourceInfo) -> SubresourceInfo {
        func same(_ kind: String, _ verbs: [String]) -> SubresourceInfo {
            SubresourceInfo(name: name, group: "", version: "", kind: kind, verbs: verbs)
        }
        switch name {
        case "status", "ephemeralcontainers", "resize": return same(r.kind, readWrite)
        case "scale":
            // Every scale subresource speaks autoscaling/v1 Scale.
            return SubresourceInfo(name: name, group: "autoscaling", version: "v1", kind: "Scale", verbs: readWrite)
        case "finalize": return same(r.kind, ["update"])
        case "log": return same(r.kind, ["get"])
        case "exec": return same("PodExecOptions", ["create", "get"])
        case "attach": return same("PodAttachOptions", ["create", "get"])
        case "portforward": return same("PodPortForwardOptions", ["create", "get"])
        case "binding": return same("Binding", ["create"])
        case "eviction":
            return SubresourceInfo(name: name, group: "policy", version: "v1", kind: "Eviction", verbs: ["create"])
        case "token":
            return SubresourceInfo(name: name, group: "authentication.k8s.io", version: "v1", kind: "TokenRequest",
                                   verbs: ["create"])
        case "proxy": return same(r.kind + "ProxyOptions", proxyVerbs)
        default: return same(r.kind, readWrite)
        }
    }
}
