/// JSON Patch (RFC 6902), applied as Kubernetes applies `application/json-patch+json`: Kubernetes
/// uses evanphx/json-patch, so error texts follow its wording, negative array indices count from
/// the end as that library allows by default, and `test` against a missing member passes when the
/// expected value is `null`.
public enum JSONPatch {
    /// The most operations one patch may hold; Kubernetes rejects longer patches with the same limit.
    public static let maxOperations = 10_000
    /// The most bytes `copy` operations may add to a document in total, so a short patch of
    /// repeated copies cannot grow the document exponentially (evanphx's AccumulatedCopySizeLimit).
    public static let maxCopiedBytes = 3 * 1024 * 1024

    /// Applies `patch` (an array of operation objects) to `doc` and returns the patched document.
    /// Operations run in order; the first failing one aborts the whole patch.
    public static func apply(_ patch: JSON, to doc: JSON) throws(JSONPatchError) -> JSON {
        guard case .array(let ops) = patch else {
            throw JSONPatchError("unable to decode patch: a JSON patch must be an array of operations, not \(article(patch.typeName))", kind: .decode)
        }
        guard ops.count <= maxOperations else {
            throw JSONPatchError("The allowed maximum operations in a JSON patch is \(maxOperations), got \(ops.count)", kind: .tooLarge)
        }
        var ops2: [JSONObject] = []
        ops2.reserveCapacity(ops.count)
        for (n, op) in ops.enumerated() {
            guard case .object(let o) = op else {
                throw JSONPatchError("unable to decode patch: operation \(n) is \(article(op.typeName)), not an object", kind: .decode)
            }
            ops2.append(o)
        }
        var state = State(doc: doc)
        for op in ops2 { try state.run(op) }
        return state.doc
    }

    private static func article(_ typeName: String) -> String {
        typeName == "array" || typeName == "object" ? "an \(typeName)" : "a \(typeName)"
    }

    /// The document being patched and the bytes copied so far.
    private struct State {
        var doc: JSON
        var copied = 0

        mutating func run(_ op: JSONObject) throws(JSONPatchError) {
            let kind = op["op"]?.stringValue ?? "unknown"
            switch kind {
            case "add":
                let path = try pathField(op, "path", kind)
                try add(path, try valueField(op, kind))
            case "remove":
                try remove(try pathField(op, "path", kind))
            case "replace":
                try replace(try pathField(op, "path", kind), try valueField(op, kind))
            case "move":
                let from = try pathField(op, "from", kind)
                let path = try pathField(op, "path", kind)
                try move(from: from, to: path)
            case "copy":
                let from = try pathField(op, "from", kind)
                let path = try pathField(op, "path", kind)
                try copy(from: from, to: path)
            case "test":
                try test(try pathField(op, "path", kind), op["value"] ?? .null)
            default:
                throw JSONPatchError("Unexpected kind: \(kind)")
            }
        }

        private func pathField(_ op: JSONObject, _ field: String, _ kind: String) throws(JSONPatchError) -> String {
            guard let s = op[field]?.stringValue else {
                let what = field == "path" ? "path" : "from"
                throw JSONPatchError("\(kind) operation failed to decode \(what): missing value")
            }
            return s
        }

        private func valueField(_ op: JSONObject, _ kind: String) throws(JSONPatchError) -> JSON {
            guard let v = op["value"] else {
                throw JSONPatchError("\(kind) operation failed to decode value: missing value")
            }
            return v
        }

        private func pointer(_ text: String, _ kind: String, _ what: String) throws(JSONPatchError) -> [String] {
            do {
                return try JSONPointer(text).tokens
            } catch {
                throw JSONPatchError("\(kind) operation does not apply: doc is missing \(what): \(JSONPointer.quoted(text)): \(error.message)")
            }
        }

        /// Inserts `value` at `tokens` (the whole document for the root pointer), the final step of
        /// add, move and copy; `context` prefixes a failed insertion, `missing` a missing parent.
        private mutating func insert(_ value: JSON, at tokens: [String], context: String,
                                     missing: String) throws(JSONPatchError) {
            if tokens.isEmpty {
                doc = value
                return
            }
            let done: Void? = try Container.withParent(&doc, tokens) { (c: inout JSON, key) throws(JSONPatchError) in
                try Container.insert(&c, key, value, context: context)
            }
            if done == nil { throw JSONPatchError(missing) }
        }

        mutating func add(_ path: String, _ value: JSON) throws(JSONPatchError) {
            try insert(value, at: try pointer(path, "add", "path"), context: "error in add for path: '\(path)'",
                       missing: "add operation does not apply: doc is missing path: \(JSONPointer.quoted(path)): missing value")
        }

        mutating func remove(_ path: String) throws(JSONPatchError) {
            let tokens = try pointer(path, "remove", "path")
            let done: Void? = try Container.withParent(&doc, tokens) { (c: inout JSON, key) throws(JSONPatchError) in
                _ = try Container.delete(&c, key, context: "error in remove for path: '\(path)'")
            }
            if done == nil { throw JSONPatchError("remove operation does not apply: doc is missing path: \(JSONPointer.quoted(path)): missing value") }
        }

        mutating func replace(_ path: String, _ value: JSON) throws(JSONPatchError) {
            let tokens = try pointer(path, "replace", "path")
            if tokens.isEmpty {
                doc = value
                return
            }
            let done: Void? = try Container.withParent(&doc, tokens) { (c: inout JSON, key) throws(JSONPatchError) in
                try Container.set(&c, key, value, context: "replace operation does not apply: doc is missing key: \(path)")
            }
            if done == nil { throw JSONPatchError("replace operation does not apply: doc is missing path: \(path): missing value") }
        }

        mutating func move(from: String, to path: String) throws(JSONPatchError) {
            let fromTokens = try pointer(from, "move", "from path")
            if fromTokens.isEmpty { throw JSONPatchError("unable to move entire document to another path: invalid state detected") }
            let taken = try Container.withParent(&doc, fromTokens) { (c: inout JSON, key) throws(JSONPatchError) -> JSON in
                try Container.delete(&c, key, context: "error in move for path: '\(key)'")
            }
            guard let value = taken else {
                throw JSONPatchError("move operation does not apply: doc is missing from path: \(from): missing value")
            }
            try insert(value, at: try pointer(path, "move", "destination path"), context: "error in move for path: '\(path)'",
                       missing: "move operation does not apply: doc is missing destination path: \(path): missing value")
        }

        mutating func copy(from: String, to path: String) throws(JSONPatchError) {
            let fromTokens = try pointer(from, "copy", "from path")
            let value: JSON
            if fromTokens.isEmpty {
                value = doc
            } else {
                let found = try Container.withParent(&doc, fromTokens) { (c: inout JSON, key) throws(JSONPatchError) -> JSON in
                    try Container.get(c, key, context: "error in copy for from: '\(from)'")
                }
                guard let found else {
                    throw JSONPatchError("copy operation does not apply: doc is missing from path: \(JSONPointer.quoted(from)): missing value")
                }
                value = found
            }
            copied += value.bytes.count
            if copied > JSONPatch.maxCopiedBytes {
                throw JSONPatchError("Unable to complete the copy, the accumulated size increase of copy is \(copied), exceeding the limit \(JSONPatch.maxCopiedBytes)", kind: .tooLarge)
            }
            try insert(value, at: try pointer(path, "copy", "destination path"), context: "error while adding value during copy",
                       missing: "copy operation does not apply: doc is missing destination path: \(path): missing value")
        }

        mutating func test(_ path: String, _ expected: JSON) throws(JSONPatchError) {
            let tokens = try pointer(path, "test", "path")
            let actual: JSON?
            if tokens.isEmpty {
                actual = doc
            } else {
                let found = try Container.withParent(&doc, tokens) { (c: inout JSON, key) throws(JSONPatchError) -> JSON? in
                    Container.lookup(c, key)
                }
                guard let found else {
                    throw JSONPatchError("test operation does not apply: is missing path: \(path): missing value")
                }
                actual = found
            }
            // A missing member equals an expected null, as upstream treats both as "no value".
            if (actual ?? .null) != expected {
                throw JSONPatchError("testing value \(path) failed: test failed")
            }
        }
    }
}
