import API
import Foundation
import JSON
import Simulation
import TestCluster
import Testing

/// The container runtime behind the kubelet: running containers with processes, signals that end
/// them (the kubelet restarts them in place), and logs kept per run.
@Suite struct ContainerRuntimeTests {
    private func text(_ pipe: BytePipe) -> String { String(decoding: pipe.readAll(), as: UTF8.self) }

    @Test func killingTheMainProcessRestartsTheContainerInPlaceAndKeepsThePreviousLog() throws {
        let runtime = ContainerRuntime(logDirectory: nil)
        let cluster = try simulatedCluster(runtime: runtime)
        try cluster.createPod(pod("flask", image: "lyzhang1999/hello-world-flask:latest"))
        try cluster.advance(by: 2)
        let uid = try #require(try cluster.pod("flask")?.uid)
        let first = try #require(runtime.instance(podUID: uid, container: "flask"))
        #expect(first.processList().map(\.name) == ["python3"])
        #expect(first.processList().first?.commandLine == "python3 app.py")
        #expect(text(try runtime.logs(namespace: "default", pod: "flask", options: LogOptions())).contains("Running on http://127.0.0.1:5000"))

        // killall python3: SIGTERM kills CPython (no handler) with 143; the kubelet sees it at once.
        #expect(first.signal(pid: 1, SIGTERM, at: cluster.clock.now()))
        try cluster.runUntilQuiet()
        let status = try #require(try cluster.pod("flask")?[path: ["status", "containerStatuses"]]?.arrayValue?.first)
        #expect(status["restartCount"]?.intValue == 1)
        #expect(status[path: ["lastState", "terminated", "exitCode"]]?.intValue == 143)
        #expect(status[path: ["lastState", "terminated", "reason"]]?.stringValue == "Error")
        #expect(status[path: ["state", "running"]] != nil)
        let second = try #require(runtime.instance(podUID: uid, container: "flask"))
        #expect(second.containerID != first.containerID)
        #expect(first.hasExited)

        var previous = LogOptions()
        previous.previous = true
        #expect(text(try runtime.logs(namespace: "default", pod: "flask", options: previous)).contains("Serving Flask app"))
        var tail = LogOptions()
        tail.tailLines = 1
        tail.timestamps = true
        let last = text(try runtime.logs(namespace: "default", pod: "flask", options: tail))
        #expect(last.hasSuffix(" Press CTRL+C to quit\n"), "\(last)")
        #expect(last.hasPrefix("2026-01-01T00:00:"), "\(last)")
    }

    @Test func aShellAsPIDOneIgnoresTermButNotKill() throws {
        let runtime = ContainerRuntime(logDirectory: nil)
        let cluster = try simulatedCluster(runtime: runtime)
        try cluster.createPod(pod("sleeper", image: "busybox", command: ["sleep", "3600"]))
        try cluster.advance(by: 1)
        let uid = try #require(try cluster.pod("sleeper")?.uid)
        let instance = try #require(runtime.instance(podUID: uid, container: "sleeper"))
        instance.signal(pid: 1, SIGTERM, at: cluster.clock.now())
        try cluster.runUntilQuiet()
        #expect(!instance.hasExited)
        instance.signal(pid: 1, SIGKILL, at: cluster.clock.now())
        try cluster.runUntilQuiet()
        let status = try #require(try cluster.pod("sleeper")?[path: ["status", "containerStatuses"]]?.arrayValue?.first)
        #expect(status[path: ["lastState", "terminated", "exitCode"]]?.intValue == 137)
        #expect(status["restartCount"]?.intValue == 1)
    }

    @Test func logsAnswerWithTheKubeletsMessages() throws {
        let runtime = ContainerRuntime(logDirectory: nil)
        let cluster = try simulatedCluster(runtime: runtime)
        try cluster.createPod(pod("web", image: "nginx:1.27"))
        try cluster.runUntilQuiet()  // pulling
        #expect(throws: APIError.badRequest("container \"web\" in pod \"web\" is waiting to start: ContainerCreating")) {
            _ = try runtime.logs(namespace: "default", pod: "web", options: LogOptions())
        }
        #expect(throws: APIError.badRequest("container nope is not valid for pod web")) {
            _ = try runtime.logs(namespace: "default", pod: "web", options: LogOptions(container: "nope"))
        }
        #expect(throws: APIError.notFound(resource: "pods", group: "", name: "ghost")) {
            _ = try runtime.logs(namespace: "default", pod: "ghost", options: LogOptions())
        }
        try cluster.advance(by: 1)
        var previous = LogOptions()
        previous.previous = true
        #expect(throws: APIError.badRequest("previous terminated container \"web\" in pod \"web\" not found")) {
            _ = try runtime.logs(namespace: "default", pod: "web", options: previous)
        }
    }

    @Test func aFollowerSeesLinesUntilTheRunEnds() throws {
        let runtime = ContainerRuntime(logDirectory: nil)
        let cluster = try simulatedCluster(runtime: runtime)
        try cluster.createPod(pod("flask", image: "lyzhang1999/hello-world-flask:latest"))
        try cluster.advance(by: 2)
        let uid = try #require(try cluster.pod("flask")?.uid)
        let instance = try #require(runtime.instance(podUID: uid, container: "flask"))
        var follow = LogOptions()
        follow.follow = true
        follow.tailLines = 0
        let pipe = try runtime.logs(namespace: "default", pod: "flask", options: follow)
        runtime.logs.append(instance.logKey, "GET / 200", at: cluster.clock.now())
        #expect(pipe.read(timeout: 5).map { String(decoding: $0, as: UTF8.self) } == "GET / 200\n")
        instance.signal(pid: 1, SIGKILL, at: cluster.clock.now())
        try cluster.runUntilQuiet()
        #expect(pipe.read(timeout: 5) == nil)
    }

    @Test func logsSurviveInTheirDirectoryAndGoWithThePod() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("logs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let key = ContainerLogKey(namespace: "default", pod: "p", uid: "u1", container: "c", restart: 0)
        let t = Date(timeIntervalSince1970: 1_767_225_600.5)
        ContainerLogs(directory: dir).append(key, "hello", at: t)
        let reopened = ContainerLogs(directory: dir)
        var options = LogOptions()
        options.timestamps = true
        #expect(String(decoding: reopened.read(key, options, now: t, open: false).readAll(), as: UTF8.self)
                == "2026-01-01T00:00:00.5Z hello\n")
        let raw = try String(contentsOf: dir.appendingPathComponent("default_p_u1/c/0.log"), encoding: .utf8)
        #expect(raw == "2026-01-01T00:00:00.5Z stdout F hello\n")
        options.limitBytes = 3
        #expect(String(decoding: reopened.read(key, options, now: t, open: false).readAll(), as: UTF8.self) == "202")
        reopened.removePod(uid: "u1")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("default_p_u1").path))
    }

    @Test func theEnvironmentIsBuiltAsTheKubeletBuildsIt() throws {
        let runtime = ContainerRuntime(logDirectory: nil)
        let cluster = try simulatedCluster(runtime: runtime)
        try cluster.client.create(try cluster.resource("", "v1", "configmaps"), namespace: "default", [
            "apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": "settings"], "data": ["mode": "fast"]])
        try cluster.client.create(try cluster.resource("", "v1", "services"), namespace: "default", [
            "apiVersion": "v1", "kind": "Service", "metadata": ["name": "hello-world-flask"],
            "spec": ["selector": ["app": "x"], "ports": [["name": "http", "port": 5000, "targetPort": 5000]]]])
        try cluster.runUntilQuiet()
        try cluster.createPod(pod("envy", image: "python:3.11", command: ["sleep", "3600"], container: [
            "env": [
                ["name": "GREETING", "value": "hello"],
                ["name": "MESSAGE", "value": "$(GREETING) world $$(GREETING)"],
                ["name": "MY_POD", "valueFrom": ["fieldRef": ["fieldPath": "metadata.name"]]],
                ["name": "MY_IP", "valueFrom": ["fieldRef": ["fieldPath": "status.podIP"]]],
                ["name": "MODE", "valueFrom": ["configMapKeyRef": ["name": "settings", "key": "mode"]]],
            ]]))
        try cluster.advance(by: 5)
        let uid = try #require(try cluster.pod("envy")?.uid)
        let env = try #require(runtime.instance(podUID: uid, container: "envy")).environment
        #expect(env["MESSAGE"] == "hello world $(GREETING)")
        #expect(env["MY_POD"] == "envy")
        #expect(env["MY_IP"] == "10.244.0.2")
        #expect(env["MODE"] == "fast")
        #expect(env["HOSTNAME"] == "envy")
        #expect(env["LANG"] == "C.UTF-8")
        let ip = try #require(try cluster.get("", "v1", "services", namespace: "default", "hello-world-flask")?[path: ["spec", "clusterIP"]]?.stringValue)
        #expect(env["HELLO_WORLD_FLASK_SERVICE_HOST"] == ip)
        #expect(env["HELLO_WORLD_FLASK_SERVICE_PORT_HTTP"] == "5000")
        #expect(env["HELLO_WORLD_FLASK_PORT_5000_TCP"] == "tcp://\(ip):5000")
        let master = try cluster.get("", "v1", "services", namespace: "default", "kubernetes")
        #expect(env["KUBERNETES_SERVICE_PORT"] != nil || master == nil)
    }
}
