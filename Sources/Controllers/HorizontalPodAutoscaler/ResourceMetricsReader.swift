import API
import Foundation
import JSON

/// The HPA controller's resource metrics client (upstream `resourceMetricsClient` over
/// `metrics.k8s.io`): Pod samples from the context's `ResourceMetricsSource`, only while the metrics
/// API answers, with the errors upstream's client reports otherwise. One namespace's usage is read at
/// most once per second of cluster time, however many autoscalers ask.
final class ResourceMetricsReader: @unchecked Sendable {
    // Invariant: `cache` is guarded by `lock`; the rest is immutable.
    /// The APIService metrics-server registers.
    static let apiServiceName = "v1beta1.metrics.k8s.io"
    private let context: ControllerContext
    private let apiServices: Lister?
    private let lock = NSLock()
    private var cache: [String: (at: Date, pods: [String: PodUsage])] = [:]

    init(context: ControllerContext) {
        self.context = context
        apiServices = context.resource("apiregistration.k8s.io", "v1", "apiservices").map(context.informers.lister(for:))
    }

    /// Why the resource metrics API does not answer, as a client would see it; nil when it does.
    func unavailability() -> String? {
        let unable = "the server is currently unable to handle the request (get pods.metrics.k8s.io)"
        if let check = context.resourceMetricsAvailable {
            return check() && context.resourceMetrics != nil ? nil : unable
        }
        guard let service = apiServices?.get(ObjectKey(namespace: nil, name: Self.apiServiceName)) else {
            return "the server could not find the requested resource (get pods.metrics.k8s.io)"
        }
        let available = (service[path: ["status", "conditions"]]?.arrayValue ?? []).contains {
            $0["type"]?.stringValue == "Available" && $0["status"]?.stringValue == "True"
        }
        return available && context.resourceMetrics != nil ? nil : unable
    }

    /// upstream `GetResourceMetric`: per selected Pod, the sum of its containers' usage of `resource`
    /// (or `container`'s alone) in thousandths, and the first sample's time. `pods` are the names the
    /// selector picked (metrics-server filters PodMetrics by the same labels).
    func podMetrics(resource: String, namespace: String, pods: Set<String>, container: String?, now: Date)
        throws(MetricError) -> (metrics: [String: PodMetric], timestamp: Date) {
        if let reason = unavailability() {
            throw MetricError("unable to fetch metrics from resource metrics API: " + reason)
        }
        let usage = usageByPod(namespace: namespace, now: now)
        let items = pods.sorted().compactMap { usage[$0] }
        guard let first = items.first else { throw MetricError("no metrics returned from resource metrics API") }
        var out: [String: PodMetric] = [:]
        out.reserveCapacity(items.count)
        for item in items {
            if let container {
                guard let c = item.containers.first(where: { $0.name == container }) else {
                    throw MetricError("failed to get container metrics: container \(container) not present in metrics for pod \(item.namespace)/\(item.name)")
                }
                if let v = Self.milli(c, resource) {
                    out[item.name] = PodMetric(value: v, timestamp: item.timestamp, window: item.window)
                }
            } else {
                // A Pod missing the resource in any container (or without containers) has no sample.
                var sum: Int64 = 0
                var complete = !item.containers.isEmpty
                for c in item.containers {
                    guard let v = Self.milli(c, resource) else {
                        complete = false
                        break
                    }
                    sum += v
                }
                if complete { out[item.name] = PodMetric(value: sum, timestamp: item.timestamp, window: item.window) }
            }
        }
        return (out, first.timestamp)
    }

    /// A container's usage in thousandths, rounded up as `Quantity.MilliValue` does; nil for a
    /// resource metrics-server does not report.
    static func milli(_ c: ContainerUsage, _ resource: String) -> Int64? {
        switch resource {
        case "cpu": return (c.cpuNanoCores + 999_999) / 1_000_000
        case "memory": return c.memoryBytes * 1000
        default: return nil
        }
    }

    private func usageByPod(namespace: String, now: Date) -> [String: PodUsage] {
        lock.lock()
        if let hit = cache[namespace], abs(now.timeIntervalSince(hit.at)) < 1 {
            lock.unlock()
            return hit.pods
        }
        lock.unlock()
        var pods: [String: PodUsage] = [:]
        for u in context.resourceMetrics?.podUsage(namespace: namespace) ?? [] where u.namespace == namespace {
            pods[u.name] = u
        }
        lock.withLock { cache[namespace] = (now, pods) }
        return pods
    }
}
