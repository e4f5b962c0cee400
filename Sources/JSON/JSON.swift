/// A JSON value. Kubernetes objects are kept as these trees (or as their bytes) so that fields we
/// never model round-trip without loss; typed views read and write through subscripts.
public enum JSON: Sendable, Equatable {
    case null
    case bool(Bool)
    /// An integer that fits in 64 bits (Kubernetes' int32/int64 fields).
    case int(Int64)
    /// Any other number.
    case double(Double)
    case string(String)
    case array([JSON])
    case object(JSONObject)
}

/// An insertion-ordered JSON object. Objects in Kubernetes documents are small, so a flat array with
/// linear lookup beats hashing and keeps the order in which fields were written.
public struct JSONObject: Sendable, Equatable, Sequence, ExpressibleByDictionaryLiteral {
    /// The members in order.
    public private(set) var members: [(key: String, value: JSON)]

    /// An empty object.
    public init() { members = [] }

    /// An empty object with room for `capacity` members (the parser's objects, to grow once).
    public init(capacity: Int) {
        members = []
        members.reserveCapacity(capacity)
    }

    /// An object with these members, in this order; later duplicates replace earlier ones.
    public init(_ pairs: [(String, JSON)]) {
        members = []
        members.reserveCapacity(pairs.count)
        if pairs.count <= 16 {
            for (k, v) in pairs { self[k] = v }
            return
        }
        // Hashed positions keep large literals linear instead of quadratic.
        var position: [String: Int] = [:]
        for (k, v) in pairs {
            if let i = position[k] {
                members[i].value = v
            } else {
                position[k] = members.count
                members.append((k, v))
            }
        }
    }

    public init(dictionaryLiteral elements: (String, JSON)...) { self.init(elements) }

    /// The number of members.
    public var count: Int { members.count }
    /// Whether the object has no members.
    public var isEmpty: Bool { members.isEmpty }
    /// The keys in order.
    public var keys: [String] { members.map(\.key) }

    /// Reads a member; assigning `nil` removes it, assigning a value replaces in place or appends.
    public subscript(key: String) -> JSON? {
        get {
            for m in members where m.key == key { return m.value }
            return nil
        }
        set {
            if let i = members.firstIndex(where: { $0.key == key }) {
                if let newValue { members[i].value = newValue } else { members.remove(at: i) }
            } else if let newValue {
                members.append((key, newValue))
            }
        }
    }

    /// Sets a member in one scan: replaces it in place (returning true) or appends it (false).
    @discardableResult
    public mutating func replaceOrAppend(_ key: String, _ value: JSON) -> Bool {
        if let i = members.firstIndex(where: { $0.key == key }) {
            members[i].value = value
            return true
        }
        members.append((key, value))
        return false
    }

    /// Changes the value of `key` in place (nil: absent; setting nil removes it), keeping its
    /// position. The value is detached while `body` runs, so changing it does not copy it.
    public mutating func update(_ key: String, _ body: (inout JSON?) -> Void) {
        if let i = members.firstIndex(where: { $0.key == key }) {
            var value: JSON? = members[i].value
            members[i].value = .null
            body(&value)
            if let value { members[i].value = value } else { members.remove(at: i) }
        } else {
            var value: JSON?
            body(&value)
            if let value { members.append((key, value)) }
        }
    }

    /// Appends a member without checking for an existing key (the parser's fast path).
    public mutating func appendUnchecked(_ key: String, _ value: JSON) { members.append((key, value)) }

    /// Removes a member and returns its old value.
    @discardableResult
    public mutating func removeValue(forKey key: String) -> JSON? {
        guard let i = members.firstIndex(where: { $0.key == key }) else { return nil }
        return members.remove(at: i).value
    }

    public func makeIterator() -> IndexingIterator<[(key: String, value: JSON)]> { members.makeIterator() }

    /// Objects are equal when they hold the same keys with equal values, in any order.
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.members.count == rhs.members.count else { return false }
        if lhs.members.count > 16 {
            // Large objects (a hostile JSON Patch `test` value, say) compare through a hash
            // index instead of a linear lookup per member.
            var byKey: [String: JSON] = Dictionary(minimumCapacity: rhs.members.count)
            for (k, v) in rhs.members { byKey[k] = v }
            for (k, v) in lhs.members {
                guard let o = byKey[k], o == v else { return false }
            }
            return true
        }
        for (k, v) in lhs.members {
            guard let o = rhs[k], o == v else { return false }
        }
        return true
    }
}

extension JSON: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral, ExpressibleByFloatLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int64) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSON...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSON)...) { self = .object(JSONObject(elements)) }
    public init(nilLiteral: ()) { self = .null }
    public init(floatLiteral value: Double) { self = .double(value) }
}

extension JSON {
    /// The member `key` of an object (nil for other values); assigning on a non-object makes it an
    /// object; assigning `nil` removes the member.
    public subscript(key: String) -> JSON? {
        get {
            if case .object(let o) = self { return o[key] }
            return nil
        }
        set {
            var o: JSONObject
            if case .object(let existing) = self { o = existing } else { o = JSONObject() }
            self = .null  // drop the old storage so `o` is uniquely referenced
            o[key] = newValue
            self = .object(o)
        }
    }

    /// The element at `index` of an array, or nil.
    public subscript(index: Int) -> JSON? {
        if case .array(let a) = self, a.indices.contains(index) { return a[index] }
        return nil
    }

    /// Follows a path of object keys; nil when any step is missing.
    public subscript(path path: [String]) -> JSON? {
        get {
            var cur: JSON? = self
            for k in path { cur = cur?[k] }
            return cur
        }
        set { setValue(newValue, at: path[...]) }
    }

    /// `self[path:] = value`, in place: each level is detached from its parent while it changes, so
    /// no object on the path is copied (setting a path otherwise copies every object along it).
    /// Missing objects along the path are created, even when `value` is nil.
    private mutating func setValue(_ value: JSON?, at path: ArraySlice<String>) {
        guard let first = path.first else {
            self = value ?? .null
            return
        }
        if path.count == 1 {
            self[first] = value
            return
        }
        var o: JSONObject
        if case .object(let existing) = self { o = existing } else { o = JSONObject() }
        self = .null  // `o` is now the only reference to the members
        o.update(first) { child in
            var c = child ?? .object(JSONObject())
            child = nil
            c.setValue(value, at: path.dropFirst())
            child = c
        }
        self = .object(o)
    }

    /// The string, if this is one.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }
    /// The integer, if this is an integer (or a double with an integral value).
    public var intValue: Int64? {
        switch self {
        case .int(let i): return i
        case .double(let d) where d.rounded() == d && abs(d) < 9.2e18: return Int64(d)
        default: return nil
        }
    }
    /// The number as a double, if this is a number.
    public var doubleValue: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: return nil
        }
    }
    /// The boolean, if this is one.
    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }
    /// The object, if this is one.
    public var objectValue: JSONObject? {
        if case .object(let o) = self { return o }
        return nil
    }
    /// The elements, if this is an array.
    public var arrayValue: [JSON]? {
        if case .array(let a) = self { return a }
        return nil
    }
    /// Whether this is `null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }
    /// The name of this value's JSON type, as used in error messages ("string", "object", …).
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .int, .double: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }
    /// A map of string values, e.g. labels; non-string members are skipped.
    public var stringMap: [String: String]? {
        guard case .object(let o) = self else { return nil }
        var out: [String: String] = [:]
        for (k, v) in o { if case .string(let s) = v { out[k] = s } }
        return out
    }
}
