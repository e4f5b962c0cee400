import JSON

/// Label key and value rules (apimachinery `IsQualifiedName`, `IsValidLabelValue`) and the
/// requirement checks of upstream's `labels.NewRequirement`.
extension LabelSelector {
    static let qualifiedNameFormat = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]"
    static let qualifiedNameMessage = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '\(qualifiedNameFormat)')"

    /// Upstream's messages for a qualified name (label key, annotation key): `[prefix/]name`, empty when valid.
    public static func qualifiedNameErrors(_ value: String) -> [String] {
        let parts = value.split(separator: "/", omittingEmptySubsequences: false)
        var errs: [String] = []
        let name: Substring
        switch parts.count {
        case 1: name = parts[0]
        case 2:
            let prefix = String(parts[0])
            name = parts[1]
            if prefix.isEmpty {
                errs.append("prefix part must be non-empty")
            } else {
                errs += NameValidation.dns1123Subdomain(prefix).map { "prefix part " + $0 }
            }
        default:
            return ["a qualified name " + qualifiedNameMessage + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"]
        }
        if name.isEmpty {
            errs.append("name part must be non-empty")
        } else if name.utf8.count > 63 {
            errs.append("name part must be no more than 63 characters")
        }
        if !isQualifiedNamePart(name) { errs.append("name part " + qualifiedNameMessage) }
        return errs
    }

    /// Upstream's messages for a label value (empty, or at most 63 alphanumerics with '-', '_', '.' inside).
    public static func labelValueErrors(_ value: String) -> [String] {
        var errs: [String] = []
        if value.utf8.count > 63 { errs.append("must be no more than 63 characters") }
        if !value.isEmpty && !isQualifiedNamePart(Substring(value)) {
            errs.append("a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(\(qualifiedNameFormat))?')")
        }
        return errs
    }

    private static func isAlnum(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
    }

    /// `([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]`
    private static func isQualifiedNamePart(_ s: Substring) -> Bool {
        let u = Array(s.utf8)
        guard let first = u.first, let last = u.last, isAlnum(first), isAlnum(last) else { return false }
        for c in u where !(isAlnum(c) || c == UInt8(ascii: "-") || c == UInt8(ascii: "_") || c == UInt8(ascii: ".")) {
            return false
        }
        return true
    }

    /// Go's `%#v` of a `[]string`, as `field.Invalid` renders a values list.
    static func goStringSlice(_ values: [String], isNil: Bool) -> String {
        if isNil { return "[]string(nil)" }
        return "[]string{" + values.map { JSON.string($0).jsonString }.joined(separator: ", ") + "}"
    }

    /// A validated requirement, failing as upstream's `NewRequirement` (all problems aggregated).
    /// `keyField` is the path printed for a bad key ("key" from `NewRequirement`).
    static func makeRequirement(_ key: String, _ op: Operator, _ values: [String], valuesNil: Bool,
                                keyField: String = "key") throws(APIError) -> Requirement {
        var errs: [FieldError] = []
        let keyErrs = qualifiedNameErrors(key)
        if !keyErrs.isEmpty { errs.append(.invalid(keyField, key, keyErrs.joined(separator: "; "))) }
        let rendered = goStringSlice(values, isNil: valuesNil)
        switch op {
        case .in, .notIn:
            if values.isEmpty {
                errs.append(FieldError(.invalid, "values", value: rendered,
                                       "for 'in', 'notin' operators, values set can't be empty"))
            }
        case .equals, .doubleEquals, .notEquals:
            if values.count != 1 {
                errs.append(FieldError(.invalid, "values", value: rendered,
                                       "exact-match compatibility requires one single value"))
            }
        case .exists, .doesNotExist:
            if !values.isEmpty {
                errs.append(FieldError(.invalid, "values", value: rendered,
                                       "values set must be empty for exists and does not exist"))
            }
        case .greaterThan, .lessThan:
            if values.count != 1 {
                errs.append(FieldError(.invalid, "values", value: rendered,
                                       "for 'Gt', 'Lt' operators, exactly one value is required"))
            }
            for (i, v) in values.enumerated() where Int64(v) == nil {
                errs.append(.invalid("values[\(i)]", v, "for 'Gt', 'Lt' operators, the value must be an integer"))
            }
        }
        for (i, v) in values.enumerated() {
            let vErrs = labelValueErrors(v)
            if !vErrs.isEmpty { errs.append(.invalid("values[\(i)][\(key)]", v, vErrs.joined(separator: "; "))) }
        }
        guard errs.isEmpty else { throw APIError.badRequest(aggregate(errs.map(\.message))) }
        return Requirement(key: key, op: op, values: values)
    }

    /// An aggregate error message as apimachinery prints one: the message alone, or `[a, b]`.
    static func aggregate(_ messages: [String]) -> String {
        var unique: [String] = []
        for m in messages where !unique.contains(m) { unique.append(m) }
        return unique.count == 1 ? unique[0] : "[" + unique.joined(separator: ", ") + "]"
    }
}
