/// A fixed-bucket histogram in the Prometheus shape: per-bucket counts, sum and count.
public struct StoreHistogram: Sendable, Equatable {
    /// The upper bounds of the finite buckets, ascending (the `+Inf` bucket is implied).
    public let upperBounds: [Double]
    /// Observations per bucket (not cumulative); one more entry than `upperBounds`, the last for `+Inf`.
    public private(set) var bucketCounts: [Int64]
    /// The sum of all observations.
    public private(set) var sum: Double = 0
    /// The number of observations.
    public private(set) var count: Int64 = 0

    /// Creates an empty histogram with these bucket upper bounds.
    public init(upperBounds: [Double]) {
        self.upperBounds = upperBounds
        self.bucketCounts = Array(repeating: 0, count: upperBounds.count + 1)
    }

    /// Records one observation.
    public mutating func observe(_ value: Double) {
        let index = upperBounds.firstIndex { value <= $0 } ?? upperBounds.count
        bucketCounts[index] += 1
        sum += value
        count += 1
    }

    /// Cumulative counts per bucket (`le` semantics), including `+Inf` last, as Prometheus exposes them.
    public var cumulativeCounts: [Int64] {
        var running: Int64 = 0
        return bucketCounts.map { running += $0; return running }
    }
}

/// A snapshot of the store's counters, for metrics.
public struct StoreStats: Sendable {
    /// Live objects.
    public var objects: Int = 0
    /// The latest committed revision.
    public var revision: Int64 = 0
    /// Transactions committed (one per group commit).
    public var commits: Int64 = 0
    /// Changing writes committed (revisions consumed since start).
    public var writes: Int64 = 0
    /// Writes that failed at commit (SQLite errors).
    public var failedWrites: Int64 = 0
    /// Commit latency in seconds (BEGIN through a durable COMMIT).
    public var commitLatency = StoreHistogram(
        upperBounds: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1])
    /// Writes per group commit.
    public var batchSize = StoreHistogram(upperBounds: [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024])
    /// Events held in the in-memory history ring.
    public var historyEvents: Int = 0
    /// Active watchers.
    public var watchers: Int = 0
    /// Watchers cut off because they fell too far behind.
    public var terminatedWatchers: Int64 = 0

    /// An empty snapshot.
    public init() {}
}
