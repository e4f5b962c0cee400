import Foundation
import Testing

/// A ReplicaSet created with stock kubectl gets its Pods from the controller running in `kubeling
/// serve`; `get pods` and `get rs` show them as against a real cluster (no nodes yet: they stay Pending).
@Suite(.serialized) struct KubectlReplicaSetTests {
    static let manifest = """
    apiVersion: apps/v1
    kind: ReplicaSet
    metadata:
      name: frontend
    spec:
      replicas: 3
      selector:
        matchLabels:
          tier: frontend
      template:
        metadata:
          labels:
            tier: frontend
        spec:
          containers:
          - name: php-redis
            image: us-docker.pkg.dev/google-samples/containers/gke/gb-frontend:v5
    """

    /// The rows of a `kubectl get` table, split on blanks.
    func rows(_ text: String) -> [[String]] {
        text.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
    }

    @Test(arguments: [27, 33])
    func aReplicaSetFromAManifestGetsThreePendingPods(minor: Int) throws {
        let s = try TestServer()
        defer { s.stop() }
        let k = try Kubectl(minor, server: s)
        let created = try k("create", "-f", "-", stdin: Self.manifest)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("replicaset.apps/frontend created"))

        // The controllers run on the server's own time: wait until the status says 3.
        var rs: [[String]] = []
        let deadline = Date().addingTimeInterval(20)
        repeat {
            let got = try k("get", "rs")
            #expect(got.status == 0, "\(got.stderr)")
            rs = rows(got.stdout)
            if rs.count == 2, rs[1].count >= 4, rs[1][3] == "3" { break }
            usleep(100_000)
        } while Date() < deadline
        #expect(rs.first.map { Array($0.prefix(5)) } == ["NAME", "DESIRED", "CURRENT", "READY", "AGE"])
        // The server's simulated node runs them: all three become ready.
        #expect(rs.dropFirst().first.map { Array($0.prefix(4)) } == ["frontend", "3", "3", "3"])

        let pods = rows(try k("get", "pods").stdout)
        #expect(pods.first.map { Array($0.prefix(3)) } == ["NAME", "READY", "STATUS"])
        let alphabet = Set("bcdfghjklmnpqrstvwxz2456789")
        #expect(pods.count == 4)
        for row in pods.dropFirst() {
            #expect(row[0].hasPrefix("frontend-") && row[0].count == 14 && row[0].suffix(5).allSatisfy(alphabet.contains),
                    "\(row[0])")
            #expect(row.count > 2 && row[1] == "1/1" && row[2] == "Running", "\(row)")
        }
        let owners = try k("get", "pods", "-o", "jsonpath={range .items[*]}{.metadata.ownerReferences[0].kind}/{.metadata.ownerReferences[0].name} {end}")
        #expect(owners.stdout.split(separator: " ") == ["ReplicaSet/frontend", "ReplicaSet/frontend", "ReplicaSet/frontend"])

        // Self-healing: a deleted Pod stops gracefully on its node and the ReplicaSet replaces it.
        let victim = pods.dropFirst().first?.first ?? ""
        let deleted = try k("delete", "pod", victim, "--timeout=30s")
        #expect(deleted.status == 0, "\(deleted.stderr)")
        #expect(deleted.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "pod \"\(victim)\" deleted")
        var names: [String] = []
        let healed = Date().addingTimeInterval(20)
        repeat {
            let rows = rows(try k("get", "pods", "--no-headers").stdout)
            names = rows.filter { $0.count > 2 && $0[1] == "1/1" && $0[2] == "Running" }.map { $0[0] }
            if names.count == 3 { break }
            usleep(100_000)
        } while Date() < healed
        #expect(names.count == 3)
        #expect(!names.contains(victim))
    }
}
