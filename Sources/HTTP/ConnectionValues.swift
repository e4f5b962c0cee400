import CMicroHTTPD

/// Reads a connection's headers and query arguments through `MHD_get_connection_values`.
enum ConnectionValues {
    /// Collects (key, value) pairs from the iterator callback; `value` is nil for a query key without `=`.
    final class Collector {
        var decoded: [(name: String, value: String)] = []
        let isQuery: Bool

        init(isQuery: Bool) {
            self.isQuery = isQuery
        }

        func add(key: UnsafePointer<CChar>, value: UnsafePointer<CChar>?) {
            if isQuery {
                decoded.append((
                    name: URLDecoding.decode(key, plusAsSpace: true),
                    value: value.map { URLDecoding.decode($0, plusAsSpace: true) } ?? ""
                ))
            } else {
                decoded.append((name: String(cString: key).lowercased(), value: value.map { String(cString: $0) } ?? ""))
            }
        }
    }

    /// Decoded query arguments in the order sent.
    static func query(of connection: OpaquePointer) -> [(name: String, value: String)] {
        collect(connection, kind: .GET_ARGUMENT_KIND, isQuery: true)
    }

    /// Headers with lower-cased names; repeated headers joined with ", " (RFC 9110 §5.3).
    static func headers(of connection: OpaquePointer) -> [String: String] {
        var headers: [String: String] = [:]
        for (name, value) in collect(connection, kind: .HEADER_KIND, isQuery: false) {
            if let existing = headers[name] {
                headers[name] = existing + ", " + value
            } else {
                headers[name] = value
            }
        }
        return headers
    }

    private static func collect(_ connection: OpaquePointer, kind: MHD_ValueKind, isQuery: Bool)
        -> [(name: String, value: String)]
    {
        let collector = Collector(isQuery: isQuery)
        withExtendedLifetime(collector) {
            _ = MHD_get_connection_values(
                connection, kind, mhdCollectValue, Unmanaged.passUnretained(collector).toOpaque()
            )
        }
        return collector.decoded
    }
}
