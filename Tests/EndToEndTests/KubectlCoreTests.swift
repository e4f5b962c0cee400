import Foundation
import API
import JSON
import Testing

/// Issue 2's kubectl story, with stock kubectl 1.27 and 1.31 (JSON clients) and 1.33.
@Suite(.serialized) struct KubectlCoreTests {
    @Test(arguments: [27, 31])
    func kubectlBasicsWork(minor: Int) throws {
        let s = try TestServer()
        defer { s.stop() }
        let k = try Kubectl(minor, server: s)

        let ns = try k("get", "ns")
        #expect(ns.status == 0, "\(ns.stderr)")
        for n in ["default", "kube-system", "kube-public", "kube-node-lease"] { #expect(ns.stdout.contains(n)) }

        let ar = try k("api-resources")
        #expect(ar.status == 0, "\(ar.stderr)")
        let lines = ar.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
        func row(_ name: String) -> [String]? { lines.first { $0.first == name } }
        for (name, short) in [("pods", "po"), ("services", "svc"), ("namespaces", "ns"), ("configmaps", "cm"),
                              ("deployments", "deploy"), ("replicasets", "rs"), ("horizontalpodautoscalers", "hpa"),
                              ("ingresses", "ing"), ("statefulsets", "sts"), ("daemonsets", "ds"), ("cronjobs", "cj"),
                              ("serviceaccounts", "sa"), ("events", "ev"), ("nodes", "no"), ("endpoints", "ep"),
                              ("poddisruptionbudgets", "pdb"), ("priorityclasses", "pc")] {
            #expect(row(name)?.contains(short) == true, "api-resources lacks \(name) with short name \(short)")
        }
        for name in ["secrets", "jobs", "endpointslices", "ingressclasses", "roles", "rolebindings", "clusterroles",
                     "clusterrolebindings", "apiservices", "leases", "validatingwebhookconfigurations",
                     "mutatingwebhookconfigurations"] {
            #expect(row(name) != nil, "api-resources lacks \(name)")
        }
        #expect(row("horizontalpodautoscalers")?.contains("autoscaling/v2") == true)

        let created = try k("create", "configmap", "demo", "--from-literal=greeting=hello")
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("configmap/demo created"))

        let yaml = try k("get", "configmap", "demo", "-o", "yaml")
        #expect(yaml.status == 0, "\(yaml.stderr)")
        #expect(yaml.stdout.contains("greeting: hello"))
        #expect(yaml.stdout.contains("resourceVersion:"))

        let all = try k("get", "configmaps", "-A")
        #expect(all.status == 0, "\(all.stderr)")
        #expect(all.stdout.contains("demo"))

        let sa = try k("get", "serviceaccounts", "-A", "-o", "name")
        #expect(sa.status == 0, "\(sa.stderr)")
        #expect(sa.stdout.components(separatedBy: "serviceaccount/default").count - 1 >= 4)

        let del = try k("delete", "configmap", "demo")
        #expect(del.status == 0, "\(del.stderr)")
        #expect(del.stdout.contains("configmap \"demo\" deleted"))
        let missing = try k("get", "configmap", "demo")
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("NotFound"))
    }

    @Test(arguments: [27, 31])
    func kubectlGetWatchShowsChanges(minor: Int) throws {
        let s = try TestServer()
        defer { s.stop() }
        let k = try Kubectl(minor, server: s)
        #expect(try k("create", "configmap", "first").status == 0)
        // kubectl get --watch with a request timeout so it ends by itself.
        let p = try startBackground(k.path, ["--kubeconfig", k.kubeconfig, "--cache-dir", k.cacheDir, "get",
                                                    "configmaps", "--watch", "--request-timeout=6s"])
        defer { p.terminate() }
        let deadline = Date().addingTimeInterval(10)
        while !p.stdout.string.contains("first"), Date() < deadline { usleep(50_000) }
        #expect(try k("create", "configmap", "second").status == 0)
        while !p.stdout.string.contains("second"), Date() < deadline { usleep(50_000) }
        #expect(p.stdout.string.contains("first"))
        #expect(p.stdout.string.contains("second"))
    }
    /// Graceful pod deletion (issue 8): a pod on a node stays Terminating until its kubelet, or a forced
    /// delete, removes it with grace 0.
    @Test func deletingAScheduledPodMarksItUntilAForcedDelete() throws {
        let s = try TestServer()
        defer { s.stop() }
        let k = try Kubectl(31, server: s)
        let pod = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: placed
            spec:
              nodeName: node-1
              containers:
              - name: main
                image: busybox:1.36
            """
        let created = try k("create", "-f", "-", stdin: pod)
        #expect(created.status == 0, "\(created.stderr)")

        // Without --wait=false kubectl would wait for a kubelet that is not there yet.
        let marked = try k("delete", "pod", "placed", "--wait=false")
        #expect(marked.status == 0, "\(marked.stderr)")
        #expect(marked.stdout.contains("pod \"placed\" deleted"), "\(marked.stdout)")
        let meta = try k("get", "pod", "placed", "-o", "jsonpath={.metadata.deletionGracePeriodSeconds} {.metadata.deletionTimestamp}")
        #expect(meta.status == 0, "\(meta.stderr)")
        let parts = meta.stdout.split(separator: " ")
        #expect(parts.first == "30" && parts.count == 2, "\(meta.stdout)")
        let table = try k("get", "pod", "placed")
        #expect(table.stdout.contains("Terminating"), "\(table.stdout)")

        let forced = try k("delete", "pod", "placed", "--grace-period=0", "--force")
        #expect(forced.status == 0, "\(forced.stderr)")
        let gone = try k("get", "pod", "placed")
        #expect(gone.status != 0)
        #expect(gone.stderr.contains("NotFound"), "\(gone.stderr)")
    }
}
