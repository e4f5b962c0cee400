/// apimachinery's `IsQualifiedName`, `IsValidLabelValue` and `IsConfigMapKey`, with upstream's messages.
public enum LabelValidation {
    static let qualifiedNameMessage =
        "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"
    static let qualifiedNameRegex = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]"
    static let qualifiedNameExamples = "(e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '\(qualifiedNameRegex)')"

    /// A label key, annotation key or finalizer: `[prefix/]name`, the prefix a DNS-1123 subdomain.
    public static func qualifiedName(_ value: String) -> [String] {
        // Every label and annotation key of every write comes through here; valid keys (nearly all
        // of them) are recognised in one pass over the bytes, the messages are built only on failure.
        if isValidQualifiedName(value) { return [] }
        var errs: [String] = []
        let parts = value.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let name: String
        switch parts.count {
        case 1:
            name = parts[0]
        case 2:
            name = parts[1]
            if parts[0].isEmpty {
                errs.append("prefix part must be non-empty")
            } else {
                errs += NameValidation.dns1123Subdomain(parts[0]).map { "prefix part " + $0 }
            }
        default:
            return ["a qualified name " + qualifiedNameMessage + " " + qualifiedNameExamples
                + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"]
        }
        if name.isEmpty {
            errs.append("name part must be non-empty")
        } else {
            if name.utf8.count > 63 { errs.append("name part must be no more than 63 characters") }
            if !isQualifiedToken(name) { errs.append("name part " + qualifiedNameMessage + " " + qualifiedNameExamples) }
        }
        return errs
    }

    /// A label value: empty, or at most 63 alphanumerics, '-', '_' or '.', starting and ending alphanumeric.
    public static func labelValue(_ value: String) -> [String] {
        var errs: [String] = []
        if value.utf8.count > 63 { errs.append("must be no more than 63 characters") }
        if !value.isEmpty && !isQualifiedToken(value) {
            errs.append("a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(\(qualifiedNameRegex))?')")
        }
        return errs
    }

    /// A ConfigMap or Secret data key.
    public static func configMapKey(_ value: String) -> [String] {
        var errs: [String] = []
        if value.utf8.count > 253 { errs.append("must be no more than 253 characters") }
        let ok = !value.isEmpty && value.utf8.allSatisfy { isAlnum($0) || $0 == 0x2D || $0 == 0x2E || $0 == 0x5F }
        if !ok {
            errs.append("a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')")
        }
        if value == "." {
            errs.append("must not be '.'")
        } else if value == ".." {
            errs.append("must not be '..'")
        } else if value.hasPrefix("..") {
            errs.append("must not start with '..'")
        }
        return errs
    }

    private static func isAlnum(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
    }

    /// `([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]`.
    private static func isQualifiedToken(_ s: String) -> Bool {
        isQualifiedToken(s.utf8[...])
    }

    private static func isQualifiedToken(_ u: Substring.UTF8View) -> Bool {
        guard let first = u.first, let last = u.last, isAlnum(first), isAlnum(last) else { return false }
        return u.allSatisfy { isAlnum($0) || $0 == 0x2D || $0 == 0x5F || $0 == 0x2E }
    }

    /// Whether `qualifiedName` has nothing to report: an optional DNS-1123 subdomain prefix and '/',
    /// then a name of 1 to 63 token characters.
    private static func isValidQualifiedName(_ value: String) -> Bool {
        let u = value.utf8[...]
        guard let slash = u.firstIndex(of: 0x2F) else { return u.count <= 63 && isQualifiedToken(u) }
        let prefix = u[..<slash]
        let name = u[u.index(after: slash)...]
        guard name.count <= 63, isQualifiedToken(name), !prefix.isEmpty, prefix.count <= 253 else { return false }
        // A subdomain: dot-separated labels of lower-case alphanumerics and '-', each starting and
        // ending alphanumeric (a second '/' fails here too).
        var previous: UInt8 = 0x2E
        for c in prefix {
            let lowerAlnum = (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7A)
            switch c {
            case 0x2E: if !(isAlnum(previous)) { return false }
            case 0x2D: if previous == 0x2E { return false }
            default: if !lowerAlnum { return false }
            }
            previous = c
        }
        return isAlnum(previous)
    }
}
