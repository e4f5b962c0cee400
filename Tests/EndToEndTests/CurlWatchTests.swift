import ChildProcess
import Foundation
import API
import JSON
import Testing

/// Watches with `curl -N`: events arrive as writes happen, and a watch from a list's
/// resourceVersion replays exactly the changes made since.
@Suite(.serialized) struct CurlWatchTests {
    /// Starts `curl -N URL` in the background; returns the process and its growing output.
    func startCurl(_ url: String) throws -> ChildProcess {
        try startBackground(try curlPath(), ["-s", "-N", url])
    }

    /// Waits until `box` holds at least `lines` lines, or times out.
    func waitLines(_ box: OutputBuffer, _ lines: Int, timeout: Double = 10) -> [JSON] {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let ls = box.string.split(separator: "\n")
            if ls.count >= lines { return ls.compactMap { try? JSONParser.parse(String($0)) } }
            usleep(20_000)
        }
        return box.string.split(separator: "\n").compactMap { try? JSONParser.parse(String($0)) }
    }

    @Test func curlWatchPrintsEventsAsWritesHappen() throws {
        let s = try TestServer()
        defer { s.stop() }
        let base = s.baseURL + "/api/v1/namespaces/default/configmaps"
        let list = try JSONParser.parse(try curl("GET", base).body)
        let rv = try #require(list[path: ["metadata", "resourceVersion"]]?.stringValue)
        // Only this test's objects: the cluster's own controllers write in `default` too (kube-root-ca.crt).
        let p = try startCurl(base + "?watch=true&resourceVersion=\(rv)&timeoutSeconds=30&labelSelector=test%3Dwatch")
        defer { p.terminate() }
        usleep(200_000)
        #expect(try curl("POST", base, body: #"{"metadata":{"name":"w1","labels":{"test":"watch"}},"data":{"k":"v"}}"#).code == 201)
        #expect(waitLines(p.stdout, 1).first?["type"] == "ADDED")
        #expect(try curl("PATCH", base + "/w1", body: #"{"data":{"k":"v2"}}"#, contentType: "application/merge-patch+json").code == 200)
        #expect(waitLines(p.stdout, 2).last?["type"] == "MODIFIED")
        #expect(try curl("DELETE", base + "/w1").code == 200)
        let events = waitLines(p.stdout, 3)
        #expect(events.map { $0["type"]?.stringValue ?? "" } == ["ADDED", "MODIFIED", "DELETED"])
        #expect(events.last?[path: ["object", "metadata", "name"]] == "w1")
    }

    @Test func watchFromListResourceVersionReplaysExactlyTheChangesSince() throws {
        let s = try TestServer()
        defer { s.stop() }
        let base = s.baseURL + "/api/v1/namespaces/default/configmaps"
        #expect(try curl("POST", base, body: #"{"metadata":{"name":"before"}}"#).code == 201)
        let list = try JSONParser.parse(try curl("GET", base).body)
        let rv = try #require(list[path: ["metadata", "resourceVersion"]]?.stringValue)
        for i in 0..<5 {
            #expect(try curl("POST", base, body: #"{"metadata":{"name":"after-\#(i)"}}"#).code == 201)
        }
        #expect(try curl("DELETE", base + "/before").code == 200)
        let r = try run(try curlPath(), ["-s", "-N", base + "?watch=true&resourceVersion=\(rv)&timeoutSeconds=1"], timeout: 10)
        let events = r.stdout.split(separator: "\n").compactMap { try? JSONParser.parse(String($0)) }
        #expect(events.map { $0["type"]?.stringValue ?? "" } == ["ADDED", "ADDED", "ADDED", "ADDED", "ADDED", "DELETED"])
        #expect(events.prefix(5).map { $0[path: ["object", "metadata", "name"]]?.stringValue ?? "" }
                == (0..<5).map { "after-\($0)" })
        let revisions = events.compactMap { $0[path: ["object", "metadata", "resourceVersion"]]?.stringValue.flatMap { Int($0) } }
        #expect(revisions == revisions.sorted() && Set(revisions).count == revisions.count)
    }

    @Test func watchFromARevisionOutsideTheWindowGetsExpired() throws {
        // A history window of 5 events, so revision 1 leaves it after a few writes.
        let s = try TestServer(extraArgs: ["--watch-history-events", "5", "--watch-history-seconds", "0"])
        defer { s.stop() }
        let base = s.baseURL + "/api/v1/namespaces/default/configmaps"
        for i in 0..<20 {
            #expect(try curl("POST", base, body: #"{"metadata":{"name":"c\#(i)"}}"#).code == 201)
        }
        let r = try run(try curlPath(), ["-s", "-N", base + "?watch=true&resourceVersion=1&timeoutSeconds=2"], timeout: 10)
        let events = r.stdout.split(separator: "\n").compactMap { try? JSONParser.parse(String($0)) }
        #expect(events.count == 1)
        #expect(events.first?["type"] == "ERROR")
        #expect(events.first?[path: ["object", "code"]] == 410)
        #expect(events.first?[path: ["object", "reason"]] == "Expired")
    }

    @Test func labelSelectorWatchTurnsStopMatchingIntoDeleted() throws {
        let s = try TestServer()
        defer { s.stop() }
        let base = s.baseURL + "/api/v1/namespaces/default/configmaps"
        let list = try JSONParser.parse(try curl("GET", base).body)
        let rv = try #require(list[path: ["metadata", "resourceVersion"]]?.stringValue)
        let p = try startCurl(base + "?watch=true&labelSelector=tier%3Dweb&resourceVersion=\(rv)&timeoutSeconds=30")
        defer { p.terminate() }
        usleep(200_000)
        #expect(try curl("POST", base, body: #"{"metadata":{"name":"sel","labels":{"tier":"web"}}}"#).code == 201)
        #expect(try curl("PATCH", base + "/sel", body: #"{"metadata":{"labels":{"tier":"db"}}}"#, contentType: "application/merge-patch+json").code == 200)
        #expect(try curl("PATCH", base + "/sel", body: #"{"metadata":{"labels":{"tier":"web"}}}"#, contentType: "application/merge-patch+json").code == 200)
        let events = waitLines(p.stdout, 3)
        #expect(events.map { $0["type"]?.stringValue ?? "" } == ["ADDED", "DELETED", "ADDED"])
    }
}
