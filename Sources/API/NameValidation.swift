/// Name rules from apimachinery's `validation` package; each returns the upstream messages, empty when valid.
public enum NameValidation {
    /// DNS-1123 subdomain: lower case alphanumerics, '-' and '.', at most 253 characters.
    public static func dns1123Subdomain(_ value: String) -> [String] {
        var errs: [String] = []
        if value.utf8.count > 253 { errs.append("must be no more than 253 characters") }
        let label = "[a-z0-9]([-a-z0-9]*[a-z0-9])?"
        if !matches(value, labelsSeparatedByDots: true) {
            errs.append("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '\(label)(\\.\(label))*')")
        }
        return errs
    }

    /// DNS-1123 label: lower case alphanumerics and '-', at most 63 characters.
    public static func dns1123Label(_ value: String) -> [String] {
        var errs: [String] = []
        if value.utf8.count > 63 { errs.append("must be no more than 63 characters") }
        if !matches(value, labelsSeparatedByDots: false) {
            errs.append("a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')")
        }
        return errs
    }

    /// DNS-1035 label (Services): like a DNS-1123 label but starting with a letter.
    public static func dns1035Label(_ value: String) -> [String] {
        var errs: [String] = []
        if value.utf8.count > 63 { errs.append("must be no more than 63 characters") }
        let u = Array(value.utf8)
        let ok = !u.isEmpty && isLower(u[0]) && matches(value, labelsSeparatedByDots: false)
        if !ok {
            errs.append("a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')")
        }
        return errs
    }

    /// Path-segment names (RBAC and a few others): anything but "." / ".." and no '/' or '%'.
    public static func pathSegmentName(_ value: String) -> [String] {
        if value == "." || value == ".." { return ["may not be '\(value)'"] }
        for c in ["/", "%"] where value.contains(c) { return ["may not contain '\(c)'"] }
        return []
    }

    private static func isLower(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A }
    private static func isAlnum(_ c: UInt8) -> Bool { isLower(c) || (c >= 0x30 && c <= 0x39) }

    private static func matches(_ value: String, labelsSeparatedByDots: Bool) -> Bool {
        let u = Array(value.utf8)
        guard !u.isEmpty else { return false }
        var labelStart = true
        var prev: UInt8 = 0
        for c in u {
            if c == UInt8(ascii: ".") && labelsSeparatedByDots {
                if labelStart || !isAlnum(prev) { return false }
                labelStart = true
            } else if isAlnum(c) {
                labelStart = false
            } else if c == UInt8(ascii: "-") {
                if labelStart { return false }
            } else {
                return false
            }
            prev = c
        }
        return isAlnum(prev)
    }
}
