import JSON

/// Collects one message's decoded fields (repeated values and map entries arrive one by one) and
/// builds the JSON object in first-seen order, applying the create-time output rules: drop empty
/// strings, nulls (the zero time), empty lists and empty objects unless the field is a pointer whose
/// presence matters, and the zero of non-pointer `omitempty` scalars; keep other numbers and booleans,
/// including a pointer's zero (`replicas: 0`).
struct FieldAccumulator {
    private enum Slot {
        case single(JSON)
        case list([JSON])
        case map(keys: [String], values: [String: JSON])
    }

    private var order: [String] = []
    private var slots: [String: Slot] = [:]
    private var keepEmpty: Set<String> = []

    /// Sets a singular field (the last occurrence wins, as in protobuf) or appends a repeated one.
    mutating func put(_ field: ProtoField, _ value: JSON) {
        if field.repeated { return append(field, value) }
        if slots[field.name] == nil { order.append(field.name) }
        // A dropped zero becomes null, which `finish` leaves out.
        slots[field.name] = .single(field.omitZero && (value == .int(0) || value == .bool(false)) ? .null : value)
        if field.keepEmpty { keepEmpty.insert(field.name) }
    }

    /// Appends one element of a repeated field.
    mutating func append(_ field: ProtoField, _ value: JSON) {
        // Take the array out of the dictionary before appending, so it is not copied each time.
        switch slots.removeValue(forKey: field.name) {
        case .list(var items)?:
            items.append(value)
            slots[field.name] = .list(items)
        default:
            order.append(field.name)
            slots[field.name] = .list([value])
        }
    }

    /// Adds one map entry; a repeated key replaces the earlier value, as Go's map decoding does.
    mutating func putMapEntry(_ name: String, _ key: String, _ value: JSON) {
        switch slots.removeValue(forKey: name) {
        case .map(var keys, var values)?:
            if values.updateValue(value, forKey: key) == nil { keys.append(key) }
            slots[name] = .map(keys: keys, values: values)
        default:
            order.append(name)
            slots[name] = .map(keys: [key], values: [key: value])
        }
    }

    /// The finished object.
    func finish() -> JSONObject {
        var object = JSONObject()
        for name in order {
            switch slots[name] {
            case .single(let value)?:
                if Self.isEmpty(value) && !keepEmpty.contains(name) { continue }
                object.appendUnchecked(name, value)
            case .list(let items)?:
                if !items.isEmpty { object.appendUnchecked(name, .array(items)) }
            case .map(let keys, let values)?:
                var map = JSONObject()
                for key in keys { if let v = values[key] { map.appendUnchecked(key, v) } }
                object.appendUnchecked(name, .object(map))
            case nil:
                continue
            }
        }
        return object
    }

    /// Zero values that JSON's `omitempty` would have left out: "", null, [] and {}.
    private static func isEmpty(_ value: JSON) -> Bool {
        switch value {
        case .null: return true
        case .string(let s): return s.isEmpty
        case .array(let a): return a.isEmpty
        case .object(let o): return o.isEmpty
        case .bool, .int, .double: return false
        }
    }
}
