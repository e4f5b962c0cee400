import API
import Foundation
import JSON
import Testing

/// Finalizers, deletecollection, dry runs, namespace termination, bookmarks, metrics and a clean
/// SIGTERM, each through curl against a live server.
@Suite(.serialized) struct LifecycleTests {
    func parse(_ s: String) throws -> JSON { try JSONParser.parse(s) }

    @Test func finalizersHoldDeletionUntilRemoved() throws {
        let s = try TestServer()
        defer { s.stop() }
        let base = s.baseURL + "/api/v1/namespaces/default/configmaps"
        #expect(try curl("POST", base, body: #"{"metadata":{"name":"held","finalizers":["example.com/hold"]}}"#).code == 201)
        let del = try curl("DELETE", base + "/held")
        #expect(del.code == 200)
        let marked = try parse(try curl("GET", base + "/held").body)
        #expect(marked.isBeingDeleted)
        let patched = try curl("PATCH", base + "/held", body: #"{"metadata":{"finalizers":null}}"#,
                               contentType: "application/merge-patch+json")
        #expect(patched.code == 200)
        #expect(try curl("GET", base + "/held").code == 404)
    }

    @Test func deleteOptionsPreconditionsAreChecked() throws {
        let s = try TestServer()
        defer { s.stop() }
        let base = s.baseURL + "/api/v1/namespaces/default/configmaps"
        #expect(try curl("POST", base, body: #"{"metadata":{"name":"p"}}"#).code == 201)
        let r = try curl("DELETE", base + "/p", body: #"{"preconditions":{"uid":"not-the-uid"}}"#)
        #expect(r.code == 409)
        #expect(try parse(r.body)["reason"] == "Conflict")
        #expect(try curl("GET", base + "/p").code == 200)
    }

    @Test func deleteCollectionRemovesOnlySelectedObjects() throws {
        let s = try TestServer()
        defer { s.stop() }
        let base = s.baseURL + "/api/v1/namespaces/default/configmaps"
        for (n, tier) in [("a", "web"), ("b", "web"), ("c", "db")] {
            #expect(try curl("POST", base, body: #"{"metadata":{"name":"\#(n)","labels":{"tier":"\#(tier)"}}}"#).code == 201)
        }
        let r = try curl("DELETE", base + "?labelSelector=tier%3Dweb")
        #expect(r.code == 200)
        #expect(try parse(r.body)["items"]?.arrayValue?.count == 2)
        // kube-root-ca.crt is the cluster's own (in every namespace, as upstream): not a test object.
        let left = try parse(try curl("GET", base).body)["items"]?.arrayValue?.compactMap { $0.name }
            .filter { $0 != "kube-root-ca.crt" }
        #expect(left == ["c"])
    }

    @Test func dryRunWritesNothing() throws {
        let s = try TestServer()
        defer { s.stop() }
        let base = s.baseURL + "/api/v1/namespaces/default/configmaps"
        let created = try curl("POST", base + "?dryRun=All", body: #"{"metadata":{"name":"dry"}}"#)
        #expect(created.code == 201)
        #expect(try parse(created.body).name == "dry")
        #expect(try curl("GET", base + "/dry").code == 404)
        #expect(try curl("POST", base, body: #"{"metadata":{"name":"real"},"data":{"a":"1"}}"#).code == 201)
        let patched = try curl("PATCH", base + "/real?dryRun=All", body: #"{"data":{"a":"2"}}"#,
                               contentType: "application/merge-patch+json")
        #expect(try parse(patched.body)[path: ["data", "a"]] == "2")
        #expect(try parse(try curl("GET", base + "/real").body)[path: ["data", "a"]] == "1")
        #expect(try curl("DELETE", base + "/real?dryRun=All").code == 200)
        #expect(try curl("GET", base + "/real").code == 200)
    }

    @Test func deletedNamespaceIsEmptiedAndRemoved() throws {
        let s = try TestServer()
        defer { s.stop() }
        #expect(try curl("POST", s.baseURL + "/api/v1/namespaces", body: #"{"metadata":{"name":"scratch"}}"#).code == 201)
        // The serviceaccounts controller gives every new namespace its default account.
        var sa = 0
        for _ in 0..<50 where sa != 200 {
            sa = try curl("GET", s.baseURL + "/api/v1/namespaces/scratch/serviceaccounts/default").code
            usleep(50_000)
        }
        #expect(sa == 200)
        #expect(try curl("POST", s.baseURL + "/api/v1/namespaces/scratch/configmaps", body: #"{"metadata":{"name":"x"}}"#).code == 201)
        let del = try curl("DELETE", s.baseURL + "/api/v1/namespaces/scratch")
        #expect(del.code == 200)
        #expect(try parse(del.body)[path: ["status", "phase"]] == "Terminating")
        var code = 0
        for _ in 0..<100 where code != 404 {
            code = try curl("GET", s.baseURL + "/api/v1/namespaces/scratch").code
            usleep(50_000)
        }
        #expect(code == 404)
        #expect(try curl("GET", s.baseURL + "/api/v1/namespaces/scratch/configmaps/x").code == 404)
    }

    @Test func legacyWatchPathAndBookmarks() throws {
        let s = try TestServer()
        defer { s.stop() }
        let list = try parse(try curl("GET", s.baseURL + "/api/v1/namespaces/default/configmaps").body)
        let rv = try #require(list[path: ["metadata", "resourceVersion"]]?.stringValue)
        let r = try run(try curlPath(), ["-s", "-N",
            s.baseURL + "/api/v1/watch/namespaces/default/serviceaccounts?resourceVersion=0&timeoutSeconds=1"], timeout: 10)
        let events = r.stdout.split(separator: "\n").compactMap { try? JSONParser.parse(String($0)) }
        #expect(events.first?["type"] == "ADDED")
        #expect(events.first?[path: ["object", "metadata", "name"]] == "default")
        let b = try run(try curlPath(), ["-s", "-N",
            s.baseURL + "/api/v1/namespaces/default/configmaps?watch=true&sendInitialEvents=true&allowWatchBookmarks=true&resourceVersionMatch=NotOlderThan&resourceVersion=\(rv)&timeoutSeconds=1"], timeout: 10)
        let bookmarks = b.stdout.split(separator: "\n").compactMap { try? JSONParser.parse(String($0)) }
            .filter { $0["type"] == "BOOKMARK" }
        #expect(bookmarks.first?[path: ["object", "metadata", "annotations", "k8s.io/initial-events-end"]] == "true")
    }

    @Test func metricsAndHealthAreServed() throws {
        let s = try TestServer()
        defer { s.stop() }
        _ = try curl("GET", s.baseURL + "/api/v1/namespaces/default/configmaps/none")
        let m = try curl("GET", s.baseURL + "/metrics")
        #expect(m.code == 200)
        #expect(m.body.contains(#"apiserver_request_total{code="404",resource="configmaps",verb="GET"}"#))
        #expect(m.body.contains("kubeling_store_commit_duration_seconds_bucket"))
        #expect(m.body.contains("kubeling_objects_stored"))
        for p in ["/healthz", "/livez", "/readyz"] { #expect(try curl("GET", s.baseURL + p).body == "ok") }
        let v = try parse(try curl("GET", s.baseURL + "/version").body)
        #expect(v["major"] == "1")
        #expect(v["minor"] == "33")
    }

    @Test func sigtermStopsTheServerCleanlyAndStateSurvives() throws {
        let s = try TestServer()
        #expect(try curl("POST", s.baseURL + "/api/v1/namespaces/default/configmaps", body: #"{"metadata":{"name":"kept"}}"#).code == 201)
        let started = Date()
        #expect(s.stop() == 0)
        #expect(Date().timeIntervalSince(started) < 5)
        let again = try TestServer(dataPath: s.dataPath, directory: s.directory)
        defer { again.stop() }
        #expect(try curl("GET", again.baseURL + "/api/v1/namespaces/default/configmaps/kept").code == 200)
    }
}
