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

/// `metav1.DeleteOptions`.
public struct DeleteOptions: Sendable {
    public var gracePeriodSeconds: Int64?
    /// Orphan, Background or Foreground.
    public var propagationPolicy: String?
    public var preconditionUID: String?
    public var preconditionResourceVersion: String?
    public var dryRun = false
    public init() {}

    /// Reads a `DeleteOptions` body (JSON); an empty body gives the defaults.
    public init(body: JSON?) throws(APIError) {
        guard let body, case .object = body else {
            if let body, !body.isNull { throw APIError.badRequest("invalid DeleteOptions: expected an object") }
            return
        }
        gracePeriodSeconds = body["gracePeriodSeconds"]?.intValue
        propagationPolicy = body["propagationPolicy"]?.stringValue
        if let orphan = body["orphanDependents"]?.boolValue, propagationPolicy == nil {
            propagationPolicy = orphan ? "Orphan" : "Background"
        }
        preconditionUID = body[path: ["preconditions", "uid"]]?.stringValue
        preconditionResourceVersion = body[path: ["preconditions", "resourceVersion"]]?.stringValue
        if let dr = body["dryRun"]?.arrayValue, dr.contains(.string("All")) { dryRun = true }
        if let p = propagationPolicy, !["Orphan", "Background", "Foreground"].contains(p) {
            throw APIError(code: 422, reason: "Invalid",
                           message: "DeleteOptions.meta.k8s.io \"\" is invalid: propagationPolicy: Unsupported value: \"\(p)\": supported values: \"Foreground\", \"Background\", \"Orphan\", \"nil\"")
        }
    }
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
