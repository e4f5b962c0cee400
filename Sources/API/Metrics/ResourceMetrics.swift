import Foundation

/// One container's resource usage as metrics-server reports it (`metrics.k8s.io/v1beta1`).
public struct ContainerUsage: Sendable, Equatable {
    public var name: String
    /// CPU in nanocores (a rate: core-seconds per second × 10⁹) over the window.
    public var cpuNanoCores: Int64
    /// Working-set memory in bytes at the end of the window.
    public var memoryBytes: Int64

    public init(name: String, cpuNanoCores: Int64, memoryBytes: Int64) {
        self.name = name
        self.cpuNanoCores = cpuNanoCores
        self.memoryBytes = memoryBytes
    }
}

/// A Pod's usage over one metrics window (`PodMetrics`).
public struct PodUsage: Sendable, Equatable {
    public var namespace: String
    public var name: String
    /// The end of the window (cluster clock).
    public var timestamp: Date
    /// The window's length in seconds (metrics-server: the scrape interval, e.g. 15 s).
    public var window: Double
    public var containers: [ContainerUsage]

    public init(namespace: String, name: String, timestamp: Date, window: Double, containers: [ContainerUsage]) {
        self.namespace = namespace
        self.name = name
        self.timestamp = timestamp
        self.window = window
        self.containers = containers
    }
}

/// A Node's usage over one metrics window (`NodeMetrics`).
public struct NodeUsage: Sendable, Equatable {
    public var name: String
    public var timestamp: Date
    public var window: Double
    public var cpuNanoCores: Int64
    public var memoryBytes: Int64

    public init(name: String, timestamp: Date, window: Double, cpuNanoCores: Int64, memoryBytes: Int64) {
        self.name = name
        self.timestamp = timestamp
        self.window = window
        self.cpuNanoCores = cpuNanoCores
        self.memoryBytes = memoryBytes
    }
}

/// Where resource metrics come from: what metrics-server would have scraped from the kubelets. The
/// simulation implements it from its usage model; the API server serves it as `metrics.k8s.io` and the
/// HPA controller reads it, both only while the metrics API is available (its APIService `Available`).
public protocol ResourceMetricsSource: Sendable {
    /// The latest usage of every running Pod that has been scraped, in `namespace` (nil: all).
    func podUsage(namespace: String?) -> [PodUsage]
    /// The latest usage of every Node.
    func nodeUsage() -> [NodeUsage]
}
