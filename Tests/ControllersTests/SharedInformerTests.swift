import API
@testable import Controllers
import Foundation
import JSON
import Storage
import TestCluster
import Testing

/// Shared informers: typed events with the old object, indexes, and no deletion lost when the watch
/// breaks and its place has left the history (the relist delivers tombstones).
@Suite struct SharedInformerTests {
    final class Events: @unchecked Sendable {
        let lock = NSLock()
        var all: [InformerEvent] = []
        func add(_ e: InformerEvent) { lock.lock(); all.append(e); lock.unlock() }
        var summary: [String] {
            lock.lock()
            defer { lock.unlock() }
            return all.map { e in
                switch e {
                case .added(let o): return "added \(o.name ?? "")"
                case .updated(let old, let new):
                    return "updated \(new.name ?? "") \(old[path: ["data", "v"]]?.stringValue ?? "-")→\(new[path: ["data", "v"]]?.stringValue ?? "-")"
                case .deleted(let o): return "deleted \(o.name ?? "") \(o[path: ["data", "v"]]?.stringValue ?? "-")"
                }
            }
        }
    }

    func configMap(_ name: String, _ v: String) -> JSON {
        ["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": .string(name)], "data": ["v": .string(v)]]
    }

    @Test func handlersGetAddsUpdatesWithTheOldObjectAndDeletesWithTheLastState() throws {
        let cluster = try TestCluster(controllers: [])
        let cms = try cluster.resource("", "v1", "configmaps")
        let informer = cluster.context.informers.informer(for: cms)
        let events = Events()
        informer.addHandler(events.add)
        try cluster.runUntilQuiet()
        try cluster.client.create(cms, namespace: "default", configMap("a", "1"))
        try cluster.client.patch(cms, namespace: "default", name: "a", ["data": ["v": "2"]])
        try cluster.client.delete(cms, namespace: "default", name: "a")
        try cluster.runUntilQuiet()
        #expect(events.summary == ["added a", "updated a 1→2", "deleted a 2"])
        #expect(cluster.context.informers.informer(for: cms) === informer)  // one per resource
    }

    @Test func aLateHandlerFirstReceivesTheCurrentObjects() throws {
        let cluster = try TestCluster(controllers: [])
        let cms = try cluster.resource("", "v1", "configmaps")
        let informer = cluster.context.informers.informer(for: cms)
        try cluster.client.create(cms, namespace: "default", configMap("early", "1"))
        try cluster.runUntilQuiet()
        let events = Events()
        informer.addHandler(events.add)
        #expect(events.summary == ["added early"])
    }

    @Test func deletionsAcrossARelistAfter410ArriveAsTombstones() throws {
        var options = StoreOptions()
        options.historyMinEvents = 1
        options.historySeconds = 0
        options.historyMaxEvents = 2
        options.watcherBufferLimit = 4
        let cluster = try TestCluster(controllers: [], storeOptions: options)
        let cms = try cluster.resource("", "v1", "configmaps")
        let informer = cluster.context.informers.informer(for: cms)
        let events = Events()
        informer.addHandler(events.add)
        for name in ["keep", "doomed", "changed"] { try cluster.client.create(cms, namespace: "default", configMap(name, "1")) }
        try cluster.runUntilQuiet()
        #expect(events.summary == ["added changed", "added doomed", "added keep"] ||
                events.summary == ["added keep", "added doomed", "added changed"])

        // The informer stops taking events; meanwhile more happens than its watch buffer and the history hold.
        informer.queue.suspend()
        try cluster.client.delete(cms, namespace: "default", name: "doomed")
        try cluster.client.patch(cms, namespace: "default", name: "changed", ["data": ["v": "2"]])
        for i in 0..<20 { try cluster.client.create(cms, namespace: "kube-system", configMap("filler\(i)", "1")) }
        informer.queue.resume()
        try cluster.runUntilQuiet()

        #expect(informer.relistCount >= 1)
        let after = Array(events.summary.dropFirst(3))
        #expect(after.contains("deleted doomed 1"))
        #expect(after.contains("updated changed 1→2"))
        #expect(after.filter { $0.hasPrefix("added filler") }.count == 20)
        #expect(!after.contains { $0.contains("keep") })
        #expect(cluster.logs.contains { $0.contains("too old resource version") })
    }

    @Test func theOwnerIndexFollowsOwnerReferences() throws {
        let cluster = try TestCluster(controllers: [])
        let cms = try cluster.resource("", "v1", "configmaps")
        let informer = cluster.context.informers.informer(for: cms)
        informer.addIndex(Indexes.ownerUID, Indexes.ownerUIDs)
        func owned(_ name: String, by uid: String) -> JSON {
            var o = configMap(name, "1")
            o[path: ["metadata", "ownerReferences"]] = [OwnerReference(apiVersion: "v1", kind: "ConfigMap", name: "owner",
                                                                       uid: uid, controller: true).json]
            return o
        }
        try cluster.client.create(cms, namespace: "default", owned("a", by: "u1"))
        try cluster.client.create(cms, namespace: "default", owned("b", by: "u1"))
        try cluster.client.create(cms, namespace: "default", owned("c", by: "u2"))
        try cluster.runUntilQuiet()
        let lister = cluster.context.informers.lister(for: cms)
        #expect(lister.list(index: Indexes.ownerUID, value: "u1", in: informer).compactMap(\.name) == ["a", "b"])
        try cluster.client.patch(cms, namespace: "default", name: "b", ["metadata": ["ownerReferences": .null]])
        try cluster.client.delete(cms, namespace: "default", name: "c")
        try cluster.runUntilQuiet()
        #expect(informer.keys(index: Indexes.ownerUID, value: "u1") == [ObjectKey("default/a")])
        #expect(informer.keys(index: Indexes.ownerUID, value: "u2").isEmpty)
    }
}
