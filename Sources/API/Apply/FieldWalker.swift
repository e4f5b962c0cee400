import JSON

/// Computes field sets of objects: all the fields a value sets (`ToFieldSet`, for applied
/// configurations and creates) and the fields that differ between two values (`Compare`, for
/// updates). Fields no manager owns are left out at the root: `apiVersion`, `kind`, server-set
/// metadata, and `status` for the main resource or everything but `status` for the status
/// subresource (the reset fields of upstream strategies).
struct FieldWalker {
    let lists: ApplyListSchema
    /// Whether the write is to the status subresource.
    let statusOnly: Bool
    private var path: [String] = []

    /// The field path being walked (for the shape hash, which walks alongside).
    var currentPath: [String] { path }
    mutating func append(_ field: String) { path.append(field) }
    mutating func removeLast() { path.removeLast() }

    init(schema: any StrategicSchema, subresource: String?) {
        lists = ApplyListSchema(schema: schema)
        statusOnly = subresource == "status"
    }

    /// Metadata fields the server sets, stripped from every set (upstream's stripMetaManager,
    /// plus the deletion fields only the server writes).
    static let serverMetadata: Set<String> = [
        "name", "namespace", "creationTimestamp", "selfLink", "uid", "clusterName", "generation",
        "managedFields", "resourceVersion", "deletionTimestamp", "deletionGracePeriodSeconds",
    ]

    /// Whether a field is left out of ownership, by its path.
    func ignored(_ key: String) -> Bool {
        switch path.count {
        case 0:
            if key == "apiVersion" || key == "kind" { return true }
            return statusOnly ? key != "status" : key == "status"
        case 1 where path[0] == "metadata":
            return Self.serverMetadata.contains(key)
        default:
            return false
        }
    }

    // MARK: ToFieldSet

    /// Every field `value` sets.
    mutating func fieldSet(of value: JSON) -> FieldSet {
        switch value {
        case .object(let o) where !o.isEmpty:
            var children: [FieldSet.Child] = []
            children.reserveCapacity(o.count)
            for (k, v) in o where !ignored(k) {
                path.append(k)
                let child = fieldSet(of: v)
                path.removeLast()
                if !child.isEmpty { children.append(FieldSet.Child(key: "f:" + k, set: child)) }
            }
            return FieldSet(isMember: false, children: children)
        case .array(let items) where !items.isEmpty:
            let type = lists.listType(at: path)
            guard let keys = lists.elementKeys(items, type: type) else { return .leaf }
            var children: [FieldSet.Child] = []
            children.reserveCapacity(items.count)
            for (key, item) in zip(keys, items) {
                var set = fieldSet(of: item)
                set.isMember = true
                children.append(FieldSet.Child(key: key, set: set))
            }
            return FieldSet(isMember: false, children: children)
        default:
            return .leaf
        }
    }

    /// `fieldSet(of:).fieldsV1` in one pass, without the intermediate set: the create path,
    /// which runs for every object written (nil when nothing would be owned).
    mutating func fieldsV1(of value: JSON) -> JSON? {
        switch value {
        case .object(let o) where !o.isEmpty:
            var children: [(String, JSON)] = []
            children.reserveCapacity(o.count)
            for (k, v) in o where !ignored(k) {
                path.append(k)
                if let child = fieldsV1(of: v) { children.append(("f:" + k, child)) }
                path.removeLast()
            }
            if children.isEmpty { return nil }
            return .object(Self.sortedObject(&children))
        case .array(let items) where !items.isEmpty:
            let type = lists.listType(at: path)
            guard let keys = lists.elementKeys(items, type: type) else { return .object(JSONObject()) }
            var children: [(String, JSON)] = []
            children.reserveCapacity(items.count)
            for (key, item) in zip(keys, items) {
                if case .object(let inner)? = fieldsV1(of: item), !inner.isEmpty {
                    // An element with fields: a member (".") with children.
                    var withSelf: [(String, JSON)] = [(".", .object(JSONObject()))]
                    withSelf.reserveCapacity(inner.count + 1)
                    for m in inner { withSelf.append((m.key, m.value)) }
                    children.append((key, .object(JSONObject(withSelf))))
                } else {
                    children.append((key, .object(JSONObject())))
                }
            }
            return .object(Self.sortedObject(&children))
        default:
            return .object(JSONObject())
        }
    }

    private static func sortedObject(_ children: inout [(String, JSON)]) -> JSONObject {
        if children.count > 1 { children.sort { $0.0 < $1.0 } }
        // The initializer reserves capacity once; keys are distinct, so no replacement happens.
        return JSONObject(children)
    }

    // MARK: Compare

    /// The fields added or modified from `old` to `new`, and the fields removed.
    mutating func compare(_ old: JSON, _ new: JSON) -> (changed: FieldSet, removed: FieldSet) {
        switch (old, new) {
        case (.object(let a), .object(let b)) where !a.isEmpty || !b.isEmpty:
            var changed: [FieldSet.Child] = []
            var removed: [FieldSet.Child] = []
            // JSONObject looks members up linearly; index large objects (a ConfigMap's data) so a
            // write with many keys stays linear on the writer thread.
            let large = a.count + b.count > 32
            var oldIndex: [String: JSON] = [:]
            var newKeys: Set<String> = []
            if large {
                oldIndex.reserveCapacity(a.count)
                for (k, v) in a { oldIndex[k] = v }
                newKeys = Set(b.keys)
            }
            for (k, v) in b where !ignored(k) {
                path.append(k)
                if let ov = large ? oldIndex[k] : a[k] {
                    if ov != v {
                        let (c, r) = compare(ov, v)
                        if !c.isEmpty { changed.append(FieldSet.Child(key: "f:" + k, set: c)) }
                        if !r.isEmpty { removed.append(FieldSet.Child(key: "f:" + k, set: r)) }
                    }
                } else {
                    let c = fieldSet(of: v)
                    if !c.isEmpty { changed.append(FieldSet.Child(key: "f:" + k, set: c)) }
                }
                path.removeLast()
            }
            for (k, _) in a where (large ? !newKeys.contains(k) : b[k] == nil) && !ignored(k) {
                removed.append(FieldSet.Child(key: "f:" + k, set: .leaf))
            }
            return (FieldSet(isMember: false, children: changed), FieldSet(isMember: false, children: removed))
        case (.array(let a), .array(let b)) where !a.isEmpty || !b.isEmpty:
            let type = lists.listType(at: path)
            guard let ak = lists.elementKeys(a, type: type), let bk = lists.elementKeys(b, type: type) else { break }
            var oldByKey: [String: JSON] = Dictionary(minimumCapacity: a.count)
            for (k, v) in zip(ak, a) { oldByKey[k] = v }
            var changed: [FieldSet.Child] = []
            var removed: [FieldSet.Child] = []
            for (k, v) in zip(bk, b) {
                if let ov = oldByKey.removeValue(forKey: k) {
                    if ov != v {
                        let (c, r) = compare(ov, v)
                        if !c.isEmpty { changed.append(FieldSet.Child(key: k, set: c)) }
                        if !r.isEmpty { removed.append(FieldSet.Child(key: k, set: r)) }
                    }
                } else {
                    var c = fieldSet(of: v)
                    c.isMember = true
                    changed.append(FieldSet.Child(key: k, set: c))
                }
            }
            for k in ak where oldByKey[k] != nil {
                removed.append(FieldSet.Child(key: k, set: .leaf))
            }
            return (FieldSet(isMember: false, children: changed), FieldSet(isMember: false, children: removed))
        default:
            break
        }
        if old == new { return (FieldSet(), FieldSet()) }
        // A leaf, an atomic list, or a change of type: the whole value is modified.
        var changed = fieldSet(of: new)
        changed.isMember = true
        // Replacing a collection drops whatever others owned inside it.
        let replacedCollection: Bool
        switch old {
        case .object(let o): replacedCollection = !o.isEmpty
        case .array(let a): replacedCollection = !a.isEmpty
        default: replacedCollection = false
        }
        return (changed, replacedCollection ? .leaf : FieldSet())
    }
}
