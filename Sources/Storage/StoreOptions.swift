/// Tuning for a ``Store``.
public struct StoreOptions: Sendable {
    /// `synchronous=FULL` (fsync the WAL at every commit, durable across power loss) when true; `NORMAL`
    /// (durable across process crashes only) when false.
    public var synchronousFull: Bool = true
    /// Keep at least this many events of history for watch replay.
    public var historyMinEvents: Int = 10_000
    /// Keep at least this many seconds of history (upstream's cacher keeps 75 s).
    public var historySeconds: Double = 75
    /// Never keep more than this many events, whatever `historySeconds` says (upstream's cacher caps its ring at
    /// 102,400 events); at least `historyMinEvents` are kept regardless.
    public var historyMaxEvents: Int = 102_400
    /// A watcher with more than this many undelivered live events is terminated.
    public var watcherBufferLimit: Int = 1_000
    /// At most this many writes are committed in one transaction.
    public var maxBatchSize: Int = 1_000

    /// Default options.
    public init() {}
}
