import Foundation
import Testing

/// The Deployment controller as stock kubectl sees it (issue 9): `create deployment` gives one
/// ReplicaSet `<name>-<hash>` sized as asked, and `rollout history` lists its revision.
@Suite(.serialized) struct KubectlDeploymentTests {
    @Test(arguments: [27, 33])
    func createDeploymentGivesOneReplicaSetAtRevisionOne(minor: Int) throws {
        let s = try TestServer()
        defer { s.stop() }
        let k = try Kubectl(minor, server: s)
        let created = try k("create", "deployment", "web", "--image=nginx", "--replicas=2")
        #expect(created.status == 0, "\(created.stderr)")

        // The controller runs on its own queue: wait (briefly) for the ReplicaSet.
        var rows: [[String]] = []
        let deadline = Date().addingTimeInterval(10)
        repeat {
            let rs = try k("get", "rs", "--no-headers")
            rows = rs.stdout.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
            if !rows.isEmpty { break }
            usleep(50_000)
        } while Date() < deadline
        try #require(rows.count == 1, "expected one ReplicaSet, got \(rows)")
        #expect(rows[0][0].wholeMatch(of: try Regex("web-[4-9bcdf]{1,10}")) != nil, "\(rows[0])")
        #expect(rows[0][1] == "2", "DESIRED: \(rows[0])")

        let history = try k("rollout", "history", "deployment/web")
        #expect(history.status == 0, "\(history.stderr)")
        let lines = history.stdout.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(lines.contains(["REVISION", "CHANGE-CAUSE"]), "\(history.stdout)")
        #expect(lines.contains(["1", "<none>"]), "\(history.stdout)")
    }
}
