import API

/// Runs the built-in controllers (kube-controller-manager): builds them over one context, starts the
/// shared informers, and stops everything cleanly.
public final class ControllerManager: Sendable {
    /// A controller's constructor.
    public typealias Factory = @Sendable (ControllerContext) -> any Controller

    /// The controllers `kubeling serve` runs.
    public static let standard: [Factory] = [
        { NamespaceController(context: $0) },
        { ServiceAccountController(context: $0) },
        { Scheduler(context: $0) },
        { ReplicaSetController(context: $0, kind: .replicaSet) },
        { ReplicaSetController(context: $0, kind: .replicationController) },
        { DeploymentController(context: $0) },
        { JobController(context: $0) },
        { TTLAfterFinishedController(context: $0) },
        { CronJobController(context: $0) },
    ]

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
