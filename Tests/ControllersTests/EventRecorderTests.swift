import API
@testable import Controllers
import Foundation
import JSON
import TestCluster
import Testing

/// The event recorder writes core/v1 Events, served as events.k8s.io/v1 too, and correlates repeats
/// as upstream's events cache does.
@Suite struct EventRecorderTests {
    func subject(_ cluster: TestCluster) throws -> JSON {
        let cms = try cluster.resource("", "v1", "configmaps")
        return try cluster.client.create(cms, namespace: "default",
                                         ["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": "subject"]])
    }

    @Test func theSameEventAgainCountsUpInsteadOfWritingANewOne() throws {
        let cluster = try TestCluster(controllers: [])
        let obj = try subject(cluster)
        let recorder = cluster.context.recorder("test-controller")
        recorder.event(obj, .normal, reason: "Tested", message: "it happened")
        try cluster.advance(by: 10)
        recorder.event(obj, .normal, reason: "Tested", message: "it happened")
        recorder.event(obj, .normal, reason: "Tested", message: "it happened")
        recorder.flush()
        let events = try cluster.list("", "v1", "events", namespace: "default")
        #expect(events.count == 1)
        let e = try #require(events.first)
        #expect(e["count"]?.intValue == 3)
        #expect(e["reason"]?.stringValue == "Tested")
        #expect(e["type"]?.stringValue == "Normal")
        #expect(e[path: ["involvedObject", "kind"]]?.stringValue == "ConfigMap")
        #expect(e[path: ["involvedObject", "uid"]] == obj[path: ["metadata", "uid"]])
        #expect(e[path: ["source", "component"]]?.stringValue == "test-controller")
        #expect(e["firstTimestamp"]?.stringValue == "2026-01-01T00:00:00Z")
        #expect(e["lastTimestamp"]?.stringValue == "2026-01-01T00:00:10Z")
        // The same Event through events.k8s.io/v1.
        let v1 = try cluster.resource("events.k8s.io", "v1", "events")
        let served = try JSONParser.parse(try cluster.registry.get(v1, namespace: "default", name: e.name ?? ""))
        #expect(served[path: ["regarding", "name"]]?.stringValue == "subject")
        #expect(served["note"]?.stringValue == "it happened")
    }

    @Test func moreThanTenMessagesForOneReasonAreCombined() throws {
        let cluster = try TestCluster(controllers: [])
        let obj = try subject(cluster)
        let recorder = cluster.context.recorder("test-controller")
        for i in 0..<14 { recorder.event(obj, .warning, reason: "Failing", message: "attempt \(i)") }
        recorder.flush()
        let events = try cluster.list("", "v1", "events", namespace: "default")
        let combined = events.filter { $0["message"]?.stringValue?.hasPrefix("(combined from similar events): ") == true }
        #expect(events.count == 11)
        #expect(combined.count == 1)
        #expect(combined.first?["count"]?.intValue == 4)
        #expect(combined.first?["message"]?.stringValue == "(combined from similar events): attempt 13")
    }

    @Test func floodsFromOneObjectAreCutAfterTheBurst() throws {
        let cluster = try TestCluster(controllers: [])
        let obj = try subject(cluster)
        let recorder = cluster.context.recorder("test-controller")
        for _ in 0..<40 { recorder.event(obj, .normal, reason: "Spam", message: "again") }
        recorder.flush()
        let events = try cluster.list("", "v1", "events", namespace: "default")
        #expect(events.first?["count"]?.intValue == 25)
        try cluster.advance(by: 300)
        recorder.event(obj, .normal, reason: "Spam", message: "again")
        recorder.flush()
        #expect(try cluster.list("", "v1", "events", namespace: "default").first?["count"]?.intValue == 26)
    }
}
