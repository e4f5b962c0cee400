import API
import Foundation
import Testing

/// `kubectl logs` (plain, `-f`, `--tail`, `--timestamps`, errors) and the API server proxy through
/// `kubectl get --raw`.
@Suite struct KubectlLogsAndProxyTests {
    @Test(arguments: [27, 33])
    func logsStreamWhatTheRuntimeGives(minor: Int) throws {
        let server = try StreamingServer()
        let kubectl = try Kubectl(minor, server)
        let all = try kubectl.run("logs", "p1")
        #expect(all.status == 0, "\(all.stderr)")
        #expect(all.stdout == (1...5).map { "c1 line \($0)\n" }.joined())

        let tail = try kubectl.run("logs", "p1", "--tail=2", "--timestamps")
        #expect(tail.stdout == "2026-01-01T00:00:04.000000000Z c1 line 4\n2026-01-01T00:00:05.000000000Z c1 line 5\n",
                "\(tail.stdout) \(tail.stderr)")

        let follow = try kubectl.run("logs", "-f", "p2", "-c", "b", "--since=90s")
        #expect(follow.status == 0, "\(follow.stderr)")
        #expect(follow.stdout == (1...8).map { "b line \($0)\n" }.joined())

        let calls = server.runtime.logCalls
        #expect(calls.count == 3)
        if calls.count == 3 {
            #expect(calls[0].container == "c1" && !calls[0].follow && calls[0].tailLines == nil)
            #expect(calls[1].tailLines == 2 && calls[1].timestamps)
            #expect(calls[2].container == "b" && calls[2].follow && calls[2].sinceSeconds == 90)
        }

        let waiting = try kubectl.run("logs", "p3")
        #expect(waiting.status == 1)
        #expect(waiting.stderr.contains(
            "Error from server (BadRequest): container \"sleepy\" in pod \"p3\" is waiting to start: ContainerCreating"),
            "\(waiting.stderr)")
    }

    @Test func logErrorsComeBackAsStatuses() throws {
        let server = try StreamingServer()
        // Through the handler, so the kubelet's own wording (a BadRequest the runtime throws) shows.
        let curl = "/usr/bin/curl"
        let r = try runProgram(curl, ["-s", "\(server.baseURL)/api/v1/namespaces/default/pods/p1/log?container=nope"])
        #expect(r.stdout.contains("\"message\":\"container nope is not valid for pod p1\""), "\(r.stdout)")
        let bad = try runProgram(curl, ["-s", "-w", "%{http_code}", "\(server.baseURL)/api/v1/namespaces/default/pods/p1/log?tailLines=x"])
        #expect(bad.stdout.hasSuffix("400"), "\(bad.stdout)")
        let unscheduled = try runProgram(curl, ["-s", "-w", "%{http_code}", "\(server.baseURL)/api/v1/namespaces/default/pods/pending/log"])
        #expect(unscheduled.stdout == "204")
    }

    @Test(arguments: [27, 33])
    func proxyReachesPodsAndServices(minor: Int) throws {
        let server = try StreamingServer()
        let kubectl = try Kubectl(minor, server)
        let pod = try kubectl.run("get", "--raw", "/api/v1/namespaces/default/pods/p1:80/proxy/hello?x=1")
        #expect(pod.status == 0, "\(pod.stderr)")
        #expect(pod.stdout.hasPrefix("pod default/p1 port=80 scheme=- GET /hello?x=1"), "\(pod.stdout)")

        let bare = try kubectl.run("get", "--raw", "/api/v1/namespaces/default/pods/p1/proxy")
        #expect(bare.stdout.hasPrefix("pod default/p1 port=- scheme=- GET /"), "\(bare.stdout)")

        let service = try kubectl.run("get", "--raw", "/api/v1/namespaces/default/services/https:web:443/proxy/a/b/")
        #expect(service.stdout.hasPrefix("service default/web port=443 scheme=https GET /a/b/"), "\(service.stdout)")

        let ghost = try kubectl.run("get", "--raw", "/api/v1/namespaces/default/pods/ghost/proxy/")
        #expect(ghost.status == 1)
        #expect(ghost.stderr.contains("pods \"ghost\" not found"), "\(ghost.stderr)")
    }

    @Test func proxyPassesMethodsAndBodies() throws {
        let server = try StreamingServer()
        let r = try runProgram("/usr/bin/curl", ["-s", "-i", "-X", "DELETE",
                                                 "\(server.baseURL)/api/v1/namespaces/default/services/web/proxy/items/3"])
        #expect(r.stdout.contains("X-Backend: fake"), "\(r.stdout)")
        #expect(r.stdout.contains("service default/web port=- scheme=- DELETE /items/3"), "\(r.stdout)")
        let none = try StreamingServer(runtime: false)
        let down = try runProgram("/usr/bin/curl", ["-s", "-w", "%{http_code}", "\(none.baseURL)/api/v1/namespaces/default/pods/p1/proxy/"])
        #expect(down.stdout.hasSuffix("503"), "\(down.stdout)")
    }
}
