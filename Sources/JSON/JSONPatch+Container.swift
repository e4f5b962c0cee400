extension JSONPatch {
    /// Edits on the object or array that holds a JSON Patch target, with upstream's error texts.
    enum Container {
        /// Walks `tokens` minus the last to the parent container and runs `body` on it with the
        /// last token. Returns nil when a step is missing or the parent is not a container
        /// (upstream's "doc is missing path").
        static func withParent<R>(
            _ node: inout JSON, _ tokens: [String], _ body: (inout JSON, String) throws(JSONPatchError) -> R
        ) throws(JSONPatchError) -> R? {
            guard let last = tokens.last else { return nil }
            return try descend(&node, tokens[..<(tokens.count - 1)], last, body)
        }

        private static func descend<R>(
            _ node: inout JSON, _ rest: ArraySlice<String>, _ last: String,
            _ body: (inout JSON, String) throws(JSONPatchError) -> R
        ) throws(JSONPatchError) -> R? {
            guard let step = rest.first else {
                switch node {
                case .object, .array: return try body(&node, last)
                default: return nil
                }
            }
            switch node {
            case .object(var o):
                guard var child = o[step] else { return nil }
                node = .null  // release the storage so the edit below does not copy it
                o[step] = .null
                defer {
                    o[step] = child
                    node = .object(o)
                }
                return try descend(&child, rest.dropFirst(), last, body)
            case .array(var a):
                guard let i = index(step, count: a.count), i < a.count else { return nil }
                var child = a[i]
                node = .null
                a[i] = .null
                defer {
                    a[i] = child
                    node = .array(a)
                }
                return try descend(&child, rest.dropFirst(), last, body)
            default:
                return nil
            }
        }

        /// An array index token: decimal, optionally negative (counting from `count`), as Go's
        /// strconv.Atoi reads it. Nil when it is not a number or out of range below zero.
        static func index(_ token: String, count: Int) -> Int? {
            guard let i = parseInt(token) else { return nil }
            if i >= 0 { return i }
            return i >= -count ? i + count : nil
        }

        static func parseInt(_ token: String) -> Int? {
            var u = Substring(token)
            var negative = false
            if u.first == "-" || u.first == "+" {
                negative = u.first == "-"
                u = u.dropFirst()
            }
            guard !u.isEmpty, u.utf8.count <= 18, u.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                let v = Int(u)
            else { return nil }
            return negative ? -v : v
        }

        private static func invalidIndex(_ context: String, _ token: String) -> JSONPatchError {
            JSONPatchError("\(context): Unable to access invalid index: \(token): invalid index referenced")
        }

        /// The `add` semantics: set an object member, or insert into an array (`-` appends).
        static func insert(_ c: inout JSON, _ key: String, _ value: JSON, context: String) throws(JSONPatchError) {
            switch c {
            case .object(var o):
                c = .null
                o[key] = value
                c = .object(o)
            case .array(var a):
                let at: Int
                if key == "-" {
                    at = a.count
                } else {
                    guard let i = parseInt(key) else {
                        throw JSONPatchError("\(context): value was not a proper array index: '\(key)'")
                    }
                    // Insertion allows one past the end; negative counts from that end too.
                    let size = a.count + 1
                    guard i < size, i >= -size else { throw invalidIndex(context, key) }
                    at = i < 0 ? i + size : i
                }
                c = .null
                a.insert(value, at: at)
                c = .array(a)
            default:
                throw JSONPatchError("\(context): invalid state detected")
            }
        }

        /// Removes and returns a member or element.
        static func delete(_ c: inout JSON, _ key: String, context: String) throws(JSONPatchError) -> JSON {
            switch c {
            case .object(var o):
                guard o[key] != nil else {
                    throw JSONPatchError("\(context): Unable to remove nonexistent key: \(key): missing value")
                }
                c = .null
                let v = o.removeValue(forKey: key) ?? .null
                c = .object(o)
                return v
            case .array(var a):
                guard let i = index(key, count: a.count), i < a.count else { throw invalidIndex(context, key) }
                c = .null
                let v = a.remove(at: i)
                c = .array(a)
                return v
            default:
                throw JSONPatchError("\(context): invalid state detected")
            }
        }

        /// Replaces an existing member or element; it must exist.
        static func set(_ c: inout JSON, _ key: String, _ value: JSON, context: String) throws(JSONPatchError) {
            switch c {
            case .object(var o):
                guard o[key] != nil else { throw JSONPatchError("\(context): missing value") }
                c = .null
                o[key] = value
                c = .object(o)
            case .array(var a):
                guard let i = index(key, count: a.count), i < a.count else { throw JSONPatchError("\(context): missing value") }
                c = .null
                a[i] = value
                c = .array(a)
            default:
                throw JSONPatchError("\(context): invalid state detected")
            }
        }

        /// Reads an existing member or element; it must exist.
        static func get(_ c: JSON, _ key: String, context: String) throws(JSONPatchError) -> JSON {
            switch c {
            case .object(let o):
                guard let v = o[key] else {
                    throw JSONPatchError("\(context): unable to get nonexistent key: \(key): missing value")
                }
                return v
            case .array(let a):
                guard let i = index(key, count: a.count), i < a.count else { throw invalidIndex(context, key) }
                return a[i]
            default:
                throw JSONPatchError("\(context): invalid state detected")
            }
        }

        /// Reads a member or element, nil when absent.
        static func lookup(_ c: JSON, _ key: String) -> JSON? {
            switch c {
            case .object(let o): return o[key]
            case .array(let a):
                guard let i = index(key, count: a.count), i < a.count else { return nil }
                return a[i]
            default: return nil
            }
        }
    }
}
