import JSON

/// Options shared by create, update and patch (`metav1.CreateOptions` / `UpdateOptions` / `PatchOptions`).
public struct WriteOptions: Sendable {
    /// `dryRun=All`: run every step but do not persist.
    public var dryRun = false
    /// `fieldManager`.
    public var fieldManager: String?
    /// `fieldValidation`: Strict, Warn or Ignore.
    public var fieldValidation: String?
    /// `force` (server-side apply).
    public var force = false
    /// Warnings found before the Registry saw the request (e.g. duplicate fields in the body).
    public var warnings: [String] = []
    /// The manager `metadata.managedFields` records this write under: `fieldManager`, else the
    /// client's User-Agent product (`ManagedFields.managerName`).
    public var manager = "kubeling"
    public init() {}

    /// Whether undeclared fields fail the request (`Strict`) rather than being dropped with a
    /// warning (`Warn`, the default) or silently (`Ignore`).
    public var isStrict: Bool { fieldValidation == "Strict" }
    /// Whether dropped fields are reported as warnings.
    public var reportsWarnings: Bool { fieldValidation == nil || fieldValidation == "Warn" }
}

/// `metav1.ListOptions`.
public struct ListOptions: Sendable {
    public var labelSelector: LabelSelector?
    public var fieldSelector: FieldSelector?
    public var limit: Int?
    public var continueToken: String?
    public var resourceVersion: String?
    public var resourceVersionMatch: String?
    public init() {}
}

/// `metav1.DeleteOptions`. Read leniently; `validate()` applies upstream's `ValidateDeleteOptions`, which
/// the Registry runs once it has found the object (upstream: in `BeforeDelete`, after the read).
public struct DeleteOptions: Sendable {
    /// Seconds the object may take to go; nil leaves it to the kind (pods: `terminationGracePeriodSeconds`).
    public var gracePeriodSeconds: Int64?
    /// Orphan, Background or Foreground (anything else fails `validate()`).
    public var propagationPolicy: String?
    /// The deprecated `orphanDependents`; may not be set together with `propagationPolicy`.
    public var orphanDependents: Bool?
    public var preconditionUID: String?
    public var preconditionResourceVersion: String?
    public var dryRun = false
    /// `dryRun` values other than `All`, reported by `validate()`.
    public var unsupportedDryRun: [String] = []
    public init() {}

    /// Reads a `DeleteOptions` body (JSON); an empty body gives the defaults.
    public init(body: JSON?) throws(APIError) {
        guard let body, case .object = body else {
            if let body, !body.isNull { throw APIError.badRequest("invalid DeleteOptions: expected an object") }
            return
        }
        gracePeriodSeconds = body["gracePeriodSeconds"]?.intValue
        propagationPolicy = body["propagationPolicy"]?.stringValue
        orphanDependents = body["orphanDependents"]?.boolValue
        preconditionUID = body[path: ["preconditions", "uid"]]?.stringValue
        preconditionResourceVersion = body[path: ["preconditions", "resourceVersion"]]?.stringValue
        for v in body["dryRun"]?.arrayValue ?? [] {
            if v == .string("All") { dryRun = true } else { unsupportedDryRun.append(v.stringValue ?? v.jsonString) }
        }
    }

    /// The policy the options ask for, when valid (`orphanDependents` counts as Orphan or Background).
    public var policy: PropagationPolicy? {
        if let o = orphanDependents { return o ? .orphan : .background }
        return propagationPolicy.flatMap(PropagationPolicy.init(rawValue:))
    }

    /// Upstream `ValidateDeleteOptions`: `orphanDependents` and `propagationPolicy` exclude each other, the
    /// policy is one of three, `dryRun` only says `All`. Fails with 422 Invalid on `DeleteOptions.meta.k8s.io`.
    public func validate() throws(APIError) {
        var errors: [FieldError] = []
        if orphanDependents != nil, let p = propagationPolicy {
            errors.append(.invalid("propagationPolicy", p, "orphanDependents and deletionPropagation cannot be both set"))
        }
        if let p = propagationPolicy, PropagationPolicy(rawValue: p) == nil {
            errors.append(FieldError(.notSupported, "propagationPolicy", value: JSON.string(p).jsonString,
                                     "supported values: \"Foreground\", \"Background\", \"Orphan\", \"nil\""))
        }
        if !unsupportedDryRun.isEmpty {
            let listed = "[]string{" + unsupportedDryRun.map { JSON.string($0).jsonString }.joined(separator: ", ") + "}"
            errors.append(FieldError(.notSupported, "dryRun", value: listed, "supported values: \"All\""))
        }
        if !errors.isEmpty { throw APIError.invalid(kind: "DeleteOptions", group: "meta.k8s.io", name: "", errors) }
    }
}

/// `metav1.DeletionPropagation`: what happens to the objects a deleted object owns.
public enum PropagationPolicy: String, Sendable {
    /// Dependents stay, their owner reference removed (the `orphan` finalizer holds the owner until then).
    case orphan = "Orphan"
    /// The owner goes at once; the garbage collector deletes dependents afterwards.
    case background = "Background"
    /// Dependents go first (the `foregroundDeletion` finalizer holds the owner until they are gone).
    case foreground = "Foreground"
}

/// The body types of PATCH.
public enum PatchType: String, Sendable {
    case json = "application/json-patch+json"
    case merge = "application/merge-patch+json"
    case strategic = "application/strategic-merge-patch+json"
    case apply = "application/apply-patch+yaml"
}

/// What a successful write answers: the object's bytes in the requested version, the HTTP code and
/// any warnings for `Warning` headers.
public struct WriteResult: Sendable {
    /// 200 or 201.
    public var code: Int
    public var body: [UInt8]
    public var warnings: [String]
    public init(code: Int, body: [UInt8], warnings: [String] = []) {
        self.code = code
        self.body = body
        self.warnings = warnings
    }
}

/// A completion for asynchronous Registry writes, called once, on a thread that may not block.
public typealias WriteCompletion = @Sendable (Result<WriteResult, APIError>) -> Void
