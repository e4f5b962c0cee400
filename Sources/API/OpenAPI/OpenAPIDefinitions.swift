import JSON

/// The compact tables of OpenAPI type definitions (one file per API area, `OpenAPIDefinitions+*.swift`),
/// and the catalog built from them for a resource registry: every served kind gets a definition named as
/// upstream names it (`io.k8s.api.apps.v1.Deployment`) carrying `x-kubernetes-group-version-kind`, plus a
/// `<Kind>List` definition. Kinds without a hand-written table get a generic object-with-metadata schema.
enum OpenAPIDefinitions {
    /// Every hand-written definition.
    static var handWritten: [OpenAPITypeDef] {
        meta + pod + container + volume + core + node + apps + workloads + batch + networking + autoscaling + rbac + admission
            + cluster + metrics
    }

    /// The definition name upstream gives the kind of `r`
    /// (`io.k8s.api.<group's first label>.<version>.<Kind>`, with the aggregator and metrics-server packages).
    static func definitionName(for r: ResourceInfo) -> String {
        switch r.group {
        case "": return "io.k8s.api.core.\(r.version).\(r.kind)"
        case "apiregistration.k8s.io": return "io.k8s.kube-aggregator.pkg.apis.apiregistration.\(r.version).\(r.kind)"
        case "metrics.k8s.io": return "io.k8s.metrics.pkg.apis.metrics.\(r.version).\(r.kind)"
        default:
            let package = r.group.split(separator: ".").first.map(String.init) ?? r.group
            return "io.k8s.api.\(package).\(r.version).\(r.kind)"
        }
    }

    /// The schema of a kind kubeling does not model field by field: metadata is typed, the rest is kept as sent.
    static func generic(name: String, kind: String) -> OpenAPITypeDef {
        OpenAPITypeDef(name, "\(kind) objects. Only their metadata is described here; other fields are accepted and stored as sent.",
                       objectHeader() + [
                           f("spec", .free, "The desired state of the object."),
                           f("status", .free, "The observed state of the object."),
                       ])
    }

    /// The `<Kind>List` definition of a kind.
    static func list(of name: String, kind: String) -> OpenAPITypeDef {
        OpenAPITypeDef(name + "List", "A list of \(kind) objects.", required: ["items"], objectHeader(list: true) + [
            f("items", .array(.ref(name)), "The \(kind) objects."),
        ])
    }
}

/// One group/version/kind as the `x-kubernetes-group-version-kind` extension spells it.
struct OpenAPIGVK: Sendable, Hashable {
    let group: String
    let version: String
    let kind: String

    /// `{"group": …, "kind": …, "version": …}`.
    var json: JSON { ["group": .string(group), "kind": .string(kind), "version": .string(version)] }
}

/// The definitions of one registry, with the GVKs that name each kind, and their rendering as JSON.
struct OpenAPICatalog: Sendable {
    /// Definitions by full name.
    let definitions: [String: OpenAPITypeDef]
    /// The GVKs carried by each kind (and list) definition.
    let gvks: [String: [OpenAPIGVK]]

    init(registry: ResourceRegistry) {
        var defs: [String: OpenAPITypeDef] = [:]
        for d in OpenAPIDefinitions.handWritten { defs[d.name] = d }
        var gvks: [String: [OpenAPIGVK]] = [:]
        func tag(_ name: String, _ gvk: OpenAPIGVK) {
            if !(gvks[name] ?? []).contains(gvk) { gvks[name, default: []].append(gvk) }
        }
        for r in registry.all {
            let name = OpenAPIDefinitions.definitionName(for: r)
            if defs[name] == nil { defs[name] = OpenAPIDefinitions.generic(name: name, kind: r.kind) }
            let list = OpenAPIDefinitions.list(of: name, kind: r.kind)
            defs[list.name] = list
            tag(name, OpenAPIGVK(group: r.group, version: r.version, kind: r.kind))
            tag(list.name, OpenAPIGVK(group: r.group, version: r.version, kind: r.kind + "List"))
        }
        tag(OpenAPITypeDef.expand("as1.Scale"), OpenAPIGVK(group: "autoscaling", version: "v1", kind: "Scale"))
        tag(OpenAPITypeDef.expand("meta.Status"), OpenAPIGVK(group: "", version: "v1", kind: "Status"))
        definitions = defs
        self.gvks = gvks
    }

    /// `names` and every definition they reference, transitively.
    func closure(of names: [String]) -> Set<String> {
        var seen = Set<String>()
        var stack = names
        while let name = stack.popLast() {
            guard seen.insert(name).inserted, let def = definitions[name], case .object(let fields) = def.body else { continue }
            for field in fields { Self.references(field.type, into: &stack) }
        }
        return seen
    }

    private static func references(_ type: OpenAPIType, into out: inout [String]) {
        switch type {
        case .ref(let short): out.append(OpenAPITypeDef.expand(short))
        case .array(let t), .map(let t): references(t, into: &out)
        default: break
        }
    }

    /// The definitions named, as a JSON object keyed by name; `v3` picks the components/schemas ref form.
    func schemas(_ names: Set<String>, v3: Bool) -> JSONObject {
        let renderer = OpenAPISchemaRenderer(v3: v3)
        var out = JSONObject()
        for name in names.sorted() {
            guard let def = definitions[name] else { continue }
            var extensions = JSONObject()
            if let list = gvks[name] { extensions["x-kubernetes-group-version-kind"] = .array(list.map(\.json)) }
            out[name] = renderer.definition(def, extensions: extensions)
        }
        return out
    }
}
