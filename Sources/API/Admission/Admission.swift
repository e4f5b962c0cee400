import JSON

/// What an admission step is told about the write it admits (upstream `admission.Attributes`).
public struct AdmissionAttributes: Sendable {
    /// The verb being admitted (upstream `admission.Operation`; deletes and connects are not admitted here).
    public enum Operation: Sendable {
        case create
        case update
    }

    /// Create or update.
    public var operation: Operation
    /// The resource as the client addressed it.
    public var resource: ResourceInfo
    /// The object's namespace ("" for cluster-scoped kinds).
    public var namespace: String
    /// The name upstream's `admission.NewForbidden` reports: the object's name, else its `generateName`
    /// (upstream admits before the name is generated), else "Unknown".
    public var name: String
    /// The stored object an update replaces; nil on create.
    public var old: JSON?
    /// `dryRun=All`: admission must not change anything outside the object.
    public var dryRun: Bool
    /// The subresource written (`resize`), nil for the main resource.
    public var subresource: String?

    /// Attributes of one write.
    public init(operation: Operation, resource: ResourceInfo, namespace: String, name: String, old: JSON? = nil,
                dryRun: Bool = false, subresource: String? = nil) {
        self.operation = operation
        self.resource = resource
        self.namespace = namespace
        self.name = name
        self.old = old
        self.dryRun = dryRun
        self.subresource = subresource
    }

    /// The name `admission.NewForbidden` reports for `object` before name generation.
    static func reportedName(_ object: JSON) -> String {
        if let n = object.name, !n.isEmpty { return n }
        if let g = object[path: ["metadata", "generateName"]]?.stringValue, !g.isEmpty { return g }
        return "Unknown"
    }

    /// Upstream `admission.NewForbidden`: 403 Forbidden, `<resource> "<name>" is forbidden: <reason>`.
    public func forbidden(_ reason: String) -> APIError {
        APIError(code: 403, reason: "Forbidden",
                 message: "\(resource.qualifiedResource) \"\(name)\" is forbidden: \(reason)",
                 name: name, group: resource.group, kind: resource.plural)
    }
}

/// Read-only access to stored objects for admission: upstream's plugins read ServiceAccounts,
/// PriorityClasses, LimitRanges and ResourceQuotas through informer listers; here they read the store's
/// cache, in the stored version. Built by the Registry; tests may build one over a dictionary. On updates
/// admission may run on the store's writer thread: reads are short lock-held cache lookups, never waits.
public struct AdmissionLookup: Sendable {
    private let getByKey: @Sendable (String) -> JSON?
    private let listByPrefix: @Sendable (String) -> [JSON]
    private let countByPrefix: @Sendable (String) -> Int

    /// A lookup over storage keys (`/serviceaccounts/ns/name`) and key prefixes (`/serviceaccounts/ns/`);
    /// `count` answers how many objects a prefix holds without parsing them (by default, from `list`).
    public init(get: @escaping @Sendable (_ key: String) -> JSON?, list: @escaping @Sendable (_ prefix: String) -> [JSON],
                count: (@Sendable (_ prefix: String) -> Int)? = nil) {
        getByKey = get
        listByPrefix = list
        countByPrefix = count ?? { list($0).count }
    }

    /// A lookup that finds nothing.
    public static let empty = AdmissionLookup(get: { _ in nil }, list: { _ in [] })

    /// The storage prefix of a resource stored under its own plural (`/priorityclasses.scheduling.k8s.io`).
    static func prefix(group: String, plural: String) -> String {
        "/" + (group.isEmpty ? plural : plural + "." + group)
    }

    /// One object; `namespace` nil for cluster-scoped kinds.
    public func get(group: String = "", plural: String, namespace: String?, name: String) -> JSON? {
        let p = Self.prefix(group: group, plural: plural)
        return getByKey(namespace.map { p + "/" + $0 + "/" + name } ?? p + "/" + name)
    }

    /// Every object of a kind in `namespace` (nil: a cluster-scoped kind, or every namespace).
    public func list(group: String = "", plural: String, namespace: String?) -> [JSON] {
        let p = Self.prefix(group: group, plural: plural)
        return listByPrefix(namespace.map { p + "/" + $0 + "/" } ?? p + "/")
    }

    /// Every object stored under `storagePrefix` (a resource's `storagePrefix`) in `namespace`.
    public func list(storagePrefix: String, namespace: String) -> [JSON] {
        listByPrefix(storagePrefix + "/" + namespace + "/")
    }

    /// How many objects are stored under `storagePrefix` in `namespace`.
    public func count(storagePrefix: String, namespace: String) -> Int {
        countByPrefix(storagePrefix + "/" + namespace + "/")
    }
}

/// Upstream's validating admission phase for every kind, after the object passed validation: LimitRanger's
/// limits (Pods, PersistentVolumeClaims), then ResourceQuota, last as in upstream's plugin order. Runs for
/// creates, for updates of the main resource and for Pods' `resize` subresource.
enum ValidatingAdmission {
    static func validate(_ object: JSON, _ a: AdmissionAttributes, lookup: AdmissionLookup) throws(APIError) {
        try LimitRangerAdmission.validate(object, a, lookup: lookup)
        try ResourceQuotaAdmission.validate(object, a, lookup: lookup)
    }
}
