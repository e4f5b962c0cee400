import Foundation
import API
import JSON
import Testing

/// Nothing acknowledged is ever lost: 16 concurrent writers, `kill -9` mid-way, restart on the
/// same file; every write answered 2xx is there and revisions keep growing.
@Suite(.serialized) struct DurabilityTests {
    @Test func acknowledgedWritesSurviveKill9() throws {
        let first = try TestServer()
        let dir = first.directory
        let dataPath = first.dataPath
        let base = first.baseURL + "/api/v1/namespaces/default/configmaps"
        let acked = AckedWrites()
        let stopFlag = StopFlag()
        let group = DispatchGroup()
        for w in 0..<16 {
            group.enter()
            Thread.detachNewThread {
                var i = 0
                while !stopFlag.isSet {
                    let name = "w\(w)-\(i)"
                    let body = #"{"metadata":{"name":"\#(name)"},"data":{"payload":"\#(String(repeating: "x", count: 512))"}}"#
                    if let r = HTTPClient.send("POST", base, body: body), r.code == 201,
                       let obj = try? JSONParser.parse([UInt8](r.body)), let rv = obj.resourceVersion.flatMap({ Int64($0) }) {
                        acked.add(name, rv)
                    } else if stopFlag.isSet {
                        break
                    }
                    i += 1
                }
                group.leave()
            }
        }
        // Let writes flow, then crash the server while they are in flight.
        let deadline = Date().addingTimeInterval(10)
        while acked.count < 300, Date() < deadline { usleep(20_000) }
        first.kill9()
        stopFlag.set()
        group.wait()
        #expect(acked.count >= 300, "too few writes were acknowledged before the crash: \(acked.count)")

        let second = try TestServer(dataPath: dataPath, directory: dir)
        defer { second.stop() }
        let list = try JSONParser.parse(try curl("GET", second.baseURL + "/api/v1/namespaces/default/configmaps").body)
        let present = Set((list["items"]?.arrayValue ?? []).compactMap { $0.name })
        let (names, maxRV) = acked.snapshot()
        let lost = names.filter { !present.contains($0) }
        #expect(lost.isEmpty, "acknowledged writes lost after kill -9: \(lost.prefix(10))")

        let after = try curl("POST", second.baseURL + "/api/v1/namespaces/default/configmaps",
                             body: #"{"metadata":{"name":"after-restart"}}"#)
        #expect(after.code == 201)
        let rv = try #require(try JSONParser.parse(after.body).resourceVersion.flatMap { Int64($0) })
        #expect(rv > maxRV)
    }
}

final class AckedWrites: @unchecked Sendable {
    private let lock = NSLock()
    private var names: [String] = []
    private var maxRV: Int64 = 0
    func add(_ n: String, _ rv: Int64) { lock.lock(); names.append(n); maxRV = max(maxRV, rv); lock.unlock() }
    var count: Int { lock.lock(); defer { lock.unlock() }; return names.count }
    func snapshot() -> ([String], Int64) { lock.lock(); defer { lock.unlock() }; return (names, maxRV) }
}

final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var flag = false
    func set() { lock.lock(); flag = true; lock.unlock() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return flag }
}
