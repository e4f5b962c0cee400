import JSON

/// Field-label checks and conversion against a resource, as upstream's list handler does before
/// reaching storage (`scope.Convertor.ConvertFieldLabel`).
extension FieldSelector {
    /// The selector with each field label converted to the stored kind's name (e.g. events.k8s.io's
    /// `regarding.name` → `involvedObject.name`, pods' `spec.host` → `spec.nodeName`), so it matches
    /// `ObjectAttributes.extract`. An unsupported label is a 400 BadRequest with upstream's message:
    /// `field label not supported: <label>` for kinds with their own conversion, else
    /// `"<label>" is not a known field selector: only "metadata.name", "metadata.namespace"`.
    public func converted(for resource: ResourceInfo) throws(APIError) -> FieldSelector {
        let conv = ObjectAttributes.conversion(for: resource)
        var out: [Requirement] = []
        for t in terms {
            guard let mapped = conv.labels[t.field] else {
                if conv.custom { throw APIError.badRequest("field label not supported: \(t.field)") }
                throw APIError.badRequest(JSON.string(t.field).jsonString
                    + " is not a known field selector: only \"metadata.name\", \"metadata.namespace\"")
            }
            out.append(Requirement(field: mapped, op: t.op, value: t.value))
        }
        return FieldSelector(terms: out)
    }

    /// Rejects a selector naming a field the resource does not support (see `converted(for:)`).
    public static func validate(_ sel: FieldSelector, for resource: ResourceInfo) throws(APIError) {
        _ = try sel.converted(for: resource)
    }
}
