/// One key's state as the store holds it: raw bytes plus revisions and indexed attributes. Immutable.
public struct StoredObject: Sendable {
    /// The object's key.
    public let key: String
    /// The stored bytes, exactly as written.
    public let value: [UInt8]
    /// The mod revision: the store revision of the object's last write (for a tombstone: the deletion revision).
    public let revision: Int64
    /// The store revision of the write that created the object.
    public let createRevision: Int64
    /// Computed by the ``Indexer`` at write time and at cold start.
    public let attributes: Attributes

    /// Creates a stored object (the store creates them; public for tests and fakes).
    public init(key: String, value: [UInt8], revision: Int64, createRevision: Int64, attributes: Attributes) {
        self.key = key
        self.value = value
        self.revision = revision
        self.createRevision = createRevision
        self.attributes = attributes
    }
}
