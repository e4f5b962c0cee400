/// What one program costs to run: CPU per request and at idle, memory at idle and per request in flight,
/// and how many requests it works on at once. The numbers are rough measurements of the real programs
/// (CPython's development server, nginx's event loop, Apache's prefork workers) on a current x86 core.
public struct ResourceProfile: Sendable, Equatable {
    /// CPU time of one simple request, in core-seconds.
    public var requestCPU: Double
    /// CPU used while idle (timers, health checks, garbage collection), in cores.
    public var idleCores: Double
    /// Resident memory at idle, in bytes.
    public var idleMemory: Int64
    /// Extra resident memory for each request in flight, in bytes.
    public var requestMemory: Int64
    /// The most cores the runtime can use (1 for CPython's GIL; nil: as many as it gets).
    public var maxCores: Double?
    /// Requests served at once, given the cores the container sees (nginx: one worker per CPU).
    public var parallelism: @Sendable (_ visibleCores: Int) -> Int

    /// A profile; by default no idle CPU, 64 KiB per request in flight, no core cap, one slot per core.
    public init(requestCPU: Double, idleCores: Double = 0, idleMemory: Int64, requestMemory: Int64 = 64 << 10,
                maxCores: Double? = nil, parallelism: @escaping @Sendable (Int) -> Int = { max(1, $0) }) {
        self.requestCPU = requestCPU
        self.idleCores = idleCores
        self.idleMemory = idleMemory
        self.requestMemory = requestMemory
        self.maxCores = maxCores
        self.parallelism = parallelism
    }

    public static func == (a: ResourceProfile, b: ResourceProfile) -> Bool {
        a.requestCPU == b.requestCPU && a.idleCores == b.idleCores && a.idleMemory == b.idleMemory
            && a.requestMemory == b.requestMemory && a.maxCores == b.maxCores
    }

    /// The profile of the program named `name` (see `ImageCatalog.program(argv:)`).
    public static func of(program name: String) -> ResourceProfile {
        switch name {
        case "flask":
            // Werkzeug's threaded development server: ~1.5 ms of interpreter time for a trivial view;
            // its threads share one core under the GIL.
            return ResourceProfile(requestCPU: 0.0015, idleCores: 0.0002, idleMemory: 22 << 20, requestMemory: 256 << 10,
                                   maxCores: 1, parallelism: { _ in 1 })
        case "nginx":
            // `worker_processes auto`: one event loop per CPU, ~40 µs for a static file.
            return ResourceProfile(requestCPU: 0.00004, idleMemory: 3 << 20, requestMemory: 16 << 10)
        case "httpd":
            return ResourceProfile(requestCPU: 0.00015, idleMemory: 6 << 20, requestMemory: 64 << 10,
                                   parallelism: { _ in 25 })
        case "hpa-example":
            // PHP on Apache: the page adds a million square roots, ~40 ms of CPU.
            return ResourceProfile(requestCPU: 0.040, idleCores: 0.0005, idleMemory: 10 << 20, requestMemory: 512 << 10,
                                   parallelism: { _ in 25 })
        case "ingress-nginx":
            // The controller's nginx proxying one request, plus the Go controller's idle loop.
            return ResourceProfile(requestCPU: 0.00006, idleCores: 0.002, idleMemory: 90 << 20, requestMemory: 32 << 10)
        case "coredns":
            return ResourceProfile(requestCPU: 0.00003, idleCores: 0.002, idleMemory: 13 << 20)
        case "metrics-server":
            return ResourceProfile(requestCPU: 0.00005, idleCores: 0.003, idleMemory: 18 << 20)
        case "pause":
            return ResourceProfile(requestCPU: 0, idleMemory: 300 << 10)
        default:
            return ResourceProfile(requestCPU: 0.0001, idleMemory: 1 << 20)
        }
    }
}
