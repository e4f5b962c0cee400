import Foundation
import JSON
import Storage

/// One page of a list, before rendering.
public struct ListPage: Sendable {
    /// The matching objects, in key order, as stored.
    public var items: [StoredObject]
    /// The store revision the page reflects: the list's `metadata.resourceVersion`.
    public var revision: Int64
    /// The token for the next page, when there is one.
    public var continueToken: String?
    /// How many matching objects follow this page (`metadata.remainingItemCount`).
    public var remaining: Int
}

extension Registry {
    /// The filter a list or watch applies to stored objects' extracted attributes.
    static func matcher(_ options: ListOptions) -> (@Sendable (Attributes) -> Bool)? {
        let labels = options.labelSelector.flatMap { $0.isEverything ? nil : $0 }
        let fields = options.fieldSelector.flatMap { $0.isEverything ? nil : $0 }
        if labels == nil && fields == nil { return nil }
        return { a in
            if let labels, !labels.matches(a.labels) { return false }
            if let fields, !fields.matches(a.fields) { return false }
            return true
        }
    }

    /// The store-level filter for an attribute matcher.
    static func objectFilter(_ match: (@Sendable (Attributes) -> Bool)?) -> (@Sendable (StoredObject) -> Bool)? {
        guard let match else { return nil }
        let f: @Sendable (StoredObject) -> Bool = { o in match(o.attributes) }
        return f
    }

    /// LIST: the objects of a collection that match the selectors, one page at a time.
    /// resourceVersion semantics (api-concepts "Semantics for get and list"): unset and "0" read the
    /// latest state; `NotOlderThan` N (or N alone) needs the store at N or later; `Exact` N is served
    /// only when nothing changed after N, because history is kept as events, not as snapshots.
    public func listPage(_ r: ResourceInfo, namespace: String?, options: ListOptions) throws(APIError) -> ListPage {
        var options = options
        if let fs = options.fieldSelector { options.fieldSelector = try fs.converted(for: r) }
        let current = store.revision
        if let rvText = options.resourceVersion, !rvText.isEmpty, rvText != "0" {
            guard let rv = Int64(rvText), rv >= 0 else {
                throw APIError.badRequest("invalid resource version \"\(rvText)\"")
            }
            if rv > current {
                // Upstream waits up to 3 s, then answers reason Timeout with Retry-After: 1. A client's
                // request must never get a 5xx here, so the code is 429, which clients retry after
                // Retry-After; the reason stays Timeout as client-go's IsTooLargeResourceVersion expects.
                throw APIError(code: 429, reason: "Timeout",
                               message: "Too large resource version: \(rv), current: \(current)", retryAfterSeconds: 1)
            }
            if options.resourceVersionMatch == "Exact", rv != current {
                throw APIError.expired("too old resource version: \(rv) (\(current))")
            }
        }
        var after: String?
        if let token = options.continueToken, !token.isEmpty {
            after = try Registry.decodeContinue(token)
            guard let a = after, a.hasPrefix(prefix(r, namespace: namespace)) else {
                throw APIError.badRequest("continue key is not valid: the continue token does not belong to this list")
            }
        }
        var limit = options.limit
        if let l = limit, l <= 0 { limit = nil }
        let match = Registry.matcher(options)
        let filter = Registry.objectFilter(match)
        let page = store.list(prefix: prefix(r, namespace: namespace), after: after, limit: limit, filter: filter)
        var token: String?
        if page.remaining > 0, let last = page.items.last {
            token = Registry.encodeContinue(key: last.key, revision: page.revision)
        }
        return ListPage(items: page.items, revision: page.revision, continueToken: token, remaining: page.remaining)
    }

    /// LIST rendered as `<Kind>List` JSON, items in the requested version, spliced from stored bytes.
    public func list(_ r: ResourceInfo, namespace: String?, options: ListOptions) throws(APIError) -> [UInt8] {
        try listParts(r, namespace: namespace, options: options).reduce(into: []) { $0.append(contentsOf: $1) }
    }

    /// LIST as the pieces of its document (see `renderItems`), sharing the stored items' bytes.
    public func listParts(_ r: ResourceInfo, namespace: String?, options: ListOptions) throws(APIError) -> [[UInt8]] {
        let page = try listPage(r, namespace: namespace, options: options)
        let s = storageResource(r)
        return Registry.listParts(page.items.map { Conversion.output($0.value, resource: r, storage: s) },
                                  kind: r.kind + "List", apiVersion: r.groupVersion, revision: page.revision,
                                  continueToken: page.continueToken, remaining: page.remaining)
    }

    /// A continue token as upstream shapes it: base64 of `{"v":"meta.k8s.io/v1","rv":N,"start":"key"}`.
    static func encodeContinue(key: String, revision: Int64) -> String {
        let obj: JSON = ["v": "meta.k8s.io/v1", "rv": .int(revision), "start": .string(key)]
        return Data(obj.bytes).base64EncodedString()
    }

    static func decodeContinue(_ token: String) throws(APIError) -> String {
        guard let data = Data(base64Encoded: token) ?? Data(base64Encoded: token + "=") ?? Data(base64Encoded: token + "=="),
              let obj = try? JSONParser.parse([UInt8](data)),
              obj["v"]?.stringValue == "meta.k8s.io/v1", let start = obj["start"]?.stringValue, !start.isEmpty
        else {
            throw APIError.badRequest("continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)")
        }
        return start
    }
}
