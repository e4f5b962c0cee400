/// What a simulated container does, decided from its image and command the way a container runtime
/// runs the image's entrypoint and cmd (design.md §5, "Programs, not containers"). A program is a
/// description the kubelet drives on the cluster clock: whether and when it exits and with what code,
/// which ports it listens on (probes and, later, traffic go there), what it prints, and how it reacts to
/// SIGTERM.
public struct Program: Sendable, Equatable {
    /// The program's name, for logs and tests ("nginx", "flask", "sleep", "sh", …).
    public var name: String
    /// TCP ports the program listens on while running.
    public var ports: [Int]
    /// Lines the program writes when it starts (its log).
    public var startupLog: [String]
    /// When the program ends on its own: seconds after start and the exit code; nil runs until stopped.
    public var exit: Exit?
    /// What SIGTERM does.
    public var onTerm: TermBehaviour
    /// Memory the program allocates and keeps, in bytes, when it is known to matter (a memory hog such
    /// as `stress --vm-bytes`): above the container's memory limit the kernel's OOM killer ends it.
    public var memoryDemand: Int64?

    /// A program's own end.
    public struct Exit: Sendable, Equatable {
        /// Seconds after start.
        public var after: Double
        /// The exit code.
        public var code: Int
        public init(after: Double, code: Int) {
            self.after = after
            self.code = code
        }
    }

    /// How a program answers SIGTERM.
    public enum TermBehaviour: Sendable, Equatable {
        /// Exits with this code after this many seconds (a server shutting down gracefully).
        case exit(code: Int, after: Double)
        /// Ignores it (a shell or `sleep` running as PID 1 has no handler): only SIGKILL ends it (137).
        case ignore
    }

    public init(name: String, ports: [Int] = [], startupLog: [String] = [], exit: Exit? = nil,
                onTerm: TermBehaviour = .exit(code: 0, after: 0), memoryDemand: Int64? = nil) {
        self.memoryDemand = memoryDemand
        self.name = name
        self.ports = ports
        self.startupLog = startupLog
        self.exit = exit
        self.onTerm = onTerm
    }

    /// Whether the program listens on `port` (while running).
    public func listens(on port: Int) -> Bool { ports.contains(port) }
}
