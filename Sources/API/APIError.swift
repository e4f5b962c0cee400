import JSON

/// One cause of an `Invalid` error: `field` is the JSON path ("spec.replicas"), `reason` the
/// upstream cause type ("FieldValueInvalid", "FieldValueRequired", …).
public struct FieldError: Sendable, Equatable {
    /// Upstream cause types (apimachinery `field.ErrorType`), as they appear in `details.causes[].reason`.
    public enum Kind: String, Sendable {
        case notFound = "FieldValueNotFound"
        case required = "FieldValueRequired"
        case duplicate = "FieldValueDuplicate"
        case invalid = "FieldValueInvalid"
        case notSupported = "FieldValueNotSupported"
        case forbidden = "FieldValueForbidden"
        case tooLong = "FieldValueTooLong"
        case tooMany = "FieldValueTooMany"
        case typeInvalid = "FieldValueTypeInvalid"
        /// A server-side apply conflict (`metav1.CauseTypeFieldManagerConflict`).
        case fieldManagerConflict = "FieldManagerConflict"
    }
    public var kind: Kind
    /// The field path, e.g. `metadata.name` or `spec.containers[0].image`.
    public var field: String
    /// The offending value rendered as upstream does (quoted strings), or nil.
    public var value: String?
    /// The detail, e.g. "must be no more than 63 characters".
    public var detail: String

    public init(_ kind: Kind, _ field: String, value: String? = nil, _ detail: String = "") {
        self.kind = kind
        self.field = field
        self.value = value
        self.detail = detail
    }

    /// The message without its field, as upstream's `field.Error.ErrorBody()` renders it and puts it in
    /// `details.causes[].message`, e.g. `Invalid value: "A": a lowercase RFC 1123 subdomain must …`.
    public var body: String {
        if kind == .fieldManagerConflict { return detail }
        let prefix = field + ": "
        let whole = message
        return whole.hasPrefix(prefix) ? String(whole.dropFirst(prefix.count)) : whole
    }

    /// The message as upstream's `field.Error.Error()` renders it, e.g.
    /// `metadata.name: Invalid value: "A": a lowercase RFC 1123 subdomain must …`.
    public var message: String {
        // Apply conflicts carry their message as is ("conflict with \"kubectl\" using apps/v1").
        if kind == .fieldManagerConflict { return detail }
        var s = field + ": "
        switch kind {
        case .notFound: s += "Not found"
        case .required: s += "Required value"
        case .duplicate: s += "Duplicate value"
        case .invalid: s += "Invalid value"
        case .notSupported: s += "Unsupported value"
        case .forbidden: s += "Forbidden"
        case .tooLong: s += "Too long"
        case .tooMany: s += "Too many"
        case .typeInvalid: s += "Invalid value"
        case .fieldManagerConflict: break
        }
        if let value, kind != .required, kind != .forbidden { s += ": " + value }
        if !detail.isEmpty { s += ": " + detail }
        return s
    }

    /// `FieldValueInvalid` with a string value quoted the upstream way.
    public static func invalid(_ field: String, _ value: String, _ detail: String) -> FieldError {
        FieldError(.invalid, field, value: JSON.string(value).jsonString, detail)
    }
    /// `FieldValueRequired`.
    public static func required(_ field: String, _ detail: String = "") -> FieldError {
        FieldError(.required, field, detail)
    }
}

/// A failure rendered to clients as a `meta/v1 Status` with upstream code, reason and message.
/// Every error the API surface throws is one of these (design.md §3, "Bad input").
public struct APIError: Error, Sendable, Equatable {
    /// HTTP status code (400, 404, 409, 410, 413, 415, 422, 429, 500, …).
    public var code: Int
    /// `StatusReason`, e.g. `NotFound`, `AlreadyExists`, `Conflict`, `Invalid`, `Expired`.
    public var reason: String
    public var message: String
    /// `details.name`, `details.group`, `details.kind` (the resource, as upstream puts it).
    public var name: String?
    public var group: String?
    public var kind: String?
    public var causes: [FieldError]
    /// Seconds for a `Retry-After` header and `details.retryAfterSeconds`.
    public var retryAfterSeconds: Int?
    /// True for the errors upstream builds with `NewGenericServerResponse` (an unknown path, a method the
    /// route does not take): their `details` is present but empty, `"details":{}`.
    public var emptyDetails = false

    public init(code: Int, reason: String, message: String, name: String? = nil, group: String? = nil,
                kind: String? = nil, causes: [FieldError] = [], retryAfterSeconds: Int? = nil) {
        self.code = code
        self.reason = reason
        self.message = message
        self.name = name
        self.group = group
        self.kind = kind
        self.causes = causes
        self.retryAfterSeconds = retryAfterSeconds
    }

    /// `resource.group` as upstream's qualified resource prints ("deployments.apps", "pods").
    static func qualified(_ resource: String, _ group: String) -> String {
        group.isEmpty ? resource : resource + "." + group
    }

    /// 404 `<resource> "<name>" not found`.
    public static func notFound(resource: String, group: String, name: String) -> APIError {
        APIError(code: 404, reason: "NotFound", message: "\(qualified(resource, group)) \"\(name)\" not found",
                 name: name, group: group, kind: resource)
    }
    /// 409 `<resource> "<name>" already exists`.
    public static func alreadyExists(resource: String, group: String, name: String) -> APIError {
        APIError(code: 409, reason: "AlreadyExists",
                 message: "\(qualified(resource, group)) \"\(name)\" already exists",
                 name: name, group: group, kind: resource)
    }
    /// 409 Conflict, e.g. the optimistic-concurrency failure.
    public static func conflict(resource: String, group: String, name: String, _ detail: String) -> APIError {
        APIError(code: 409, reason: "Conflict",
                 message: "Operation cannot be fulfilled on \(qualified(resource, group)) \"\(name)\": \(detail)",
                 name: name, group: group, kind: resource)
    }
    /// The standard optimistic-concurrency conflict message.
    public static let staleObjectDetail =
        "the object has been modified; please apply your changes to the latest version and try again"
    /// 422 Invalid: `<Kind>.<group> "<name>" is invalid: <causes joined by ", ">`; a message repeated
    /// among the causes is printed once (upstream `ErrorList.ToAggregate`), every cause is kept.
    public static func invalid(kind: String, group: String, name: String, _ causes: [FieldError]) -> APIError {
        let qk = group.isEmpty ? kind : kind + "." + group
        var seen: Set<String> = []
        let list = causes.map(\.message).filter { seen.insert($0).inserted }
        let joined = list.count == 1 ? list[0] : "[" + list.joined(separator: ", ") + "]"
        return APIError(code: 422, reason: "Invalid", message: "\(qk) \"\(name)\" is invalid: \(joined)",
                        name: name, group: group, kind: kind, causes: causes)
    }
    /// 400 BadRequest.
    public static func badRequest(_ message: String) -> APIError {
        APIError(code: 400, reason: "BadRequest", message: message)
    }
    /// 405 MethodNotAllowed, as upstream's router answers a method a path does not take (empty `details`).
    public static func methodNotAllowed(_ message: String) -> APIError {
        var e = APIError(code: 405, reason: "MethodNotAllowed", message: message)
        e.emptyDetails = true
        return e
    }
    /// 410 Expired, e.g. "too old resource version: 5 (120)".
    public static func expired(_ message: String) -> APIError {
        APIError(code: 410, reason: "Expired", message: message)
    }
    /// 413 RequestEntityTooLarge.
    public static func tooLarge(_ message: String = "the server has received a request that is too large") -> APIError {
        APIError(code: 413, reason: "RequestEntityTooLarge", message: message)
    }
    /// 415 UnsupportedMediaType.
    public static func unsupportedMediaType(_ contentType: String) -> APIError {
        APIError(code: 415, reason: "UnsupportedMediaType",
                 message: "the body of the request was in an unknown format - accepted media types include: application/json, application/vnd.kubernetes.protobuf (got \(contentType))")
    }
    /// 406 NotAcceptable.
    public static func notAcceptable(_ message: String) -> APIError {
        APIError(code: 406, reason: "NotAcceptable", message: message)
    }
    /// 404 for a path that names no resource.
    public static let pathNotFound: APIError = {
        var e = APIError(code: 404, reason: "NotFound", message: "the server could not find the requested resource")
        e.emptyDetails = true
        return e
    }()
    /// 500 InternalError (never for what a client sent).
    public static func internalError(_ message: String) -> APIError {
        APIError(code: 500, reason: "InternalError", message: "Internal error occurred: \(message)")
    }

    /// The `Status` object, with upstream's field order (kind, apiVersion, metadata, status, message, reason,
    /// details, code). Like upstream's `omitempty` fields, an empty message, reason or detail is left out:
    /// a core kind's details have no `"group":""`. `details` itself is written when there is something in it,
    /// or as `{}` for the generic errors that upstream builds with an empty `StatusDetails`.
    public var status: JSON {
        var s: JSONObject = ["kind": "Status", "apiVersion": "v1", "metadata": .object(JSONObject()),
                             "status": "Failure"]
        if !message.isEmpty { s["message"] = .string(message) }
        if !reason.isEmpty { s["reason"] = .string(reason) }
        var details = JSONObject()
        if let name, !name.isEmpty { details["name"] = .string(name) }
        if let group, !group.isEmpty { details["group"] = .string(group) }
        if let kind, !kind.isEmpty { details["kind"] = .string(kind) }
        if !causes.isEmpty {
            details["causes"] = .array(causes.map { c in
                var cause = JSONObject()
                cause["reason"] = .string(c.kind.rawValue)
                let body = c.body
                if !body.isEmpty { cause["message"] = .string(body) }
                if !c.field.isEmpty { cause["field"] = .string(c.field) }
                return .object(cause)
            })
        }
        if let retryAfterSeconds, retryAfterSeconds != 0 {
            details["retryAfterSeconds"] = .int(Int64(retryAfterSeconds))
        }
        if !details.isEmpty || emptyDetails { s["details"] = .object(details) }
        if code != 0 { s["code"] = .int(Int64(code)) }
        return .object(s)
    }
}
