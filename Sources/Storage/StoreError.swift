/// Errors the store reports.
public enum StoreError: Error, Sendable, Equatable {
    /// A watch (or list continuation) asked for revisions older than the history window; upstream answers
    /// `410 Gone` with reason `Expired`. `oldest` is ``Store/oldestWatchableRevision``.
    case expired(requested: Int64, oldest: Int64)
    /// The store is closed.
    case closed
    /// SQLite failed; the write was not applied.
    case database(String)
}
