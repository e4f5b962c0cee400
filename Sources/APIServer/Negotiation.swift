import Foundation

/// Content negotiation for request and response bodies.
enum Negotiation {
    /// One media range of an Accept header, with its parameters.
    struct MediaRange {
        var type: String
        var params: [String: String]
    }

    /// Parses an Accept header into its media ranges, in order.
    static func parseAccept(_ header: String?) -> [MediaRange] {
        guard let header, !header.isEmpty else { return [MediaRange(type: "*/*", params: [:])] }
        return header.split(separator: ",").compactMap { part in
            let fields = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let t = fields.first, !t.isEmpty else { return nil }
            var params: [String: String] = [:]
            for f in fields.dropFirst() {
                let kv = f.split(separator: "=", maxSplits: 1).map(String.init)
                if kv.count == 2 { params[kv[0].lowercased()] = kv[1] }
            }
            return MediaRange(type: t.lowercased(), params: params)
        }
    }

    /// Whether a plain JSON answer satisfies the Accept header (a range that is JSON without an
    /// `as=` conversion, or a wildcard). Protobuf-first Accepts always list JSON too.
    static func acceptsPlainJSON(_ header: String?) -> Bool {
        for m in parseAccept(header) {
            switch m.type {
            case "*/*", "application/*": return true
            case "application/json", "application/yaml", "application/vnd.kubernetes.protobuf":
                // We answer protobuf and YAML requests in JSON only when JSON is also listed.
                if m.type == "application/json", m.params["as"] == nil { return true }
            default: continue
            }
        }
        return false
    }

    /// The media type of a request body without parameters, lower-cased.
    static func bodyType(_ header: String?) -> String {
        guard let header else { return "" }
        return header.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
    }
}
