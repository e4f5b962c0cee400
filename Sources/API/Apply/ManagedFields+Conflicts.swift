import JSON

extension ManagedFields {
    /// The 409 an apply gets when it would change fields other managers own, worded as
    /// kube-apiserver's `NewConflictError`: one conflict on one line, several grouped by manager.
    static func conflictError(_ conflicts: [(entry: ManagedFieldsEntry, fields: FieldSet)]) -> APIError {
        var byManager: [(manager: String, paths: [String])] = []
        for c in conflicts {
            let paths = c.fields.paths.map(FieldSet.pathString)
            if let i = byManager.firstIndex(where: { $0.manager == c.entry.printed }) {
                byManager[i].paths += paths
            } else {
                byManager.append((c.entry.printed, paths))
            }
        }
        byManager.sort { $0.manager < $1.manager }
        let total = byManager.reduce(0) { $0 + $1.paths.count }
        let message: String
        if total == 1, let only = byManager.first, let path = only.paths.first {
            message = "Apply failed with 1 conflict: conflict with \(only.manager): \(path)"
        } else {
            var lines: [String] = []
            for m in byManager {
                lines.append("conflicts with \(m.manager):")
                lines += m.paths.map { "- " + $0 }
            }
            message = "Apply failed with \(total) conflicts: " + lines.joined(separator: "\n")
        }
        let causes = conflicts.flatMap { c in
            c.fields.paths.map { p in
                FieldError(.fieldManagerConflict, FieldSet.pathString(p), "conflict with \(c.entry.printed)")
            }
        }
        return APIError(code: 409, reason: "Conflict", message: message, causes: causes)
    }
}
