/// Strategic merge patch, applied as Kubernetes applies `application/strategic-merge-patch+json`
/// (apimachinery `strategicpatch.StrategicMergeMapPatch`): objects merge recursively and `null`
/// deletes a member; lists merge or replace by the field's `PatchMeta`; and the directives
/// `$patch` (`replace`, `delete`, `merge`), `$retainKeys`, `$setElementOrder/<field>` and
/// `$deleteFromPrimitiveList/<field>` are honoured and never left in the result.
///
/// Objects always merge: no Kubernetes field declares `patchStrategy:"replace"` on a map, and a
/// patch can still ask for replacement with `$patch: replace`.
public enum StrategicMergePatch {
    static let directive = "$patch"
    static let retainKeys = "$retainKeys"
    static let setElementOrderPrefix = "$setElementOrder/"
    static let deleteFromPrimitiveListPrefix = "$deleteFromPrimitiveList/"

    /// Applies `patch` (an object) to `doc` (an object), reading list metadata from `schema`.
    public static func apply(_ patch: JSON, to doc: JSON, schema: any StrategicSchema) throws(JSONPatchError) -> JSON {
        guard case .object(let p) = patch else {
            throw JSONPatchError("unable to decode patch: a strategic merge patch must be a JSON object, not \(patch.typeName)", kind: .decode)
        }
        guard case .object(let d) = doc else { throw JSONPatchError("invalid JSON document", kind: .decode) }
        let merger = Merger(schema: schema)
        return .object(try merger.mergeObject(d, p, path: []))
    }

    /// The merge of one patch into one document; `schema` answers list metadata by path.
    struct Merger {
        let schema: any StrategicSchema

        /// Merges object `patch` into object `original` at field path `path`.
        func mergeObject(_ original: JSONObject, _ patch: JSONObject, path: [String]) throws(JSONPatchError) -> JSONObject {
            var patch = patch
            if let d = patch[StrategicMergePatch.directive] {
                patch.removeValue(forKey: StrategicMergePatch.directive)
                switch d.stringValue {
                case "replace":
                    // The patch object is the new value, with its own directives applied to nothing.
                    return try mergeObject(JSONObject(), patch, path: path)
                case "delete":
                    return JSONObject()
                case "merge":
                    break  // the default for objects
                default:
                    throw JSONPatchError("unknown patch type: \(d.jsonString) in map: \(JSON.object(patch).jsonString)")
                }
            }
            var original = original
            if let keep = patch.removeValue(forKey: StrategicMergePatch.retainKeys) {
                try retain(&original, keep, patch: patch)
            }
            try applyElementOrders(&original, &patch, path: path)

            var edit = JSONObjectEditor(original)
            original = JSONObject()
            for (rawKey, value) in patch {
                var key = rawKey
                let isDeleteList = rawKey.hasPrefix(StrategicMergePatch.deleteFromPrimitiveListPrefix)
                if isDeleteList { key = String(rawKey.dropFirst(StrategicMergePatch.deleteFromPrimitiveListPrefix.count)) }
                if case .null = value {
                    edit[key] = nil
                    continue
                }
                let fieldPath = path + [key]
                guard let current = edit.take(key) else {
                    // Deleting from a list that is not there changes nothing.
                    if !isDeleteList { edit[key] = try cleaned(value, path: fieldPath) }
                    continue
                }
                if isDeleteList {
                    guard case .array(let list) = current, case .array(let remove) = value else {
                        throw JSONPatchError("invalid patch format of primitive list: \(rawKey) must be a list", kind: .decode)
                    }
                    let removeKeys = Set(remove.map(\.jsonString))
                    edit[key] = .array(list.filter { !removeKeys.contains($0.jsonString) })
                    continue
                }
                switch (current, value) {
                case (.object(let o), .object(let p)):
                    edit[key] = .object(try mergeObject(o, p, path: fieldPath))
                case (.array(let o), .array(let p)):
                    edit[key] = .array(try mergeList(o, p, meta: schema.meta(for: fieldPath), path: fieldPath))
                default:
                    edit[key] = try cleaned(value, path: fieldPath)
                }
            }
            return edit.object
        }

        /// `$retainKeys`: every non-null patch field must be listed, and the original keeps only
        /// listed keys.
        private func retain(_ original: inout JSONObject, _ keep: JSON, patch: JSONObject) throws(JSONPatchError) {
            guard case .array(let list) = keep else { throw JSONPatchError("invalid patch format of retainKeys", kind: .decode) }
            let names = Set(list.compactMap(\.stringValue))
            for (k, v) in patch where !v.isNull && !k.hasPrefix("$") {
                guard names.contains(k) else {
                    throw JSONPatchError("invalid patch format of retainKeys: \(k) is not listed in $retainKeys", kind: .decode)
                }
            }
            var kept = JSONObject()
            for (k, v) in original where names.contains(k) { kept.appendUnchecked(k, v) }
            original = kept
        }

        /// `$setElementOrder/<field>`: merges the field's list (if the patch has one) and orders the
        /// result by the given list, removing both from the patch so they are not merged again.
        private func applyElementOrders(_ original: inout JSONObject, _ patch: inout JSONObject, path: [String]) throws(JSONPatchError) {
            let prefix = StrategicMergePatch.setElementOrderPrefix
            guard patch.keys.contains(where: { $0.hasPrefix(prefix) }) else { return }
            // Hashed editors keep a patch with very many directives linear.
            var originals = JSONObjectEditor(original)
            var patches = JSONObjectEditor(patch)
            for (key, order) in patch where key.hasPrefix(prefix) {
                patches[key] = nil
                let field = String(key.dropFirst(prefix.count))
                guard case .array(let orderList) = order, !field.isEmpty else {
                    throw JSONPatchError("invalid patch format of setElementOrder list", kind: .decode)
                }
                let fieldPath = path + [field]
                let meta = schema.meta(for: fieldPath)
                var originalList: [JSON]?
                var patchList: [JSON]?
                if let o = originals[field] {
                    guard case .array(let a) = o else { throw JSONPatchError("invalid patch format of setElementOrder list: \(field) is not a list") }
                    originalList = a
                }
                if let p = patches[field] {
                    guard case .array(let a) = p else { throw JSONPatchError("invalid patch format of setElementOrder list: \(field) is not a list") }
                    patchList = a
                }
                let identity = ListIdentity(elements: (originalList ?? []) + (patchList ?? []) + orderList, mergeKey: meta.mergeKey)
                try identity.validate(patchList ?? [], against: orderList)
                let merged: [JSON]
                switch (originalList, patchList) {
                case (let o?, nil): merged = o
                case (nil, let p?): merged = try cleanedList(p, path: fieldPath)
                case (let o?, let p?): merged = try mergeList(o, p, meta: meta, path: fieldPath)
                case (nil, nil): continue
                }
                originals[field] = .array(try identity.order(merged, by: orderList, serverOrder: originalList ?? []))
                patches[field] = nil
            }
            original = originals.object
            patch = patches.object
        }

        /// A patch value placed where nothing merges with it: directives are applied to an empty
        /// value and `null` members dropped, so no directive reaches the stored object.
        func cleaned(_ value: JSON, path: [String]) throws(JSONPatchError) -> JSON {
            switch value {
            case .object(let o): return .object(try mergeObject(JSONObject(), o, path: path))
            case .array(let a): return .array(try cleanedList(a, path: path))
            default: return value
            }
        }

        /// A patch list placed whole: directive elements (`{"$patch": …}`) are dropped and object
        /// elements cleaned.
        func cleanedList(_ list: [JSON], path: [String]) throws(JSONPatchError) -> [JSON] {
            var out: [JSON] = []
            out.reserveCapacity(list.count)
            for e in list {
                if case .object(let o) = e {
                    if o[StrategicMergePatch.directive] != nil { continue }
                    out.append(.object(try mergeObject(JSONObject(), o, path: path)))
                } else {
                    out.append(e)
                }
            }
            return out
        }
    }
}
