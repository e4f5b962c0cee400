import Foundation
import JSON

/// The pods printer: READY, the STATUS derivation of upstream's `printPod` (init containers, sidecars,
/// waiting/terminated reasons, Completed-but-running, Terminating) and RESTARTS with "(AGE ago)".
enum PodPrinter {
    static let printer = TablePrinter(
        columns: [
            TableColumn.name,
            TableColumn("Ready", "The aggregate readiness state of this pod for accepting traffic."),
            TableColumn("Status", "The aggregate status of the containers in this pod."),
            TableColumn("Restarts", "The number of times the containers in this pod have been restarted and when the "
                + "last container in this pod has restarted."),
            TableColumn.age,
            TableColumn("IP", "podIP address allocated to the pod. Routable at least within the cluster. Empty if not "
                + "yet allocated.", priority: 1),
            TableColumn("Node", "NodeName indicates in which node this pod is scheduled. If empty, this pod is a "
                + "candidate for scheduling by the scheduler defined in schedulerName. Once this field is set, the "
                + "kubelet for this node becomes responsible for the lifecycle of this pod.", priority: 1),
            TableColumn("Nominated Node", "nominatedNodeName is set only when this pod preempts other pods on the node, "
                + "but it cannot be scheduled right away as preemption victims receive their graceful termination "
                + "periods. This field does not guarantee that the pod will be scheduled on this node.", priority: 1),
            TableColumn("Readiness Gates", "If specified, all readiness gates will be evaluated for pod readiness. A pod "
                + "is ready when all its containers are ready AND all conditions specified in the readiness gates "
                + "have status equal to \"True\"", priority: 1),
        ],
        cells: { pod, now in cells(pod, now: now) },
        conditions: { pod in
            // Upstream marks finished pods with a Completed row condition.
            switch pod[path: ["status", "phase"]]?.stringValue {
            case "Succeeded": return [completed("Succeeded", "The pod has completed successfully.")]
            case "Failed": return [completed("Failed", "The pod failed.")]
            default: return []
            }
        })

    static func completed(_ reason: String, _ message: String) -> JSON {
        .object(JSONObject([("type", "Completed"), ("status", "True"), ("reason", .string(reason)),
                            ("message", .string(message))]))
    }

    /// The summary of one pod: READY numerator/denominator, STATUS and RESTARTS text.
    struct Summary: Equatable {
        var ready: Int
        var total: Int
        var status: String
        var restarts: Int64
        var lastRestart: Date?
    }

    static func cells(_ pod: JSON, now: Date) -> [JSON] {
        let s = summarize(pod)
        var restarts = String(s.restarts)
        if s.restarts != 0, let last = s.lastRestart {
            restarts += " (\(HumanDuration.format(now.timeIntervalSince(last))) ago)"
        }
        let status = pod["status"]
        var ip = TableCells.string(TableCells.array(status?["podIPs"]).first?["ip"])
        if ip.isEmpty { ip = TableCells.string(status?["podIP"]) }
        return [
            .string(TableCells.name(pod)), .string("\(s.ready)/\(s.total)"), .string(s.status), .string(restarts),
            .string(TableCells.age(pod, now)),
            .string(orNone(ip)), .string(orNone(TableCells.string(pod[path: ["spec", "nodeName"]]))),
            .string(orNone(TableCells.string(status?["nominatedNodeName"]))), .string(readinessGates(pod)),
        ]
    }

    static func orNone(_ s: String) -> String { s.isEmpty ? "<none>" : s }

    /// `trueGates/gates` over `spec.readinessGates`, `<none>` without gates.
    static func readinessGates(_ pod: JSON) -> String {
        let gates = TableCells.array(pod[path: ["spec", "readinessGates"]])
        guard !gates.isEmpty else { return "<none>" }
        let conditions = pod[path: ["status", "conditions"]]
        let trueCount = gates.filter {
            TableCells.condition(conditions, TableCells.string($0["conditionType"]))?["status"]?.stringValue == "True"
        }.count
        return "\(trueCount)/\(gates.count)"
    }

    /// The latest `lastState.terminated.finishedAt` seen so far.
    private static func later(_ current: Date?, _ status: JSON) -> Date? {
        guard let text = status[path: ["lastState", "terminated", "finishedAt"]]?.stringValue,
              let date = ObjectMeta.parseTimestamp(text) else { return current }
        guard let current else { return date }
        return date > current ? date : current
    }

    /// `Init:Signal:N` / `ExitCode:N` style text for a terminated state without a reason.
    private static func terminatedText(_ t: JSON, prefix: String) -> String {
        if let reason = t["reason"]?.stringValue, !reason.isEmpty { return prefix + reason }
        let signal = TableCells.int(t["signal"])
        if signal != 0 { return prefix + "Signal:\(signal)" }
        return prefix + "ExitCode:\(TableCells.int(t["exitCode"]))"
    }

    static func summarize(_ pod: JSON) -> Summary {
        let spec = pod["spec"], status = pod["status"]
        let phase = TableCells.string(status?["phase"])
        let conditions = status?["conditions"]
        var reason = phase
        if let r = status?["reason"]?.stringValue, !r.isEmpty { reason = r }
        for c in TableCells.array(conditions)
        where c["type"]?.stringValue == "PodScheduled" && c["reason"]?.stringValue == "SchedulingGated" {
            reason = "SchedulingGated"
        }

        let initSpecs = TableCells.array(spec?["initContainers"])
        // Sidecars: init containers with restartPolicy Always count as containers.
        let sidecars = Set(initSpecs.filter { $0["restartPolicy"]?.stringValue == "Always" }
            .map { TableCells.string($0["name"]) })
        let total = TableCells.array(spec?["containers"]).count + sidecars.count
        var ready = 0
        var restarts: Int64 = 0, sidecarRestarts: Int64 = 0
        var lastRestart: Date?, lastSidecarRestart: Date?

        var initializing = false
        for (i, c) in TableCells.array(status?["initContainerStatuses"]).enumerated() {
            restarts += TableCells.int(c["restartCount"])
            lastRestart = later(lastRestart, c)
            let isSidecar = sidecars.contains(TableCells.string(c["name"]))
            if isSidecar {
                sidecarRestarts += TableCells.int(c["restartCount"])
                lastSidecarRestart = later(lastSidecarRestart, c)
            }
            let state = c["state"]
            if let t = state?["terminated"], !t.isNull, TableCells.int(t["exitCode"]) == 0 { continue }
            if isSidecar, c["started"]?.boolValue == true {
                if c["ready"]?.boolValue == true { ready += 1 }
                continue
            }
            if let t = state?["terminated"], !t.isNull {
                reason = terminatedText(t, prefix: "Init:")
            } else if let w = state?["waiting"]?["reason"]?.stringValue, !w.isEmpty, w != "PodInitializing" {
                reason = "Init:" + w
            } else {
                reason = "Init:\(i)/\(initSpecs.count)"
            }
            initializing = true
            break
        }

        if !initializing || TableCells.conditionTrue(conditions, "Initialized") {
            restarts = sidecarRestarts
            lastRestart = lastSidecarRestart
            var hasRunning = false
            // Last to first, so the first container's state is the one shown.
            for c in TableCells.array(status?["containerStatuses"]).reversed() {
                restarts += TableCells.int(c["restartCount"])
                lastRestart = later(lastRestart, c)
                let state = c["state"]
                if let w = state?["waiting"]?["reason"]?.stringValue, !w.isEmpty {
                    reason = w
                } else if let t = state?["terminated"], !t.isNull {
                    reason = terminatedText(t, prefix: "")
                } else if c["ready"]?.boolValue == true, let r = state?["running"], !r.isNull {
                    hasRunning = true
                    ready += 1
                }
            }
            if reason == "Completed" && hasRunning {
                reason = TableCells.conditionTrue(conditions, "Ready") ? "Running" : "NotReady"
            }
        }

        let deleting = pod[path: ["metadata", "deletionTimestamp"]].map { !$0.isNull } ?? false
        if deleting && status?["reason"]?.stringValue == "NodeLost" {
            reason = "Unknown"
        } else if deleting && phase != "Succeeded" && phase != "Failed" {
            reason = "Terminating"
        }
        return Summary(ready: ready, total: total, status: reason, restarts: restarts, lastRestart: lastRestart)
    }
}
