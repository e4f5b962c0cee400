import JSON

/// Parses JSON text written in a test.
func json(_ text: String) throws -> JSON { try JSONParser.parse(text) }

/// The thrown JSONParseError of parsing `text`, or nil when it parsed.
func parseError(_ text: String, maxDepth: Int = JSONParser.defaultMaxDepth) -> JSONParseError? {
    do {
        _ = try JSONParser.parse(text, maxDepth: maxDepth)
        return nil
    } catch {
        return error
    }
}

/// `patch` (JSON Patch text) applied to `doc` (JSON text).
func patched(_ doc: String, _ patch: String) throws -> JSON {
    try JSONPatch.apply(json(patch), to: json(doc))
}

/// The error of applying `patch` to `doc`, or nil when it applied.
func patchFailure(_ doc: String, _ patch: String) throws -> JSONPatchError? {
    let d = try json(doc)
    let p = try json(patch)
    do {
        _ = try JSONPatch.apply(p, to: d)
        return nil
    } catch {
        return error
    }
}
