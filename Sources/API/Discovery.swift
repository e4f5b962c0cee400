import JSON

/// The discovery documents kube-apiserver serves on `/api`, `/apis`, `/apis/G`, `/api/v1` and
/// `/apis/G/V`, built from a `ResourceRegistry`. Shapes and member order follow upstream's JSON
/// (`APIVersions`, `APIGroupList`, `APIGroup`, `APIResourceList`).
public enum Discovery {
    /// `GET /api`: `APIVersions` with one `serverAddressByClientCIDRs` entry for `0.0.0.0/0`.
    /// Upstream omits `apiVersion` on this document.
    public static func apiVersions(serverAddress: String, registry: ResourceRegistry = .standard) -> JSON {
        let versions = registry.groupList.first { $0.name == "" }?.versions ?? []
        return [
            "kind": "APIVersions",
            "versions": .array(versions.map { .string($0) }),
            "serverAddressByClientCIDRs": [["clientCIDR": "0.0.0.0/0", "serverAddress": .string(serverAddress)]],
        ]
    }

    /// `GET /apis`: `APIGroupList` of every named group in discovery order.
    public static func apiGroupList(registry: ResourceRegistry = .standard) -> JSON {
        let groups = registry.groupList.filter { !$0.name.isEmpty }.map(groupBody)
        return ["kind": "APIGroupList", "apiVersion": "v1", "groups": .array(groups)]
    }

    /// `GET /apis/<group>`: `APIGroup`, or nil when the group is not served.
    public static func apiGroup(_ name: String, registry: ResourceRegistry = .standard) -> JSON? {
        guard !name.isEmpty, let g = registry.groupList.first(where: { $0.name == name }) else { return nil }
        var body = JSON.object(["kind": "APIGroup", "apiVersion": "v1"])
        if case .object(let o) = groupBody(g) { for (k, v) in o { body[k] = v } }
        return body
    }

    /// `GET /api/v1` or `/apis/<group>/<version>`: `APIResourceList` with every resource and its
    /// "name/subresource" entries, sorted by name as upstream's installer registers them; nil when the
    /// group-version is not served. The core list carries no `apiVersion`, as upstream's does not.
    public static func apiResourceList(group: String, version: String,
                                       registry: ResourceRegistry = .standard) -> JSON? {
        let resources = registry.resources(group: group, version: version)
        guard !resources.isEmpty else { return nil }
        var entries: [(name: String, value: JSON)] = []
        for r in resources {
            entries.append((r.plural, resourceEntry(r)))
            for s in registry.subresources(of: r) {
                entries.append((r.plural + "/" + s.name, subresourceEntry(s, parent: r)))
            }
        }
        entries.sort { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) }
        let gv = group.isEmpty ? version : group + "/" + version
        var doc: JSONObject = ["kind": "APIResourceList"]
        if !group.isEmpty { doc["apiVersion"] = "v1" }
        doc["groupVersion"] = .string(gv)
        doc["resources"] = .array(entries.map(\.value))
        return .object(doc)
    }

    static func groupVersionEntry(_ group: String, _ version: String) -> JSON {
        ["groupVersion": .string(group + "/" + version), "version": .string(version)]
    }

    static func groupBody(_ g: ResourceRegistry.Group) -> JSON {
        [
            "name": .string(g.name),
            "versions": .array(g.versions.map { groupVersionEntry(g.name, $0) }),
            "preferredVersion": groupVersionEntry(g.name, g.preferred),
        ]
    }

    static func strings(_ list: [String]) -> JSON { .array(list.map { .string($0) }) }

    /// One legacy `APIResource` for a main resource.
    static func resourceEntry(_ r: ResourceInfo) -> JSON {
        var o: JSONObject = [
            "name": .string(r.plural), "singularName": .string(r.singular), "namespaced": .bool(r.namespaced),
            "kind": .string(r.kind), "verbs": strings(r.verbs),
        ]
        if !r.shortNames.isEmpty { o["shortNames"] = strings(r.shortNames) }
        if !r.categories.isEmpty { o["categories"] = strings(r.categories) }
        return .object(o)
    }

    /// One legacy `APIResource` for "parent/sub": empty singular name, group and version only when the
    /// kind lives in another group (Scale, Eviction, TokenRequest).
    static func subresourceEntry(_ s: SubresourceInfo, parent: ResourceInfo) -> JSON {
        var o: JSONObject = [
            "name": .string(parent.plural + "/" + s.name), "singularName": "", "namespaced": .bool(parent.namespaced),
        ]
        if !s.group.isEmpty || !s.version.isEmpty {
            o["group"] = .string(s.group)
            o["version"] = .string(s.version)
        }
        o["kind"] = .string(s.kind)
        o["verbs"] = strings(s.verbs)
        return .object(o)
    }
}
