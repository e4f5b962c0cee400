import JSON

/// Secrets (core/v1): `type` defaults to Opaque, `stringData` is folded into `data` (upstream does this in the
/// v1 conversion), keys and base64 values are checked, type-specific required keys, immutable `type`.
public struct SecretStrategy: KindStrategy {
    public init() {}

    /// Upstream `SecretToSelectableFields`.
    public var selectableFields: [SelectableField] { [.string("type")] }

    public func applyDefaults(_ object: inout JSON) {
        if (object["type"]?.stringValue ?? "").isEmpty { object["type"] = "Opaque" }
        Base64.dropLineBreaks(in: &object, field: "data")
        if let stringData = object["stringData"]?.objectValue {
            var data = object["data"]?.objectValue ?? JSONObject()
            for (k, v) in stringData { data[k] = .string(Base64.encode(Array((v.stringValue ?? "").utf8))) }
            object["data"] = .object(data)
            object["stringData"] = nil
        }
    }

    public func validate(_ object: JSON) -> [FieldError] {
        var errs: [FieldError] = []
        var total = 0
        let data = object["data"]?.objectValue ?? JSONObject()
        for (k, v) in data {
            for msg in LabelValidation.configMapKey(k) { errs.append(ValidationSupport.invalid("data[\(k)]", k, msg)) }
            guard let s = v.stringValue, let bytes = Base64.decode(s) else {
                errs.append(FieldError(.invalid, "data[\(k)]", value: ValidationSupport.quote("<secret contents redacted>"), "illegal base64 data"))
                continue
            }
            total += bytes.count
        }
        if total > ConfigMapStrategy.maxSize {
            errs.append(FieldError(.tooLong, "data", "may not be more than \(ConfigMapStrategy.maxSize) bytes"))
        }
        let required: [String]
        switch object["type"]?.stringValue ?? "Opaque" {
        case "kubernetes.io/dockercfg": required = [".dockercfg"]
        case "kubernetes.io/dockerconfigjson": required = [".dockerconfigjson"]
        case "kubernetes.io/tls": required = ["tls.crt", "tls.key"]
        case "kubernetes.io/ssh-auth": required = ["ssh-privatekey"]
        case "kubernetes.io/service-account-token":
            if (object[path: ["metadata", "annotations", "kubernetes.io/service-account.name"]]?.stringValue ?? "").isEmpty {
                errs.append(.required("metadata.annotations[kubernetes.io/service-account.name]"))
            }
            required = []
        default: required = []
        }
        for key in required where data[key] == nil { errs.append(.required("data[\(key)]")) }
        return errs
    }

    public func validateUpdate(_ object: JSON, old: JSON) -> [FieldError] {
        var errs: [FieldError] = []
        let newType = object["type"]?.stringValue ?? "Opaque", oldType = old["type"]?.stringValue ?? "Opaque"
        if newType != oldType { errs.append(ValidationSupport.invalid("type", newType, "field is immutable")) }
        return errs + ImmutableData.validate(object, old: old, keys: ["data"])
    }

    public func specChanged(_ object: JSON, old: JSON) -> Bool { false }
}
