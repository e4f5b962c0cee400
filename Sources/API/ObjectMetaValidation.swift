import JSON

/// Validation of `metadata` shared by every kind, following apimachinery's `ValidateObjectMeta`
/// (pkg/api/validation/objectmeta.go). Namespace presence for namespaced kinds is the Registry's job.
public enum ObjectMetaValidation {
    /// Upstream `TotalAnnotationSizeLimitB`: keys plus values of all annotations.
    public static let totalAnnotationSizeLimit = 256 * 1024

    /// Validates `metadata`; `nameValidator` is the kind's name rule (e.g. `NameValidation.dns1123Subdomain`).
    public static func validate(_ metadata: JSON?, namespaced: Bool, nameValidator: (String) -> [String]) -> [FieldError] {
        var errs: [FieldError] = []
        let meta = metadata ?? .object(JSONObject())
        let name = meta["name"]?.stringValue ?? ""
        let generateName = meta["generateName"]?.stringValue ?? ""
        if !generateName.isEmpty {
            // A prefix may end in '-': validate it as if a character followed.
            let masked = generateName.hasSuffix("-") ? String(generateName.dropLast()) + "a" : generateName
            for msg in nameValidator(masked) { errs.append(ValidationSupport.invalid("metadata.generateName", generateName, msg)) }
        }
        if name.isEmpty {
            if generateName.isEmpty { errs.append(.required("metadata.name", "name or generateName is required")) }
        } else {
            for msg in nameValidator(name) { errs.append(ValidationSupport.invalid("metadata.name", name, msg)) }
        }
        let namespace = meta["namespace"]?.stringValue ?? ""
        if namespaced {
            if !namespace.isEmpty {
                for msg in NameValidation.dns1123Label(namespace) { errs.append(ValidationSupport.invalid("metadata.namespace", namespace, msg)) }
            }
        } else if !namespace.isEmpty {
            errs.append(FieldError(.forbidden, "metadata.namespace", "not allowed on this type"))
        }
        errs += ValidationSupport.nonNegative(meta["generation"], "metadata.generation")
        errs += validateLabels(meta["labels"], field: "metadata.labels")
        errs += validateAnnotations(meta["annotations"], field: "metadata.annotations")
        errs += validateOwnerReferences(meta["ownerReferences"], field: "metadata.ownerReferences")
        for (i, f) in (meta["finalizers"]?.arrayValue ?? []).enumerated() {
            let value = f.stringValue ?? ""
            for msg in LabelValidation.qualifiedName(value) { errs.append(ValidationSupport.invalid("metadata.finalizers[\(i)]", value, msg)) }
        }
        return errs
    }

    /// Upstream `ValidateLabels`: qualified-name keys, label values.
    public static func validateLabels(_ labels: JSON?, field: String) -> [FieldError] {
        guard let o = labels?.objectValue else { return [] }
        var errs: [FieldError] = []
        for (k, v) in o {
            for msg in LabelValidation.qualifiedName(k) { errs.append(ValidationSupport.invalid(field, k, msg)) }
            let value = v.stringValue ?? ""
            for msg in LabelValidation.labelValue(value) { errs.append(ValidationSupport.invalid(field, value, msg)) }
        }
        return errs
    }

    /// Upstream `ValidateAnnotations`: qualified-name keys (checked lower-cased) and a total size limit.
    public static func validateAnnotations(_ annotations: JSON?, field: String) -> [FieldError] {
        guard let o = annotations?.objectValue else { return [] }
        var errs: [FieldError] = []
        var total = 0
        for (k, v) in o {
            for msg in LabelValidation.qualifiedName(k.lowercased()) { errs.append(ValidationSupport.invalid(field, k, msg)) }
            total += k.utf8.count + (v.stringValue?.utf8.count ?? 0)
        }
        if total > totalAnnotationSizeLimit {
            errs.append(FieldError(.tooLong, field, "may not be more than \(totalAnnotationSizeLimit) bytes"))
        }
        return errs
    }

    /// Upstream `ValidateOwnerReferences`: apiVersion with a version, kind, name and uid present; one controller.
    public static func validateOwnerReferences(_ refs: JSON?, field: String) -> [FieldError] {
        guard let list = refs?.arrayValue else { return [] }
        var errs: [FieldError] = []
        var controllers: [String] = []
        for ref in list {
            let apiVersion = ref["apiVersion"]?.stringValue ?? ""
            let version = apiVersion.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? ""
            if version.isEmpty { errs.append(ValidationSupport.invalid(field + ".apiVersion", apiVersion, "version must not be empty")) }
            for (key, what) in [("kind", "kind"), ("name", "name"), ("uid", "uid")] where (ref[key]?.stringValue ?? "").isEmpty {
                errs.append(ValidationSupport.invalid(field + "." + key, "", "\(what) must not be empty"))
            }
            if ref["controller"]?.boolValue == true {
                controllers.append((ref["kind"]?.stringValue ?? "") + "/" + (ref["name"]?.stringValue ?? ""))
            }
        }
        if controllers.count > 1 {
            errs.append(FieldError(.invalid, field, value: ValidationSupport.render(refs),
                                   "Only one reference can have Controller set to true. Found \"true\" in references for "
                                       + controllers.joined(separator: " and ")))
        }
        return errs
    }
}
