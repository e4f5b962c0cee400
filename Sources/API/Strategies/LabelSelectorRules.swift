import JSON

/// Validation of a `metav1.LabelSelector` (upstream `ValidateLabelSelector`) and matching of a label set
/// against it, as the workload strategies need for "selector does not match template labels".
enum LabelSelectorRules {
    static func validate(_ selector: JSON?, field: String) -> [FieldError] {
        guard let sel = selector else { return [] }
        var errs: [FieldError] = []
        for (i, expr) in ValidationSupport.objects(sel["matchExpressions"]) {
            let path = "\(field).matchExpressions[\(i)]"
            let op = expr["operator"]?.stringValue ?? ""
            let values = expr["values"]?.arrayValue ?? []
            switch op {
            case "In", "NotIn":
                if values.isEmpty {
                    errs.append(.required(path + ".values", "must be specified when `operator` is 'In' or 'NotIn'"))
                }
            case "Exists", "DoesNotExist":
                if !values.isEmpty {
                    errs.append(FieldError(.forbidden, path + ".values", "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"))
                }
            default:
                errs.append(ValidationSupport.invalid(path + ".operator", op, "not a valid selector operator"))
            }
            let key = expr["key"]?.stringValue ?? ""
            for msg in LabelValidation.qualifiedName(key) { errs.append(ValidationSupport.invalid(path + ".key", key, msg)) }
        }
        errs += ObjectMetaValidation.validateLabels(sel["matchLabels"], field: field + ".matchLabels")
        return errs
    }

    /// Whether the selector selects nothing-in-particular (no labels, no expressions): upstream treats an empty
    /// selector on a workload as invalid.
    static func isEmpty(_ selector: JSON?) -> Bool {
        (selector?["matchLabels"]?.objectValue?.isEmpty ?? true) && (selector?["matchExpressions"]?.arrayValue?.isEmpty ?? true)
    }

    /// Whether `labels` satisfy `selector` (matchLabels equal, every expression true).
    static func matches(_ selector: JSON?, labels: JSON?) -> Bool {
        let set = labels?.stringMap ?? [:]
        for (k, v) in selector?["matchLabels"]?.stringMap ?? [:] where set[k] != v { return false }
        for expr in selector?["matchExpressions"]?.arrayValue ?? [] {
            let key = expr["key"]?.stringValue ?? ""
            let values = (expr["values"]?.arrayValue ?? []).compactMap(\.stringValue)
            switch expr["operator"]?.stringValue ?? "" {
            case "In": if let v = set[key], values.contains(v) {} else { return false }
            case "NotIn": if let v = set[key], values.contains(v) { return false }
            case "Exists": if set[key] == nil { return false }
            case "DoesNotExist": if set[key] != nil { return false }
            default: return false
            }
        }
        return true
    }
}
