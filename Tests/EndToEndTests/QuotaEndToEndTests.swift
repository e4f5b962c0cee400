import Foundation
import Testing

/// ResourceQuotas (object counts, Service node ports, scopes, the controller's `status.used`) and
/// LimitRanges for PersistentVolumeClaims, driven with stock kubectl.
@Suite(.serialized) struct QuotaEndToEndTests {
    /// Polls `kubectl get` with `jsonpath` until its output is `expected` (at most 20 s); returns the last output.
    static func waitFor(_ k: Kubectl, _ args: [String], _ expected: String) throws -> String {
        let deadline = Date().addingTimeInterval(20)
        var last = ""
        repeat {
            last = try k.run(args).stdout
            if last == expected { return last }
            usleep(100_000)
        } while Date() < deadline
        return last
    }

    @Test(arguments: [27, 33])
    func objectCountsAndNodePortsAreLimitedAndCounted(minor: Int) throws {
        let s = try TestServer()
        defer { s.stop() }
        let k = try Kubectl(minor, server: s)
        let quota = try k("create", "quota", "q", "--hard=count/configmaps=2,services.nodeports=0,services=3")
        #expect(quota.status == 0, "\(quota.stderr)")
        // `default` starts with kube-root-ca.crt: one more ConfigMap fits.
        let a = try k("create", "configmap", "a")
        #expect(a.status == 0, "\(a.stderr)")
        let b = try k("create", "-f", "-", stdin: #"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"b"}}"#)
        #expect(b.status != 0)
        #expect(b.stderr == #"Error from server (Forbidden): error when creating "STDIN": configmaps "b" is forbidden: exceeded quota: q, requested: count/configmaps=1, used: count/configmaps=2, limited: count/configmaps=2"# + "\n",
                "\(b.stderr)")

        let np = try k("create", "-f", "-", stdin: """
            {"apiVersion":"v1","kind":"Service","metadata":{"name":"np"},
             "spec":{"type":"NodePort","selector":{"app":"x"},"ports":[{"port":80}]}}
            """)
        #expect(np.stderr == #"Error from server (Forbidden): error when creating "STDIN": services "np" is forbidden: exceeded quota: q, requested: services.nodeports=1, used: services.nodeports=0, limited: services.nodeports=0"# + "\n",
                "\(np.stderr)")
        let cip = try k("create", "service", "clusterip", "cip", "--tcp=80:80")
        #expect(cip.status == 0, "\(cip.stderr)")
        // A type change that would need a node port is charged too.
        let patch = try k("patch", "service", "cip", "-p", #"{"spec":{"type":"NodePort"}}"#)
        #expect(patch.status != 0)
        #expect(patch.stderr.contains(#"Error from server (Forbidden): services "cip" is forbidden: exceeded quota: q, requested: services.nodeports=1, used: services.nodeports=0, limited: services.nodeports=0"#),
                "\(patch.stderr)")

        // The controller's status: used against hard, in get and describe (`default` has the
        // `kubernetes` Service too).
        let used = try Self.waitFor(k, ["get", "quota", "q", "-o", "jsonpath={.status.used.services}"], "2")
        #expect(used == "2")
        let get = try k("get", "quota", "q", "--no-headers")
        #expect(get.stdout.contains("count/configmaps: 2/2, services: 2/3, services.nodeports: 0/0"), "\(get.stdout)")
        let describe = try k("describe", "quota", "q")
        let lines = describe.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
        #expect(lines.contains("count/configmaps 2 2"), "\(describe.stdout)")
        #expect(lines.contains("services 2 3"), "\(describe.stdout)")
        #expect(lines.contains("services.nodeports 0 0"), "\(describe.stdout)")

        // Deleting frees the room.
        #expect(try k("delete", "configmap", "a").status == 0)
        let again = try k("create", "configmap", "b")
        #expect(again.status == 0, "\(again.stderr)")
    }

    @Test(arguments: [27, 33])
    func aBestEffortQuotaBlocksOnlyBestEffortPods(minor: Int) throws {
        let s = try TestServer()
        defer { s.stop() }
        let k = try Kubectl(minor, server: s)
        let quota = try k("create", "quota", "be", "--hard=pods=1", "--scopes=BestEffort")
        #expect(quota.status == 0, "\(quota.stderr)")
        let invalid = try k("create", "quota", "bad", "--hard=cpu=1", "--scopes=BestEffort")
        #expect(invalid.stderr.contains(#"ResourceQuota "bad" is invalid: spec.scopes: Invalid value: []core.ResourceQuotaScope{"BestEffort"}: unsupported scope applied to resource"#),
                "\(invalid.stderr)")
        #expect(try k("run", "a", "--image=nginx").status == 0)
        let b = try k("run", "b", "--image=nginx")
        #expect(b.status != 0)
        #expect(b.stderr == #"Error from server (Forbidden): pods "b" is forbidden: exceeded quota: be, requested: pods=1, used: pods=1, limited: pods=1"# + "\n",
                "\(b.stderr)")
        let burstable = try k("run", "c", "--image=nginx",
                              #"--overrides={"spec":{"containers":[{"name":"c","image":"nginx","resources":{"requests":{"cpu":"100m"}}}]}}"#)
        #expect(burstable.status == 0, "\(burstable.stderr)")
        let used = try Self.waitFor(k, ["get", "quota", "be", "-o", "jsonpath={.status.used.pods}"], "1")
        #expect(used == "1")
        let describe = try k("describe", "quota", "be")
        #expect(describe.stdout.contains("Scopes:     BestEffort"), "\(describe.stdout)")
    }

    @Test(arguments: [27, 33])
    func aClaimOverTheLimitRangeMaxIsForbidden(minor: Int) throws {
        let s = try TestServer()
        defer { s.stop() }
        let k = try Kubectl(minor, server: s)
        let lr = try k("apply", "-f", "-", stdin: """
            {"apiVersion":"v1","kind":"LimitRange","metadata":{"name":"storage"},
             "spec":{"limits":[{"type":"PersistentVolumeClaim","min":{"storage":"1Gi"},"max":{"storage":"2Gi"}}]}}
            """)
        #expect(lr.status == 0, "\(lr.stderr)")
        func claim(_ name: String, _ size: String) -> String {
            #"{"apiVersion":"v1","kind":"PersistentVolumeClaim","metadata":{"name":"\#(name)"},"spec":{"accessModes":["ReadWriteOnce"],"resources":{"requests":{"storage":"\#(size)"}}}}"#
        }
        let big = try k("create", "-f", "-", stdin: claim("big", "5Gi"))
        #expect(big.stderr == #"Error from server (Forbidden): error when creating "STDIN": persistentvolumeclaims "big" is forbidden: maximum storage usage per PersistentVolumeClaim is 2Gi, but request is 5Gi"# + "\n",
                "\(big.stderr)")
        let small = try k("create", "-f", "-", stdin: claim("small", "100Mi"))
        #expect(small.stderr.contains("minimum storage usage per PersistentVolumeClaim is 1Gi, but request is 100Mi"), "\(small.stderr)")
        let ok = try k("create", "-f", "-", stdin: claim("ok", "2Gi"))
        #expect(ok.status == 0, "\(ok.stderr)")

        // A storage quota counts the claim and limits the next one.
        #expect(try k("create", "quota", "storage", "--hard=requests.storage=3Gi,persistentvolumeclaims=5").status == 0)
        let over = try k("create", "-f", "-", stdin: claim("over", "2Gi"))
        #expect(over.stderr.contains(#"persistentvolumeclaims "over" is forbidden: exceeded quota: storage, requested: requests.storage=2Gi, used: requests.storage=2Gi, limited: requests.storage=3Gi"#),
                "\(over.stderr)")
        let used = try Self.waitFor(k, ["get", "quota", "storage", "-o", "jsonpath={.status.used.requests\\.storage}"], "2Gi")
        #expect(used == "2Gi")
    }
}
