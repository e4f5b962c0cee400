import Foundation

/// Identifies one container run for the usage counters.
public struct ContainerKey: Sendable, Hashable, CustomStringConvertible {
    /// The Pod's `metadata.uid`.
    public var podUID: String
    /// The container's name.
    public var container: String

    public init(podUID: String, container: String) {
        self.podUID = podUID
        self.container = container
    }

    public var description: String { podUID + "/" + container }
}

/// A container's usage at one instant, as cAdvisor reports it to the kubelet's summary API: cumulative
/// CPU time since the container started and the current working set. A metrics API derives a rate from
/// two snapshots: `cores = Δ cpuCoreSeconds / Δ timestamp` (metrics-server's method).
public struct UsageSnapshot: Sendable, Equatable {
    /// When (cluster clock) the numbers were taken.
    public var timestamp: Date
    /// When the container started.
    public var startedAt: Date
    /// CPU time used since the container started, in core-seconds (`usageCoreNanoSeconds` / 1e9).
    public var cpuCoreSeconds: Double
    /// Current working-set memory, in bytes.
    public var memoryBytes: Int64
    /// Requests served since the container started.
    public var requests: Int
}

/// The usage counters of one running container: an idle trickle plus the CPU its requests cost through
/// its `ServerQueue`. Thread-safe.
public final class UsageMeter: @unchecked Sendable {
    // Sendable invariant: `queue` and `requests` are guarded by `lock`; the rest is immutable.
    private let lock = NSLock()
    private var queue: ServerQueue
    private var requests = 0
    /// The program's cost model.
    public let profile: ResourceProfile
    /// When the container started (cluster clock).
    public let startedAt: Date
    /// The restart count of the run these counters belong to.
    public let restartCount: Int

    /// Counters for a run that started at `startedAt` with `cores` CPUs available to it.
    public init(profile: ResourceProfile, cores: Double, visibleCores: Int, startedAt: Date, restartCount: Int) {
        self.profile = profile
        self.startedAt = startedAt
        self.restartCount = restartCount
        let usable = min(cores, profile.maxCores ?? cores)
        queue = ServerQueue(slots: profile.parallelism(max(1, visibleCores)), cores: usable)
    }

    /// Admits one request costing `cpu` core-seconds (the profile's when nil) at `now`; returns when the
    /// program finishes it.
    public func admit(at now: Date, cpu: Double? = nil) -> Date {
        let t = now.timeIntervalSince1970
        lock.lock()
        let (_, end) = queue.admit(work: cpu ?? profile.requestCPU, at: t)
        requests += 1
        lock.unlock()
        return Date(timeIntervalSince1970: end)
    }

    /// The counters at `now`.
    public func snapshot(at now: Date) -> UsageSnapshot {
        let t = now.timeIntervalSince1970
        lock.lock()
        let done = queue.workDone(at: t)
        let busy = queue.busySlots(at: t)
        let served = requests
        lock.unlock()
        let idle = max(0, now.timeIntervalSince(startedAt)) * profile.idleCores
        return UsageSnapshot(timestamp: now, startedAt: startedAt, cpuCoreSeconds: idle + done,
                             memoryBytes: profile.idleMemory + Int64(busy) * profile.requestMemory, requests: served)
    }

    /// The queue's state (tests).
    public var serverQueue: ServerQueue { lock.withLock { queue } }
}

/// Per-container usage counters of every running container in the simulated cluster, keyed by Pod UID
/// and container name: what a metrics pipeline (kubelet summary API → metrics-server → metrics.k8s.io)
/// reads. The cluster network keeps it: an entry appears when the Pod informer shows a container
/// running and goes when it stops; a restarted container starts new counters, as cAdvisor's do.
///
/// Reading: `snapshot(_:at:)` for one container, `snapshots(at:)` for all, `pod(_:at:)` for the
/// containers of one Pod. Thread-safe.
public final class UsageLedger: @unchecked Sendable {
    // Sendable invariant: `entries` is guarded by `lock`.
    private let lock = NSLock()
    /// By Pod UID, then container name (a Pod's event touches only its own entries).
    private var entries: [String: [String: UsageMeter]] = [:]

    public init() {}

    /// The counters of a running container; nil when it is not running.
    public func usage(_ key: ContainerKey) -> UsageMeter? { lock.withLock { entries[key.podUID]?[key.container] } }

    /// One container's snapshot at `now`; nil when it is not running.
    public func snapshot(_ key: ContainerKey, at now: Date) -> UsageSnapshot? { usage(key)?.snapshot(at: now) }

    /// Every running container's snapshot at `now`.
    public func snapshots(at now: Date) -> [ContainerKey: UsageSnapshot] {
        let all = lock.withLock { entries }
        var out: [ContainerKey: UsageSnapshot] = [:]
        for (uid, containers) in all {
            for (name, meter) in containers { out[ContainerKey(podUID: uid, container: name)] = meter.snapshot(at: now) }
        }
        return out
    }

    /// The snapshots of the running containers of the Pod with this UID, by container name.
    public func pod(_ podUID: String, at now: Date) -> [String: UsageSnapshot] {
        (lock.withLock { entries[podUID] } ?? [:]).mapValues { $0.snapshot(at: now) }
    }

    /// The counters for `key`'s run number `restartCount`: the existing ones when they belong to that
    /// run, else fresh ones made by `make`.
    func ensure(_ key: ContainerKey, restartCount: Int, make: () -> UsageMeter) -> UsageMeter {
        lock.lock()
        defer { lock.unlock() }
        if let e = entries[key.podUID]?[key.container], e.restartCount == restartCount { return e }
        let e = make()
        entries[key.podUID, default: [:]][key.container] = e
        return e
    }

    /// Forgets every container not in `keep`.
    func retain(_ keep: Set<ContainerKey>) {
        lock.withLock {
            for (uid, containers) in entries {
                let kept = containers.filter { keep.contains(ContainerKey(podUID: uid, container: $0.key)) }
                entries[uid] = kept.isEmpty ? nil : kept
            }
        }
    }

    /// Forgets the containers of one Pod that are not in `keep`.
    func retain(podUID: String, _ keep: Set<String>) {
        lock.withLock {
            guard let containers = entries[podUID] else { return }
            let kept = containers.filter { keep.contains($0.key) }
            entries[podUID] = kept.isEmpty ? nil : kept
        }
    }
}
