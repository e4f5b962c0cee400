/// JSON Merge Patch (RFC 7386), applied as Kubernetes applies `application/merge-patch+json`
/// (evanphx/json-patch's MergePatch): `null` deletes a member, objects merge recursively, anything
/// else (arrays included) replaces. Members keep the original document's order; new members are
/// appended in patch order.
public enum MergePatch {
    /// Applies `patch` to `doc`. A patch that is not an object replaces the document.
    public static func apply(_ patch: JSON, to doc: JSON) -> JSON {
        guard case .object(let p) = patch else { return patch }
        var target: JSONObject
        if case .object(let o) = doc { target = o } else { target = JSONObject() }
        merge(&target, p)
        return .object(target)
    }

    /// Builds the merge patch that turns `original` into `modified`: removed members become
    /// `null`, changed objects recurse, other changed values are given whole. Equal documents give
    /// `{}`. When either side is not an object the patch is `modified` itself.
    public static func create(from original: JSON, to modified: JSON) -> JSON {
        guard case .object(let o) = original, case .object(let m) = modified else { return modified }
        return .object(diff(o, m))
    }

    private static func merge(_ target: inout JSONObject, _ patch: JSONObject) {
        var edit = JSONObjectEditor(target)
        target = JSONObject()  // release the storage so members are edited in place
        for (key, value) in patch {
            if case .null = value {
                edit[key] = nil
                continue
            }
            guard case .object(let sub) = value else {
                // Upstream strips nulls from a value it sets where nothing mergeable was.
                if case .object = edit[key] {
                    edit[key] = value
                } else {
                    edit[key] = pruned(value)
                }
                continue
            }
            var child = JSONObject()
            if case .object(let existing) = edit.take(key) { child = existing }
            merge(&child, sub)
            edit[key] = .object(child)
        }
        target = edit.object
    }

    /// A value with `null` members removed from every object in it (also objects inside arrays,
    /// as evanphx/json-patch does); `null` array elements stay.
    private static func pruned(_ value: JSON) -> JSON {
        switch value {
        case .object(let o):
            var out = JSONObject()
            for (k, v) in o where !v.isNull { out.appendUnchecked(k, pruned(v)) }
            return .object(out)
        case .array(let a):
            return .array(a.map(pruned))
        default:
            return value
        }
    }

    private static func diff(_ original: JSONObject, _ modified: JSONObject) -> JSONObject {
        var patch = JSONObject()
        for (key, new) in modified {
            guard let old = original[key] else {
                patch.appendUnchecked(key, new)
                continue
            }
            if old == new { continue }
            if case .object(let oo) = old, case .object(let no) = new {
                patch.appendUnchecked(key, .object(diff(oo, no)))
            } else {
                patch.appendUnchecked(key, new)
            }
        }
        for (key, _) in original where modified[key] == nil {
            patch.appendUnchecked(key, .null)
        }
        return patch
    }
}
