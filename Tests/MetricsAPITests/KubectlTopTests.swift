import Foundation
import Testing

/// `kubectl top pods|nodes` with kubectl 1.27 and 1.33 against the in-process server and a fake
/// metrics source: not available before the APIService, a 503 while it has no endpoint, then the
/// tables kubectl prints against a cluster with metrics-server.
@Suite struct KubectlTopTests {
    @Test(arguments: [27, 33])
    func topFollowsTheAPIServiceAndPrintsUsage(minor: Int) throws {
        let s = try MetricsServer()
        let k = try Kubectl(minor, s)
        let before = try k("top", "pods")
        #expect(before.status == 1)
        #expect(before.stderr == "error: Metrics API not available\n", "\(before.stderr)")
        #expect(try k("top", "nodes").stderr == "error: Metrics API not available\n")

        // Registered, but its Service has no endpoint: the aggregator's 503, and no discovery yet.
        try s.registerAPIService()
        let pending = try k.fresh()
        let unavailable = try pending("get", "--raw", "/apis/metrics.k8s.io/v1beta1/pods")
        #expect(unavailable.status == 1)
        #expect(unavailable.stderr.contains("Error from server (ServiceUnavailable): the server is currently unable to handle the request"),
                "\(unavailable.stderr)")
        #expect(try pending("top", "pods").stderr == "error: Metrics API not available\n")
        let reason = try pending("get", "apiservice", "v1beta1.metrics.k8s.io", "-o",
                                 "jsonpath={.status.conditions[0].reason}: {.status.conditions[0].message}")
        #expect(reason.stdout == #"EndpointsNotFound: cannot find endpoints for service/metrics-server in "kube-system""#,
                "\(reason.stdout)\(reason.stderr)")

        try s.publishEndpoint()
        let k2 = try k.fresh()
        let pods = try k2("top", "pods")
        #expect(pods.status == 0, "\(pods.stderr)")
        #expect(rows(pods.stdout) == [
            ["NAME", "CPU(cores)", "MEMORY(bytes)"],
            ["db-0", "2m", "100Mi"],
            ["web-1", "1005m", "16Mi"],
            ["web-2", "250m", "20Mi"],
        ], "\(pods.stdout)")
        #expect(rows(try k2("top", "pods", "--sort-by=cpu").stdout).map { $0[0] } == ["NAME", "web-1", "web-2", "db-0"])
        #expect(rows(try k2("top", "pods", "--sort-by=memory").stdout).map { $0[0] } == ["NAME", "db-0", "web-2", "web-1"])
        #expect(rows(try k2("top", "pods", "--containers").stdout) == [
            ["POD", "NAME", "CPU(cores)", "MEMORY(bytes)"],
            ["db-0", "db", "2m", "100Mi"],
            ["web-1", "app", "1000m", "12Mi"],
            ["web-1", "sidecar", "5m", "4Mi"],
            ["web-2", "app", "250m", "20Mi"],
        ])
        #expect(rows(try k2("top", "pods", "-l", "app=web").stdout).map { $0[0] } == ["NAME", "web-1", "web-2"])
        #expect(rows(try k2("top", "pod", "web-2").stdout) == [["NAME", "CPU(cores)", "MEMORY(bytes)"], ["web-2", "250m", "20Mi"]])
        #expect(rows(try k2("top", "pods", "-A").stdout) == [
            ["NAMESPACE", "NAME", "CPU(cores)", "MEMORY(bytes)"],
            ["default", "db-0", "2m", "100Mi"],
            ["default", "web-1", "1005m", "16Mi"],
            ["default", "web-2", "250m", "20Mi"],
            ["kube-system", "coredns-0", "3m", "15Mi"],
        ])
        let missing = try k2("top", "pod", "nope")
        #expect(missing.stderr == "Error from server (NotFound): pods \"nope\" not found\n", "\(missing.stderr)")

        let nodes = try k2("top", "nodes")
        #expect(nodes.status == 0, "\(nodes.stderr)")
        let percent = minor >= 33 ? ["CPU(%)", "MEMORY(%)"] : ["CPU%", "MEMORY%"]
        #expect(rows(nodes.stdout) == [
            ["NAME", "CPU(cores)", percent[0], "MEMORY(bytes)", percent[1]],
            ["node-1", "2000m", "50%", "2048Mi", "25%"],
            ["node-2", "500m", "25%", "1024Mi", "25%"],
        ], "\(nodes.stdout)")
        #expect(rows(try k2("top", "nodes", "--sort-by=memory").stdout).map { $0[0] } == ["NAME", "node-1", "node-2"])
        #expect(rows(try k2("top", "nodes", "-l", "pool=b").stdout).map { $0[0] } == ["NAME", "node-2"])
        #expect(rows(try k2("top", "node", "node-2").stdout).map { $0[0] } == ["NAME", "node-2"])
    }

    @Test func rawObjectsAreShapedAsMetricsServerWritesThem() throws {
        let s = try MetricsServer()
        try s.registerAPIService()
        try s.publishEndpoint()
        let k = try Kubectl(33, s)
        let list = try k("get", "--raw", "/apis/metrics.k8s.io/v1beta1/namespaces/default/pods?labelSelector=app%3Dweb&fieldSelector=metadata.name%3Dweb-2")
        let ts = try #require(list.stdout.firstMatch(of: /"timestamp":"([^"]+)"/)?.1)
        #expect(list.stdout == #"{"kind":"PodMetricsList","apiVersion":"metrics.k8s.io/v1beta1","metadata":{},"items":[{"metadata":{"name":"web-2","namespace":"default","creationTimestamp":""# + ts + #"","labels":{"app":"web"}},"timestamp":""# + ts + #"","window":"15s","containers":[{"name":"app","usage":{"cpu":"250m","memory":"20Mi"}}]}]}"# + "\n",
                "\(list.stdout)\(list.stderr)")
        let node = try k("get", "--raw", "/apis/metrics.k8s.io/v1beta1/nodes/node-1")
        #expect(node.stdout.hasPrefix(#"{"kind":"NodeMetrics","apiVersion":"metrics.k8s.io/v1beta1","metadata":{"name":"node-1","creationTimestamp":"#),
                "\(node.stdout)")
        #expect(node.stdout.hasSuffix(#""window":"15s","usage":{"cpu":"2","memory":"2Gi"}}"# + "\n"), "\(node.stdout)")
        let discovery = try k("api-resources", "--api-group=metrics.k8s.io")
        #expect(rows(discovery.stdout).dropFirst().map { [$0[0], $0[$0.count - 1]] } == [["nodes", "NodeMetrics"], ["pods", "PodMetrics"]],
                "\(discovery.stdout)")
        let table = try k("get", "podmetrics", "-n", "kube-system")
        #expect(rows(table.stdout) == [["NAME", "CPU", "MEMORY", "WINDOW"], ["coredns-0", "3m", "15Mi", "15s"]], "\(table.stdout)\(table.stderr)")
        let watch = try k("get", "--raw", "/apis/metrics.k8s.io/v1beta1/pods?watch=true")
        #expect(watch.stderr.contains("MethodNotAllowed") || watch.stderr.contains("405"), "\(watch.stderr)")
    }
}
