import JSON

/// How server-side apply treats a list: `x-kubernetes-list-type` of the upstream OpenAPI schema,
/// derived from the strategic-merge metadata we already keep (`patchMergeKey` lists are `map`
/// lists keyed by it, merging lists of primitives are `set`s, the rest `atomic`).
enum ApplyListType {
    /// Owned and replaced as a whole.
    case atomic
    /// Elements are owned one by one, by value (`v:"x"`).
    case set
    /// Elements are owned one by one, by these key fields (sorted, as `k:{"name":"c"}` spells
    /// them), with defaults for key fields an element may omit.
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
                return .map(keys: [key, "protocol"].sorted(), defaults: ["protocol": "TCP"])
            }
            return .map(keys: [key], defaults: [:])
        }
        return meta.strategy.mergesLists ? .set : .atomic
    }

    /// The FieldsV1 element keys of a list's items, or nil when the list must be treated as
    /// atomic (an item is not keyable, or two items share a key). Runs on every create, so keys
    /// are spelled directly instead of through a JSON value.
    func elementKeys(_ items: [JSON], type: ApplyListType) -> [String]? {
        var keys: [String] = []
        keys.reserveCapacity(items.count)
        switch type {
        case .atomic:
            return nil
        case .set:
            for item in items {
                switch item {
                case .array, .object: return nil
                default: keys.append("v:" + Self.compact(item))
                }
            }
        case .map(let fields, let defaults):
            for item in items {
                guard case .object(let o) = item else { return nil }
                var key = "k:{"
                for (i, f) in fields.enumerated() {
                    guard let v = o[f] ?? defaults[f] else { return nil }
                    if i > 0 { key += "," }
                    key += "\"" + f + "\":" + Self.compact(v)
                }
                key += "}"
                keys.append(key)
            }
        }
        return Self.distinct(keys) ? keys : nil
    }

    /// A fingerprint of each item's element key, as `elementKeys` would spell it, into `keys`;
    /// false when `elementKeys` would answer nil. For the create path's shape hash, which must not
    /// pay for building the key strings.
    func hashElementKeys(_ items: [JSON], type: ApplyListType, into keys: inout [UInt64]) -> Bool {
        keys.reserveCapacity(items.count)
        switch type {
        case .atomic:
            return false
        case .set:
            for item in items {
                var h = ShapeHasher()
                guard Self.hashScalar(item, into: &h) else { return false }
                keys.append(h.first ^ h.second)
            }
        case .map(let fields, let defaults):
            for item in items {
                guard case .object(let o) = item else { return false }
                var h = ShapeHasher()
                for f in fields {
                    guard let v = o[f] ?? defaults[f] else { return false }
                    h.combine(f)
                    // A list or object as a key value is rare; its compact text stands in.
                    if !Self.hashScalar(v, into: &h) { h.combine(v.jsonString) }
                }
                keys.append(h.first ^ h.second)
            }
        }
        return Self.distinct(keys)
    }

    /// Hashes a scalar by type and value; false for lists and objects.
    private static func hashScalar(_ v: JSON, into h: inout ShapeHasher) -> Bool {
        switch v {
        case .array, .object: return false
        case .string(let s): h.tag(1); h.combine(s)
        case .int(let i): h.tag(2); h.combine(int: i)
        default: h.tag(3); h.combine(v.jsonString)
        }
        return true
    }

    /// Compact JSON of a key value, skipping the writer for the usual plain strings and ints.
    private static func compact(_ v: JSON) -> String {
        switch v {
        case .int(let i):
            return String(i)
        case .string(let s) where !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 >= 0x80 }):
            return "\"" + s + "\""
        default:
            return v.jsonString
        }
    }

    private static func distinct<Key: Hashable>(_ keys: [Key]) -> Bool {
        if keys.count < 2 { return true }
        if keys.count <= 8 {
            for i in 1..<keys.count where keys[..<i].contains(keys[i]) { return false }
            return true
        }
        return Set(keys).count == keys.count
    }
}
