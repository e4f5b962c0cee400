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

    /// The media type of a request body without parameters, lower-cased.
    static func bodyType(_ header: String?) -> String {
        guard let header else { return "" }
        return header.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
    }
}

/// What a GET, LIST or WATCH answers with, chosen from the Accept header (upstream's
/// `negotiation.NegotiateOutputMediaType` with the `as=`/`g=`/`v=` conversions).
enum OutputFormat: Equatable {
    case json
    /// A `meta.k8s.io` Table, in v1 or v1beta1.
    case table(version: String)
    /// `PartialObjectMetadata` (get, watch) or `PartialObjectMetadataList` (list).
    case partialMetadata(version: String, list: Bool)

    /// The first Accept range we can produce; nil when none is acceptable (406).
    static func negotiate(_ accept: String?) -> OutputFormat? {
        for m in Negotiation.parseAccept(accept) {
            switch m.type {
            case "*/*", "application/*":
                return .json
            case "application/json":
                guard let conversion = m.params["as"] else { return .json }
                let group = m.params["g"] ?? ""
                let version = m.params["v"] ?? ""
                guard group == "meta.k8s.io", version == "v1" || version == "v1beta1" else { continue }
                switch conversion {
                case "Table": return .table(version: version)
                case "PartialObjectMetadata": return .partialMetadata(version: version, list: false)
                case "PartialObjectMetadataList": return .partialMetadata(version: version, list: true)
                default: continue
                }
            default:
                // Protobuf and YAML answers are not produced; a later range may still fit.
                continue
            }
        }
        return nil
    }
}
