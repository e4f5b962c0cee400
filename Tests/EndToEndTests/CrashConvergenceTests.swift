import API
import Foundation
import JSON
import Testing

/// Crash safety of the controllers and the kubelet (the issue's acceptance): `kill -9` in the middle
/// of a rollout, a Job or with Pods running, then a restart on the same data file. The controllers are
/// level-based, so after the restart they converge to exactly the desired Pods (no duplicates, no
/// orphans); the kubelet picks its running containers up again as a restarted kubelet would (same Pods,
/// same containers, no restarts), and the timers of their programs resume on the cluster clock.
@Suite(.serialized) struct CrashConvergenceTests {
    static let serverArgs = ["--time-scale", "10", "--nodes", "3"]

    /// Polls `check` every `interval` for up to `seconds`; the first non-nil value, or nil.
    func poll<T>(_ seconds: Double, interval: UInt32 = 100_000, _ check: () throws -> T?) rethrows -> T? {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            if let v = try check() { return v }
            usleep(interval)
        } while Date() < deadline
        return nil
    }

    /// `kubectl get ARGS -o json` as a list's items (or one object in a one-element array).
    func items(_ k: Kubectl, _ args: String...) throws -> [JSON] {
        let r = try k.run(["get"] + args + ["-o", "json"])
        guard r.status == 0 else { throw HarnessError("kubectl get \(args.joined(separator: " ")): \(r.stderr)") }
        let obj = try JSONParser.parse(r.stdout)
        return obj["items"]?.arrayValue ?? [obj]
    }

    /// A list straight from the API (for tight polling, much faster than a kubectl process).
    func list(_ server: TestServer, _ path: String) -> [JSON]? {
        listWithVersion(server, path)?.items
    }

    func listWithVersion(_ server: TestServer, _ path: String) -> (items: [JSON], resourceVersion: String)? {
        guard let r = HTTPClient.send("GET", server.baseURL + path), r.code == 200,
              let obj = try? JSONParser.parse([UInt8](r.body)), let items = obj["items"]?.arrayValue,
              let rv = obj[path: ["metadata", "resourceVersion"]]?.stringValue else { return nil }
        return (items, rv)
    }

    static func int(_ obj: JSON, _ path: String...) -> Int { Int(obj[path: path]?.intValue ?? 0) }

    static func isReady(_ pod: JSON) -> Bool {
        (pod[path: ["status", "conditions"]]?.arrayValue ?? [])
            .contains { $0["type"]?.stringValue == "Ready" && $0["status"]?.stringValue == "True" }
    }

    static func readyCondition(_ pod: JSON) -> JSON? {
        (pod[path: ["status", "conditions"]]?.arrayValue ?? []).first { $0["type"]?.stringValue == "Ready" }
    }

    // MARK: 1. a rollout killed midway

    /// `kill -9` while a RollingUpdate of `replicas` Pods is half done (the new ReplicaSet has at least
    /// `killAt` but not all of its Pods ready); after the restart `rollout status` completes and exactly
    /// the desired Pods exist: all of the new ReplicaSet, Running and Ready, none duplicated, none
    /// orphaned, and no Pod was created only to be deleted again.
    @Test(arguments: [(minor: 33, replicas: 200, killAt: 1), (minor: 27, replicas: 40, killAt: 1)])
    func rolloutKilledMidwayConvergesToExactlyTheDesiredPods(minor: Int, replicas: Int, killAt: Int) throws {
        let first = try TestServer(extraArgs: Self.serverArgs)
        let k1 = try Kubectl(minor, server: first)
        let created = try k1("create", "deployment", "web", "--image=nginx", "--replicas=\(replicas)")
        try #require(created.status == 0, "\(created.stderr)")
        let available = try k1("rollout", "status", "deployment/web", "--timeout=60s", timeout: 70)
        try #require(available.status == 0, "the first rollout did not finish: \(available.stderr)")
        let before = try items(k1, "rs", "-l", "app=web")
        try #require(before.count == 1)
        let oldRS = try #require(before[0].name)

        let set = try k1("set", "image", "deployment/web", "nginx=nginx:1.27")
        try #require(set.status == 0, "\(set.stderr)")
        // Kill as soon as the new ReplicaSet has some, but not all, of its Pods ready.
        var seen = ""
        let caught = poll(30, interval: 2_000) { () -> (new: Int, old: Int, revision: String)? in
            guard let (sets, rv) = listWithVersion(first, "/apis/apps/v1/namespaces/default/replicasets?labelSelector=app%3Dweb"),
                  let new = sets.first(where: { $0.name != oldRS }), let old = sets.first(where: { $0.name == oldRS })
            else { return nil }
            let ready = Self.int(new, "status", "readyReplicas")
            seen = "new \(new.name ?? "") ready \(ready), old replicas \(Self.int(old, "status", "replicas"))"
            guard ready >= killAt, ready < replicas, Self.int(old, "status", "replicas") > 0 else { return nil }
            first.kill9()
            return (ready, Self.int(old, "status", "replicas"), rv)
        }
        let killedAt = try #require(caught, "never saw the rollout half done (last: \(seen)); the server was not killed")
        #expect(killedAt.new > 0 && killedAt.new < replicas && killedAt.old > 0, "not mid-rollout: \(killedAt)")

        let second = try TestServer(dataPath: first.dataPath, directory: first.directory, extraArgs: Self.serverArgs)
        defer { second.stop() }
        // Every Pod change from just before the kill on (the watch history outlives the restart): no Pod
        // may be created only to be deleted again, before the crash or after.
        let watch = try startBackground(try curlPath(), ["-sN", second.baseURL
            + "/api/v1/namespaces/default/pods?watch=1&resourceVersion=\(killedAt.revision)"])
        let k = try Kubectl(minor, server: second)
        let rollout = try k("rollout", "status", "deployment/web", "--timeout=60s", timeout: 70)
        #expect(rollout.status == 0, "rollout status after the restart: \(rollout.stdout) \(rollout.stderr)")

        // Pods being deleted (the old ones stopping) go away; then exactly the desired Pods are left.
        var pods: [JSON] = []
        let settled = try poll(30) { () -> Bool? in
            pods = try items(k, "pods", "-l", "app=web")
            return pods.count == replicas && pods.allSatisfy { !$0.isBeingDeleted && Self.isReady($0) } ? true : nil
        }
        let deleting = pods.filter(\.isBeingDeleted).count, unready = pods.filter { !Self.isReady($0) }.count
        #expect(settled == true, "\(pods.count) Pods, \(deleting) being deleted, \(unready) not ready")
        let sets = try items(k, "rs", "-l", "app=web")
        let all = try items(k, "pods")  // every Pod of the namespace: orphans carry no app=web owner
        let deployment = try #require(try items(k, "deployment", "web").first)
        try withExtendedLifetime(first) {  // its directory holds the data file
            try checkConverged(deployment: deployment, sets: sets, pods: pods, all: all, oldRS: oldRS, replicas: replicas)
        }
        let notReady = try items(k, "events", "-A").filter { $0["reason"]?.stringValue == "NodeNotReady" }
        #expect(notReady.isEmpty, "a node went NotReady across the restart: \(notReady.compactMap { $0["message"]?.stringValue })")

        // The watch's story: the new ReplicaSet's Pods are exactly those left, none of them was ever
        // deleted, and the old ReplicaSet created nothing.
        usleep(200_000)
        watch.terminate(grace: 1)
        let events = watch.stdout.string.split(separator: "\n").compactMap { try? JSONParser.parse(String($0)) }
        #expect(events.count > 0, "the watch from revision \(killedAt.revision) saw nothing")
        let oldUID = sets.first { $0.name == oldRS }?.uid, newUID = sets.first { $0.name != oldRS }?.uid
        var newPods = Set<String>(), newDeleted = Set<String>(), oldCreated = Set<String>()
        for e in events {
            let type = e["type"]?.stringValue ?? "", pod = e["object"] ?? .null
            guard let uid = pod.uid, let owner = pod.controllerRef?.uid else { continue }
            if owner == newUID {
                newPods.insert(pod.name ?? uid)
                if type == "DELETED" || pod.isBeingDeleted { newDeleted.insert(pod.name ?? uid) }
            } else if owner == oldUID, type == "ADDED" {
                oldCreated.insert(pod.name ?? uid)
            }
        }
        #expect(!newPods.isEmpty)
        #expect(newDeleted.isEmpty, "Pods of the new ReplicaSet deleted: \(newDeleted.sorted().prefix(10))")
        #expect(oldCreated.isEmpty, "Pods of the old ReplicaSet created: \(oldCreated.sorted().prefix(10))")
        let gone = newPods.subtracting(pods.compactMap(\.name)).sorted()
        #expect(gone.isEmpty, "Pods of the new ReplicaSet that are gone: \(gone.prefix(10))")
    }

    private func checkConverged(deployment: JSON, sets: [JSON], pods: [JSON], all: [JSON], oldRS: String,
                                replicas: Int) throws {
        #expect(sets.count == 2, "ReplicaSets: \(sets.compactMap(\.name))")
        let old = try #require(sets.first { $0.name == oldRS })
        let new = try #require(sets.first { $0.name != oldRS })
        #expect(Self.int(old, "spec", "replicas") == 0 && Self.int(old, "status", "replicas") == 0, "old RS: \(old["status"] ?? .null)")
        #expect(Self.int(new, "spec", "replicas") == replicas)
        #expect(new.annotations["deployment.kubernetes.io/revision"] == "2")
        #expect(deployment.annotations["deployment.kubernetes.io/revision"] == "2")
        for field in ["replicas", "updatedReplicas", "readyReplicas", "availableReplicas"] {
            #expect(Self.int(deployment, "status", field) == replicas, "deployment status.\(field): \(deployment["status"] ?? .null)")
        }
        #expect(Self.int(deployment, "status", "unavailableReplicas") == 0)
        let conditions = (deployment[path: ["status", "conditions"]]?.arrayValue ?? []).map {
            "\($0["type"]?.stringValue ?? "")=\($0["status"]?.stringValue ?? "")/\($0["reason"]?.stringValue ?? "")"
        }
        #expect(Set(conditions) == ["Available=True/MinimumReplicasAvailable", "Progressing=True/NewReplicaSetAvailable"],
                "\(conditions)")

        let live = pods.filter { !$0.isBeingDeleted }
        #expect(live.count == replicas, "\(live.count) Pods not being deleted, want \(replicas)")
        #expect(Set(live.compactMap(\.name)).count == live.count, "duplicate Pod names")
        #expect(Set(live.compactMap(\.uid)).count == live.count, "duplicate Pod uids")
        let ips = live.compactMap { $0[path: ["status", "podIP"]]?.stringValue }
        let byIP: [String: [JSON]] = Dictionary(grouping: live) { $0[path: ["status", "podIP"]]?.stringValue ?? "" }
        var shared: [String] = []
        for (ip, group) in byIP where group.count > 1 {
            let who: [String] = group.map { p in
                let started = p[path: ["status", "startTime"]]?.stringValue ?? ""
                return "\(p.name ?? "") on \(p[path: ["spec", "nodeName"]]?.stringValue ?? "") created \(p.creationTimestamp ?? "") started \(started)"
            }
            shared.append("\(ip): \(who.joined(separator: ", "))")
        }
        #expect(ips.count == live.count && shared.isEmpty, "Pod IPs: \(ips.count) for \(live.count) Pods, shared: \(shared)")
        let newUID = new.uid
        let wrongOwner = live.filter { $0.controllerRef?.kind != "ReplicaSet" || $0.controllerRef?.uid != newUID }
        #expect(wrongOwner.isEmpty, "Pods not owned by the new ReplicaSet: \(wrongOwner.prefix(5).compactMap(\.name))")
        let notRunning = live.filter { $0[path: ["status", "phase"]]?.stringValue != "Running" || !Self.isReady($0) }
        #expect(notRunning.isEmpty, "Pods not Running and Ready: \(notRunning.prefix(5).compactMap(\.name))")
        let image = live.filter { $0[path: ["spec", "containers"]]?.arrayValue?.first?["image"]?.stringValue != "nginx:1.27" }
        #expect(image.isEmpty, "Pods of the old template: \(image.prefix(5).compactMap(\.name))")

        // No Pod anywhere in the namespace whose controller is gone, and none without one.
        let setUIDs = Set(sets.compactMap(\.uid))
        let orphans = all.filter { $0.controllerRef.map { !setUIDs.contains($0.uid) } ?? true }
        #expect(orphans.isEmpty, "orphan Pods: \(orphans.compactMap(\.name))")
        let perNode = Dictionary(grouping: live) { $0[path: ["spec", "nodeName"]]?.stringValue ?? "" }
        #expect(perNode[""] == nil, "unscheduled Pods")
    }

    // MARK: 2. running Pods across a restart

    /// What must not change about a running Pod across a restart of kubeling.
    struct PodFacts: Equatable, CustomStringConvertible {
        var uid: String, node: String, ip: String, startTime: String
        var containerID: String, startedAt: String, restartCount: Int, readySince: String

        init(_ pod: JSON) {
            let c = pod[path: ["status", "containerStatuses"]]?.arrayValue?.first ?? .null
            uid = pod.uid ?? ""
            node = pod[path: ["spec", "nodeName"]]?.stringValue ?? ""
            ip = pod[path: ["status", "podIP"]]?.stringValue ?? ""
            startTime = pod[path: ["status", "startTime"]]?.stringValue ?? ""
            containerID = c["containerID"]?.stringValue ?? ""
            startedAt = c[path: ["state", "running", "startedAt"]]?.stringValue ?? ""
            restartCount = Int(c["restartCount"]?.intValue ?? -1)
            readySince = CrashConvergenceTests.readyCondition(pod)?["lastTransitionTime"]?.stringValue ?? ""
        }

        var description: String {
            "uid \(uid) node \(node) ip \(ip) start \(startTime) container \(containerID.suffix(8)) since \(startedAt) "
                + "restarts \(restartCount) ready since \(readySince)"
        }
    }

    /// Pods running when kubeling is killed keep running after the restart: same uids, same containers
    /// (no restart), still Ready since the same moment, no new Pods; a Job's `sleep` started before the
    /// kill ends on time after it, and `kubectl exec` reaches a container the new process picked up.
    @Test(arguments: [33, 27])
    func runningPodsStayRunningAcrossARestart(minor: Int) throws {
        let first = try TestServer(extraArgs: Self.serverArgs)
        let k1 = try Kubectl(minor, server: first)
        #expect(try k1("create", "deployment", "app", "--image=nginx", "--replicas=3").status == 0)
        #expect(try k1("run", "solo", "--image=nginx").status == 0)
        // A shell script: its state lived in the old process, yet it must go on counting where it was.
        #expect(try k1("run", "counter", "--image=busybox", "--",
                       "sh", "-c", "i=0; while true; do i=$((i+1)); echo tick $i; sleep 5; done").status == 0)
        // 100 cluster seconds: 10 real seconds at 10×, so it is still sleeping when the server dies (and
        // after the restart, whose clock may start up to 50 cluster seconds later: see ClusterClock).
        #expect(try k1("create", "job", "sleeper", "--image=busybox", "--", "sleep", "100").status == 0)
        let rollout = try k1("rollout", "status", "deployment/app", "--timeout=30s", timeout: 40)
        try #require(rollout.status == 0, "\(rollout.stderr)")
        var before: [String: PodFacts] = [:]
        let running = try poll(20) { () -> Bool? in
            let pods = try items(k1, "pods")
            guard pods.count == 6, pods.allSatisfy(Self.isReady) else { return nil }
            before = Dictionary(uniqueKeysWithValues: pods.map { ($0.name ?? "", PodFacts($0)) })
            return true
        }
        try #require(running == true, "the six Pods did not all become ready")
        let ticksBefore = try k1("logs", "counter").stdout.split(separator: "\n").count
        let jobPod = try #require(before.keys.first { $0.hasPrefix("sleeper-") })
        let jobStarted = try #require(before[jobPod].flatMap { ObjectMeta.parseTimestamp($0.startedAt) })

        usleep(300_000)
        first.kill9()
        let second = try TestServer(dataPath: first.dataPath, directory: first.directory, extraArgs: Self.serverArgs)
        defer { second.stop() }
        let k = try Kubectl(minor, server: second)
        // Let the restarted cluster look at everything: nodes post their status, kubelets resync.
        let nodesReady = try k("wait", "--for=condition=Ready", "node", "--all", "--timeout=30s", timeout: 40)
        #expect(nodesReady.status == 0, "\(nodesReady.stderr)")
        usleep(1_000_000)  // ten cluster seconds: a lease renewal, the node controller's checks

        let after = try items(k, "pods")
        let afterNames = Set(after.compactMap(\.name))
        #expect(afterNames == Set(before.keys), "Pods before \(before.keys.sorted()), after \(afterNames.sorted())")
        for pod in after {
            let name = pod.name ?? ""
            guard let was = before[name] else { continue }
            let now = PodFacts(pod)
            if name == jobPod { continue }  // it may have finished by now; checked below
            #expect(now == was, "\(name) changed across the restart: before \(was), after \(now)")
            #expect(pod[path: ["status", "phase"]]?.stringValue == "Running" && Self.isReady(pod), "\(name) is not Running and Ready")
        }
        let notReady = try items(k, "events", "-A").filter { $0["reason"]?.stringValue == "NodeNotReady" }
        #expect(notReady.isEmpty, "a node went NotReady across the restart: \(notReady.compactMap { $0["message"]?.stringValue })")

        // The Job's sleep resumes where it was: its one Pod ends 100 cluster seconds after it started.
        let complete = try k("wait", "--for=condition=complete", "job/sleeper", "--timeout=30s", timeout: 40)
        #expect(complete.status == 0, "\(complete.stderr)")
        let jobPods = try items(k, "pods", "-l", "job-name=sleeper")
        #expect(jobPods.compactMap(\.name) == [jobPod], "Job Pods: \(jobPods.compactMap(\.name))")
        if let p = jobPods.first {
            let c = p[path: ["status", "containerStatuses"]]?.arrayValue?.first ?? .null
            let t = c[path: ["state", "terminated"]] ?? .null
            #expect(p.uid == before[jobPod]?.uid)
            #expect(p[path: ["status", "phase"]]?.stringValue == "Succeeded")
            #expect(c["restartCount"]?.intValue == 0 && c["containerID"]?.stringValue == before[jobPod]?.containerID)
            #expect(t["exitCode"]?.intValue == 0 && t["reason"]?.stringValue == "Completed", "\(t)")
            let started = (t["startedAt"]?.stringValue).flatMap(ObjectMeta.parseTimestamp)
            let finished = (t["finishedAt"]?.stringValue).flatMap(ObjectMeta.parseTimestamp)
            #expect(started == jobStarted, "the sleep started again: \(t)")
            #expect(finished.map { $0.timeIntervalSince(jobStarted) } == 100, "the sleep did not last 100 s: \(t)")
        }
        let job = try #require(try items(k, "job", "sleeper").first)
        #expect(Self.int(job, "status", "succeeded") == 1 && Self.int(job, "status", "failed") == 0, "\(job["status"] ?? .null)")

        // The picked-up container is live: exec reaches it.
        let exec = try k("exec", "solo", "--", "sh", "-c", "echo alive; hostname")
        #expect(exec.status == 0 && exec.stdout == "alive\nsolo\n", "exec: \(exec.stdout) \(exec.stderr)")
        let ticks = try k("logs", "counter").stdout.split(separator: "\n").map(String.init)
        #expect(ticks.count > ticksBefore && ticks == (1...max(1, ticks.count)).map { "tick \($0)" },
                "the counter's log across the restart: \(ticks)")
        let again = try items(k, "pod", "solo").first.map(PodFacts.init)
        #expect(again?.restartCount == 0 && again?.uid == before["solo"]?.uid)
        withExtendedLifetime(first) {}
    }

    // MARK: 3. a Job killed midway

    /// A Job of 5 completions, 2 at a time, killed after some but not all of its Pods succeeded: after
    /// the restart it completes with exactly 5 succeeded Pods, none more, none failed.
    @Test(arguments: [33, 27])
    func jobKilledMidwayEndsWithExactlyItsCompletions(minor: Int) throws {
        let first = try TestServer(extraArgs: Self.serverArgs)
        let k1 = try Kubectl(minor, server: first)
        let manifest = """
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: five
        spec:
          completions: 5
          parallelism: 2
          template:
            spec:
              restartPolicy: Never
              containers:
              - name: work
                image: busybox
                command: ["sleep", "5"]
        """
        let created = try k1("apply", "-f", "-", stdin: manifest)
        try #require(created.status == 0, "\(created.stderr)")
        var seen = ""
        let caught = poll(30, interval: 2_000) { () -> Int? in
            guard let pods = list(first, "/api/v1/namespaces/default/pods?labelSelector=job-name%3Dfive") else { return nil }
            let done = pods.filter { $0[path: ["status", "phase"]]?.stringValue == "Succeeded" }.count
            seen = "\(pods.count) Pods, \(done) succeeded"
            guard done > 0, done < 5 else { return nil }
            first.kill9()
            return done
        }
        let succeededAtKill = try #require(caught, "never saw the Job half done (last: \(seen))")
        #expect(succeededAtKill > 0 && succeededAtKill < 5)

        let second = try TestServer(dataPath: first.dataPath, directory: first.directory, extraArgs: Self.serverArgs)
        defer { second.stop() }
        let k = try Kubectl(minor, server: second)
        let complete = try k("wait", "--for=condition=complete", "job/five", "--timeout=40s", timeout: 50)
        #expect(complete.status == 0, "\(complete.stderr)")
        usleep(500_000)  // five cluster seconds more: nothing else may start
        let pods = try items(k, "pods", "-l", "job-name=five")
        let phases = Dictionary(grouping: pods) { $0[path: ["status", "phase"]]?.stringValue ?? "" }.mapValues(\.count)
        #expect(phases == ["Succeeded": 5], "Job Pods by phase: \(phases)")
        #expect(Set(pods.compactMap(\.name)).count == pods.count)
        #expect(pods.allSatisfy { $0.finalizers.isEmpty }, "tracking finalizers left")
        let job = try #require(try items(k, "job", "five").first)
        #expect(Self.int(job, "status", "succeeded") == 5 && Self.int(job, "status", "failed") == 0
                && Self.int(job, "status", "active") == 0, "\(job["status"] ?? .null)")
        let uncounted = job[path: ["status", "uncountedTerminatedPods"]]
        #expect(uncounted == nil || uncounted?.objectValue?.isEmpty == true
                || (uncounted?["succeeded"]?.arrayValue ?? []).isEmpty && (uncounted?["failed"]?.arrayValue ?? []).isEmpty,
                "\(uncounted ?? .null)")
        withExtendedLifetime(first) {}
    }
}
