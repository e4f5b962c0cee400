import JSON

/// Finds (and removes) fields the schema does not declare, for `fieldValidation`: upstream decodes
/// built-in kinds into Go structs, so undeclared fields are rejected under `Strict`, reported as
/// warnings under `Warn` (the default) and dropped silently under `Ignore`. Kinds whose schema is
/// not modelled field by field (see `OpenAPIDefinitions.generic`) are left alone.
public enum UnknownFields {
    /// Removes undeclared fields from `object` (a `resource` in its served version) and returns their
    /// paths as upstream prints them ("spec.foo", "spec.containers[0].bar"), in document order.
    public static func prune(_ object: inout JSON, resource: ResourceInfo) -> [String] {
        guard let node = SchemaGraph.shared.nodes[OpenAPIDefinitions.definitionName(for: resource)] else { return [] }
        // This runs on every create and update, and almost every body is clean: a read-only scan
        // answers that without copying anything; only a body with findings is walked and rebuilt.
        guard !isClean(object, .node(node)) else { return [] }
        var walk = Walk()
        walk.visit(&object, .node(node))
        return walk.found
    }

    private static func isClean(_ value: JSON, _ type: SchemaGraph.Child) -> Bool {
        switch type {
        case .leaf:
            return true
        case .node(let node):
            guard case .object(let o) = value else { return true }
            for (k, v) in o {
                guard let t = node.fields[k] else { return false }
                if !isClean(v, t) { return false }
            }
            return true
        case .array(let element):
            guard case .array(let a) = value else { return true }
            for e in a where !isClean(e, element) { return false }
            return true
        case .map(let element):
            guard case .object(let o) = value else { return true }
            for (_, v) in o where !isClean(v, element) { return false }
            return true
        }
    }

    /// One pass that removes what the scan found; the path is a stack, spelled out per finding.
    private struct Walk {
        enum Step {
            case key(String)
            case index(Int)
        }

        var found: [String] = []
        var path: [Step] = []

        var pathString: String {
            var s = ""
            for step in path {
                switch step {
                case .key(let k): s += s.isEmpty ? k : "." + k
                case .index(let i): s += "[\(i)]"
                }
            }
            return s
        }

        mutating func visit(_ value: inout JSON, _ type: SchemaGraph.Child) {
            let before = found.count
            switch type {
            case .leaf:
                return
            case .node(let node):
                guard case .object(let o) = value else { return }
                var kept = JSONObject()
                for (k, v) in o {
                    path.append(.key(k))
                    defer { path.removeLast() }
                    guard let t = node.fields[k] else {
                        found.append(pathString)
                        continue
                    }
                    var child = v
                    visit(&child, t)
                    kept.appendUnchecked(k, child)
                }
                if found.count != before { value = .object(kept) }
            case .array(let element):
                guard case .array(var a) = value else { return }
                for i in a.indices {
                    path.append(.index(i))
                    visit(&a[i], element)
                    path.removeLast()
                }
                if found.count != before { value = .array(a) }
            case .map(let element):
                guard case .object(let o) = value else { return }
                var kept = JSONObject()
                for (k, v) in o {
                    path.append(.key(k))
                    var child = v
                    visit(&child, element)
                    path.removeLast()
                    kept.appendUnchecked(k, child)
                }
                if found.count != before { value = .object(kept) }
            }
        }
    }
}

/// The hand-written OpenAPI tables resolved once into linked nodes, so a walk follows references
/// without expanding names or hashing definition names per field.
final class SchemaGraph: @unchecked Sendable {
    /// What a field can hold, as far as undeclared fields are concerned.
    indirect enum Child {
        /// Cannot hold fields (scalars, formatted strings, free-form objects).
        case leaf
        case node(Node)
        case array(Child)
        case map(Child)
    }

    /// One object definition: its declared properties. Filled once while the graph is built and
    /// never changed after `shared` is published, which is what makes sharing it across threads safe.
    final class Node: @unchecked Sendable {
        fileprivate(set) var fields: [String: Child] = [:]
    }

    static let shared = SchemaGraph()

    /// Object definitions by full name.
    let nodes: [String: Node]

    private init() {
        var nodes: [String: Node] = [:]
        let defs = OpenAPIDefinitions.handWritten
        for d in defs {
            if case .object = d.body { nodes[d.name] = Node() }
        }
        func child(_ t: OpenAPIType) -> Child {
            switch t {
            case .ref(let short): return nodes[OpenAPITypeDef.expand(short)].map { .node($0) } ?? .leaf
            case .array(let e): return .array(child(e))
            case .map(let e): return .map(child(e))
            default: return .leaf
            }
        }
        for d in defs {
            guard case .object(let fields) = d.body, let node = nodes[d.name] else { continue }
            for f in fields { node.fields[f.name] = child(f.type) }
        }
        self.nodes = nodes
    }
}
