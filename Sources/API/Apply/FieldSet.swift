import JSON

/// A set of field paths, the unit of ownership in server-side apply (structured-merge-diff's
/// `fieldpath.Set`). Each node is a path; `isMember` says the path itself is in the set, and
/// `children` are the next path elements, keyed by their FieldsV1 spelling: `f:<field>`,
/// `k:<key object>` (an associative-list element), `v:<value>` (a set element) or `i:<index>`.
public struct FieldSet: Sendable, Equatable {
    /// One step down the tree.
    public struct Child: Sendable, Equatable {
        /// The path element in FieldsV1 form, e.g. `f:spec` or `k:{"name":"c"}`.
        public var key: String
        /// The paths below it.
        public var set: FieldSet
    }

    /// Whether this path itself is in the set (`"."` in FieldsV1, or a leaf `{}`).
    public var isMember: Bool
    /// The children, sorted by key.
    public private(set) var children: [Child]

    /// The empty set.
    public init() {
        isMember = false
        children = []
    }

    /// A node with these children (sorted here).
    init(isMember: Bool, children: [Child]) {
        self.isMember = isMember
        self.children = children.count > 1 ? children.sorted { $0.key < $1.key } : children
    }

    /// A set holding only this path.
    static let leaf = FieldSet(isMember: true, children: [])

    /// Whether no path is in the set.
    public var isEmpty: Bool { !isMember && children.isEmpty }

    /// The subtree under `key`, if any.
    public func child(_ key: String) -> FieldSet? {
        var lo = 0
        var hi = children.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if children[mid].key < key { lo = mid + 1 } else { hi = mid }
        }
        return lo < children.count && children[lo].key == key ? children[lo].set : nil
    }

    /// Every path in the set, as lists of FieldsV1 path elements, in sorted order.
    public var paths: [[String]] {
        var out: [[String]] = []
        var prefix: [String] = []
        collect(&prefix, &out)
        return out
    }

    private func collect(_ prefix: inout [String], _ out: inout [[String]]) {
        if isMember { out.append(prefix) }
        for c in children {
            prefix.append(c.key)
            c.set.collect(&prefix, &out)
            prefix.removeLast()
        }
    }

    /// Paths in either set.
    public func union(_ other: FieldSet) -> FieldSet {
        if other.isEmpty { return self }
        if isEmpty { return other }
        return FieldSet(isMember: isMember || other.isMember, children: merged(other) { a, b in
            if let a, let b { return a.union(b) }
            return a ?? b ?? FieldSet()
        })
    }

    /// Paths in this set that are not in `other` (member by member, as `Set.Difference`).
    public func subtracting(_ other: FieldSet) -> FieldSet {
        if other.isEmpty || isEmpty { return self }
        var out = FieldSet(isMember: isMember && !other.isMember, children: [])
        for c in children {
            if let o = other.child(c.key) {
                let rest = c.set.subtracting(o)
                if !rest.isEmpty { out.children.append(Child(key: c.key, set: rest)) }
            } else {
                out.children.append(c)
            }
        }
        return out
    }

    /// Paths in this set that are neither in `other` nor below a member of it
    /// (`Set.RecursiveDifference`): removing a field removes everything owned inside it.
    public func subtractingRecursively(_ other: FieldSet) -> FieldSet {
        if other.isEmpty || isEmpty { return self }
        var out = FieldSet(isMember: isMember && !other.isMember, children: [])
        for c in children {
            if let o = other.child(c.key) {
                if o.isMember { continue }
                let rest = c.set.subtractingRecursively(o)
                if !rest.isEmpty { out.children.append(Child(key: c.key, set: rest)) }
            } else {
                out.children.append(c)
            }
        }
        return out
    }

    /// Paths in both sets.
    public func intersection(_ other: FieldSet) -> FieldSet {
        if other.isEmpty || isEmpty { return FieldSet() }
        var out = FieldSet(isMember: isMember && other.isMember, children: [])
        for c in children {
            guard let o = other.child(c.key) else { continue }
            let both = c.set.intersection(o)
            if !both.isEmpty { out.children.append(Child(key: c.key, set: both)) }
        }
        return out
    }

    /// Children of both sets by key in sorted order, combined by `combine`.
    private func merged(_ other: FieldSet, _ combine: (FieldSet?, FieldSet?) -> FieldSet) -> [Child] {
        var out: [Child] = []
        out.reserveCapacity(max(children.count, other.children.count))
        var i = 0
        var j = 0
        while i < children.count || j < other.children.count {
            if j >= other.children.count || (i < children.count && children[i].key < other.children[j].key) {
                out.append(Child(key: children[i].key, set: combine(children[i].set, nil)))
                i += 1
            } else if i >= children.count || other.children[j].key < children[i].key {
                out.append(Child(key: other.children[j].key, set: combine(nil, other.children[j].set)))
                j += 1
            } else {
                out.append(Child(key: children[i].key, set: combine(children[i].set, other.children[j].set)))
                i += 1
                j += 1
            }
        }
        return out
    }

    /// Appends a child whose key sorts after every existing one (builders walking sorted keys).
    mutating func appendSorted(_ key: String, _ set: FieldSet) { children.append(Child(key: key, set: set)) }

    /// Sets children already in sorted order.
    mutating func setSortedChildren(_ c: [Child]) { children = c }

    /// Replaces or adds the subtree under `key` (removing it when `set` is empty).
    mutating func setChild(_ key: String, _ set: FieldSet) {
        if let i = children.firstIndex(where: { $0.key == key }) {
            if set.isEmpty { children.remove(at: i) } else { children[i].set = set }
        } else if !set.isEmpty {
            children.append(Child(key: key, set: set))
            children.sort { $0.key < $1.key }
        }
    }
}
