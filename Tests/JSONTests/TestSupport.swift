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
