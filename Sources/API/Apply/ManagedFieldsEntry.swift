import JSON

/// One `metadata.managedFields[]` entry: which manager owns which fields, by which operation.
struct ManagedFieldsEntry: Equatable {
    var manager: String
    /// `Apply` or `Update`.
    var operation: String
    var apiVersion: String
    var time: String? { didSet { original = nil } }
    var subresource: String?
    var fields: FieldSet { didSet { original = nil } }
    /// The entry as read, reused when nothing about it changed (saves re-encoding).
    var original: JSON?

    static let apply = "Apply"
    static let update = "Update"

    init(manager: String, operation: String, apiVersion: String, time: String?, subresource: String?,
         fields: FieldSet) {
        self.manager = manager
        self.operation = operation
        self.apiVersion = apiVersion
        self.time = time
        self.subresource = subresource
        self.fields = fields
    }

    /// Whether two entries belong to the same manager identity: upstream keys managers by
    /// manager, operation and subresource, and for `Update` also by apiVersion.
    func sameIdentity(manager m: String, operation op: String, apiVersion v: String, subresource s: String?) -> Bool {
        manager == m && operation == op && (subresource ?? "") == (s ?? "") && (op == Self.apply || apiVersion == v)
    }

    /// Decodes the entries of an object; nil when the field is missing, malformed, or not
    /// FieldsV1 (upstream then falls back to the live object's entries).
    static func decode(_ object: JSON) -> [ManagedFieldsEntry]? {
        guard case .array(let items)? = object[path: ["metadata", "managedFields"]] else { return nil }
        var out: [ManagedFieldsEntry] = []
        out.reserveCapacity(items.count)
        for item in items {
            guard case .object(let o) = item,
                  (o["fieldsType"]?.stringValue ?? "FieldsV1") == "FieldsV1",
                  let operation = o["operation"]?.stringValue,
                  operation == apply || operation == update
            else { return nil }
            let fields: FieldSet
            if let raw = o["fieldsV1"] {
                guard let f = FieldSet(fieldsV1: raw) else { return nil }
                fields = f
            } else {
                fields = FieldSet()
            }
            var e = ManagedFieldsEntry(manager: o["manager"]?.stringValue ?? "", operation: operation,
                                       apiVersion: o["apiVersion"]?.stringValue ?? "", time: o["time"]?.stringValue,
                                       subresource: o["subresource"]?.stringValue, fields: fields)
            e.original = item
            out.append(e)
        }
        return out
    }

    /// The entry as JSON, in the member order of the Go type.
    var json: JSON {
        if let original { return original }
        return json(fieldsV1: fields.fieldsV1)
    }

    /// The entry as JSON with this encoding of its fields.
    func json(fieldsV1: JSON) -> JSON {
        var o = JSONObject()
        o.appendUnchecked("manager", .string(manager))
        o.appendUnchecked("operation", .string(operation))
        o.appendUnchecked("apiVersion", .string(apiVersion))
        if let time { o.appendUnchecked("time", .string(time)) }
        o.appendUnchecked("fieldsType", "FieldsV1")
        o.appendUnchecked("fieldsV1", fieldsV1)
        if let subresource, !subresource.isEmpty { o.appendUnchecked("subresource", .string(subresource)) }
        return .object(o)
    }

    /// Entries as upstream stores them: empty ones dropped, sorted by operation (`Apply` first),
    /// time, manager, apiVersion, subresource.
    static func encode(_ entries: [ManagedFieldsEntry]) -> JSON {
        let kept = entries.filter { !$0.fields.isEmpty }.sorted { p, q in
            if p.operation != q.operation { return p.operation < q.operation }
            if (p.time ?? "") != (q.time ?? "") { return (p.time ?? "") < (q.time ?? "") }
            if p.manager != q.manager { return p.manager < q.manager }
            if p.apiVersion != q.apiVersion { return p.apiVersion < q.apiVersion }
            return (p.subresource ?? "") < (q.subresource ?? "")
        }
        return .array(kept.map(\.json))
    }

    /// How conflict messages name the manager (upstream `printManager`): `"kubectl"` for an
    /// applier, `"kube-controller-manager" using apps/v1` for an updater.
    var printed: String {
        var s = JSON.string(manager).jsonString
        if let subresource, !subresource.isEmpty { s += " with subresource " + JSON.string(subresource).jsonString }
        if operation == Self.update { s += " using " + apiVersion }
        return s
    }
}
