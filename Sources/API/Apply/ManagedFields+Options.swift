import JSON

extension ManagedFields {
    /// The longest `fieldManager` upstream accepts.
    public static let maxManagerLength = 128

    /// The manager a write is recorded under: the `fieldManager` parameter, else the User-Agent's
    /// product (the part before the first `/`, so `kubectl/v1.30.0 (linux/amd64)` → `kubectl`),
    /// as kube-apiserver derives it.
    public static func managerName(fieldManager: String?, userAgent: String?) -> String {
        if let fieldManager, !fieldManager.isEmpty { return fieldManager }
        let agent = userAgent ?? ""
        let product = agent.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        // Keep the derived name valid: printable and within the length limit.
        return String(product.unicodeScalars.filter(isPrintable).prefix(maxManagerLength)
            .map(Character.init))
    }

    /// Validates the write options that concern field management, as upstream's
    /// `ValidatePatchOptions` / `ValidateFieldManager`: apply needs a `fieldManager`, `force` is only
    /// for apply, managers are at most 128 printable characters. `optionsKind` is `PatchOptions`,
    /// `CreateOptions` or `UpdateOptions` (422 `PatchOptions.meta.k8s.io "" is invalid: …`).
    public static func validateOptions(fieldManager: String?, force: Bool?, isApply: Bool,
                                       optionsKind: String = "PatchOptions") throws(APIError) {
        var errors: [FieldError] = []
        let manager = fieldManager ?? ""
        if isApply {
            if manager.isEmpty { errors.append(.required("fieldManager", "is required for apply patch")) }
        } else if force != nil {
            errors.append(FieldError(.forbidden, "force", "may not be specified for non-apply patch"))
        }
        if manager.utf8.count > maxManagerLength {
            errors.append(FieldError(.tooLong, "fieldManager", "may not be more than \(maxManagerLength) bytes"))
        }
        for (i, r) in manager.unicodeScalars.enumerated() where !isPrintable(r) {
            let hex = String(r.value, radix: 16, uppercase: true)
            errors.append(FieldError.invalid("fieldManager", manager,
                                             "invalid character U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex) (at position \(i))"))
        }
        if !errors.isEmpty { throw APIError.invalid(kind: optionsKind, group: "meta.k8s.io", name: "", errors) }
    }
}

/// Go's `unicode.IsPrint`: letters, marks, numbers, punctuation, symbols and the ASCII space.
private func isPrintable(_ r: Unicode.Scalar) -> Bool {
    if r == " " { return true }
    switch r.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator:
        return false
    default:
        return true
    }
}
