extension StrategicMergePatch.Merger {
    /// Merges patch list `patch` into `original` for a field with metadata `meta`. Lists without a
    /// merge strategy are replaced. Merging lists of primitives is a set union; lists of objects
    /// merge element by element on the merge key after `$patch: delete` elements remove theirs
    /// and a `$patch: replace` element makes the rest of the patch list the new value. The result
    /// is ordered as upstream orders it: patch elements in patch order, interleaved with the
    /// elements only the original has, at their original relative places.
    func mergeList(_ original: [JSON], _ patch: [JSON], meta: PatchMeta, path: [String]) throws(JSONPatchError) -> [JSON] {
        guard meta.strategy.mergesLists else { return try cleanedList(patch, path: path) }
        if original.isEmpty && patch.isEmpty { return original }
        let elementsAreObjects = try Self.elementsAreObjects(original + patch, path: path)
        guard elementsAreObjects else {
            var seen = Set<String>()
            let union = (original + patch).filter { seen.insert($0.jsonString).inserted }
            return try ListIdentity(mergeKey: nil).order(union, by: patch, serverOrder: original)
        }
        guard let mergeKey = meta.mergeKey, !mergeKey.isEmpty else {
            throw JSONPatchError("cannot merge lists without merge key for \(path.joined(separator: "."))")
        }
        let identity = ListIdentity(mergeKey: mergeKey)

        // Directive elements first, as upstream does, so deletions apply before merging.
        var plain: [JSONObject] = []
        var deleted = Set<String>()
        var replace = false
        for element in patch {
            guard case .object(let o) = element else { continue }  // kinds were checked above
            guard let d = o[StrategicMergePatch.directive] else {
                plain.append(o)
                continue
            }
            switch d.stringValue {
            case "delete":
                guard let id = identity.id(element) else { throw Self.noMergeKey(o, mergeKey) }
                deleted.insert(id)
            case "replace":
                replace = true
            case "merge":
                throw JSONPatchError("merging lists cannot yet be specified in the patch")
            default:
                throw JSONPatchError("unknown patch type: \(d.jsonString) in map: \(JSON.object(o).jsonString)")
            }
        }
        var base = original
        if !deleted.isEmpty {
            base.removeAll { identity.id($0).map(deleted.contains) ?? false }
        }
        if replace {
            base = try plain.map { (o) throws(JSONPatchError) -> JSON in .object(try mergeObject(JSONObject(), o, path: path)) }
            plain = []
        }

        var merged = base
        var position: [String: Int] = [:]
        for (i, e) in merged.enumerated() {
            if let id = identity.id(e), position[id] == nil { position[id] = i }
        }
        for o in plain {
            guard let id = identity.id(.object(o)) else { throw Self.noMergeKey(o, mergeKey) }
            if let i = position[id], case .object(let existing) = merged[i] {
                merged[i] = .object(try mergeObject(existing, o, path: path))
            } else {
                position[id] = merged.count
                merged.append(.object(try mergeObject(JSONObject(), o, path: path)))
            }
        }
        return try identity.order(merged, by: plain.map(JSON.object), serverOrder: base)
    }

    /// Whether the list holds objects (true) or primitives (false); lists of lists and mixed
    /// element types are rejected as upstream rejects them.
    static func elementsAreObjects(_ elements: [JSON], path: [String]) throws(JSONPatchError) -> Bool {
        var kind: String?
        for e in elements {
            if case .null = e { continue }
            if case .array = e { throw JSONPatchError("lists of lists are not supported") }
            let k = e.typeName
            if let kind, kind != k {
                throw JSONPatchError("list element types are not identical in \(path.joined(separator: "."))")
            }
            kind = k
        }
        return kind == "object"
    }

    static func noMergeKey(_ o: JSONObject, _ key: String) -> JSONPatchError {
        JSONPatchError("map: \(JSON.object(o).jsonString) does not contain declared merge key: \(key)")
    }
}

/// How list elements are identified when merging and ordering: by the merge key's value for
/// lists of objects, by the whole value for primitives. Identities are compact encodings, so they
/// hash and compare like Go's interface equality on decoded JSON.
struct ListIdentity {
    /// The merge key, or nil to compare whole values.
    let mergeKey: String?

    /// Identity from a list's elements: by `mergeKey` when the elements are objects.
    init(elements: [JSON], mergeKey: String?) {
        let objects = elements.contains { if case .object = $0 { return true } else { return false } }
        self.mergeKey = objects ? mergeKey : nil
    }

    init(mergeKey: String?) { self.mergeKey = mergeKey }

    /// The identity of an element; nil for an object without the merge key.
    func id(_ element: JSON) -> String? {
        guard let mergeKey else { return element.jsonString }
        return element[mergeKey]?.jsonString
    }

    private func firstIndices(_ list: [JSON]) -> [String: Int] {
        var out: [String: Int] = [:]
        for (i, e) in list.enumerated() {
            if let id = id(e), out[id] == nil { out[id] = i }
        }
        return out
    }

    /// Checks that the patch list's elements appear in the `$setElementOrder` list in the same
    /// relative order (deletion directives aside), as upstream's validatePatchWithSetOrderList.
    func validate(_ patchList: [JSON], against order: [JSON]) throws(JSONPatchError) {
        if patchList.isEmpty || order.isEmpty { return }
        let items = patchList.filter { $0[StrategicMergePatch.directive] == nil }
        var p = 0
        var s = 0
        while p < items.count && s < order.count {
            guard let a = id(items[p]), let b = id(order[s]) else {
                throw JSONPatchError("$setElementOrder list element does not contain declared merge key: \(mergeKey ?? "")")
            }
            if a == b { p += 1 }
            s += 1
        }
        if p < items.count {
            throw JSONPatchError("The order in patch list:\n\(JSON.array(patchList).jsonString)\n doesn't match $setElementOrder list:\n\(JSON.array(order).jsonString)\n", kind: .decode)
        }
    }

    /// Orders `merged` as upstream's normalizeElementOrder does: elements named in `order` follow
    /// that order; the others keep their `serverOrder` order; the two runs are then interleaved,
    /// taking an unnamed element first only when both it and the next named element appear in
    /// `serverOrder` and it comes earlier there.
    func order(_ merged: [JSON], by order: [JSON], serverOrder: [JSON]) throws(JSONPatchError) -> [JSON] {
        if let mergeKey {
            for e in order where id(e) == nil {
                throw JSONPatchError("map: \(e.jsonString) does not contain declared merge key: \(mergeKey)")
            }
        }
        let orderIndex = firstIndices(order)
        let serverIndex = firstIndices(serverOrder)
        var named: [(rank: Int, seq: Int, value: JSON, server: Int?)] = []
        var unnamed: [(rank: Int, seq: Int, value: JSON, server: Int?)] = []
        for (seq, e) in merged.enumerated() {
            let key = id(e)
            let server = key.flatMap { serverIndex[$0] }
            if let key, let r = orderIndex[key] {
                named.append((r, seq, e, server))
            } else {
                unnamed.append((server ?? Int.max, seq, e, server))
            }
        }
        named.sort { ($0.rank, $0.seq) < ($1.rank, $1.seq) }
        unnamed.sort { ($0.rank, $0.seq) < ($1.rank, $1.seq) }
        var out: [JSON] = []
        out.reserveCapacity(merged.count)
        var i = 0
        var j = 0
        while i < unnamed.count || j < named.count {
            if j >= named.count {
                out.append(unnamed[i].value)
                i += 1
            } else if i >= unnamed.count {
                out.append(named[j].value)
                j += 1
            } else if let l = unnamed[i].server, let r = named[j].server, l < r {
                out.append(unnamed[i].value)
                i += 1
            } else {
                out.append(named[j].value)
                j += 1
            }
        }
        return out
    }
}
