import API
import Foundation
import JSON
import Simulation
import TestCluster
import Testing

/// The simulated kubelet drives Pods through upstream's states, conditions, events and timings, on the
/// manual clock.
@Suite struct KubeletTests {
    @Test func aPodIsScheduledPulledStartedAndReady() throws {
        let cluster = try simulatedCluster()
        try cluster.createPod(pod("web", image: "nginx:1.27"))
        try cluster.runUntilQuiet()
        let pending = try #require(try cluster.pod("web"))
        #expect(pending[path: ["spec", "nodeName"]]?.stringValue == "kubeling-control-plane")
        #expect(pending[path: ["status", "phase"]]?.stringValue == "Pending")
        #expect(try cluster.containerState("web") == ("waiting", "ContainerCreating"))
        #expect(pending[path: ["status", "podIP"]]?.stringValue == "10.244.0.2")
        #expect(pending[path: ["status", "hostIP"]]?.stringValue == "127.0.0.1")
        #expect(try cluster.condition("web", "Ready")?["reason"]?.stringValue == "ContainersNotReady")

        try cluster.advance(by: 1)  // nginx's 72 MB pull takes 0.72 s
        let running = try #require(try cluster.pod("web"))
        #expect(running[path: ["status", "phase"]]?.stringValue == "Running")
        #expect(try cluster.condition("web", "Ready")?["status"]?.stringValue == "True")
        let status = try #require(running[path: ["status", "containerStatuses"]]?.arrayValue?.first)
        #expect(status["ready"]?.boolValue == true)
        #expect(status["started"]?.boolValue == true)
        #expect(status["image"]?.stringValue == "docker.io/library/nginx:1.27")
        #expect(status["containerID"]?.stringValue?.hasPrefix("containerd://") == true)
        #expect(status["containerID"]?.stringValue?.count == 13 + 64)
        #expect(status[path: ["state", "running", "startedAt"]]?.stringValue == "2026-01-01T00:00:00Z")
        #expect(running[path: ["status", "conditions"]]?.arrayValue?.compactMap { $0["type"]?.stringValue }
                == ["PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady", "PodScheduled"])
        // The scheduler's and the kubelet's events share one frozen instant here, so only the kubelet's
        // own order is fixed.
        let events = try cluster.events(about: "web")
        #expect(events.contains("Scheduled: Successfully assigned default/web to kubeling-control-plane"))
        #expect(events.filter { !$0.hasPrefix("Scheduled") } == [
            "Pulling: Pulling image \"nginx:1.27\"",
            "Pulled: Successfully pulled image \"nginx:1.27\" in 722ms (722ms including waiting). Image size: 72223946 bytes.",
            "Created: Created container: web",
            "Started: Started container web",
        ])

        // The node has the image now (IfNotPresent: a tagged image); `:latest` means Always, pulled again.
        try cluster.createPod(pod("web2", image: "nginx:1.27"))
        try cluster.runUntilQuiet()
        #expect(try cluster.containerState("web2").0 == "running")
        let web2Events = try cluster.events(about: "web2")
        #expect(web2Events.contains("Pulled: Container image \"nginx:1.27\" already present on machine"), "\(web2Events)")
        try cluster.createPod(pod("web3", image: "nginx"))
        try cluster.advance(by: 1)
        #expect(try cluster.events(about: "web3").contains("Pulling: Pulling image \"nginx\""))
        #expect(try cluster.pod("web2")?[path: ["status", "podIP"]]?.stringValue == "10.244.0.3")
    }

    @Test func runToCompletionPodsSucceedOrFailWithTheirExitCode() throws {
        let cluster = try simulatedCluster()
        try cluster.createPod(pod("ok", image: "busybox", command: ["sh", "-c", "echo done; sleep 2"],
                                  spec: ["restartPolicy": "Never"]))
        try cluster.createPod(pod("bad", image: "busybox", command: ["sh", "-c", "sleep 1; exit 3"],
                                  spec: ["restartPolicy": "Never"]))
        try cluster.advance(by: 1.5)
        #expect(try cluster.containerState("bad") == ("terminated", "Error"))
        #expect(try cluster.pod("bad")?[path: ["status", "phase"]]?.stringValue == "Failed")
        #expect(try cluster.pod("bad")?[path: ["status", "containerStatuses"]]?.arrayValue?.first?[path: ["state", "terminated", "exitCode"]]?.intValue == 3)
        #expect(try cluster.containerState("ok").0 == "running")
        try cluster.advance(by: 2)
        #expect(try cluster.containerState("ok") == ("terminated", "Completed"))
        #expect(try cluster.pod("ok")?[path: ["status", "phase"]]?.stringValue == "Succeeded")
        #expect(try cluster.condition("ok", "Ready")?["reason"]?.stringValue == "PodCompleted")
    }

    @Test func aCrashingContainerBacksOffTenSecondsDoublingToFiveMinutes() throws {
        let cluster = try simulatedCluster()
        try cluster.createPod(pod("crash", image: "busybox"))  // `sh` without a terminal exits at once
        try cluster.advance(by: 0.1)
        let restarts = { try cluster.pod("crash")?[path: ["status", "containerStatuses"]]?.arrayValue?.first?["restartCount"]?.intValue }
        #expect(try restarts() == 1)  // the first restart is immediate
        #expect(try cluster.containerState("crash") == ("waiting", "CrashLoopBackOff"))
        let message = try cluster.pod("crash")?[path: ["status", "containerStatuses"]]?.arrayValue?.first?[path: ["state", "waiting", "message"]]?.stringValue
        #expect(message?.hasPrefix("back-off 10s restarting failed container=crash pod=crash_default(") == true)
        #expect(try cluster.pod("crash")?[path: ["status", "phase"]]?.stringValue == "Running")
        var seen: [Int64] = []
        for wait in [9.8, 0.2, 19.8, 0.2, 40, 80, 160, 300, 300] {
            try cluster.advance(by: wait)
            seen.append(try restarts() ?? -1)
        }
        #expect(seen == [1, 2, 2, 3, 4, 5, 6, 7, 8])
        #expect(try cluster.events(about: "crash").contains { $0.hasPrefix("BackOff: Back-off restarting failed container crash in pod crash_default(") })
        let last = try cluster.pod("crash")?[path: ["status", "containerStatuses"]]?.arrayValue?.first?["lastState"]
        #expect(last?[path: ["terminated", "reason"]]?.stringValue == "Completed")
    }

    @Test func aMissingImageGoesFromErrImagePullToImagePullBackOff() throws {
        let cluster = try simulatedCluster()
        try cluster.createPod(pod("ghost", image: "nginx:doesnotexist"))
        try cluster.runUntilQuiet()
        let st = try cluster.containerState("ghost")
        let ghost = try cluster.pod("ghost") ?? .null
        #expect(st == ("waiting", "ErrImagePull"), "\(ghost)")
        try cluster.advance(by: 2)
        #expect(try cluster.containerState("ghost") == ("waiting", "ImagePullBackOff"))
        let events = try cluster.events(about: "ghost")
        #expect(events.contains("Failed: Error: ErrImagePull"))
        #expect(events.contains("BackOff: Back-off pulling image \"nginx:doesnotexist\""))
        #expect(events.contains { $0.hasPrefix("Failed: Failed to pull image \"nginx:doesnotexist\": rpc error: code = NotFound") })
    }

    @Test func aMissingConfigMapKeepsThePodCreatingUntilItAppears() throws {
        let cluster = try simulatedCluster()
        try cluster.createPod(pod("mounts", spec: ["volumes": [["name": "cfg", "configMap": ["name": "settings"]]]]))
        try cluster.advance(by: 5)
        #expect(try cluster.containerState("mounts") == ("waiting", "ContainerCreating"))
        #expect(try cluster.events(about: "mounts").contains(
            "FailedMount: MountVolume.SetUp failed for volume \"cfg\" : configmap \"settings\" not found"))
        try cluster.client.create(try cluster.resource("", "v1", "configmaps"), namespace: "default",
                                  ["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": "settings"]])
        try cluster.advance(by: 1)
        #expect(try cluster.containerState("mounts").0 == "running")
    }

    @Test func readinessFollowsTheProbeAndAFailingLivenessProbeRestarts() throws {
        let cluster = try simulatedCluster()
        try cluster.createPod(pod("good", container: ["readinessProbe": ["httpGet": ["path": "/", "port": 80],
                                                                        "initialDelaySeconds": 5, "periodSeconds": 10]]))
        try cluster.createPod(pod("deaf", container: ["readinessProbe": ["tcpSocket": ["port": 8080], "periodSeconds": 5]]))
        try cluster.createPod(pod("dying", container: ["livenessProbe": ["httpGet": ["path": "/healthz", "port": 8080],
                                                                        "periodSeconds": 10, "failureThreshold": 3]]))
        try cluster.advance(by: 1)
        #expect(try cluster.condition("good", "Ready")?["status"]?.stringValue == "False")
        try cluster.advance(by: 5)
        #expect(try cluster.condition("good", "Ready")?["status"]?.stringValue == "True")
        #expect(try cluster.condition("deaf", "Ready")?["status"]?.stringValue == "False")
        #expect(try cluster.pod("deaf")?[path: ["status", "phase"]]?.stringValue == "Running")
        #expect(try cluster.events(about: "deaf").contains { $0.hasPrefix("Unhealthy: Readiness probe failed: dial tcp 10.244.0.") })

        try cluster.advance(by: 25)  // liveness fails at +0.7, +10.7, +20.7 s: killed and restarted
        let restarts = try cluster.pod("dying")?[path: ["status", "containerStatuses"]]?.arrayValue?.first?["restartCount"]?.intValue
        #expect(restarts == 1)
        #expect(try cluster.events(about: "dying").contains("Killing: Container dying failed liveness probe, will be restarted"))
    }

    @Test func initContainersRunFirstInOrder() throws {
        let cluster = try simulatedCluster()
        var p = pod("app")
        p[path: ["spec", "initContainers"]] = [["name": "wait", "image": "busybox", "command": ["sh", "-c", "sleep 5"]]]
        try cluster.createPod(p)
        try cluster.advance(by: 2)
        #expect(try cluster.condition("app", "Initialized")?["reason"]?.stringValue == "ContainersNotInitialized")
        #expect(try cluster.containerState("app") == ("waiting", "ContainerCreating"))
        #expect(try cluster.pod("app")?[path: ["status", "phase"]]?.stringValue == "Pending")
        try cluster.advance(by: 5)
        #expect(try cluster.condition("app", "Initialized")?["status"]?.stringValue == "True")
        #expect(try cluster.containerState("app").0 == "running")
        let initStatus = try cluster.pod("app")?[path: ["status", "initContainerStatuses"]]?.arrayValue?.first
        #expect(initStatus?[path: ["state", "terminated", "reason"]]?.stringValue == "Completed")
    }

    @Test func anUnschedulablePodIsPlacedOnceRoomIsFreed() throws {
        let cluster = try simulatedCluster()  // 4 CPUs
        try cluster.createPod(pod("first", container: ["resources": ["requests": ["cpu": "3"]]]))
        try cluster.createPod(pod("second", container: ["resources": ["requests": ["cpu": "2"]]]))
        try cluster.advance(by: 1)
        #expect(try cluster.condition("second", "PodScheduled")?["reason"]?.stringValue == "Unschedulable")
        try cluster.client.delete(try cluster.resource("", "v1", "pods"), namespace: "default", name: "first")
        try cluster.advance(by: 1)  // nginx stops at once; its room goes back
        #expect(try cluster.pod("first") == nil)
        #expect(try cluster.pod("second")?[path: ["spec", "nodeName"]]?.stringValue == "kubeling-control-plane")
        #expect(try cluster.condition("second", "PodScheduled")?["status"]?.stringValue == "True")
    }

    @Test func thePodThatFitsNowhereSaysWhyInUpstreamWords() throws {
        let cluster = try simulatedCluster()
        try cluster.createPod(pod("huge", container: ["resources": ["requests": ["cpu": "100"]]]))
        try cluster.runUntilQuiet()
        let c = try cluster.condition("huge", "PodScheduled")
        #expect(c?["status"]?.stringValue == "False")
        #expect(c?["reason"]?.stringValue == "Unschedulable")
        #expect(c?["message"]?.stringValue == "0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.")
        #expect(try cluster.events(about: "huge").first?.hasPrefix("FailedScheduling: 0/1 nodes are available") == true)
    }
}

/// Graceful termination: SIGTERM, the grace period, SIGKILL, then the kubelet removes the Pod.
@Suite struct KubeletTerminationTests {
    @Test func aServerStopsAtOnceAndSleepIsKilledAfterTheGracePeriod() throws {
        let cluster = try simulatedCluster()
        try cluster.createPod(pod("web", image: "nginx:1.27"))
        try cluster.createPod(pod("sleeper", image: "busybox", command: ["sleep", "3600"],
                                  spec: ["terminationGracePeriodSeconds": 20]))
        try cluster.advance(by: 2)
        let pods = try cluster.resource("", "v1", "pods")
        try cluster.client.delete(pods, namespace: "default", name: "web")
        try cluster.client.delete(pods, namespace: "default", name: "sleeper")
        try cluster.runUntilQuiet()
        // nginx exits on SIGTERM: the kubelet removes the Pod with grace 0.
        #expect(try cluster.pod("web") == nil)
        #expect(try cluster.events(about: "web").contains("Killing: Stopping container web"))
        // sleep as PID 1 ignores SIGTERM: the Pod stays Terminating for its 20 s.
        let terminating = try #require(try cluster.pod("sleeper"))
        #expect(terminating.isBeingDeleted)
        #expect(terminating[path: ["metadata", "deletionGracePeriodSeconds"]]?.intValue == 20)
        #expect(try cluster.containerState("sleeper").0 == "running")
        try cluster.advance(by: 19)
        #expect(try cluster.pod("sleeper") != nil)
        try cluster.advance(by: 1)
        #expect(try cluster.pod("sleeper") == nil)
    }

    @Test func aNamespaceWithRunningPodsEmptiesOnceTheyStop() throws {
        let cluster = try simulatedCluster()
        try cluster.client.create(try cluster.resource("", "v1", "namespaces"), namespace: nil,
                                  ["apiVersion": "v1", "kind": "Namespace", "metadata": ["name": "apps"]])
        try cluster.runUntilQuiet()
        try cluster.createPod(pod("a", image: "busybox", command: ["sleep", "infinity"]), namespace: "apps")
        try cluster.advance(by: 1)
        try cluster.client.delete(try cluster.resource("", "v1", "namespaces"), namespace: nil, name: "apps")
        try cluster.advance(by: 29)
        #expect(try cluster.get("", "v1", "namespaces", "apps") != nil)  // the Pod has 30 s to stop
        try cluster.advance(by: 20)  // killed at 30 s; the namespace controller looks again after its estimate
        #expect(try cluster.get("", "v1", "pods", namespace: "apps", "a") == nil)
        #expect(try cluster.get("", "v1", "namespaces", "apps") == nil)
    }
}
