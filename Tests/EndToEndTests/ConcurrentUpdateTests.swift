import Foundation
import JSON
import Testing

/// Updates are planned on the request's thread and committed by the store's writer only if the
/// object has not moved on; otherwise the writer plans again. Many clients patching one object at
/// once exercise both paths: every acknowledged patch must be in the result, each with its own
/// resourceVersion.
@Suite struct ConcurrentUpdateTests {
    @Test func concurrentPatchesOfOneObjectAreAllApplied() throws {
        let server = try TestServer()
        let url = server.baseURL + "/api/v1/namespaces/default/configmaps"
        let created = HTTPClient.send("POST", url, body: #"{"metadata":{"name":"shared"},"data":{}}"#)
        #expect(created?.code == 201)
        let writers = 16
        let perWriter = 15
        let versions = Versions()
        let group = DispatchGroup()
        for w in 0..<writers {
            group.enter()
            Thread.detachNewThread {
                for i in 0..<perWriter {
                    let patch = #"{"data":{"k-\#(w)-\#(i)":"v"}}"#
                    let r = HTTPClient.send("PATCH", url + "/shared", body: patch, contentType: "application/merge-patch+json")
                    let rv = r.flatMap { try? JSONParser.parse([UInt8]($0.body)) }?.resourceVersion
                    versions.add(r?.code == 200 ? rv : nil)
                }
                group.leave()
            }
        }
        group.wait()
        #expect(versions.failures == 0)
        #expect(Set(versions.all).count == writers * perWriter, "every patch got its own resourceVersion")
        let final = try #require(HTTPClient.send("GET", url + "/shared"))
        let data = try JSONParser.parse([UInt8](final.body))["data"]?.objectValue
        #expect(data?.count == writers * perWriter)
        for w in 0..<writers {
            for i in 0..<perWriter where data?["k-\(w)-\(i)"] == nil {
                Issue.record("patch k-\(w)-\(i) was acknowledged but is missing")
            }
        }
    }
}

private final class Versions: @unchecked Sendable {
    // Invariant: both fields are touched only under `lock`.
    private let lock = NSLock()
    private var versions: [String] = []
    private var failed = 0

    func add(_ rv: String?) {
        lock.lock()
        if let rv { versions.append(rv) } else { failed += 1 }
        lock.unlock()
    }

    var all: [String] { lock.withLock { versions } }
    var failures: Int { lock.withLock { failed } }
}
