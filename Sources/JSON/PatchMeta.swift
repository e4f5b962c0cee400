/// How a field is merged by a strategic merge patch: the `patchStrategy` struct tag of the
/// Kubernetes Go types (`merge`, `retainKeys`, `merge,retainKeys`) or none, which replaces.
public enum PatchStrategy: Sendable, Equatable {
    /// No strategy: a list in the patch replaces the whole list (the default).
    case replace
    /// Lists merge element by element: by `mergeKey` for lists of objects, as a set union for
    /// lists of primitives.
    case merge
    /// The object's `$retainKeys` directive may drop keys; lists still replace.
    case retainKeys
    /// Both `merge` and `retainKeys` (`patchStrategy:"merge,retainKeys"`).
    case mergeAndRetainKeys

    /// Whether lists with this strategy merge instead of being replaced.
    public var mergesLists: Bool { self == .merge || self == .mergeAndRetainKeys }
}

/// The strategic-merge metadata of one field: its strategy and, for lists of objects, the member
/// that identifies an element (`patchMergeKey`, e.g. `name` for containers).
public struct PatchMeta: Sendable, Equatable {
    /// The member naming list elements, for lists of objects that merge.
    public var mergeKey: String?
    /// How the field merges.
    public var strategy: PatchStrategy

    /// Metadata with these values; the default replaces lists.
    public init(mergeKey: String? = nil, strategy: PatchStrategy = .replace) {
        self.mergeKey = mergeKey
        self.strategy = strategy
    }

    /// A list that merges by `key` (`patchStrategy:"merge" patchMergeKey:"<key>"`).
    public static func merge(key: String) -> PatchMeta { PatchMeta(mergeKey: key, strategy: .merge) }
    /// A list of primitives that merges as a set (`patchStrategy:"merge"`).
    public static let mergePrimitives = PatchMeta(strategy: .merge)
    /// No metadata: lists replace, objects merge.
    public static let none = PatchMeta()
}

/// Supplies strategic-merge metadata for fields, as the Go struct tags do upstream. Paths are the
/// field names from the document root with array indices left out, e.g.
/// `["spec", "template", "spec", "containers"]` for every pod template's container list.
public protocol StrategicSchema: Sendable {
    /// The metadata of the field at `path`; `PatchMeta.none` for fields without tags.
    func meta(for path: [String]) -> PatchMeta
}

/// A schema given as a table from field paths to metadata; unlisted paths have no metadata.
public struct StrategicSchemaTable: StrategicSchema {
    /// The metadata by field path.
    public var entries: [[String]: PatchMeta]

    /// A table with these entries.
    public init(_ entries: [[String]: PatchMeta]) { self.entries = entries }

    public func meta(for path: [String]) -> PatchMeta { entries[path] ?? .none }
}
