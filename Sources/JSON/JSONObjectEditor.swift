/// Batch edits of one JSONObject with hashed lookups. `JSONObject` looks members up linearly,
/// which is right for Kubernetes-sized objects but quadratic when a hostile patch sets tens of
/// thousands of keys; merge patches edit through this instead. Order semantics match
/// `JSONObject`: replaced members keep their place, new members are appended, removed ones vanish.
struct JSONObjectEditor {
    private var keys: [String] = []
    private var values: [JSON?] = []
    private var index: [String: Int] = [:]

    init(_ object: JSONObject) {
        keys.reserveCapacity(object.count)
        values.reserveCapacity(object.count)
        for (k, v) in object where index[k] == nil {
            index[k] = keys.count
            keys.append(k)
            values.append(v)
        }
    }

    subscript(key: String) -> JSON? {
        get { index[key].flatMap { values[$0] } }
        set {
            if let i = index[key], values[i] != nil {
                values[i] = newValue
                if newValue == nil { index[key] = nil }
            } else if let newValue {
                index[key] = keys.count
                keys.append(key)
                values.append(newValue)
            }
        }
    }

    /// Takes a member's value out, leaving `null` in its place, so the caller can edit it without
    /// a copy and store it back.
    mutating func take(_ key: String) -> JSON? {
        guard let i = index[key], let v = values[i] else { return nil }
        values[i] = .null
        return v
    }

    /// The edited object.
    var object: JSONObject {
        var o = JSONObject()
        for (k, v) in zip(keys, values) {
            if let v { o.appendUnchecked(k, v) }
        }
        return o
    }
}
