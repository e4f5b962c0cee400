@testable import API
@testable import Controllers
import Foundation
import JSON
import TestCluster
import Testing

/// The HPA controller on a test cluster, through the walkthrough's story: Pods without CPU requests,
/// then with requests under load (scale-up in upstream's steps, at most max), then idle again (back to
/// min only after the 300 s stabilisation window); plus the metrics API being absent, a missing target,
/// and the status kubectl prints.
@Suite struct HPAControllerTests {
    @Test func podsWithoutCPURequestsReportTheMissingRequest() throws {
        let f = try HPAFixture()
        try f.createDeployment()
        f.load = 300
        try f.syncPods()
        try f.autoscale()
        #expect(f.hpa?["status"] == ["desiredReplicas": 0])  // nothing before the first period
        try f.run(for: 15)

        let status = try #require(f.hpa?["status"])
        #expect(status["currentReplicas"] == 2)
        #expect(status["desiredReplicas"] == 0)
        #expect(status["currentMetrics"] == [["type": ""]])
        #expect(f.condition("AbleToScale")?["reason"] == "SucceededGetScale")
        #expect(f.condition("AbleToScale")?["message"] == "the HPA controller was able to get the target's current scale")
        #expect(f.condition("ScalingActive")?["status"] == "False")
        #expect(f.condition("ScalingActive")?["reason"] == "FailedGetResourceMetric")
        #expect(f.condition("ScalingActive")?["message"]
            == "the HPA was unable to compute the replica count: failed to get cpu utilization: missing request for cpu in container hello-world-flask of Pod hello-world-flask-0")
        #expect(f.condition("ScalingLimited") == nil)
        #expect(try f.messages("FailedGetResourceMetric")
            == ["failed to get cpu utilization: missing request for cpu in container hello-world-flask of Pod hello-world-flask-0"])
        #expect(try f.messages("FailedComputeMetricsReplicas")
            == ["invalid metrics (1 invalid out of 1), first error is: failed to get cpu resource metric value: failed to get cpu utilization: missing request for cpu in container hello-world-flask of Pod hello-world-flask-0"])
        #expect(try f.events("FailedGetResourceMetric").first?["type"] == "Warning")
        #expect(f.replicas == 2)
        #expect(HPAPrinterView.targets(f) == "cpu: <unknown>/50%")

        // The same failure a period later writes nothing new and counts the event again.
        let rv = f.hpa?.resourceVersion
        try f.run(for: 15)
        #expect(f.hpa?.resourceVersion == rv)
        #expect(try f.events("FailedGetResourceMetric").first?["count"] == 2)
    }

    @Test func underLoadScalesUpByAtMostTwiceOrFourPodsPerPeriodToMax() throws {
        let f = try HPAFixture()
        try f.createDeployment(cpuRequest: "200m")
        f.load = 960  // 480 % of the request
        try f.syncPods()
        try f.autoscale()
        let sizes = try f.run(for: 60)
        #expect(sizes == [4, 8, 10, 10])
        #expect(try f.messages("SuccessfulRescale") == [
            "New size: 4; reason: cpu resource utilization (percentage of request) above target",
            "New size: 8; reason: cpu resource utilization (percentage of request) above target",
            "New size: 10; reason: cpu resource utilization (percentage of request) above target",
        ])
        let status = try #require(f.hpa?["status"])
        #expect(status["currentReplicas"] == 10)
        #expect(status["desiredReplicas"] == 10)
        #expect(status["currentMetrics"] == [["type": "Resource", "resource": ["name": "cpu", "current": [
            "averageValue": "960m", "averageUtilization": 480]]]])
        #expect(status["lastScaleTime"] != nil)
        #expect(f.condition("ScalingActive")?["reason"] == "ValidMetricFound")
        #expect(f.condition("ScalingActive")?["message"]
            == "the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)")
        #expect(f.condition("ScalingLimited")?["status"] == "True")
        #expect(f.condition("ScalingLimited")?["reason"] == "TooManyReplicas")
        #expect(f.condition("AbleToScale")?["reason"] == "ReadyForNewScale")
        #expect(HPAPrinterView.targets(f) == "cpu: 480%/50%")
    }

    @Test func withDefaultBehaviorScalesUpByFourPodsOrDoublePerFifteenSeconds() throws {
        let f = try HPAFixture()
        try f.createDeployment(cpuRequest: "200m")
        f.load = 960
        try f.syncPods()
        try f.autoscale(max: 20, behavior: .object(JSONObject()))
        #expect(f.hpa?[path: ["spec", "behavior", "scaleUp", "policies"]]?.arrayValue?.count == 2)
        let sizes = try f.run(for: 60)
        #expect(sizes == [6, 12, 20, 20])
        #expect(f.condition("ScalingLimited")?["reason"] == "TooManyReplicas")
    }

    @Test func whenTheLoadIsGoneScalesBackToMinOnlyAfterTheWindow() throws {
        let f = try HPAFixture()
        try f.createDeployment(cpuRequest: "200m")
        f.load = 960
        try f.syncPods()
        try f.autoscale()
        try f.run(for: 45)
        #expect(f.replicas == 10)
        let loadGone = f.cluster.clock.now()
        f.load = 1
        try f.syncPods()
        // The last high recommendation was made at the last sync; the window keeps it for 300 s.
        let held = try f.run(for: 285)
        #expect(held.allSatisfy { $0 == 10 })
        #expect(f.condition("AbleToScale")?["reason"] == "ScaleDownStabilized")
        #expect(HPAPrinterView.targets(f) == "cpu: 0%/50%")
        try f.run(for: 30)
        #expect(f.replicas == 2)
        #expect(f.cluster.clock.now().timeIntervalSince(loadGone) > 300)
        #expect(try f.messages("SuccessfulRescale").last == "New size: 2; reason: All metrics below target")
        #expect(f.condition("ScalingLimited")?["reason"] == "TooFewReplicas")
    }

    @Test func withoutTheMetricsAPIReportsUpstreamsError() throws {
        let f = try HPAFixture(metricsAvailable: false)
        try f.createDeployment(cpuRequest: "200m")
        try f.autoscale()
        try f.run(for: 15)
        #expect(f.condition("ScalingActive")?["message"]
            == "the HPA was unable to compute the replica count: failed to get cpu utilization: unable to get metrics for resource cpu: unable to fetch metrics from resource metrics API: the server could not find the requested resource (get pods.metrics.k8s.io)")

        // Registered but not yet available: the aggregator's 503.
        let services = try f.cluster.resource("apiregistration.k8s.io", "v1", "apiservices")
        try f.cluster.client.create(services, namespace: nil, [
            "apiVersion": "apiregistration.k8s.io/v1", "kind": "APIService", "metadata": ["name": "v1beta1.metrics.k8s.io"],
            "spec": ["group": "metrics.k8s.io", "version": "v1beta1", "groupPriorityMinimum": 100, "versionPriority": 100,
                     "insecureSkipTLSVerify": true, "service": ["name": "metrics-server", "namespace": "kube-system"]],
        ])
        try f.run(for: 15)
        #expect(try f.messages("FailedGetResourceMetric").last
            == "failed to get cpu utilization: unable to get metrics for resource cpu: unable to fetch metrics from resource metrics API: the server is currently unable to handle the request (get pods.metrics.k8s.io)")

        // Available: the HPA acts.
        try f.cluster.client.patch(services, namespace: nil, name: "v1beta1.metrics.k8s.io", subresource: "status",
                                   ["status": ["conditions": [["type": "Available", "status": "True", "reason": "Passed",
                                                               "message": "all checks passed",
                                                               "lastTransitionTime": .string(ObjectMeta.timestamp(f.cluster.clock.now()))]]]])
        f.load = 960
        try f.syncPods()
        try f.run(for: 15)
        #expect(f.condition("ScalingActive")?["reason"] == "ValidMetricFound")
        #expect(f.replicas == 4)
    }

    @Test func aMissingTargetFailsToGetTheScale() throws {
        let f = try HPAFixture()
        try f.autoscale(target: "nothing-here")
        try f.run(for: 15)
        #expect(f.condition("AbleToScale")?["status"] == "False")
        #expect(f.condition("AbleToScale")?["reason"] == "FailedGetScale")
        #expect(f.condition("AbleToScale")?["message"]
            == "the HPA controller was unable to get the target's current scale: deployments.apps \"nothing-here\" not found")
        #expect(try f.messages("FailedGetScale") == ["deployments.apps \"nothing-here\" not found"])
    }

    @Test func aTargetScaledToZeroDisablesScaling() throws {
        let f = try HPAFixture()
        try f.createDeployment(replicas: 0, cpuRequest: "200m")
        try f.autoscale()
        try f.run(for: 15)
        #expect(f.condition("ScalingActive")?["reason"] == "ScalingDisabled")
        #expect(f.condition("ScalingActive")?["message"] == "scaling is disabled since the replica count of the target is zero")
        #expect(f.replicas == 0)
    }

    @Test func aTargetAboveMaxIsBroughtDownAtOnce() throws {
        let f = try HPAFixture()
        try f.createDeployment(replicas: 12, cpuRequest: "200m")
        try f.autoscale()
        try f.run(for: 15)
        #expect(f.replicas == 10)
        #expect(try f.messages("SuccessfulRescale") == ["New size: 10; reason: Current number of replicas above Spec.MaxReplicas"])
    }

    @Test func podsMetricsFailWithoutACustomMetricsAdapter() throws {
        let f = try HPAFixture()
        try f.createDeployment(cpuRequest: "200m")
        try f.cluster.client.create(f.hpas, namespace: "default", [
            "apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": ["name": "custom"],
            "spec": ["scaleTargetRef": ["apiVersion": "apps/v1", "kind": "Deployment", "name": "hello-world-flask"],
                     "minReplicas": 1, "maxReplicas": 5,
                     "metrics": [["type": "Pods", "pods": ["metric": ["name": "packets-per-second"],
                                                           "target": ["type": "AverageValue", "averageValue": "1k"]]]]],
        ])
        try f.run(for: 15)
        let hpa = try #require(f.cluster.client.get(f.hpas, namespace: "default", name: "custom"))
        let active = hpa[path: ["status", "conditions"]]?.arrayValue?.first { $0["type"] == "ScalingActive" }
        #expect(active?["reason"] == "FailedGetPodsMetric")
        #expect(active?["message"]
            == "the HPA was unable to compute the replica count: unable to get metric packets-per-second: unable to fetch metrics from custom metrics API: no custom metrics API (custom.metrics.k8s.io) registered")
    }

    @Test func containerResourceMetricsScaleOnOneContainer() throws {
        let f = try HPAFixture()
        try f.createDeployment(cpuRequest: "200m")
        f.load = 960
        try f.syncPods()
        try f.cluster.client.create(f.hpas, namespace: "default", [
            "apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": ["name": "hello-world-flask"],
            "spec": ["scaleTargetRef": ["apiVersion": "apps/v1", "kind": "Deployment", "name": "hello-world-flask"],
                     "minReplicas": 2, "maxReplicas": 10,
                     "metrics": [["type": "ContainerResource", "containerResource": [
                         "name": "cpu", "container": "hello-world-flask",
                         "target": ["type": "Utilization", "averageUtilization": 50]]]]],
        ])
        try f.run(for: 15)
        #expect(f.replicas == 4)
        #expect(try f.messages("SuccessfulRescale")
            == ["New size: 4; reason: cpu container resource utilization (percentage of request) above target"])
        #expect(f.hpa?[path: ["status", "currentMetrics"]] == [["type": "ContainerResource", "containerResource": [
            "name": "cpu", "container": "hello-world-flask", "current": ["averageValue": "960m", "averageUtilization": 480]]]])
    }

    @Test func aMemoryAverageValueTargetScalesOnRawUsage() throws {
        let f = try HPAFixture()
        try f.createDeployment(cpuRequest: "200m")
        try f.autoscale()
        try f.cluster.client.patch(f.hpas, namespace: "default", name: "hello-world-flask", [
            "spec": ["metrics": [["type": "Resource", "resource": ["name": "memory",
                                                                   "target": ["type": "AverageValue", "averageValue": "512Ki"]]]]],
        ])
        try f.run(for: 15)
        // Each Pod's working set is 1Mi: twice the target, so twice the Pods.
        #expect(f.replicas == 4)
        #expect(try f.messages("SuccessfulRescale") == ["New size: 4; reason: memory resource above target"])
        // A milli-quantity in DecimalSI, as upstream builds it: 1048576 bytes print without a suffix.
        #expect(f.hpa?[path: ["status", "currentMetrics"]]?.arrayValue?.first?[path: ["resource", "current"]] == ["averageValue": "1048576"])
        #expect(HPAPrinterView.targets(f) == "memory: 1048576/512Ki")
    }

    @Test func twoAutoscalersOverTheSamePodsAreAmbiguous() throws {
        let f = try HPAFixture()
        try f.createDeployment(cpuRequest: "200m")
        f.load = 960
        try f.syncPods()
        try f.autoscale()
        try f.cluster.client.create(f.hpas, namespace: "default", [
            "apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": ["name": "second"],
            "spec": ["scaleTargetRef": ["apiVersion": "apps/v1", "kind": "Deployment", "name": "hello-world-flask"],
                     "minReplicas": 1, "maxReplicas": 5],
        ])
        try f.run(for: 30)
        let message = "pods by selector app=hello-world-flask are controlled by multiple HPAs: [default/hello-world-flask default/second]"
        for name in ["hello-world-flask", "second"] {
            let hpa = try #require(f.cluster.client.get(f.hpas, namespace: "default", name: name))
            let active = hpa[path: ["status", "conditions"]]?.arrayValue?.first { $0["type"] == "ScalingActive" }
            #expect(active?["reason"] == "AmbiguousSelector", "\(name)")
            #expect(active?["message"] == .string(message), "\(name)")
        }
        #expect(Set(try f.messages("AmbiguousSelector")) == [message])
    }

    @Test func autoscalingV1ObjectsAreScaledToo() throws {
        let f = try HPAFixture()
        try f.createDeployment(cpuRequest: "200m")
        f.load = 960
        try f.syncPods()
        let v1 = try f.cluster.resource("autoscaling", "v1", "horizontalpodautoscalers")
        try f.cluster.client.create(v1, namespace: "default", [
            "apiVersion": "autoscaling/v1", "kind": "HorizontalPodAutoscaler", "metadata": ["name": "hello-world-flask"],
            "spec": ["scaleTargetRef": ["apiVersion": "apps/v1", "kind": "Deployment", "name": "hello-world-flask"],
                     "minReplicas": 2, "maxReplicas": 10, "targetCPUUtilizationPercentage": 50],
        ])
        try f.run(for: 15)
        #expect(f.replicas == 4)
        // Stored as v2; served back as v1 with the current utilisation.
        let served = try #require(f.hpa.map(HPAConversion.v2ToV1))
        #expect(served[path: ["status", "currentCPUUtilizationPercentage"]] == 480)
    }
}

/// What `kubectl get hpa` prints in TARGETS for the fixture's HPA (the server-side table's cell).
enum HPAPrinterView {
    static func targets(_ f: HPAFixture) -> String? { f.hpa.map(HPAPrinter.targets) }
}
