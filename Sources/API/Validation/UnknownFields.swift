import JSON

/// Finds (and removes) fields the schema does not declare, for `fieldValidation`: upstream decodes
/// built-in kinds into Go structs, so undeclared fields are rejected under `Strict`, reported as
/// warnings under `Warn` (the default) and dropped silently under `Ignore`. Kinds whose schema is
/// not modelled field by field (see `OpenAPIDefinitions.generic`) are left alone.
public enum UnknownFields {
    /// Property name → type for each hand-written object definition, built once.
    fileprivate static let index: [String: [String: OpenAPIType]] = {
        var out: [String: [String: OpenAPIType]] = [:]
        for d in OpenAPIDefinitions.handWritten {
            guard case .object(let fields) = d.body else { continue }
            var m: [String: OpenAPIType] = [:]
            for f in fields { m[f.name] = f.type }
            out[d.name] = m
        }
        return out
    }()

    /// Removes undeclared fields from `object` (a `resource` in its served version) and returns their
    /// paths as upstream prints them ("spec.foo", "spec.containers[0].bar"), in document order.
    public static func prune(_ object: inout JSON, resource: ResourceInfo) -> [String] {
        let name = OpenAPIDefinitions.definitionName(for: resource)
        guard index[name] != nil else { return [] }
        var walk = Walk()
        walk.visit(&object, type: .ref(name))
        return walk.found
    }

    /// One pass over an object; the path is kept as a stack and only spelled out for a finding,
    /// since this runs on every create and update.
    private struct Walk {
        var found: [String] = []
        var path: [String] = []

        var pathString: String {
            var s = ""
            for c in path {
                if !s.isEmpty && !c.hasPrefix("[") { s += "." }
                s += c
            }
            return s
        }

        mutating func visit(_ value: inout JSON, type: OpenAPIType) {
            switch type {
            case .ref(let short):
                guard case .object(var o) = value, let fields = UnknownFields.index[OpenAPITypeDef.expand(short)] else { return }
                var changed = false
                for (k, _) in o {
                    path.append(k)
                    defer { path.removeLast() }
                    guard let t = fields[k] else {
                        found.append(pathString)
                        o[k] = nil
                        changed = true
                        continue
                    }
                    if UnknownFields.needsWalk(t), var child = o[k] {
                        let before = found.count
                        visit(&child, type: t)
                        if found.count != before {
                            o[k] = child
                            changed = true
                        }
                    }
                }
                if changed { value = .object(o) }
            case .array(let element):
                guard UnknownFields.needsWalk(element), case .array(var a) = value else { return }
                let before = found.count
                for i in a.indices {
                    path.append("[\(i)]")
                    visit(&a[i], type: element)
                    path.removeLast()
                }
                if found.count != before { value = .array(a) }
            case .map(let element):
                guard UnknownFields.needsWalk(element), case .object(var o) = value else { return }
                let before = found.count
                for (k, _) in o {
                    guard var child = o[k] else { continue }
                    path.append(k)
                    visit(&child, type: element)
                    path.removeLast()
                    if found.count != before { o[k] = child }
                }
                if found.count != before { value = .object(o) }
            default:
                return
            }
        }
    }

    /// Whether values of this type can hold undeclared fields.
    fileprivate static func needsWalk(_ t: OpenAPIType) -> Bool {
        switch t {
        case .ref, .array, .map: return true
        default: return false
        }
    }
}
