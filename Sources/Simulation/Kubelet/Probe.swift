import API
import Controllers
import Foundation
import JSON

/// Startup, liveness and readiness probes, run on the cluster clock as the kubelet's prober does
/// (first run `initialDelaySeconds` after start, then every `periodSeconds`; a result flips after
/// `successThreshold` / `failureThreshold` consecutive outcomes). The simulated program answers: an
/// `httpGet`, `tcpSocket` or `grpc` probe succeeds when the program listens on the port; an `exec` probe
/// succeeds (the command runs in the container and exits 0).
enum Probe {
    struct Settings {
        let initialDelay: Double
        let period: Double
        let success: Int
        let failure: Int

        init(_ probe: JSON) {
            initialDelay = Double(probe["initialDelaySeconds"]?.intValue ?? 0)
            period = Double(max(1, probe["periodSeconds"]?.intValue ?? 10))
            success = Int(max(1, probe["successThreshold"]?.intValue ?? 1))
            failure = Int(max(1, probe["failureThreshold"]?.intValue ?? 3))
        }
    }

    /// When a freshly started container is first probed (nil: it has no probe).
    static func firstTime(_ c: ContainerRun, _ startedAt: Date) -> Date? {
        let probes = ["startupProbe", "livenessProbe", "readinessProbe"].compactMap { c.spec[$0] }
        guard !probes.isEmpty else { return nil }
        let delays = probes.map { Settings($0).initialDelay }
        return startedAt.addingTimeInterval(delays.min() ?? 0)
    }

    /// Runs every probe tick due by `now`; returns the next tick.
    static func run(_ c: inout ContainerRun, now: Date, podIP: String, _ env: some PodRunEnvironment) -> Date? {
        guard case .running(let since) = c.state else { return nil }
        var ticks = 0
        while let at = c.nextProbeAt, at <= now, c.isRunning, ticks < 1000 {
            ticks += 1
            let elapsed = at.timeIntervalSince(since)
            var periods: [Double] = []
            if !c.started, let p = c.spec["startupProbe"] {
                let s = Settings(p)
                periods.append(s.period)
                if elapsed >= s.initialDelay {
                    tick(&c, p, s, at: at, kind: "Startup", podIP: podIP, env)
                }
            } else {
                if let p = c.spec["livenessProbe"] {
                    let s = Settings(p)
                    periods.append(s.period)
                    if elapsed >= s.initialDelay { tick(&c, p, s, at: at, kind: "Liveness", podIP: podIP, env) }
                }
                if let p = c.spec["readinessProbe"], c.isRunning {
                    let s = Settings(p)
                    periods.append(s.period)
                    if elapsed >= s.initialDelay { tick(&c, p, s, at: at, kind: "Readiness", podIP: podIP, env) }
                }
            }
            c.nextProbeAt = periods.min().map { at.addingTimeInterval($0) }
        }
        return c.isRunning ? c.nextProbeAt : nil
    }

    private static func tick(_ c: inout ContainerRun, _ probe: JSON, _ s: Settings, at: Date, kind: String, podIP: String,
                             _ env: some PodRunEnvironment) {
        let (ok, failure) = evaluate(probe, c, podIP: podIP, env)
        if ok {
            c.probeFailures = 0
            c.probeSuccesses += 1
            if c.probeSuccesses >= s.success {
                switch kind {
                case "Startup": c.started = true
                case "Readiness": c.probeReady = true
                default: break
                }
            }
            return
        }
        c.probeSuccesses = 0
        c.probeFailures += 1
        env.event(.warning, "Unhealthy", "\(kind) probe failed: \(failure)")
        if kind == "Readiness" {
            if c.probeFailures >= s.failure { c.probeReady = false }
            return
        }
        guard c.probeFailures >= s.failure, c.termSentAt == nil else { return }
        // Liveness and startup failures restart the container: SIGTERM, then SIGKILL after the grace period.
        env.event(.normal, "Killing", "Container \(c.name) failed \(kind.lowercased()) probe, will be restarted")
        c.termSentAt = at
        c.probeFailures = 0
        let grace = Double(env.pod[path: ["spec", "terminationGracePeriodSeconds"]]?.intValue ?? 30)
        switch c.program.onTerm {
        case .exit(let code, let after):
            c.exitAt = at.addingTimeInterval(min(after, grace))
            c.exitCode = after <= grace ? code : 137
        case .ignore:
            c.exitAt = at.addingTimeInterval(grace)
            c.exitCode = 137
        }
    }

    /// The probe's outcome against the program, with the failure text the kubelet would log.
    static func evaluate(_ probe: JSON, _ c: ContainerRun, podIP: String, _ env: some PodRunEnvironment) -> (Bool, String) {
        if let http = probe["httpGet"] {
            let port = resolve(http["port"], c)
            let scheme = (http["scheme"]?.stringValue ?? "HTTP").lowercased()
            let path = http["path"]?.stringValue ?? "/"
            let host = http["host"]?.stringValue ?? podIP
            let ok = port.map(c.program.listens(on:)) ?? false
            return (ok, "Get \"\(scheme)://\(host):\(port.map(String.init) ?? "")\(path)\": dial tcp \(host):\(port.map(String.init) ?? ""): connect: connection refused")
        }
        if let tcp = probe["tcpSocket"] {
            let port = resolve(tcp["port"], c)
            let host = tcp["host"]?.stringValue ?? podIP
            let ok = port.map(c.program.listens(on:)) ?? false
            return (ok, "dial tcp \(host):\(port.map(String.init) ?? ""): connect: connection refused")
        }
        if let grpc = probe["grpc"] {
            let port = grpc["port"]?.intValue.map(Int.init)
            let ok = port.map(c.program.listens(on:)) ?? false
            return (ok, "timeout: failed to connect service \"\(podIP):\(port.map(String.init) ?? "")\" within 1s: context deadline exceeded")
        }
        if let command = probe[path: ["exec", "command"]]?.arrayValue?.compactMap(\.stringValue) {
            // Run in the container when the runtime can (the kubelet reports the command's output).
            guard let (code, output) = env.execProbe(c, command: command) else { return (true, "") }
            return (code == 0, output.hasSuffix("\n") ? String(output.dropLast()) : output)
        }
        return (true, "")
    }

    /// A probe port: a number, or the name of one of the container's ports.
    static func resolve(_ port: JSON?, _ c: ContainerRun) -> Int? {
        if let n = port?.intValue { return Int(n) }
        guard let name = port?.stringValue else { return nil }
        if let n = Int(name) { return n }
        return (c.spec["ports"]?.arrayValue ?? []).first { $0["name"]?.stringValue == name }?["containerPort"]?.intValue.map(Int.init)
    }
}
