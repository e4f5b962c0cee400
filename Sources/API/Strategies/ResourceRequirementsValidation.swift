import JSON

/// Upstream `ValidateResourceRequirements`: every quantity parses and is non-negative, and a request is not above
/// its limit.
enum ResourceRequirementsValidation {
    static func validate(_ resources: JSON?, field: String) -> [FieldError] {
        guard let resources else { return [] }
        var errs: [FieldError] = []
        var limits: [String: Quantity] = [:]
        for (key, o) in [("limits", resources["limits"]?.objectValue), ("requests", resources["requests"]?.objectValue)] {
            for (name, raw) in o ?? JSONObject() {
                // Spelled only for an error: this runs for every quantity of every pod written.
                var path: String { "\(field).\(key)[\(name)]" }
                guard let q = Quantity(json: raw) else {
                    let text = raw.stringValue ?? raw.jsonString
                    let detail: String
                    if case .failure(let e) = Quantity.parse(text) { detail = e.message } else { detail = Quantity.formatError }
                    errs.append(ValidationSupport.invalid(path, text, detail))
                    continue
                }
                if q.sign < 0 {
                    errs.append(ValidationSupport.invalid(path, q.canonical, "must be greater than or equal to 0"))
                    continue
                }
                if key == "limits" {
                    limits[name] = q
                } else if let limit = limits[name], q > limit {
                    errs.append(ValidationSupport.invalid(path, q.canonical, "must be less than or equal to \(name) limit of \(limit.canonical)"))
                }
            }
        }
        return errs
    }
}
