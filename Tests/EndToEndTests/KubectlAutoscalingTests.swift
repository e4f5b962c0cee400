import Foundation
import Testing

/// The HPA controller seen through kubectl 1.27 and 1.33 on a live server without metrics-server (the
/// walkthrough before `kubectl apply -f metrics.yaml`): after one sync period the autoscaler has read its
/// target's scale and reports, as a real cluster does, that the resource metrics API is not there.
/// (Scaling on usage needs the metrics source `kubeling serve` wires in; see issue 12.)
@Suite(.serialized) struct KubectlAutoscalingTests {
    @Test(arguments: [27, 33]) func withoutMetricsServerTheHPAReportsTheMissingMetricsAPI(minor: Int) throws {
        // 30× time: a 15 s sync period in half a second.
        let server = try TestServer(extraArgs: ["--time-scale", "30"])
        defer { server.stop() }
        let kubectl = try Kubectl(minor, server: server)
        #expect(try kubectl("create", "deployment", "hello-world-flask", "--image=lyzhang1999/hello-world-flask:latest",
                            "--replicas=2").status == 0)
        let autoscale = try kubectl("autoscale", "deployment", "hello-world-flask", "--cpu-percent=50", "--min=2", "--max=10")
        #expect(autoscale.stdout == "horizontalpodautoscaler.autoscaling/hello-world-flask autoscaled\n", "\(autoscale.stderr)")

        var replicas = ""
        for _ in 0..<100 where replicas != "2" {
            usleep(100_000)
            replicas = try kubectl("get", "hpa", "hello-world-flask", "-o", "jsonpath={.status.currentReplicas}").stdout
        }
        #expect(replicas == "2")
        let table = PrintedTable.parse(try kubectl("get", "hpa").stdout)
        #expect(table.row("hello-world-flask")?["TARGETS"] == "cpu: <unknown>/50%", "\(table.rows)")
        #expect(table.row("hello-world-flask")?["REPLICAS"] == "2", "\(table.rows)")

        let missing = "failed to get cpu utilization: unable to get metrics for resource cpu: unable to fetch metrics from "
            + "resource metrics API: the server could not find the requested resource (get pods.metrics.k8s.io)"
        let describe = Described(try kubectl("describe", "hpa", "hello-world-flask").stdout)
        #expect(describe.hasLine(containing: "AbleToScale True SucceededGetScale the HPA controller was able to get the target's current scale"),
                "\(describe.lines)")
        #expect(describe.hasLine(containing: "ScalingActive False FailedGetResourceMetric the HPA was unable to compute the replica count: " + missing),
                "\(describe.lines)")
        #expect(describe.hasLine(containing: "Warning FailedGetResourceMetric"), "\(describe.lines)")
        #expect(describe.hasLine(containing: "horizontal-pod-autoscaler " + missing), "\(describe.lines)")
        #expect(describe.hasLine(containing: "resource cpu on pods (as a percentage of request): <unknown> / 50%"), "\(describe.lines)")
    }
}
