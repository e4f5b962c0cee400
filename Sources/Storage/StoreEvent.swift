/// The kind of change a ``StoreEvent`` reports.
public enum StoreEventType: Int, Sendable {
    /// The key was created.
    case added = 0
    /// The key was replaced.
    case modified = 1
    /// The key was removed.
    case deleted = 2
}

/// One committed change, as replayed from history or delivered live to watchers.
public struct StoreEvent: Sendable {
    /// What happened.
    public let type: StoreEventType
    /// The new state, or for ``StoreEventType/deleted`` the tombstone (its revision is the deletion revision).
    public let object: StoredObject
    /// The state before the change. Nil for ADDED, and also for events replayed after a restart whose previous
    /// state predates the persisted event log (the log does not store previous values).
    public let previous: StoredObject?

    /// The revision of the change.
    public var revision: Int64 { object.revision }

    /// Creates an event.
    public init(type: StoreEventType, object: StoredObject, previous: StoredObject?) {
        self.type = type
        self.object = object
        self.previous = previous
    }
}
