import JSON
import Testing
@testable import API

@Suite struct HPAStrategyTests {
    func create(_ v2: JSON) -> (JSON, [String]) {
        var obj = v2
        let s = Strategies.strategy(group: "autoscaling", kind: "HorizontalPodAutoscaler")
        s.applyDefaults(&obj)
        s.prepareForCreate(&obj)
        return (obj, s.validate(obj).map(\.message))
    }

    @Test func defaultsTheConvertedKubectlBody() throws {
        let (hpa, errs) = create(HPAConversion.v1ToV2(try JSONParser.parse(HPAConversionTests.kubectlV1Body)))
        #expect(errs.isEmpty)
        #expect(hpa[path: ["spec", "minReplicas"]] == 2)
        #expect(hpa[path: ["spec", "behavior"]] == nil)
        #expect(hpa["status"] == ["desiredReplicas": 0])
    }

    @Test func defaultsMinReplicasMetricsAndGivenBehavior() {
        let (hpa, errs) = create(["spec": ["scaleTargetRef": ["kind": "Deployment", "name": "d"], "maxReplicas": 3,
                                           "behavior": ["scaleDown": ["stabilizationWindowSeconds": 60]]]])
        #expect(errs.isEmpty)
        #expect(hpa[path: ["spec", "minReplicas"]] == 1)
        #expect(hpa[path: ["spec", "metrics"]] == [HPAConversion.cpuMetric(80)])
        #expect(hpa[path: ["spec", "behavior", "scaleUp"]] == [
            "stabilizationWindowSeconds": 0, "selectPolicy": "Max",
            "policies": [["type": "Pods", "value": 4, "periodSeconds": 15], ["type": "Percent", "value": 100, "periodSeconds": 15]],
        ])
        #expect(hpa[path: ["spec", "behavior", "scaleDown"]] == [
            "stabilizationWindowSeconds": 60, "selectPolicy": "Max",
            "policies": [["type": "Percent", "value": 100, "periodSeconds": 15]],
        ])
    }

    @Test func validatesReplicaBoundsTargetAndUtilization() {
        let (_, errs) = create(["spec": ["scaleTargetRef": ["kind": "Deployment"], "minReplicas": 0, "maxReplicas": -1,
                                         "metrics": [HPAConversion.cpuMetric(0)]]])
        #expect(errs == [
            "spec.minReplicas: Invalid value: 0: must be greater than or equal to 1",
            "spec.maxReplicas: Invalid value: -1: must be greater than 0",
            "spec.maxReplicas: Invalid value: -1: must be greater than or equal to `minReplicas`",
            "spec.scaleTargetRef.name: Required value",
            "spec.metrics[0].resource.target.averageUtilization: Invalid value: 0: must be greater than 0",
        ])
    }

    @Test func rejectsMaxBelowMin() {
        let (_, errs) = create(["spec": ["scaleTargetRef": ["kind": "Deployment", "name": "d"], "minReplicas": 5, "maxReplicas": 2]])
        #expect(errs == ["spec.maxReplicas: Invalid value: 2: must be greater than or equal to `minReplicas`"])
    }
}
