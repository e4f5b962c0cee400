import Foundation
import Testing

/// `kubectl delete deployment` as against a real cluster (issue 9 item 4): by default the garbage
/// collector takes the ReplicaSet and its Pods along (the Pods stop gracefully on the simulated node);
/// `--cascade=orphan` leaves the ReplicaSet running without an owner; `--cascade=foreground` returns
/// only once the ReplicaSet and the Pods are gone.
@Suite(.serialized) struct KubectlGarbageCollectionTests {
    /// The rows of a `kubectl get --no-headers` table, split on blanks.
    func rows(_ text: String) -> [[String]] {
        text.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
    }

    /// Polls `check` every 100 ms for up to `seconds`; returns whether it became true.
    func eventually(_ seconds: Double, _ check: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            if try check() { return true }
            usleep(100_000)
        } while Date() < deadline
        return false
    }

    /// Creates Deployment `name` with two replicas and waits until both Pods run.
    func deploy(_ k: Kubectl, _ name: String) throws {
        let created = try k("create", "deployment", name, "--image=nginx", "--replicas=2")
        #expect(created.status == 0, "\(created.stderr)")
        let running = try eventually(30) {
            rows(try k("get", "pods", "-l", "app=\(name)", "--no-headers").stdout)
                .filter { $0.count > 2 && $0[1] == "1/1" && $0[2] == "Running" }.count == 2
        }
        try #require(running, "the Pods of \(name) did not start")
    }

    func objects(_ k: Kubectl, _ kinds: String, _ name: String) throws -> [[String]] {
        rows(try k("get", kinds, "-l", "app=\(name)", "--no-headers", "-o", "name").stdout)
    }

    @Test(arguments: [27, 33])
    func deletingADeploymentCascadesAsAsked(minor: Int) throws {
        let s = try TestServer()
        defer { s.stop() }
        let k = try Kubectl(minor, server: s)

        // Background (the default): the Deployment goes at once, then its ReplicaSet and Pods.
        try deploy(k, "web")
        let deleted = try k("delete", "deployment", "web", "--timeout=60s")
        #expect(deleted.status == 0, "\(deleted.stderr)")
        #expect(deleted.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "deployment.apps \"web\" deleted")
        var left: [[String]] = []
        let collected = try eventually(60) {
            left = try objects(k, "replicasets,pods", "web")
            return left.isEmpty
        }
        #expect(collected, "left: \(left)")

        // Orphan: the ReplicaSet stays, with no owner, and keeps its Pods.
        try deploy(k, "keep")
        let orphaned = try k("delete", "deployment", "keep", "--cascade=orphan", "--timeout=60s")
        #expect(orphaned.status == 0, "\(orphaned.stderr)")
        #expect(try objects(k, "deployments", "keep").isEmpty)
        let rs = try objects(k, "replicasets", "keep")
        #expect(rs.count == 1, "\(rs)")
        let owners = try k("get", "replicasets", "-l", "app=keep", "-o", "jsonpath={.items[*].metadata.ownerReferences}")
        #expect(owners.status == 0 && owners.stdout.isEmpty, "[\(owners.stdout)] \(owners.stderr)")
        usleep(500_000)  // nothing comes to collect it meanwhile
        #expect(try objects(k, "replicasets", "keep") == rs)
        #expect(try objects(k, "pods", "keep").count == 2)

        // Foreground: kubectl waits for the Deployment, which waits for the ReplicaSet and the Pods.
        try deploy(k, "front")
        let foreground = try k("delete", "deployment", "front", "--cascade=foreground", "--timeout=60s")
        #expect(foreground.status == 0, "\(foreground.stderr)")
        #expect(try objects(k, "deployments,replicasets,pods", "front").isEmpty)
    }
}
