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
        elementKeys(items, type: type) { parts in
            switch parts {
            case .value(let v):
                return "v:" + Self.compact(v)
            case .fields(let fields):
                var key = "k:{"
                for (i, f) in fields.enumerated() {
                    if i > 0 { key += "," }
                    key += "\"" + f.name + "\":" + Self.compact(f.value)
                }
                return key + "}"
            }
        }
    }

    /// A fingerprint of each item's element key, nil exactly when `elementKeys` is. For the create
    /// path's shape hash, which must not pay for spelling the keys.
    func elementKeyHashes(_ items: [JSON], type: ApplyListType) -> [UInt64]? {
        elementKeys(items, type: type) { parts in
            var h = ShapeHasher()
            switch parts {
            case .value(let v):
                Self.hash(v, into: &h)
            case .fields(let fields):
                for f in fields {
                    h.combine(f.name)
                    Self.hash(f.value, into: &h)
                }
            }
            return h.first ^ h.second
        }
    }

    /// What one item's element key is made of: the item itself in a set; the key fields with their
    /// values (defaults filled in) in a map list.
    private enum KeyParts {
        case value(JSON)
        case fields([(name: String, value: JSON)])
    }

    /// The rules both spellings share: which lists are keyable, what makes up each key, and that
    /// keys must be distinct.
    private func elementKeys<Key: Hashable>(_ items: [JSON], type: ApplyListType,
                                            _ spell: (KeyParts) -> Key) -> [Key]? {
        var keys: [Key] = []
        keys.reserveCapacity(items.count)
        switch type {
        case .atomic:
            return nil
        case .set:
            for item in items {
                switch item {
                case .array, .object: return nil
                default: keys.append(spell(.value(item)))
                }
            }
        case .map(let fields, let defaults):
            for item in items {
                guard case .object(let o) = item else { return nil }
                var parts: [(name: String, value: JSON)] = []
                parts.reserveCapacity(fields.count)
                for f in fields {
                    guard let v = o[f] ?? defaults[f] else { return nil }
                    parts.append((f, v))
                }
                keys.append(spell(.fields(parts)))
            }
        }
        return Self.distinct(keys) ? keys : nil
    }

    /// Hashes a key value by type and value (a list or object, rare as a key, by its compact text).
    private static func hash(_ v: JSON, into h: inout ShapeHasher) {
        switch v {
        case .string(let s): h.tag(1); h.combine(s)
        case .int(let i): h.tag(2); h.combine(int: i)
        default: h.tag(3); h.combine(v.jsonString)
        }
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
