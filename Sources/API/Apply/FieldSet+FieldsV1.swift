import JSON

/// The FieldsV1 wire form of a field set (`metadata.managedFields[].fieldsV1`), e.g.
/// `{"f:metadata":{"f:labels":{"f:app":{}}},"f:spec":{"f:containers":{"k:{\"name\":\"c\"}":{".":{},"f:image":{}}}}}`.
extension FieldSet {
    /// The FieldsV1 object: members with children carry `"."`, leaves are `{}`.
    public var fieldsV1: JSON { .object(encodedObject) }

    private var encodedObject: JSONObject {
        var o = JSONObject()
        if isMember && !children.isEmpty { o.appendUnchecked(".", .object(JSONObject())) }
        for c in children { o.appendUnchecked(c.key, .object(c.set.encodedObject)) }
        return o
    }

    /// Reads a FieldsV1 object; nil when it is not one (non-object nodes, bad keys).
    public init?(fieldsV1 json: JSON) {
        guard case .object(let o) = json, let set = FieldSet.decode(o, depth: 0) else { return nil }
        self = set
    }

    private static func decode(_ o: JSONObject, depth: Int) -> FieldSet? {
        if o.isEmpty { return .leaf }
        guard depth < 64 else { return nil }
        var member = false
        var children: [Child] = []
        children.reserveCapacity(o.count)
        for (k, v) in o {
            if k == "." {
                member = true
                continue
            }
            guard k.count > 2, k.hasPrefix("f:") || k.hasPrefix("k:") || k.hasPrefix("v:") || k.hasPrefix("i:"),
                  case .object(let child) = v, let set = decode(child, depth: depth + 1)
            else { return nil }
            children.append(Child(key: k, set: set))
        }
        return FieldSet(isMember: member, children: children)
    }

    /// A path as structured-merge-diff prints it in conflict messages:
    /// `.spec.template.spec.containers[name="c"].image`, `[=value]` for set elements, `[0]` for indices.
    public static func pathString(_ path: [String]) -> String {
        var s = ""
        for element in path {
            let body = String(element.dropFirst(2))
            if element.hasPrefix("f:") {
                s += "." + body
            } else if element.hasPrefix("k:") {
                if case .object(let key)? = try? JSONParser.parse(body) {
                    s += "[" + key.map { "\($0.key)=\($0.value.jsonString)" }.joined(separator: ",") + "]"
                } else {
                    s += "[" + body + "]"
                }
            } else if element.hasPrefix("v:") {
                s += "[=" + body + "]"
            } else {
                s += "[" + body + "]"
            }
        }
        return s
    }
}
