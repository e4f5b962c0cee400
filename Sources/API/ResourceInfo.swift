/// Whether a resource lives in a namespace.
public enum ResourceScope: String, Sendable {
    case namespaced = "Namespaced"
    case cluster = "Cluster"
}

/// One served resource of one group-version, as discovery advertises it.
public struct ResourceInfo: Sendable, Equatable {
    /// API group, "" for core.
    public var group: String
    public var version: String
    public var kind: String
    /// Plural, lower case: the path segment ("deployments").
    public var plural: String
    public var singular: String
    public var scope: ResourceScope
    public var shortNames: [String]
    public var categories: [String]
    public var verbs: [String]
    /// Subresources served ("status", "scale", …).
    public var subresources: [String]
    /// The storage key prefix shared by every version of this resource (e.g. "/horizontalpodautoscalers.autoscaling"),
    /// so that autoscaling/v1 and v2 read the same stored objects.
    public var storagePrefix: String

    public init(group: String, version: String, kind: String, plural: String, singular: String,
                scope: ResourceScope, shortNames: [String] = [], categories: [String] = [],
                verbs: [String] = ResourceInfo.allVerbs, subresources: [String] = [], storagePrefix: String? = nil) {
        self.group = group
        self.version = version
        self.kind = kind
        self.plural = plural
        self.singular = singular
        self.scope = scope
        self.shortNames = shortNames
        self.categories = categories
        self.verbs = verbs
        self.subresources = subresources
        self.storagePrefix = storagePrefix ?? "/" + (group.isEmpty ? plural : plural + "." + group)
    }

    /// Every verb of a normal read-write resource, in discovery order.
    public static let allVerbs = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"]

    /// "apps/v1", or "v1" for core.
    public var groupVersion: String { group.isEmpty ? version : group + "/" + version }
    /// Whether the resource is namespaced.
    public var namespaced: Bool { scope == .namespaced }
    /// "deployments.apps", or "pods" for core, as messages print a qualified resource.
    public var qualifiedResource: String { group.isEmpty ? plural : plural + "." + group }
}
