/// What an ``Indexer`` extracts from a stored value so that lists and watches can filter without decoding it:
/// field values (e.g. `metadata.namespace`, `spec.nodeName`) and labels.
public struct Attributes: Sendable, Equatable {
    /// Selectable fields by name.
    public var fields: [String: String]
    /// The object's labels.
    public var labels: [String: String]

    /// Creates attributes.
    public init(fields: [String: String] = [:], labels: [String: String] = [:]) {
        self.fields = fields
        self.labels = labels
    }
}

/// Computes an object's ``Attributes`` from its key and bytes. Runs on the store's writer thread at write time and
/// once per object (and per replayable historical event) at cold start, so it must be fast and must not call back
/// into the store.
public typealias Indexer = @Sendable (_ key: String, _ value: [UInt8]) -> Attributes
