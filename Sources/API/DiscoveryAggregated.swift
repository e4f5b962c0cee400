import JSON

/// Aggregated discovery (`APIGroupDiscoveryList`, apidiscovery.k8s.io v2 and v2beta1) and the
/// content negotiation that selects it.
extension Discovery {
    /// The aggregated discovery versions a client may ask for.
    public enum AggregatedVersion: String, Sendable, CaseIterable {
        case v2
        case v2beta1

        /// The media type to send back in `Content-Type`, exactly as clients compare it.
        public var mediaType: String {
            "application/json;g=apidiscovery.k8s.io;v=\(rawValue);as=APIGroupDiscoveryList"
        }
    }

    /// Picks aggregated discovery from an `Accept` header: the exact media type to echo in
    /// `Content-Type` for the first acceptable entry in list order, or nil when the client did not ask
    /// for aggregated discovery in JSON (then the legacy documents are served).
    public static func negotiateAggregated(accept: String?) -> String? {
        negotiatedVersion(accept: accept)?.mediaType
    }

    /// Like `negotiateAggregated`, returning the version.
    public static func negotiatedVersion(accept: String?) -> AggregatedVersion? {
        guard let accept else { return nil }
        for item in accept.split(separator: ",") {
            let parts = item.split(separator: ";").map { $0.trimmingASCIISpaces() }
            guard let type = parts.first?.lowercased(), type == "application/json" else { continue }
            var params: [String: String] = [:]
            for p in parts.dropFirst() {
                guard let eq = p.firstIndex(of: "=") else { continue }
                params[String(p[..<eq]).lowercased()] = String(p[p.index(after: eq)...])
            }
            if let q = params["q"], let value = Double(q), value <= 0 { continue }
            guard params["g"] == "apidiscovery.k8s.io", params["as"] == "APIGroupDiscoveryList",
                  let v = params["v"], let version = AggregatedVersion(rawValue: v) else { continue }
            return version
        }
        return nil
    }

    /// The aggregated document for `/api` (`core: true`, the core group only, unnamed) or `/apis`
    /// (every named group in discovery order). v2 and v2beta1 differ only in `apiVersion`.
    public static func aggregated(core: Bool, version: AggregatedVersion,
                                  registry: ResourceRegistry = .standard) -> JSON {
        let groups = registry.groupList.filter { core ? $0.name.isEmpty : !$0.name.isEmpty }
        let items: [JSON] = groups.map { g in
            var meta: JSONObject = [:]
            if !g.name.isEmpty { meta["name"] = .string(g.name) }
            // Upstream (1.33) serialises the ObjectMeta with a null creationTimestamp.
            meta["creationTimestamp"] = .null
            let versions: [JSON] = g.versions.map { v in
                [
                    "version": .string(v),
                    "resources": .array(aggregatedResources(group: g.name, version: v, registry: registry)),
                    "freshness": "Current",
                ]
            }
            return ["metadata": .object(meta), "versions": .array(versions)]
        }
        return [
            "kind": "APIGroupDiscoveryList",
            "apiVersion": .string("apidiscovery.k8s.io/" + version.rawValue),
            "metadata": .object(JSONObject()),
            "items": .array(items),
        ]
    }

    /// `APIResourceDiscovery` entries of one group-version, sorted by resource name. As upstream's
    /// converter does, a main resource's `responseKind` carries empty group and version (its own
    /// group-version), and a subresource's carries them only when its kind lives elsewhere.
    static func aggregatedResources(group: String, version: String, registry: ResourceRegistry) -> [JSON] {
        let resources = registry.resources(group: group, version: version).sorted {
            Array($0.plural.utf8).lexicographicallyPrecedes(Array($1.plural.utf8))
        }
        return resources.map { r in
            var o: JSONObject = [
                "resource": .string(r.plural),
                "responseKind": ["group": "", "version": "", "kind": .string(r.kind)],
                "scope": .string(r.scope.rawValue),
                "singularResource": .string(r.singular),
                "verbs": strings(r.verbs),
            ]
            if !r.shortNames.isEmpty { o["shortNames"] = strings(r.shortNames) }
            if !r.categories.isEmpty { o["categories"] = strings(r.categories) }
            let subs = registry.subresources(of: r).sorted {
                Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8))
            }
            if !subs.isEmpty {
                o["subresources"] = .array(subs.map { s in
                    [
                        "subresource": .string(s.name),
                        "responseKind": ["group": .string(s.group), "version": .string(s.version),
                                         "kind": .string(s.kind)],
                        "verbs": strings(s.verbs),
                    ]
                })
            }
            return .object(o)
        }
    }
}

fileprivate extension Substring {
    /// The text without leading and trailing spaces and tabs.
    func trimmingASCIISpaces() -> Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return s
    }
}
