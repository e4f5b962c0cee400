import JSON

/// Applies a PATCH body of one of the supported types to an object in its served version.
public enum Patching {
    /// The patched object; `kind` picks the strategic-merge metadata.
    public static func apply(_ type: PatchType, patch: JSON, to old: JSON, kind: String) throws(APIError) -> JSON {
        switch type {
        case .json:
            do {
                return try JSONPatch.apply(patch, to: old)
            } catch {
                // kube-apiserver: undecodable patch 400, too many operations 413, failed operation 422.
                switch error.kind {
                case .decode: throw APIError.badRequest(error.message)
                case .tooLarge: throw APIError.tooLarge(error.message)
                case .apply: throw APIError(code: 422, reason: "Invalid", message: error.message)
                }
            }
        case .merge:
            guard case .object = patch else {
                throw APIError.badRequest("json: cannot unmarshal \(patch.typeName) into Go value of type map[string]interface {}")
            }
            return MergePatch.apply(patch, to: old)
        case .strategic:
            guard case .object = patch else {
                throw APIError.badRequest("json: cannot unmarshal \(patch.typeName) into Go value of type map[string]interface {}")
            }
            do {
                return try StrategicMergePatch.apply(patch, to: old, schema: KubernetesPatchSchema(kind: kind))
            } catch {
                throw APIError(code: 422, reason: "Invalid", message: error.message)
            }
        case .apply:
            throw APIError(code: 415, reason: "UnsupportedMediaType",
                           message: "the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/strategic-merge-patch+json")
        }
    }
}
