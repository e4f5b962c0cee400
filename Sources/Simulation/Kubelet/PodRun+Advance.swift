import API
import Controllers
import Foundation
import JSON

/// What the kubelet tells the world while a Pod advances (events), and what the node holds (images).
protocol PodRunEnvironment {
    /// Records an event about the Pod.
    func event(_ type: EventRecorder.EventType, _ reason: String, _ message: String)
    /// Whether the node already has `image`.
    func hasImage(_ image: ImageReference) -> Bool
    /// Notes that the node now has `image`.
    func addImage(_ image: ImageReference)
    /// A fresh container ID for a container's next run.
    func newContainerID(_ container: String, restart: Int) -> String
    /// The Pod as stored.
    var pod: JSON { get }
    /// The runtime starts a container's run (its processes and log).
    func containerStarted(_ c: ContainerRun, at time: Date, podIP: String)
    /// A container's run ended with `code` at `time`.
    func containerStopped(_ c: ContainerRun, code: Int, at time: Date)
    /// When the container's main process died in the runtime (a signal), its exit.
    func pendingExit(_ c: ContainerRun) -> (code: Int, at: Date)?
    /// Runs an exec probe's command in the container: its exit code and output, nil without a runtime.
    func execProbe(_ c: ContainerRun, command: [String]) -> (Int, String)?
}

extension PodRun {
    /// Upstream's crash back-off: 10 s doubling to 5 min, reset after 10 min of running.
    static let backoffBase = 10.0
    static let backoffMax = 300.0
    static let backoffReset = 600.0

    /// Moves every container forward to `now`, in upstream's order (init containers one after another,
    /// then the regular ones together); returns when something next changes on its own (nil: nothing).
    mutating func advance(now: Date, _ env: some PodRunEnvironment) -> Date? {
        var due: [Date?] = []
        for i in initContainers {
            due.append(drive(i, now: now, env))
            if containers[i].terminated?.exitCode != 0 { return due.compactMap { $0 }.min() }
        }
        for i in regularContainers { due.append(drive(i, now: now, env)) }
        return due.compactMap { $0 }.min()
    }

    /// One container, as far as `now` allows; returns its next due time.
    private mutating func drive(_ i: Int, now: Date, _ env: some PodRunEnvironment) -> Date? {
        let policy = env.pod[path: ["spec", "restartPolicy"]]?.stringValue ?? "Always"
        for _ in 0..<64 {  // each pass makes one transition; a bound keeps a bug from spinning
            var c = containers[i]
            defer { containers[i] = c }
            switch c.state {
            case .waiting:
                if let next = prepareImage(&c, now: now, env) { return next }
                if let at = c.restartAt, now < at {
                    if case .waiting("CrashLoopBackOff", _) = c.state {} else {
                        let podName = "\(env.pod.name ?? "")_\(env.pod.namespace ?? "")(\(uid))"
                        c.state = .waiting(reason: "CrashLoopBackOff",
                                           message: "back-off \(GoDuration.seconds(c.backoffShown)) restarting failed container=\(c.name) pod=\(podName)")
                        env.event(.warning, "BackOff", "Back-off restarting failed container \(c.name) in pod \(podName)")
                    }
                    return at
                }
                let startedAt = max(c.imageReadyAt ?? now, c.restartAt ?? now)
                if c.hasStarted {
                    c.restartCount += 1
                    if c.spec["imagePullPolicy"]?.stringValue != "Always" {
                        env.event(.normal, "Pulled", "Container image \"\(c.image.original)\" already present on machine")
                    }
                }
                c.containerID = env.newContainerID(c.name, restart: c.restartCount)
                c.restartAt = nil
                c.termSentAt = nil
                c.state = .running(since: startedAt)
                c.exitAt = c.program.exit.map { startedAt.addingTimeInterval($0.after) }
                c.exitCode = c.program.exit?.code ?? 0
                c.oomKilled = false
                if let demand = c.program.memoryDemand, let limit = c.memoryLimit, demand > limit {
                    // The allocation outgrows the cgroup's limit within moments: SIGKILL from the kernel.
                    c.exitAt = min(c.exitAt ?? .distantFuture, startedAt.addingTimeInterval(0.2))
                    c.exitCode = 137
                    c.oomKilled = true
                }
                c.started = c.spec["startupProbe"] == nil
                c.probeReady = false
                c.nextProbeAt = Probe.firstTime(c, startedAt)
                env.event(.normal, "Created", "Created container: \(c.name)")
                env.event(.normal, "Started", "Started container \(c.name)")
                env.containerStarted(c, at: startedAt, podIP: podIP)
            case .running(let since):
                if let died = env.pendingExit(c), c.exitAt.map({ died.at < $0 }) ?? true {
                    c.exitAt = died.at
                    c.exitCode = died.code
                    c.oomKilled = false
                }
                if let exit = c.exitAt, exit <= now {
                    env.containerStopped(c, code: c.exitCode, at: exit)
                    c.state = .terminated(.init(exitCode: c.exitCode, reason: c.endReason,
                                                startedAt: since, finishedAt: exit))
                    c.exitAt = nil
                    c.probeReady = false
                    continue
                }
                let probeDue = Probe.run(&c, now: now, podIP: podIP, env)
                return [c.exitAt, probeDue].compactMap { $0 }.min()
            case .terminated(let t):
                guard Self.restarts(c, policy: policy, exitCode: t.exitCode) else { return nil }
                if c.restartAt == nil {
                    if t.finishedAt.timeIntervalSince(t.startedAt) >= Self.backoffReset { c.backoff = 0 }
                    c.backoffShown = c.backoff
                    c.restartAt = t.finishedAt.addingTimeInterval(c.backoff)
                    c.backoff = c.backoff == 0 ? Self.backoffBase : min(c.backoff * 2, Self.backoffMax)
                    c.lastTerminated = t
                }
                c.state = .waiting(reason: "ContainerCreating", message: nil)
                if let at = c.restartAt, at > now {
                    let podName = "\(env.pod.name ?? "")_\(env.pod.namespace ?? "")(\(uid))"
                    c.state = .waiting(reason: "CrashLoopBackOff",
                                       message: "back-off \(GoDuration.seconds(c.backoffShown)) restarting failed container=\(c.name) pod=\(podName)")
                    env.event(.warning, "BackOff", "Back-off restarting failed container \(c.name) in pod \(podName)")
                    return at
                }
            }
        }
        return now.addingTimeInterval(1)
    }

    /// Whether a container that ended with `exitCode` runs again under `policy` (upstream
    /// `ShouldContainerBeRestarted`; init containers never restart after success).
    static func restarts(_ c: ContainerRun, policy: String, exitCode: Int) -> Bool {
        if c.isInit { return exitCode != 0 && policy != "Never" }
        return policy == "Always" || (policy == "OnFailure" && exitCode != 0)
    }

    /// Pulls the image when needed; returns a due time while the container must wait for it.
    private func prepareImage(_ c: inout ContainerRun, now: Date, _ env: some PodRunEnvironment) -> Date? {
        if let ready = c.imageReadyAt {
            if ready > now { return ready }
            if let seconds = c.pullSeconds {
                // The pull finished: say so now, as the kubelet does when it returns.
                let took = GoDuration.milliseconds(seconds)
                env.addImage(c.image)
                env.event(.normal, "Pulled", "Successfully pulled image \"\(c.image.original)\" in \(took) (\(took) including waiting). Image size: \(ImageCatalog.size(c.image)) bytes.")
                c.pullSeconds = nil
            }
            return nil
        }
        let policy = c.spec["imagePullPolicy"]?.stringValue ?? "IfNotPresent"
        let quoted = "\"\(c.image.original)\""
        if !c.image.exists {
            if let next = c.nextPullAt, now < next {
                // ErrImagePull shows for a moment, then ImagePullBackOff until the retry.
                if case .waiting("ErrImagePull", _) = c.state, let shown = c.pullFailedAt, now >= shown.addingTimeInterval(1) {
                    c.state = .waiting(reason: "ImagePullBackOff", message: "Back-off pulling image \(quoted)")
                    env.event(.normal, "BackOff", "Back-off pulling image \(quoted)")
                    env.event(.warning, "Failed", "Error: ImagePullBackOff")
                }
                if case .waiting("ErrImagePull", _) = c.state, let shown = c.pullFailedAt {
                    return min(next, shown.addingTimeInterval(1))
                }
                return next
            }
            env.event(.normal, "Pulling", "Pulling image \(quoted)")
            let ref = c.image.normalized
            let message = "failed to pull and unpack image \"\(ref)\": failed to resolve reference \"\(ref)\": \(ref): not found"
            env.event(.warning, "Failed", "Failed to pull image \(quoted): rpc error: code = NotFound desc = \(message)")
            env.event(.warning, "Failed", "Error: ErrImagePull")
            c.state = .waiting(reason: "ErrImagePull", message: "rpc error: code = NotFound desc = \(message)")
            c.pullFailures += 1
            c.pullFailedAt = now
            c.nextPullAt = now.addingTimeInterval(min(Self.backoffMax, Self.backoffBase * pow(2, Double(c.pullFailures - 1))))
            return now.addingTimeInterval(1)  // then shows ImagePullBackOff until the retry
        }
        if env.hasImage(c.image), policy != "Always" {
            env.event(.normal, "Pulled", "Container image \(quoted) already present on machine")
            c.imageReadyAt = now
            return nil
        }
        if policy == "Never" {
            c.state = .waiting(reason: "ErrImageNeverPull",
                               message: "Container image \(quoted) is not present with pull policy of Never")
            env.event(.warning, "ErrImageNeverPull", "Container image \(quoted) is not present with pull policy of Never")
            return nil
        }
        let seconds = env.hasImage(c.image) ? 0.25 : Double(ImageCatalog.size(c.image)) / ImageCatalog.pullBytesPerSecond
        env.event(.normal, "Pulling", "Pulling image \(quoted)")
        c.imageReadyAt = now.addingTimeInterval(seconds)
        c.pullSeconds = seconds
        return prepareImage(&c, now: now, env)
    }

    /// Sends SIGTERM to every running container (pod deletion); returns when the last one will be gone.
    mutating func terminate(now: Date, deadline: Date, _ env: some PodRunEnvironment) -> Date? {
        var due: [Date] = []
        for i in containers.indices {
            var c = containers[i]
            defer { containers[i] = c }
            guard case .running(let since) = c.state else { continue }
            if c.termSentAt == nil {
                c.termSentAt = now
                env.event(.normal, "Killing", "Stopping container \(c.name)")
                // The preStop hook runs first; SIGTERM follows it (or the grace period's end).
                let term = min(now.addingTimeInterval(c.preStopSeconds), deadline)
                switch c.program.onTerm {
                case .exit(let code, let after):
                    let at = min(term.addingTimeInterval(after), deadline)
                    if c.exitAt.map({ $0 > at }) ?? true {
                        c.exitAt = at
                        c.exitCode = at < deadline || after == 0 ? code : 137
                    }
                case .ignore:
                    if c.exitAt.map({ $0 > deadline }) ?? true {
                        c.exitAt = deadline
                        c.exitCode = 137
                    }
                }
            }
            if let died = env.pendingExit(c), c.exitAt.map({ died.at < $0 }) ?? true {
                c.exitAt = died.at
                c.exitCode = died.code
                c.oomKilled = false
            }
            if let exit = c.exitAt, exit <= now {
                env.containerStopped(c, code: c.exitCode, at: exit)
                c.state = .terminated(.init(exitCode: c.exitCode, reason: c.endReason,
                                            startedAt: since, finishedAt: exit))
                c.probeReady = false
            } else if let exit = c.exitAt {
                due.append(exit)
            }
        }
        return due.min()
    }

    /// Whether no container is running any more.
    var allStopped: Bool { !containers.contains { $0.isRunning } }
}

/// Go's `time.Duration` text for the durations the kubelet prints.
enum GoDuration {
    /// "10s", "1m20s", "5m0s".
    static func seconds(_ s: Double) -> String {
        let total = Int(s.rounded())
        if total < 60 { return "\(total)s" }
        return "\(total / 60)m\(total % 60)s"
    }

    /// "722ms", "1.234s" (millisecond precision).
    static func milliseconds(_ s: Double) -> String {
        let ms = Int((s * 1000).rounded())
        if ms < 1000 { return "\(ms)ms" }
        var text = String(format: "%.3f", Double(ms) / 1000)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text + "s"
    }
}
