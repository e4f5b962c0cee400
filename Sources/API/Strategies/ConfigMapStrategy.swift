import JSON

/// ConfigMaps (core/v1): upstream `ValidateConfigMap` (config keys, no key in both maps, 1 MiB total) and the
/// `immutable` rule on update.
public struct ConfigMapStrategy: KindStrategy {
    public init() {}

    /// Upstream `MaxSecretSize`, which also bounds ConfigMaps.
    public static let maxSize = 1024 * 1024

    public func applyDefaults(_ object: inout JSON) {
        Base64.dropLineBreaks(in: &object, field: "binaryData")
    }

    public func validate(_ object: JSON) -> [FieldError] {
        var errs: [FieldError] = []
        var total = 0
        let data = object["data"]?.objectValue ?? JSONObject()
        for (k, v) in data {
            total += v.stringValue?.utf8.count ?? 0
            for msg in LabelValidation.configMapKey(k) { errs.append(ValidationSupport.invalid("data[\(k)]", k, msg)) }
        }
        for (k, v) in object["binaryData"]?.objectValue ?? JSONObject() {
            // binaryData travels base64-encoded; its decoded size counts.
            total += ((v.stringValue?.utf8.count ?? 0) * 3) / 4
            for msg in LabelValidation.configMapKey(k) { errs.append(ValidationSupport.invalid("binaryData[\(k)]", k, msg)) }
            if data[k] != nil { errs.append(ValidationSupport.invalid("binaryData[\(k)]", k, "duplicate of key present in data")) }
            if let s = v.stringValue, Base64.decode(s) == nil { errs.append(ValidationSupport.invalid("binaryData[\(k)]", "<binary>", "illegal base64 data")) }
        }
        if total > Self.maxSize {
            errs.append(FieldError(.tooLong, "[]", "may not be more than \(Self.maxSize) bytes"))
        }
        return errs
    }

    public func validateUpdate(_ object: JSON, old: JSON) -> [FieldError] {
        ImmutableData.validate(object, old: old, keys: ["data", "binaryData"])
    }

    public func specChanged(_ object: JSON, old: JSON) -> Bool { false }
}

/// The `immutable: true` rule shared by ConfigMaps and Secrets.
enum ImmutableData {
    static func validate(_ object: JSON, old: JSON, keys: [String]) -> [FieldError] {
        guard old["immutable"]?.boolValue == true else { return [] }
        var errs: [FieldError] = []
        if object["immutable"]?.boolValue != true {
            errs.append(FieldError(.forbidden, "immutable", "field is immutable when `immutable` is set"))
        }
        for key in keys where (object[key] ?? .null) != (old[key] ?? .null) {
            errs.append(FieldError(.forbidden, key, "field is immutable when `immutable` is set"))
        }
        return errs
    }
}
