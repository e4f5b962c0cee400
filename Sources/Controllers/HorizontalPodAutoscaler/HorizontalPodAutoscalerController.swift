import API
import Foundation
import JSON

/// The HorizontalPodAutoscaler controller (kube-controller-manager's `horizontalpodautoscaling`,
/// upstream `pkg/controller/podautoscaler`): every sync period it reads each autoscaler's target through
/// the scale subresource, computes a replica count from its metrics over the Pods the scale's selector
/// picks, stabilises and rate-limits it, rescales the target, and writes status, conditions and events
/// as upstream does.
///
/// Resource metrics come from the context's `resourceMetrics` (the usage metrics-server would report),
/// only while the metrics API is available (`resourceMetricsAvailable`, else the
/// `v1beta1.metrics.k8s.io` APIService's `Available` condition). There is no custom or external
/// metrics API, so `Pods`, `Object` and `External` metrics fail as upstream's do without an adapter.
///
/// The decision math is pure: `ReplicaCalculator` (one metric's proposal) and `ScaleNormalizer`
/// (stabilisation windows, behaviour policies, min/max); this class holds the I/O, the clock and the
/// per-autoscaler memory those functions are given.
public final class HorizontalPodAutoscalerController: Controller, @unchecked Sendable {
    // Invariant: `histories`, `selectors` and `claims` are guarded by `lock`; everything else is
    // immutable after init. A key is never synced by two workers at once (WorkQueue), so one key's
    // history is read and written by one sync at a time.
    public let queue: WorkQueue
    let context: ControllerContext
    let recorder: EventRecorder
    let hpas: ResourceInfo?
    let podSamples: PodSampleCache?
    /// Autoscalers parsed at their current revision, and their targets' Scales at the targets' revision.
    let parsedHPAs = RevisionCache()
    let scales = RevisionCache()
    let metrics: ResourceMetricsReader
    let calculator = ReplicaCalculator()
    /// `--horizontal-pod-autoscaler-sync-period`.
    let syncPeriod: Double
    /// `--horizontal-pod-autoscaler-downscale-stabilization`, in seconds.
    let downscaleStabilization: Int
    private let lock = NSLock()
    private var histories: [ObjectKey: AutoscalerHistory] = [:]
    /// Each autoscaler's selector as of its last sync, and which autoscalers selected each Pod (upstream's
    /// `hpaSelectors`), to find Pods two autoscalers fight over.
    private var selectors: [ObjectKey: LabelSelector] = [:]
    private var claims: [String: Set<ObjectKey>] = [:]

    /// A controller reading metrics from `context.resourceMetrics`; `syncPeriod` and
    /// `downscaleStabilization` are kube-controller-manager's flags (15 s, 300 s).
    public init(context: ControllerContext, syncPeriod: Double = 15, downscaleStabilization: Int = 300) {
        self.context = context
        self.syncPeriod = syncPeriod
        self.downscaleStabilization = downscaleStabilization
        recorder = context.recorder("horizontal-pod-autoscaler")
        hpas = context.resource("autoscaling", "v2", "horizontalpodautoscalers")
        let pods = context.resource("", "v1", "pods")
        podSamples = pods.map { _ in PodSampleCache() }
        metrics = ResourceMetricsReader(context: context)
        let box = WeakBox<HorizontalPodAutoscalerController>()
        // upstream --concurrent-horizontal-pod-autoscaler-syncs.
        queue = WorkQueue(name: "horizontalpodautoscaler", workers: 5, clock: context.clock, log: context.log) { key in
            box.value?.sync(key) ?? .done
        }
        box.value = self
        if let hpas {
            // Every change is looked at when the period comes round, not at once (upstream adds keys
            // with the resync interval as their delay; an earlier pending one wins).
            context.informers.informer(for: hpas).addHandler { [weak self] event in
                guard let self, let key = event.object.objectKey else { return }
                if case .deleted = event {
                    self.forget(key)
                    return
                }
                self.queue.add(key, after: self.syncPeriod)
            }
        }
        if let pods {
            context.informers.informer(for: pods).addHandler { [weak self] event in
                self?.podSamples?.apply(event)
                guard case .deleted(let pod) = event, let name = pod.name, let namespace = pod.namespace else { return }
                self?.forgetClaims(of: namespace + "/" + name)
            }
        }
    }

    // MARK: per-autoscaler memory

    func withHistory<T>(_ key: ObjectKey, _ body: (inout AutoscalerHistory) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        var h = histories[key] ?? AutoscalerHistory()
        let result = body(&h)
        histories[key] = h
        return result
    }

    /// Forgets an autoscaler that is gone (upstream `reconcileKey` on NotFound).
    func forget(_ key: ObjectKey) {
        if let hpas { parsedHPAs.remove(context.registry.key(hpas, namespace: key.namespace, name: key.name)) }
        lock.withLock {
            histories[key] = nil
            selectors[key] = nil
        }
    }

    private func forgetClaims(of pod: String) {
        lock.withLock { _ = claims.removeValue(forKey: pod) }
    }

    /// Records that `key` selects `pods` with `selector`, and returns every autoscaler (this one
    /// included, sorted) whose current selector also picks one of them (upstream
    /// `hpasControllingPodsUnderSelector`).
    func claim(_ key: ObjectKey, selector: LabelSelector, pods: [(key: String, labels: [String: String])]) -> [ObjectKey] {
        lock.lock()
        defer { lock.unlock() }
        selectors[key] = selector
        var controlling: Set<ObjectKey> = [key]
        for pod in pods {
            var owners = claims[pod.key] ?? []
            owners.insert(key)
            for other in owners where other != key {
                if let s = selectors[other], other.namespace == key.namespace, s.matches(pod.labels) {
                    controlling.insert(other)
                } else {
                    owners.remove(other)
                }
            }
            claims[pod.key] = owners
        }
        return controlling.sorted { ($0.namespace ?? "", $0.name) < ($1.namespace ?? "", $1.name) }
    }
}
