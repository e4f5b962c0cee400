import Storage

/// A fixed-bucket histogram in the Prometheus shape: per-bucket counts, sum and count. The API server's
/// metrics use it for request latencies; `StorageStatistics` carries the store's commit latency in it.
public struct Histogram: Sendable, Equatable {
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

    /// A copy of the store's histogram.
    init(_ h: StoreHistogram) {
        upperBounds = h.upperBounds
        bucketCounts = h.bucketCounts
        sum = h.sum
        count = h.count
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

/// The store's figures the metrics endpoint shows, as a value of the API layer so that the API server
/// reads them without importing Storage (design.md §2).
public struct StorageStatistics: Sendable {
    /// Live objects.
    public var objects: Int
    /// The latest committed revision.
    public var revision: Int64
    /// Changing writes committed.
    public var writes: Int64
    /// Group commits (one fsync each).
    public var commits: Int64
    /// Commit latency in seconds, including the fsync.
    public var commitLatency: Histogram
    /// Storage watchers registered.
    public var watchers: Int

    init(_ s: StoreStats) {
        objects = s.objects
        revision = s.revision
        writes = s.writes
        commits = s.commits
        commitLatency = Histogram(s.commitLatency)
        watchers = s.watchers
    }
}

extension Registry {
    /// The store's figures, for metrics.
    public func storageStatistics() -> StorageStatistics {
        StorageStatistics(store.stats)
    }
}
