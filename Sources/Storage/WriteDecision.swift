/// What a write's `decide` closure wants done with its key.
public enum WriteDecision: Sendable {
    /// Create or replace the key with these bytes; consumes one revision. `attributes`, when the caller
    /// already has them (it built the bytes from a parsed object), spare the writer thread the indexer.
    case put([UInt8], attributes: Attributes? = nil)
    /// Remove the key; the tombstone bytes are what the DELETED watch event carries. Consumes one revision when the
    /// key exists; deleting an absent key changes nothing (like ``abort``). Without `attributes` the
    /// tombstone keeps the current object's.
    case delete(tombstone: [UInt8], attributes: Attributes? = nil)
    /// Change nothing; no revision is consumed.
    case abort
}

/// The result of one write, reported once its group commit is durable.
public struct WriteOutcome: Sendable {
    /// The key's state after the write: the new object for a put, nil after a delete, the unchanged current
    /// object (or nil) when nothing changed.
    public let object: StoredObject?
    /// The key's state before the write (nil if it did not exist).
    public let previous: StoredObject?
    /// The revision of this write when it changed something, else the store revision it observed.
    public let revision: Int64
    /// Whether the write changed the store (false for ``WriteDecision/abort`` and deletes of absent keys).
    public let changed: Bool
    /// After a delete, the tombstone the DELETED event carries (the object's last state at the deletion
    /// revision); nil otherwise.
    public let tombstone: StoredObject?

    /// Creates an outcome.
    public init(object: StoredObject?, previous: StoredObject?, revision: Int64, changed: Bool,
                tombstone: StoredObject? = nil) {
        self.object = object
        self.previous = previous
        self.revision = revision
        self.changed = changed
        self.tombstone = tombstone
    }
}
