import API
import Foundation
import JSON

extension PodRun {
    /// The Pod status the kubelet reports for this run (upstream `generateAPIPodStatus`), keeping the
    /// transition times of conditions whose status did not change.
    func status(of pod: JSON, hostIP: String, now: Date) -> JSON {
        let old = pod["status"] ?? [:]
        let phase = self.phase(restartPolicy: pod[path: ["spec", "restartPolicy"]]?.stringValue ?? "Always",
                               previous: old["phase"]?.stringValue)
        let terminal = phase == "Succeeded" || phase == "Failed"
        let oldConditions = old["conditions"]?.arrayValue ?? []
        let stamp = ObjectMeta.timestamp(now)
        func condition(_ type: String, _ ok: Bool, _ reason: String? = nil, _ message: String? = nil) -> JSON {
            let status = ok ? "True" : "False"
            let before = oldConditions.first { $0["type"]?.stringValue == type }
            let since = before?["status"]?.stringValue == status ? before?["lastTransitionTime"] : nil
            var c: JSONObject = ["type": .string(type), "status": .string(status), "lastProbeTime": .null,
                                 "lastTransitionTime": since ?? .string(stamp)]
            if let reason { c["reason"] = .string(reason) }
            if let message { c["message"] = .string(message) }
            return .object(c)
        }
        let pendingInit = initContainers.filter { containers[$0].terminated?.exitCode != 0 }.map { containers[$0].name }
        let unready = regularContainers.filter { !containers[$0].ready }.map { containers[$0].name }
        let initialized = pendingInit.isEmpty
            ? condition("Initialized", true)
            : condition("Initialized", false, "ContainersNotInitialized",
                        "containers with incomplete status: [\(pendingInit.joined(separator: " "))]")
        let readyReason = terminal ? "PodCompleted" : "ContainersNotReady"
        let readyMessage = terminal ? nil : "containers with unready status: [\(unready.joined(separator: " "))]"
        let containersReady = unready.isEmpty && !terminal
            ? condition("ContainersReady", true) : condition("ContainersReady", false, readyReason, readyMessage)
        let ready = unready.isEmpty && !terminal
            ? condition("Ready", true) : condition("Ready", false, readyReason, readyMessage)
        let scheduled = oldConditions.first { $0["type"]?.stringValue == "PodScheduled" } ?? condition("PodScheduled", true)

        // Conditions the kubelet does not own (DisruptionTarget, readiness gates) are kept, ahead of its
        // own, as upstream's status manager merges them.
        let kubeletOwned: Set<String> = ["PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady", "PodScheduled"]
        let others = oldConditions.filter { !kubeletOwned.contains($0["type"]?.stringValue ?? "") }
        var s: JSONObject = [
            "phase": .string(phase),
            "conditions": .array(others + [condition("PodReadyToStartContainers", !terminal), initialized, ready, containersReady, scheduled]),
            "hostIP": .string(hostIP), "hostIPs": [["ip": .string(hostIP)]],
            "podIP": .string(podIP), "podIPs": [["ip": .string(podIP)]],
            "startTime": .string(ObjectMeta.timestamp(startTime)),
        ]
        if !initContainers.isEmpty { s["initContainerStatuses"] = .array(initContainers.map { containerStatus(containers[$0]) }) }
        s["containerStatuses"] = .array(regularContainers.map { containerStatus(containers[$0]) })
        s["qosClass"] = .string(PodQOS.compute(spec: pod["spec"]))
        return .object(s)
    }

    private func containerStatus(_ c: ContainerRun) -> JSON {
        var o: JSONObject = ["name": .string(c.name), "state": ContainerRun.json(c.state)]
        o["lastState"] = c.lastTerminated.map { ["terminated": ContainerRun.json($0)] } ?? [:]
        o["ready"] = .bool(c.isInit ? c.terminated?.exitCode == 0 : c.ready)
        o["restartCount"] = .int(Int64(c.restartCount))
        o["image"] = .string(c.hasStarted ? c.image.normalized : c.image.original)
        o["imageID"] = .string(c.hasStarted ? c.image.imageID : "")
        if let id = c.containerID { o["containerID"] = .string(id) }
        o["started"] = .bool(c.isRunning && c.started)
        return .object(o)
    }

    /// The Pod phase from its containers (upstream `getPhase`).
    func phase(restartPolicy: String, previous: String?) -> String {
        if previous == "Succeeded" || previous == "Failed" { return previous ?? "Failed" }
        for i in initContainers {
            let c = containers[i]
            if let t = c.terminated {
                if t.exitCode == 0 { continue }
                return restartPolicy == "Never" ? "Failed" : "Pending"
            }
            return "Pending"
        }
        var running = 0, waiting = 0, stopped = 0, succeeded = 0
        for i in regularContainers {
            let c = containers[i]
            switch c.state {
            case .running: running += 1
            case .terminated(let t):
                stopped += 1
                if t.exitCode == 0 { succeeded += 1 }
            case .waiting:
                if c.lastTerminated != nil { stopped += 1 } else { waiting += 1 }
            }
        }
        if waiting > 0 { return "Pending" }
        if running > 0 { return "Running" }
        if stopped > 0 {
            if restartPolicy == "Always" { return "Running" }
            if stopped == succeeded { return "Succeeded" }
            return restartPolicy == "Never" ? "Failed" : "Running"
        }
        return "Pending"
    }

    /// A run rebuilt from a Pod's status, after kubeling restarted: running containers keep running
    /// (a kubelet restart does not kill them), finished ones stay finished.
    static func rebuilt(from pod: JSON, uid: String) -> PodRun? {
        guard let start = (pod[path: ["status", "startTime"]]?.stringValue).flatMap(ObjectMeta.parseTimestamp),
              let ip = pod[path: ["status", "podIP"]]?.stringValue else { return nil }
        let statuses = (pod[path: ["status", "initContainerStatuses"]]?.arrayValue ?? [])
            + (pod[path: ["status", "containerStatuses"]]?.arrayValue ?? [])
        var run = PodRun(uid: uid, podIP: ip, startTime: start, containers: Self.containers(of: pod))
        for i in run.containers.indices {
            var c = run.containers[i]
            defer { run.containers[i] = c }
            guard let st = statuses.first(where: { $0["name"]?.stringValue == c.name }) else { continue }
            c.restartCount = Int(st["restartCount"]?.intValue ?? 0)
            c.containerID = st["containerID"]?.stringValue
            if c.containerID != nil { c.imageReadyAt = start }
            c.lastTerminated = st[path: ["lastState", "terminated"]].flatMap(terminated)
            if let since = (st[path: ["state", "running", "startedAt"]]?.stringValue).flatMap(ObjectMeta.parseTimestamp) {
                c.state = .running(since: since)
                c.exitAt = c.program.exit.map { since.addingTimeInterval($0.after) }
                c.exitCode = c.program.exit?.code ?? 0
                c.started = st["started"]?.boolValue ?? true
                c.probeReady = st["ready"]?.boolValue ?? false
                c.nextProbeAt = Probe.firstTime(c, since)
            } else if let t = st[path: ["state", "terminated"]].flatMap(terminated) {
                c.state = .terminated(t)
            }
            if c.restartCount > 0 {
                c.backoff = min(backoffMax, backoffBase * pow(2, Double(c.restartCount - 1)))
            }
        }
        return run
    }

    static func terminated(_ j: JSON) -> ContainerRun.Terminated? {
        guard let started = (j["startedAt"]?.stringValue).flatMap(ObjectMeta.parseTimestamp),
              let finished = (j["finishedAt"]?.stringValue).flatMap(ObjectMeta.parseTimestamp) else { return nil }
        return .init(exitCode: Int(j["exitCode"]?.intValue ?? 0), reason: j["reason"]?.stringValue ?? "Error",
                     startedAt: started, finishedAt: finished)
    }

    /// The containers of a Pod spec, init containers first.
    static func containers(of pod: JSON) -> [ContainerRun] {
        (pod[path: ["spec", "initContainers"]]?.arrayValue ?? []).map { ContainerRun(spec: $0, isInit: true) }
            + (pod[path: ["spec", "containers"]]?.arrayValue ?? []).map { ContainerRun(spec: $0, isInit: false) }
    }
}
