import JSON

/// The field and label sets selectors match against, as upstream's `GetAttrs` / `ToSelectableFields`
/// compute them, plus the field labels each served resource accepts in `fieldSelector` (upstream's
/// field-label conversion functions). The fields themselves belong to each kind's strategy
/// (`KindStrategy.selectableFields`); this type only gathers them per stored resource.
public enum ObjectAttributes {
    /// How one served resource converts field labels: accepted label → field name in the selectable set, and
    /// whether the kind has its own conversion function (which decides the error message).
    struct Conversion {
        var labels: [String: String]
        var custom: Bool
    }

    /// What the indexer needs of one resource: its scope and the selectable fields of its stored kind.
    struct Indexed: Sendable {
        var namespaced: Bool
        var fields: [SelectableField]
    }

    struct ResourceKey: Hashable {
        var group: String
        var plural: String
    }

    /// Every standard resource (any group that serves it: core and events.k8s.io events share the stored
    /// kind's fields), worked out once: the indexer runs on every write.
    static let indexed: [ResourceKey: Indexed] = {
        let registry = ResourceRegistry.standard
        var out: [ResourceKey: Indexed] = [:]
        for r in registry.all {
            let s = registry.storageVersion(forPrefix: r.storagePrefix) ?? r
            let fields = Strategies.strategy(group: s.group, kind: s.kind).selectableFields
            out[ResourceKey(group: r.group, plural: r.plural)] = Indexed(namespaced: r.namespaced, fields: fields)
        }
        return out
    }()

    /// The field-label conversion of a served resource (the same for every version of a resource).
    static func conversion(for resource: ResourceInfo) -> Conversion {
        let s = ResourceRegistry.standard.storageVersion(forPrefix: resource.storagePrefix) ?? resource
        let strategy = Strategies.strategy(group: s.group, kind: s.kind)
        return Conversion(labels: strategy.fieldLabels(for: resource), custom: !strategy.selectableFields.isEmpty)
    }

    /// The field labels `group`/`plural` accepts in a field selector.
    public static func supportedFields(group: String, plural: String) -> Set<String> {
        let r = ResourceRegistry.standard.all.first { $0.group == group && $0.plural == plural }
            ?? ResourceInfo(group: group, version: "", kind: "", plural: plural, singular: "", scope: .namespaced)
        return Set(conversion(for: r).labels.keys)
    }

    /// Fields and labels of `object` for the resource `plural` of `group`. Field names are the
    /// stored kind's (core names for events of either group); values print as upstream does
    /// (booleans "true"/"false", integers in decimal, missing strings as ""). Unknown resources count
    /// as namespaced, with only the metadata fields.
    public static func extract(_ object: JSON, group: String, plural: String) -> (fields: [String: String], labels: [String: String]) {
        let labels = object[path: ["metadata", "labels"]]?.stringMap ?? [:]
        let kind = indexed[ResourceKey(group: group, plural: plural)] ?? Indexed(namespaced: true, fields: [])
        var f: [String: String] = [:]
        f["metadata.name"] = object[path: ["metadata", "name"]]?.stringValue ?? ""
        if kind.namespaced { f["metadata.namespace"] = object[path: ["metadata", "namespace"]]?.stringValue ?? "" }
        for field in kind.fields { f[field.label] = field.value(object) }
        return (f, labels)
    }

    /// `extract` for a registry entry.
    public static func extract(_ object: JSON, resource: ResourceInfo) -> (fields: [String: String], labels: [String: String]) {
        extract(object, group: resource.group, plural: resource.plural)
    }

    /// Parses stored bytes and extracts their attributes; bytes that are not a JSON object give
    /// empty attributes (the storage indexer must never fail on a bad row).
    public static func extractFromBytes(_ bytes: [UInt8], group: String, plural: String) -> (fields: [String: String], labels: [String: String]) {
        // Every field lives at most two levels down, except labels and what the kinds' fields read below
        // that: skim the rest (the indexer runs on every write and for every object at cold start).
        guard let object = try? JSONParser.parseSkimming(bytes, keepNested: skimmedContainers,
                                                         keepScalars: skimmedScalars), case .object = object
        else { return ([:], [:]) }
        return extract(object, group: group, plural: plural)
    }

    /// Every read path of every standard kind's selectable fields.
    static var allReads: [[String]] { indexed.values.flatMap { $0.fields.flatMap(\.reads) } }

    /// The containers `extract` reads below the second level: `metadata.labels` and those the kinds' fields
    /// read into (`status.podIPs`).
    static let skimmedContainers: Set<String> = Set(allReads.filter { $0.count > 2 }.map { $0[1] }).union(["labels"])

    /// Every second-level scalar `extract` reads (`metadata.name`, `spec.nodeName`, `involvedObject.uid`,
    /// `source.component`, …), derived from the kinds' fields; the skim drops the others.
    static let skimmedScalars: Set<String> = Set(allReads.filter { $0.count == 2 }.map { $0[1] }).union(["name", "namespace"])
}
