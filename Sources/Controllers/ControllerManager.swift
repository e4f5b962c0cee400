import API
import Foundation

/// Runs the built-in controllers (kube-controller-manager): builds them over one context, starts the
/// shared informers, and stops everything cleanly.
public final class ControllerManager: Sendable {
    /// A controller's constructor.
    public typealias Factory = @Sendable (ControllerContext) -> any Controller

    /// The controllers `kubeling serve` runs, by the names kube-controller-manager's `--controllers`
    /// flag uses (and `scheduler` for kube-scheduler).
    public static let named: [(name: String, make: Factory)] = [
        ("namespace", { NamespaceController(context: $0) }),
        ("serviceaccount", { ServiceAccountController(context: $0) }),
        ("root-ca-cert-publisher", { RootCACertPublisher(context: $0) }),
        ("scheduler", { Scheduler(context: $0) }),
        ("node-lifecycle", { NodeLifecycleController(context: $0) }),
        ("replicaset", { ReplicaSetController(context: $0, kind: .replicaSet) }),
        ("replicationcontroller", { ReplicaSetController(context: $0, kind: .replicationController) }),
        ("deployment", { DeploymentController(context: $0) }),
        ("endpoint", { EndpointsController(context: $0) }),
        ("endpointslice", { EndpointSliceController(context: $0) }),
        ("garbagecollector", { GarbageCollector(context: $0) }),
        ("job", { JobController(context: $0) }),
        ("ttl-after-finished", { TTLAfterFinishedController(context: $0) }),
        ("cronjob", { CronJobController(context: $0) }),
        ("resourcequota", { ResourceQuotaController(context: $0) }),
        ("statefulset", { StatefulSetController(context: $0) }),
        ("daemonset", { DaemonSetController(context: $0) }),
        ("apiservice-availability", { APIServiceAvailabilityController(context: $0) }),
        ("horizontalpodautoscaling", { HorizontalPodAutoscalerController(context: $0) }),
    ]

    /// Every standard controller.
    public static var standard: [Factory] { named.map(\.make) }

    /// The controllers a `--controllers` list selects, as kube-controller-manager reads it: `*` for all,
    /// `name` to enable, `-name` to disable (so `*,-scheduler` is all but the scheduler). Throws on an
    /// unknown name.
    public static func selected(_ list: String) throws -> [Factory] {
        let words = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let known = Set(named.map(\.name))
        for w in words where w != "*" && !known.contains(w.hasPrefix("-") ? String(w.dropFirst()) : w) {
            throw ReconcileError("unknown controller \"\(w)\"; known: \(named.map(\.name).joined(separator: ", "))")
        }
        let all = words.contains("*")
        return named.filter { entry in
            if words.contains("-" + entry.name) { return false }
            return all || words.contains(entry.name)
        }.map(\.make)
    }

    /// The context the controllers share.
    public let context: ControllerContext
    /// The controllers, in start order.
    public let controllers: [any Controller]

    public init(context: ControllerContext, controllers: [Factory] = ControllerManager.standard) {
        self.context = context
        self.controllers = controllers.map { $0(context) }
    }

    /// Starts the informers; the controllers' handlers then enqueue work.
    public func start() { context.informers.start() }

    /// Stops the informers, then each controller's queue (waiting for running reconciles), then writes
    /// out pending events.
    public func stop() {
        context.informers.stop()
        controllers.forEach { $0.queue.shutDown() }
        context.flushEvents()
    }
}
