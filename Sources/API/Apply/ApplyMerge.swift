import JSON

/// The object operations of server-side apply: merging an applied configuration into the live
/// object (objects recursively, associative lists by key, everything else replaced) and pruning
/// fields a manager stopped applying.
struct ApplyMerge {
    let lists: ApplyListSchema

    /// `config` merged into `live`; `path` is the field path (indices left out) of both.
    func merge(_ live: JSON, _ config: JSON, path: [String]) -> JSON {
        switch (live, config) {
        case (.object(let l), .object(let c)):
            var members = l.members
            var position: [String: Int] = [:]
            if l.count + c.count > 16 {
                for (i, m) in members.enumerated() { position[m.key] = i }
            }
            func find(_ k: String) -> Int? {
                position.isEmpty ? members.firstIndex { $0.key == k } : position[k]
            }
            var cleared = Set<String>()
            for (k, v) in c {
                if let i = find(k) {
                    if case .null = v {
                        // An explicit null in the configuration clears the field.
                        cleared.insert(k)
                    } else {
                        members[i].value = merge(members[i].value, v, path: path + [k])
                    }
                } else if !v.isNull {
                    if !position.isEmpty { position[k] = members.count }
                    members.append((k, v))
                }
            }
            var out = JSONObject()
            for m in members where cleared.isEmpty || !cleared.contains(m.key) {
                out.appendUnchecked(m.key, m.value)
            }
            return .object(out)
        case (.array(let l), .array(let c)):
            let type = lists.listType(at: path)
            guard let lk = lists.elementKeys(l, type: type), let ck = lists.elementKeys(c, type: type) else { return config }
            return .array(mergeList(l, keys: lk, c, keys: ck, path: path))
        default:
            return config
        }
    }

    /// Merges associative or set lists by key: live elements keep their places, configured ones
    /// are merged into their live counterparts, new ones follow in configuration order.
    private func mergeList(_ l: [JSON], keys lk: [String], _ c: [JSON], keys ck: [String], path: [String]) -> [JSON] {
        var configByKey: [String: Int] = [:]
        for (i, k) in ck.enumerated() { configByKey[k] = i }
        let liveKeys = Set(lk)
        var out: [JSON] = []
        out.reserveCapacity(l.count + c.count)
        var ci = 0
        for (i, k) in lk.enumerated() {
            guard let j = configByKey[k] else {
                out.append(l[i])
                continue
            }
            // New configured elements listed before this shared one go first, in order.
            while ci < j {
                if !liveKeys.contains(ck[ci]) { out.append(c[ci]) }
                ci += 1
            }
            out.append(merge(l[i], c[j], path: path))
            ci = max(ci, j + 1)
        }
        while ci < ck.count {
            if !liveKeys.contains(ck[ci]) { out.append(c[ci]) }
            ci += 1
        }
        return out
    }

    /// Removes from `value` the member paths of `remove` that nobody in `owned` holds (neither the
    /// path nor anything below it); objects left empty by the removal go too.
    func prune(_ value: JSON, remove: FieldSet, owned: FieldSet?, path: [String]) -> JSON {
        switch value {
        case .object(let o):
            // Edit through a hashed index: a configuration may drop thousands of keys at once.
            var values: [String: JSON] = Dictionary(minimumCapacity: o.count)
            for (k, v) in o { values[k] = v }
            for child in remove.children where child.key.hasPrefix("f:") {
                let name = String(child.key.dropFirst(2))
                guard let v = values[name] else { continue }
                let ownedChild = owned?.child(child.key)
                if child.set.isMember && ownedChild == nil {
                    values[name] = nil
                } else if !child.set.children.isEmpty {
                    let pruned = prune(v, remove: child.set, owned: ownedChild, path: path + [name])
                    if pruned.isEmptyCollection && !v.isEmptyCollection && !(ownedChild?.isMember ?? false) {
                        values[name] = nil
                    } else {
                        values[name] = pruned
                    }
                }
            }
            var out = JSONObject()
            for (k, _) in o {
                if let v = values[k] { out.appendUnchecked(k, v) }
            }
            return .object(out)
        case .array(var items):
            let type = lists.listType(at: path)
            guard let keys = lists.elementKeys(items, type: type) else { return value }
            var drop = Set<Int>()
            for (i, k) in keys.enumerated() {
                guard let child = remove.child(k) else { continue }
                let ownedChild = owned?.child(k)
                if child.isMember && ownedChild == nil {
                    drop.insert(i)
                } else if !child.children.isEmpty {
                    items[i] = prune(items[i], remove: child, owned: ownedChild, path: path)
                }
            }
            return .array(items.enumerated().filter { !drop.contains($0.offset) }.map(\.element))
        default:
            return value
        }
    }
}

extension JSON {
    /// Whether this is `{}` or `[]`.
    fileprivate var isEmptyCollection: Bool {
        switch self {
        case .object(let o): return o.isEmpty
        case .array(let a): return a.isEmpty
        default: return false
        }
    }
}
