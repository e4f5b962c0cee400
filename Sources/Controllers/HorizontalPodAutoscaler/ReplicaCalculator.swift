import Foundation

/// What the replica calculation needs of one Pod (upstream reads these fields of `v1.Pod`).
struct PodSample: Sendable, Equatable {
    /// One container's requests, in thousandths (cpu in millicores, memory in millibytes).
    struct Container: Sendable, Equatable {
        var name: String
        var requests: [String: Int64]
    }

    var name: String
    var phase: String
    /// `metadata.deletionTimestamp` is set.
    var deleted: Bool
    /// The Ready condition's status and `lastTransitionTime`; nil when the Pod has no Ready condition.
    var ready: (status: String, since: Date?)?
    var startTime: Date?
    /// Regular containers, then init containers with `restartPolicy: Always` (sidecars).
    var containers: [Container]

    static func == (a: PodSample, b: PodSample) -> Bool {
        a.name == b.name && a.phase == b.phase && a.deleted == b.deleted && a.ready?.status == b.ready?.status
            && a.ready?.since == b.ready?.since && a.startTime == b.startTime && a.containers == b.containers
    }
}

/// One Pod's metric sample: the value in thousandths, and the window it covers.
struct PodMetric: Sendable, Equatable {
    var value: Int64
    var timestamp: Date
    var window: Double
}

/// Why a replica count could not be computed: upstream's error text, which conditions and events carry.
struct MetricError: Error, Equatable, CustomStringConvertible {
    var message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
    /// The same error with `prefix: ` in front (Go's `fmt.Errorf("prefix: %v", err)`).
    func wrapped(_ prefix: String) -> MetricError { MetricError(prefix + ": " + message) }
}

/// The replica count one metric proposes (upstream `ReplicaCalculator`, `replica_calculator.go`): pure
/// over the Pods and samples it is given, so table tests reproduce upstream's cases.
struct ReplicaCalculator: Sendable {
    /// `--horizontal-pod-autoscaler-tolerance`.
    var tolerance = 0.1
    /// `--horizontal-pod-autoscaler-cpu-initialization-period`.
    var cpuInitializationPeriod: Double = 300
    /// `--horizontal-pod-autoscaler-initial-readiness-delay`.
    var delayOfInitialReadinessStatus: Double = 30

    /// A `Utilization` target: the proposal, the current utilisation (percent of requests, rounded down)
    /// and the raw average usage in thousandths (upstream `GetResourceReplicas`).
    func resourceReplicas(current: Int, targetUtilization: Int, resource: String, container: String?,
                          pods: [PodSample], metrics: [String: PodMetric], now: Date)
        throws(MetricError) -> (replicas: Int, utilization: Int, rawAverage: Int64) {
        guard !pods.isEmpty else { throw MetricError("no pods returned by selector while calculating replica count") }
        let groups = group(pods, metrics: metrics, resource: resource, now: now)
        var samples = metrics.filter { !groups.ignored.contains($0.key) && !groups.unready.contains($0.key) }
        guard !samples.isEmpty else {
            throw MetricError("did not receive metrics for targeted pods (pods might be unready)")
        }
        let requests = try Self.requests(pods, container: container, resource: resource)
        let (ratio, utilization, raw) = try Self.utilizationRatio(samples, requests: requests, target: targetUtilization)

        let scaleUpWithUnready = !groups.unready.isEmpty && ratio > 1
        if !scaleUpWithUnready && groups.missing.isEmpty {
            if abs(1 - ratio) <= tolerance { return (current, utilization, raw) }
            return (Int((ratio * Double(groups.readyCount)).rounded(.up)), utilization, raw)
        }
        // Fill in the Pods the first pass left out, always against the direction of the change:
        // missing ones use 100 % of their request (or the target, above 100 %) on a scale-down and
        // nothing on a scale-up; unready ones use nothing on a scale-up.
        let fallback = Int64(max(100, targetUtilization))
        for name in groups.missing {
            if ratio < 1 {
                samples[name] = PodMetric(value: (requests[name] ?? 0) * fallback / 100, timestamp: now, window: 0)
            } else if ratio > 1 {
                samples[name] = PodMetric(value: 0, timestamp: now, window: 0)
            }
        }
        if scaleUpWithUnready {
            for name in groups.unready { samples[name] = PodMetric(value: 0, timestamp: now, window: 0) }
        }
        let (newRatio, _, _) = try Self.utilizationRatio(samples, requests: requests, target: targetUtilization)
        if abs(1 - newRatio) <= tolerance || (ratio < 1 && newRatio > 1) || (ratio > 1 && newRatio < 1) {
            return (current, utilization, raw)
        }
        let replicas = Int((newRatio * Double(samples.count)).rounded(.up))
        if (newRatio < 1 && replicas > current) || (newRatio > 1 && replicas < current) {
            return (current, utilization, raw)
        }
        return (replicas, utilization, raw)
    }

    /// An `AverageValue` target (or a Pods metric): the proposal and the current average in thousandths
    /// (upstream `GetRawResourceReplicas` / `calcPlainMetricReplicas`).
    func plainReplicas(current: Int, targetAverage: Int64, resource: String, pods: [PodSample],
                       metrics: [String: PodMetric], now: Date) throws(MetricError) -> (replicas: Int, average: Int64) {
        guard !pods.isEmpty else { throw MetricError("no pods returned by selector while calculating replica count") }
        let groups = group(pods, metrics: metrics, resource: resource, now: now)
        var samples = metrics.filter { !groups.ignored.contains($0.key) && !groups.unready.contains($0.key) }
        guard !samples.isEmpty else {
            throw MetricError("did not receive metrics for targeted pods (pods might be unready)")
        }
        let (ratio, average) = Self.usageRatio(samples, target: targetAverage)
        let scaleUpWithUnready = !groups.unready.isEmpty && ratio > 1
        if !scaleUpWithUnready && groups.missing.isEmpty {
            if abs(1 - ratio) <= tolerance { return (current, average) }
            return (Int((ratio * Double(groups.readyCount)).rounded(.up)), average)
        }
        for name in groups.missing {
            if ratio < 1 {
                samples[name] = PodMetric(value: targetAverage, timestamp: now, window: 0)
            } else if ratio > 1 {
                samples[name] = PodMetric(value: 0, timestamp: now, window: 0)
            }
        }
        if scaleUpWithUnready {
            for name in groups.unready { samples[name] = PodMetric(value: 0, timestamp: now, window: 0) }
        }
        let (newRatio, _) = Self.usageRatio(samples, target: targetAverage)
        if abs(1 - newRatio) <= tolerance || (ratio < 1 && newRatio > 1) || (ratio > 1 && newRatio < 1) {
            return (current, average)
        }
        let replicas = Int((newRatio * Double(samples.count)).rounded(.up))
        if (newRatio < 1 && replicas > current) || (newRatio > 1 && replicas < current) {
            return (current, average)
        }
        return (replicas, average)
    }

    // MARK: the steps

    /// upstream `groupPods`: Pods being deleted or Failed are ignored; Pending ones are unready; Pods
    /// without a sample are missing; for cpu, a Pod is also unready when it has no Ready condition or
    /// start time, when it is still in its initialisation period and either not ready or its sample
    /// predates one window after its readiness changed, or when after that period it is not ready and
    /// never was (its readiness last changed within the initial readiness delay of its start).
    func group(_ pods: [PodSample], metrics: [String: PodMetric], resource: String, now: Date)
        -> (readyCount: Int, unready: Set<String>, missing: Set<String>, ignored: Set<String>) {
        var ready = 0
        var unready: Set<String> = [], missing: Set<String> = [], ignored: Set<String> = []
        for pod in pods {
            if pod.deleted || pod.phase == "Failed" {
                ignored.insert(pod.name)
                continue
            }
            if pod.phase == "Pending" {
                unready.insert(pod.name)
                continue
            }
            guard let metric = metrics[pod.name] else {
                missing.insert(pod.name)
                continue
            }
            if resource == "cpu" {
                let isUnready: Bool
                if let condition = pod.ready, let start = pod.startTime {
                    let since = condition.since ?? .distantPast
                    if start.addingTimeInterval(cpuInitializationPeriod) > now {
                        isUnready = condition.status == "False" || metric.timestamp < since.addingTimeInterval(metric.window)
                    } else {
                        isUnready = condition.status == "False"
                            && start.addingTimeInterval(delayOfInitialReadinessStatus) > since
                    }
                } else {
                    isUnready = true
                }
                if isUnready {
                    unready.insert(pod.name)
                    continue
                }
            }
            ready += 1
        }
        return (ready, unready, missing, ignored)
    }

    /// upstream `calculatePodRequests`: each Pod's request (of `container` only, when given), summed
    /// over its containers and sidecars; a container without one is an error.
    static func requests(_ pods: [PodSample], container: String?, resource: String) throws(MetricError) -> [String: Int64] {
        var out: [String: Int64] = [:]
        out.reserveCapacity(pods.count)
        for pod in pods {
            var sum: Int64 = 0
            for c in pod.containers where container == nil || container == c.name {
                guard let r = c.requests[resource] else {
                    throw MetricError("missing request for \(resource) in container \(c.name) of Pod \(pod.name)")
                }
                sum += r
            }
            out[pod.name] = sum
        }
        return out
    }

    /// upstream `GetResourceUtilizationRatio`: Σusage/Σrequest over the Pods with both, as a whole
    /// percent (rounded down), its ratio to the target, and the average usage.
    static func utilizationRatio(_ metrics: [String: PodMetric], requests: [String: Int64], target: Int)
        throws(MetricError) -> (ratio: Double, utilization: Int, rawAverage: Int64) {
        var usage: Int64 = 0, requested: Int64 = 0, entries: Int64 = 0
        for (name, metric) in metrics {
            guard let r = requests[name] else { continue }  // a sample of a Pod not selected
            usage += metric.value
            requested += r
            entries += 1
        }
        guard requested != 0 else { throw MetricError("no metrics returned matched known pods") }
        let utilization = Int(usage * 100 / requested)
        return (Double(utilization) / Double(target), utilization, usage / entries)
    }

    /// upstream `GetMetricUsageRatio`: the average (rounded down) and its ratio to the target.
    static func usageRatio(_ metrics: [String: PodMetric], target: Int64) -> (ratio: Double, average: Int64) {
        let total = metrics.values.reduce(Int64(0)) { $0 + $1.value }
        let average = total / Int64(max(1, metrics.count))
        return (Double(average) / Double(target), average)
    }
}
