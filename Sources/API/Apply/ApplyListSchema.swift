import JSON

/// How server-side apply treats a list: `x-kubernetes-list-type` of the upstream OpenAPI schema,
/// derived from the strategic-merge metadata we already keep (`patchMergeKey` lists are `map`
/// lists keyed by it, merging lists of primitives are `set`s, the rest `atomic`).
enum ApplyListType {
    /// Owned and replaced as a whole.
    case atomic
    /// Elements are owned one by one, by value (`v:"x"`).
    case set
    /// Elements are owned one by one, by these key fields (`k:{"name":"c"}`), with defaults for
    /// key fields an element may omit.
    case map(keys: [String], defaults: [String: JSON])
}

/// List types by field path (array indices left out), over a `StrategicSchema`.
struct ApplyListSchema: Sendable {
    let schema: any StrategicSchema

    func listType(at path: [String]) -> ApplyListType {
        let meta = schema.meta(for: path)
        if let key = meta.mergeKey {
            // Ports are keyed by number and protocol upstream (`x-kubernetes-list-map-keys`:
            // containerPort+protocol, port+protocol for Services), protocol defaulting to TCP.
            if key == "containerPort" || (key == "port" && path.last == "ports") {
                return .map(keys: [key, "protocol"], defaults: ["protocol": "TCP"])
            }
            return .map(keys: [key], defaults: [:])
        }
        return meta.strategy.mergesLists ? .set : .atomic
    }

    /// The FieldsV1 element keys of a list's items, or nil when the list must be treated as
    /// atomic (an item is not keyable, or two items share a key).
    func elementKeys(_ items: [JSON], type: ApplyListType) -> [String]? {
        switch type {
        case .atomic:
            return nil
        case .set:
            var keys: [String] = []
            keys.reserveCapacity(items.count)
            for item in items {
                switch item {
                case .array, .object: return nil
                default: keys.append("v:" + item.jsonString)
                }
            }
            return Set(keys).count == keys.count ? keys : nil
        case .map(let fields, let defaults):
            var keys: [String] = []
            keys.reserveCapacity(items.count)
            for item in items {
                guard case .object(let o) = item else { return nil }
                var key = JSONObject()
                for f in fields.sorted() {
                    guard let v = o[f] ?? defaults[f] else { return nil }
                    key.appendUnchecked(f, v)
                }
                keys.append("k:" + JSON.object(key).jsonString)
            }
            return Set(keys).count == keys.count ? keys : nil
        }
    }
}
