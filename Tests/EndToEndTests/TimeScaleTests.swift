import Foundation
import JSON
import Testing

/// `--time-scale F`: the cluster's clock runs F times faster (timestamps and kubectl ages with it), and
/// it never goes backwards, across a crash and a restart at another scale.
@Suite(.serialized) struct TimeScaleTests {
    func create(_ server: TestServer, _ name: String) throws -> Date {
        let r = try curl("POST", server.baseURL + "/api/v1/namespaces/default/configmaps",
                         body: #"{"metadata":{"name":"\#(name)"}}"#)
        #expect(r.code == 201, "\(r.body)")
        let stamp = try JSONParser.parse(r.body)[path: ["metadata", "creationTimestamp"]]?.stringValue ?? ""
        guard let date = ISO8601DateFormatter().date(from: stamp) else { throw HarnessError("bad timestamp \(stamp)") }
        return date
    }

    @Test(arguments: [27, 33]) func timeRunsFastAndNeverBackwards(minor: Int) throws {
        let fast = try TestServer(extraArgs: ["--time-scale", "600"])
        let first = try create(fast, "first")
        usleep(1_000_000)  // one real second: ten cluster minutes
        let second = try create(fast, "second")
        let elapsed = second.timeIntervalSince(first)
        #expect(elapsed >= 500, "one real second at 600× made only \(elapsed) cluster seconds")
        #expect(fast.log.contains("time scale 600"))

        // kubectl's AGE comes from the server's table, computed on the same clock.
        let kubectl = try Kubectl(minor, server: fast)
        let get = try kubectl("get", "configmap", "first", "--no-headers")
        #expect(get.status == 0, "\(get.stderr)")
        let age = get.stdout.split(separator: " ", omittingEmptySubsequences: true).last.map(String.init) ?? ""
        #expect(age.hasSuffix("m") || age.contains("m"), "AGE \(age) should read in minutes: \(get.stdout)")

        // A crash, then a restart at normal speed: the next timestamp is not before the last one.
        fast.kill9()
        try withExtendedLifetime(fast) {  // its directory holds the data file
            let slow = try TestServer(dataPath: fast.dataPath)
            let third = try create(slow, "third")
            #expect(third >= second, "time went backwards: \(third) after \(second)")
            slow.stop()
        }
    }
}
