import JSON

/// One field a field selector can match for a kind (an entry of upstream's `ToSelectableFields`), with
/// the paths of the stored object its value is read from. The storage indexer skims stored bytes down to
/// the paths every kind's fields name (`ObjectAttributes.skimmedScalars`), so a field cannot be added
/// without the skim keeping what it reads.
public struct SelectableField: Sendable {
    /// The field label, as selectors and the index spell it ("spec.nodeName").
    public let label: String
    /// The paths read. A path of two members names a scalar of a top-level object; a longer one keeps its
    /// second member (an object or array) whole; a path of one member is a top-level scalar.
    public let reads: [[String]]
    /// The value as upstream prints it (booleans "true"/"false", integers in decimal, missing strings "").
    public let value: @Sendable (JSON) -> String

    /// A field computed by `value` from what `reads` names.
    public init(_ label: String, reads: [[String]], value: @escaping @Sendable (JSON) -> String) {
        self.label = label
        self.reads = reads
        self.value = value
    }

    /// A string at the path the label spells ("spec.nodeName" → `spec.nodeName`); missing prints "".
    public static func string(_ label: String) -> SelectableField {
        let path = label.split(separator: ".").map(String.init)
        return SelectableField(label, reads: [path]) { $0[path: path]?.stringValue ?? "" }
    }

    /// A boolean at the path the label spells; missing prints "false" (Go's zero value).
    public static func bool(_ label: String) -> SelectableField {
        let path = label.split(separator: ".").map(String.init)
        return SelectableField(label, reads: [path]) { ($0[path: path]?.boolValue ?? false) ? "true" : "false" }
    }

    /// An integer at `field` (by default the path the label spells); missing prints "0".
    public static func int(_ label: String, at field: String? = nil) -> SelectableField {
        let path = (field ?? label).split(separator: ".").map(String.init)
        return SelectableField(label, reads: [path]) { String($0[path: path]?.intValue ?? 0) }
    }

    /// The labels a served version accepts when it names the stored fields as they are: `metadata.name`,
    /// `metadata.namespace` for namespaced kinds, and every selectable field. A kind without fields of its
    /// own keeps upstream's default conversion (`metadata.name` and `metadata.namespace`, any scope).
    static func identityLabels(_ fields: [SelectableField], served: ResourceInfo) -> [String: String] {
        var labels = ["metadata.name": "metadata.name"]
        if served.namespaced || fields.isEmpty { labels["metadata.namespace"] = "metadata.namespace" }
        for f in fields { labels[f.label] = f.label }
        return labels
    }
}
