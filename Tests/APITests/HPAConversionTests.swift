import JSON
import Testing
@testable import API

@Suite struct HPAConversionTests {
    /// `kubectl autoscale deployment hello-world-flask --cpu-percent=50 --min=2 --max=10` (kubectl-wire.md §3.9).
    static let kubectlV1Body = """
    {"kind":"HorizontalPodAutoscaler","apiVersion":"autoscaling/v1","metadata":{"name":"hello-world-flask","creationTimestamp":null},"spec":{"scaleTargetRef":{"kind":"Deployment","name":"hello-world-flask","apiVersion":"apps/v1"},"minReplicas":2,"maxReplicas":10,"targetCPUUtilizationPercentage":50},"status":{"currentReplicas":0,"desiredReplicas":0}}
    """

    static let v2WithExtras: JSON = [
        "apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler",
        "metadata": ["name": "h", "annotations": ["team": "a"]],
        "spec": [
            "scaleTargetRef": ["kind": "Deployment", "name": "d", "apiVersion": "apps/v1"],
            "minReplicas": 2, "maxReplicas": 10,
            "metrics": [
                ["type": "Resource", "resource": ["name": "memory", "target": ["type": "AverageValue", "averageValue": "100Mi"]]],
                ["type": "Pods", "pods": ["metric": ["name": "rps"], "target": ["type": "AverageValue", "averageValue": "10"]]],
                ["type": "External", "external": ["metric": ["name": "queue", "selector": ["matchLabels": ["q": "x"]]],
                                                  "target": ["type": "Value", "value": "30"]]],
                ["type": "Resource", "resource": ["name": "cpu", "target": ["type": "Utilization", "averageUtilization": 50]]],
            ],
            "behavior": ["scaleDown": ["stabilizationWindowSeconds": 60, "selectPolicy": "Min",
                                       "policies": [["type": "Pods", "value": 1, "periodSeconds": 30]]]],
        ],
        "status": [
            "currentReplicas": 2, "desiredReplicas": 3, "observedGeneration": 1,
            "currentMetrics": [
                ["type": "Resource", "resource": ["name": "cpu", "current": ["averageValue": "60m", "averageUtilization": 60]]],
                ["type": "Pods", "pods": ["metric": ["name": "rps"], "current": ["averageValue": "12"]]],
            ],
            "conditions": [["type": "AbleToScale", "status": "True", "lastTransitionTime": "2024-01-01T00:00:00Z",
                            "reason": "SucceededRescale", "message": "ok"]],
        ],
    ]

    @Test func convertsTheKubectlV1BodyToACPUMetric() throws {
        let v2 = HPAConversion.v1ToV2(try JSONParser.parse(Self.kubectlV1Body))
        #expect(v2["apiVersion"] == "autoscaling/v2")
        #expect(v2[path: ["spec", "metrics"]] == [HPAConversion.cpuMetric(50)])
        #expect(v2[path: ["spec", "targetCPUUtilizationPercentage"]] == nil)
        #expect(v2[path: ["metadata", "annotations"]] == nil)
        let back = HPAConversion.v2ToV1(v2)
        #expect(back == (try JSONParser.parse(Self.kubectlV1Body)))
    }

    @Test func v1WithoutTargetGetsTheDefaultCPUMetric() throws {
        var v1 = try JSONParser.parse(Self.kubectlV1Body)
        v1[path: ["spec", "targetCPUUtilizationPercentage"]] = nil
        #expect(HPAConversion.v1ToV2(v1)[path: ["spec", "metrics"]] == [HPAConversion.cpuMetric(80)])
    }

    @Test func v2ToV1KeepsExtrasInAnnotations() throws {
        let v1 = HPAConversion.v2ToV1(Self.v2WithExtras)
        #expect(v1["apiVersion"] == "autoscaling/v1")
        #expect(v1[path: ["spec", "targetCPUUtilizationPercentage"]] == 50)
        #expect(v1[path: ["spec", "metrics"]] == nil)
        #expect(v1[path: ["status", "currentCPUUtilizationPercentage"]] == 60)
        let annotations = try #require(v1[path: ["metadata", "annotations"]])
        #expect(annotations["team"] == "a")
        let metrics = try JSONParser.parse(try #require(annotations[HPAConversion.metricsAnnotation]?.stringValue))
        #expect(metrics[0] == ["type": "Resource", "resource": ["name": "memory", "targetAverageValue": "100Mi"]])
        #expect(metrics[1] == ["type": "Pods", "pods": ["metricName": "rps", "targetAverageValue": "10"]])
        #expect(metrics.arrayValue?.count == 3)
        let behavior = try #require(annotations[HPAConversion.behaviorAnnotation]?.stringValue)
        #expect(behavior.hasPrefix(#"{"ScaleUp":null,"ScaleDown":{"StabilizationWindowSeconds":60,"SelectPolicy":"Min""#))
        #expect(annotations[HPAConversion.conditionsAnnotation] != nil)
        #expect(annotations[HPAConversion.currentMetricsAnnotation] != nil)
    }

    @Test func v2RoundTripIsLossless() {
        let back = HPAConversion.v1ToV2(HPAConversion.v2ToV1(Self.v2WithExtras))
        #expect(back == Self.v2WithExtras)
    }

    @Test func v1RoundTripThroughV2IsLossless() {
        let v1 = HPAConversion.v2ToV1(Self.v2WithExtras)
        #expect(HPAConversion.v2ToV1(HPAConversion.v1ToV2(v1)) == v1)
    }
}
