import API
import Foundation

/// Prometheus metrics of the API surface: requests by verb, resource and code with latency
/// histograms, open watches; storage figures come from the Registry when rendered.
public final class Metrics: @unchecked Sendable {
    // Invariant: every field is read and written only under `lock`.
    private let lock = NSLock()
    private struct RequestKey: Hashable {
        var verb: String
        var resource: String
        var code: Int
    }
    private var requests: [RequestKey: Int] = [:]
    /// Upper bounds of the latency buckets, seconds (a subset of upstream's).
    static let buckets: [Double] = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]
    private var latency: [String: Histogram] = [:]
    private var openWatches = 0

    public init() {}

    /// Counts one request; `seconds` is its latency (0 for streams, which are not timed).
    public func recordRequest(verb: String, resource: String, code: Int, seconds: Double) {
        lock.lock()
        defer { lock.unlock() }
        requests[RequestKey(verb: verb.uppercased(), resource: resource, code: code), default: 0] += 1
        if verb != "watch" {
            latency[verb.uppercased(), default: Histogram(upperBounds: Metrics.buckets)].observe(seconds)
        }
    }

    /// A watch stream started.
    public func watchOpened() {
        lock.lock()
        openWatches += 1
        lock.unlock()
    }

    /// A watch stream ended.
    public func watchClosed() {
        lock.lock()
        openWatches -= 1
        lock.unlock()
    }

    /// The number of watch streams open now.
    public var watches: Int {
        lock.lock()
        defer { lock.unlock() }
        return openWatches
    }

    /// The Prometheus text exposition (format 0.0.4).
    public func render(storage: StorageStatistics) -> String {
        lock.lock()
        let reqs = requests
        let lat = latency
        let watches = openWatches
        lock.unlock()
        var out = "# HELP apiserver_request_total Counter of apiserver requests broken out for each verb, resource and HTTP response code.\n"
        out += "# TYPE apiserver_request_total counter\n"
        for (k, v) in reqs.sorted(by: { ($0.key.verb, $0.key.resource, $0.key.code) < ($1.key.verb, $1.key.resource, $1.key.code) }) {
            out += "apiserver_request_total{code=\"\(k.code)\",resource=\"\(k.resource)\",verb=\"\(k.verb)\"} \(v)\n"
        }
        out += "# HELP apiserver_request_duration_seconds Response latency distribution in seconds for each verb.\n"
        out += "# TYPE apiserver_request_duration_seconds histogram\n"
        for (verb, h) in lat.sorted(by: { $0.key < $1.key }) {
            out += Metrics.histogramText("apiserver_request_duration_seconds", label: "verb=\"\(verb)\"", h)
        }
        out += "# HELP apiserver_longrunning_requests Number of open watch requests.\n"
        out += "# TYPE apiserver_longrunning_requests gauge\n"
        out += "apiserver_longrunning_requests{verb=\"WATCH\"} \(watches)\n"
        out += Metrics.storageText(storage)
        return out
    }

    /// The `_bucket` (cumulative, `+Inf` last), `_sum` and `_count` lines of one histogram series.
    static func histogramText(_ name: String, label: String?, _ h: Histogram) -> String {
        let prefix = label.map { $0 + "," } ?? ""
        let series = label.map { "{" + $0 + "}" } ?? ""
        var out = ""
        let bounds = h.upperBounds.map { "\($0)" } + ["+Inf"]
        for (b, c) in zip(bounds, h.cumulativeCounts) { out += "\(name)_bucket{\(prefix)le=\"\(b)\"} \(c)\n" }
        out += "\(name)_sum\(series) \(h.sum)\n"
        out += "\(name)_count\(series) \(h.count)\n"
        return out
    }

    /// Storage figures: objects stored, revision, commits and the commit-latency histogram.
    static func storageText(_ s: StorageStatistics) -> String {
        var out = "# HELP kubeling_objects_stored Objects currently stored.\n# TYPE kubeling_objects_stored gauge\n"
        out += "kubeling_objects_stored \(s.objects)\n"
        out += "# HELP kubeling_store_revision The store's current revision.\n# TYPE kubeling_store_revision gauge\n"
        out += "kubeling_store_revision \(s.revision)\n"
        out += "# HELP kubeling_store_writes_total Writes committed.\n# TYPE kubeling_store_writes_total counter\n"
        out += "kubeling_store_writes_total \(s.writes)\n"
        out += "# HELP kubeling_store_commits_total Group commits (one fsync each).\n# TYPE kubeling_store_commits_total counter\n"
        out += "kubeling_store_commits_total \(s.commits)\n"
        out += "# HELP kubeling_store_commit_duration_seconds Commit latency, including the fsync.\n"
        out += "# TYPE kubeling_store_commit_duration_seconds histogram\n"
        out += Metrics.histogramText("kubeling_store_commit_duration_seconds", label: nil, s.commitLatency)
        out += "# HELP kubeling_store_watchers Storage watchers registered.\n# TYPE kubeling_store_watchers gauge\n"
        out += "kubeling_store_watchers \(s.watchers)\n"
        return out
    }
}
