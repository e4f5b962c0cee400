import JSON

/// The type of a field in the compact OpenAPI tables (`OpenAPIDefinitions+*.swift`).
indirect enum OpenAPIType: Sendable {
    case string
    case int32
    case int64
    case number
    case boolean
    /// A string with a format ("byte", "date-time", "int-or-string").
    case format(String)
    /// A reference to another definition by its short name ("core.PodSpec", see `OpenAPITypeDef.expand`).
    case ref(String)
    case array(OpenAPIType)
    /// A JSON object with arbitrary keys and values of one type (labels, data, resource lists).
    case map(OpenAPIType)
    /// Any JSON object, kept as sent (`x-kubernetes-preserve-unknown-fields`).
    case free
}

/// One property of an object definition, with its list and patch extensions.
struct OpenAPIField: Sendable {
    let name: String
    let type: OpenAPIType
    let description: String
    /// Vendor extensions on the property (`x-kubernetes-patch-merge-key`, `x-kubernetes-list-type`, …).
    var extensions: JSONObject = [:]

    /// A list merged by `key` under strategic merge patch, and a `map` list keyed by `key` for
    /// server-side apply, as upstream tags `containers`, `env`, `volumes`, …
    /// (`patchStrategy:"merge" patchMergeKey:"name"` plus `+listType=map +listMapKey=name`).
    func merge(_ key: String, listMap: Bool = true, strategy: String = "merge") -> OpenAPIField {
        var f = self
        f.extensions["x-kubernetes-patch-merge-key"] = .string(key)
        f.extensions["x-kubernetes-patch-strategy"] = .string(strategy)
        if listMap {
            f.extensions["x-kubernetes-list-type"] = "map"
            f.extensions["x-kubernetes-list-map-keys"] = [.string(key)]
        }
        return f
    }

    /// A `map` list keyed by `keys` for server-side apply, without a strategic-merge key.
    func listMap(_ keys: [String]) -> OpenAPIField {
        var f = self
        f.extensions["x-kubernetes-list-type"] = "map"
        f.extensions["x-kubernetes-list-map-keys"] = .array(keys.map { .string($0) })
        return f
    }

    /// A list replaced as a whole (`+listType=atomic`).
    func atomic() -> OpenAPIField {
        var f = self
        f.extensions["x-kubernetes-list-type"] = "atomic"
        return f
    }

    /// A list of unique scalars merged as a set (`+listType=set`), optionally with the merge strategy.
    func set(patchMerge: Bool = false) -> OpenAPIField {
        var f = self
        f.extensions["x-kubernetes-list-type"] = "set"
        if patchMerge { f.extensions["x-kubernetes-patch-strategy"] = "merge" }
        return f
    }

    /// A field replaced as a whole by strategic merge, keeping only the keys of the patch (`retainKeys`).
    func retainKeys() -> OpenAPIField {
        var f = self
        f.extensions["x-kubernetes-patch-strategy"] = "retainKeys"
        return f
    }
}

/// One named definition (`io.k8s.api.apps.v1.Deployment`) in the compact tables.
struct OpenAPITypeDef: Sendable {
    /// What a definition is: an object with properties, a formatted string, or any object.
    enum Body: Sendable {
        case object([OpenAPIField])
        case scalar(type: String, format: String?)
        case free
    }

    /// The full definition name.
    let name: String
    let description: String
    let required: [String]
    let body: Body

    /// An object definition; `name` is a short name expanded with `expand`.
    init(_ name: String, _ description: String, required: [String] = [], _ fields: [OpenAPIField]) {
        self.name = Self.expand(name)
        self.description = description
        self.required = required
        self.body = .object(fields)
    }

    /// A non-object definition.
    init(_ name: String, _ description: String, body: Body) {
        self.name = Self.expand(name)
        self.description = description
        self.required = []
        self.body = body
    }

    /// Short package prefixes used in the tables, and the Go package paths upstream names definitions by.
    static let prefixes: [String: String] = [
        "meta": "io.k8s.apimachinery.pkg.apis.meta.v1",
        "resource": "io.k8s.apimachinery.pkg.api.resource",
        "intstr": "io.k8s.apimachinery.pkg.util.intstr",
        "runtime": "io.k8s.apimachinery.pkg.runtime",
        "core": "io.k8s.api.core.v1",
        "apps": "io.k8s.api.apps.v1",
        "batch": "io.k8s.api.batch.v1",
        "net": "io.k8s.api.networking.v1",
        "as1": "io.k8s.api.autoscaling.v1",
        "as2": "io.k8s.api.autoscaling.v2",
        "rbac": "io.k8s.api.rbac.v1",
        "adm": "io.k8s.api.admissionregistration.v1",
        "apireg": "io.k8s.kube-aggregator.pkg.apis.apiregistration.v1",
        "policy": "io.k8s.api.policy.v1",
        "coord": "io.k8s.api.coordination.v1",
        "sched": "io.k8s.api.scheduling.v1",
        "disc": "io.k8s.api.discovery.v1",
        "events": "io.k8s.api.events.v1",
        "metrics": "io.k8s.metrics.pkg.apis.metrics.v1beta1",
    ]

    /// "core.PodSpec" → "io.k8s.api.core.v1.PodSpec"; full names pass through.
    static func expand(_ short: String) -> String {
        guard let dot = short.firstIndex(of: "."), let full = prefixes[String(short[..<dot])] else { return short }
        return full + short[dot...]
    }
}

/// Table-building shorthands.
func f(_ name: String, _ type: OpenAPIType, _ description: String) -> OpenAPIField {
    OpenAPIField(name: name, type: type, description: description)
}

/// The `apiVersion`, `kind` and `metadata` fields every top-level kind starts with.
func objectHeader(list: Bool = false) -> [OpenAPIField] {
    [
        f("apiVersion", .string, "The versioned schema of this object, as group/version (\"apps/v1\") or version alone for the core group (\"v1\"). The server converts recognised versions to its internal form and rejects unknown ones."),
        f("kind", .string, "The REST kind of this object, in CamelCase (\"Deployment\"). Servers may infer it from the endpoint the request is sent to. Cannot be updated."),
        list
            ? f("metadata", .ref("meta.ListMeta"), "List metadata: the resourceVersion of the list and the continue token for paging.")
            : f("metadata", .ref("meta.ObjectMeta"), "The object's metadata: name, namespace, labels, annotations, owner references and server-managed fields."),
    ]
}
