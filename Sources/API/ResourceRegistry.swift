/// Every resource-version the server serves, with the lookups the router, discovery and storage need.
/// The table mirrors what kube-apiserver 1.33 advertises for the same resources (see
/// `ResourceRegistry+Table.swift`); group and version order follow upstream's discovery priorities.
public struct ResourceRegistry: Sendable {
    /// One API group as discovery lists it.
    public struct Group: Sendable, Equatable {
        /// The group name, "" for core.
        public var name: String
        /// Served versions, most preferred first (upstream's version priority order).
        public var versions: [String]
        /// The preferred version (the first of `versions`).
        public var preferred: String { versions.first ?? "" }
    }

    /// All served resource-versions, in table order.
    public let all: [ResourceInfo]
    /// Groups in discovery order; core ("") first.
    public let groupList: [Group]
    /// `storageVersion(forPrefix:)` for every prefix, worked out once: every request asks.
    private var storageVersions: [String: ResourceInfo] = [:]

    /// A registry over these resources; `groupOrder` fixes the order of groups and, within a group, of
    /// versions (the first version of a group is preferred). Groups not named there follow, in table order.
    public init(resources: [ResourceInfo], groupOrder: [(name: String, versions: [String])]) {
        all = resources
        var groups: [Group] = []
        for entry in groupOrder where resources.contains(where: { $0.group == entry.name }) {
            let served = entry.versions.filter { v in resources.contains { $0.group == entry.name && $0.version == v } }
            groups.append(Group(name: entry.name, versions: served))
        }
        for r in resources {
            if let i = groups.firstIndex(where: { $0.name == r.group }) {
                if !groups[i].versions.contains(r.version) { groups[i].versions.append(r.version) }
            } else {
                groups.append(Group(name: r.group, versions: [r.version]))
            }
        }
        groupList = groups
        var byPrefix: [String: ResourceInfo] = [:]
        for r in resources where byPrefix[r.storagePrefix] == nil {
            byPrefix[r.storagePrefix] = computeStorageVersion(forPrefix: r.storagePrefix)
        }
        storageVersions = byPrefix
    }

    /// The standard table: what kubeling serves.
    public static let standard = ResourceRegistry(resources: standardResources, groupOrder: standardGroupOrder)

    /// The resource `plural` of `group/version`, or nil when not served.
    public func resource(group: String, version: String, plural: String) -> ResourceInfo? {
        all.first { $0.plural == plural && $0.version == version && $0.group == group }
    }

    /// The resource serving `kind` in `group/version`, or nil.
    public func resource(group: String, version: String, kind: String) -> ResourceInfo? {
        all.first { $0.kind == kind && $0.version == version && $0.group == group }
    }

    /// Groups with their versions (preferred first) and preferred version, in discovery order.
    public func groups() -> [(name: String, versions: [String], preferred: String)] {
        groupList.map { ($0.name, $0.versions, $0.preferred) }
    }

    /// The resources of one group-version, in table order (empty when the group-version is not served).
    public func resources(group: String, version: String) -> [ResourceInfo] {
        all.filter { $0.group == group && $0.version == version }
    }

    /// The preferred version of `group`, or nil when the group is not served.
    public func preferredVersion(group: String) -> String? {
        groupList.first { $0.name == group }?.preferred
    }

    /// Every served version of the resource stored under `storagePrefix`
    /// (autoscaling/v2 and v1 HPAs; core/v1 and events.k8s.io/v1 Events).
    public func resources(forPrefix storagePrefix: String) -> [ResourceInfo] {
        all.filter { $0.storagePrefix == storagePrefix }
    }

    /// The resource-version whose JSON is stored under `storagePrefix`: upstream's storage version
    /// (autoscaling/v2 for HPAs, core/v1 for Events); otherwise the preferred version of its group.
    public func storageVersion(forPrefix storagePrefix: String) -> ResourceInfo? {
        storageVersions[storagePrefix]
    }

    private func computeStorageVersion(forPrefix storagePrefix: String) -> ResourceInfo? {
        let candidates = resources(forPrefix: storagePrefix)
        if let pinned = Self.storageVersionOverrides[storagePrefix],
           let r = candidates.first(where: { $0.group == pinned.group && $0.version == pinned.version }) {
            return r
        }
        for r in candidates where preferredVersion(group: r.group) == r.version { return r }
        return candidates.first
    }

    /// Storage versions that are not simply "the preferred version of the only group".
    static let storageVersionOverrides: [String: (group: String, version: String)] = [
        // Upstream stores core Events as v1 and serves events.k8s.io/v1 by converting the same object.
        "/events": ("", "v1"),
        "/horizontalpodautoscalers.autoscaling": ("autoscaling", "v2"),
    ]

    /// The resource whose plural, singular or short name is `name` (case-insensitive), preferring
    /// earlier groups in discovery order and each group's preferred version, as kubectl's RESTMapper does.
    public func resolve(_ name: String) -> ResourceInfo? {
        let n = name.lowercased()
        for g in groupList {
            for v in g.versions {
                for r in all where r.group == g.name && r.version == v {
                    if r.plural == n || r.singular == n || r.shortNames.contains(n) || r.kind.lowercased() == n {
                        return r
                    }
                }
            }
        }
        return nil
    }

    /// The preferred-version resources in category `category` (e.g. "all"), in discovery order.
    public func resources(inCategory category: String) -> [ResourceInfo] {
        var out: [ResourceInfo] = []
        for g in groupList {
            out += all.filter { $0.group == g.name && $0.version == g.preferred && $0.categories.contains(category) }
        }
        return out
    }
}
