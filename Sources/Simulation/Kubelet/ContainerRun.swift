import API
import Foundation
import JSON

/// One container as the simulated runtime runs it: its program, its state and the times that drive it.
/// Kept by the kubelet in memory and rebuilt from the Pod's status after a restart of kubeling.
struct ContainerRun {
    /// A finished run.
    struct Terminated: Equatable {
        var exitCode: Int
        var reason: String
        var startedAt: Date
        var finishedAt: Date
    }

    enum State: Equatable {
        case waiting(reason: String, message: String?)
        case running(since: Date)
        case terminated(Terminated)
    }

    let name: String
    let isInit: Bool
    let spec: JSON
    let image: ImageReference
    let program: Program
    /// What the container runs (image entrypoint and cmd, or the spec's command and args).
    let argv: [String]
    var state: State = .waiting(reason: "ContainerCreating", message: nil)
    var lastTerminated: Terminated?
    var restartCount = 0
    var containerID: String?
    /// The image is on the node from this time (a pull in progress ends then).
    var imageReadyAt: Date?
    /// A pull in progress and how long it takes (its `Pulled` event is due when it ends).
    var pullSeconds: Double?
    /// Failed pulls so far (image back-off: 10 s doubling to 300 s).
    var pullFailures = 0
    var nextPullAt: Date?
    var pullFailedAt: Date?
    /// Crash back-off: the current delay (0 before the first restart) and when the next start may be.
    var backoff = 0.0
    /// The delay the current back-off shows ("back-off 20s …").
    var backoffShown = 0.0
    var restartAt: Date?
    /// When the program ends on its own, or is killed.
    var exitAt: Date?
    var exitCode = 0
    /// The current run ends because it outgrew its memory limit (the kernel's OOM killer).
    var oomKilled = false
    /// SIGTERM was sent at this time (pod deletion or a failed liveness probe).
    var termSentAt: Date?
    /// Whether the readiness probe last succeeded.
    var probeReady = false
    /// Whether the container counts as started (startup probe passed, or none).
    var started = false
    /// When the probes next run, and the consecutive results so far.
    var nextProbeAt: Date?
    var probeSuccesses = 0
    var probeFailures = 0

    init(spec: JSON, isInit: Bool) {
        self.spec = spec
        self.isInit = isInit
        name = spec["name"]?.stringValue ?? ""
        image = ImageReference(spec["image"]?.stringValue ?? "")
        let command = spec["command"]?.arrayValue?.compactMap(\.stringValue)
        let args = spec["args"]?.arrayValue?.compactMap(\.stringValue)
        argv = ImageCatalog.argv(image: image, command: command, args: args)
        var program = ImageCatalog.program(argv: argv)
        if spec["stdin"]?.boolValue == true, ImageCatalog.isShell(program) {
            // A shell reading a terminal or stdin (`kubectl run -it`) runs until its input ends.
            program.exit = nil
        }
        self.program = program
    }

    /// Whether the runtime runs the main program as a live shell (its files, output and processes are
    /// real; the model's timing of a script it can follow still tells the kubelet when it ends).
    var runsLiveShell: Bool { ImageCatalog.isShell(program) }

    var isRunning: Bool { if case .running = state { return true } else { return false } }
    var terminated: Terminated? { if case .terminated(let t) = state { return t } else { return nil } }
    var hasStarted: Bool { containerID != nil }

    /// Whether the container is ready: running, started, and its readiness probe (if any) passing.
    var ready: Bool {
        guard isRunning, started else { return false }
        return spec["readinessProbe"] == nil || probeReady
    }

    /// The JSON `state` of a container status.
    static func json(_ state: State) -> JSON {
        switch state {
        case .waiting(let reason, let message):
            var w: JSONObject = ["reason": .string(reason)]
            if let message { w["message"] = .string(message) }
            return ["waiting": .object(w)]
        case .running(let since):
            return ["running": ["startedAt": .string(ObjectMeta.timestamp(since))]]
        case .terminated(let t):
            return ["terminated": json(t)]
        }
    }

    static func json(_ t: Terminated) -> JSON {
        ["exitCode": .int(Int64(t.exitCode)), "reason": .string(t.reason),
         "startedAt": .string(ObjectMeta.timestamp(t.startedAt)), "finishedAt": .string(ObjectMeta.timestamp(t.finishedAt))]
    }

    /// The reason a run that ended with `code` gets (upstream: Completed, Error, OOMKilled).
    static func reason(exitCode code: Int) -> String { code == 0 ? "Completed" : "Error" }

    /// The reason the current run gets when it ends now.
    var endReason: String { oomKilled ? "OOMKilled" : Self.reason(exitCode: exitCode) }

    /// The container's memory limit in bytes, if it has one.
    var memoryLimit: Int64? {
        spec[path: ["resources", "limits", "memory"]].flatMap { Quantity(json: $0) }.map(\.value)
    }

    /// How long the container's `preStop` hook runs before SIGTERM (upstream runs it to completion or
    /// to the grace period's end): a `sleep` action its seconds, an `exec` command as long as the
    /// command runs, an `httpGet` at once.
    var preStopSeconds: Double {
        guard let hook = spec[path: ["lifecycle", "preStop"]] else { return 0 }
        if let seconds = hook[path: ["sleep", "seconds"]]?.intValue { return Double(seconds) }
        if let command = hook[path: ["exec", "command"]]?.arrayValue?.compactMap(\.stringValue), !command.isEmpty {
            return ImageCatalog.program(argv: command).exit?.after ?? 0
        }
        return 0
    }
}

/// One Pod on the node.
struct PodRun {
    let uid: String
    var podIP: String
    var startTime: Date
    var containers: [ContainerRun]
    /// When a terminating Pod's containers get SIGKILL.
    var killDeadline: Date?
    /// Volumes that were missing at the last look (for FailedMount).
    var missingVolumes: [String] = []

    var initContainers: [Int] { containers.indices.filter { containers[$0].isInit } }
    var regularContainers: [Int] { containers.indices.filter { !containers[$0].isInit } }
}
