@testable import Controllers
import Foundation
import Testing

/// The replica calculation against upstream's own cases (`replica_calculator_test.go`, rewritten):
/// each Pod has two containers with the same request; samples are per container; upstream's test
/// calculator uses a 2-minute CPU initialisation period and a 10-second readiness delay, Pods start at
/// the zero time unless "hot" (1 minute ago, still initialising) or "cool" (3 minutes ago).
@Suite struct HPAReplicaCalculatorTests {
    static let now = Date(timeIntervalSince1970: 1_767_225_600)
    static let zero = Date.distantPast
    static let hot = now.addingTimeInterval(-60)
    static let cool = now.addingTimeInterval(-180)
    static let calculator = ReplicaCalculator(tolerance: 0.1, cpuInitializationPeriod: 120, delayOfInitialReadinessStatus: 10)

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var current: Int
        var expected = 0
        var error: String?
        /// Per Pod, the request of each container (millicores); nil for none.
        var requests: [Int64?]
        /// Per sampled Pod, usage per container (millicores).
        var levels: [[Int64]]
        var podNames: [String] = []
        var target: Int
        var utilization = 0
        var rawAverage: Int64 = 0
        var container: String?
        var readiness: [String] = []
        var startTimes: [Date] = []
        var phases: [String] = []
        var deleting: [Bool] = []
        var testDescription: String { name }

        func pods() -> [PodSample] {
            let count = max(current, phases.count)
            return (0..<count).map { i in
                let request = i < requests.count ? requests[i] : nil
                let containers = ["container1", "container2"].map { name in
                    PodSample.Container(name: name, requests: request.map { ["cpu": $0] } ?? [:])
                }
                return PodSample(name: "test-pod-\(i)", phase: i < phases.count ? phases[i] : "Running",
                                 deleted: i < deleting.count ? deleting[i] : false,
                                 ready: (i < readiness.count ? readiness[i] : "True", HPAReplicaCalculatorTests.zero),
                                 startTime: i < startTimes.count ? startTimes[i] : HPAReplicaCalculatorTests.zero,
                                 containers: containers)
            }
        }

        func metrics() -> [String: PodMetric] {
            var out: [String: PodMetric] = [:]
            for (i, level) in levels.enumerated() {
                let name = i < podNames.count ? podNames[i] : "test-pod-\(i)"
                let value = container == "container2" ? (level.count > 1 ? level[1] : 0)
                    : container == "container1" ? level[0] : level.reduce(0, +)
                out[name] = PodMetric(value: value, timestamp: HPAReplicaCalculatorTests.zero, window: 60)
            }
            return out
        }
    }

    static func even(_ values: Int64...) -> [[Int64]] { values.map { [$0, $0] } }
    static func ones(_ n: Int) -> [Int64?] { Array(repeating: 1000, count: n) }

    static let resourceCases: [Case] = [
        Case(name: "scale up", current: 3, expected: 5, requests: ones(3), levels: even(300, 500, 700), target: 30,
             utilization: 50, rawAverage: 1000),
        Case(name: "container scale up", current: 3, expected: 5, requests: ones(3),
             levels: [[1000, 300], [1000, 500], [1000, 700]], target: 30, utilization: 50, rawAverage: 500, container: "container2"),
        Case(name: "scale up, an unready Pod makes it smaller", current: 3, expected: 4, requests: ones(3),
             levels: even(300, 500, 700), target: 30, utilization: 60, rawAverage: 1200, readiness: ["False", "True", "True"]),
        Case(name: "scale up, a hot-CPU Pod makes it smaller", current: 3, expected: 4, requests: ones(3),
             levels: even(300, 500, 700), target: 30, utilization: 60, rawAverage: 1200, startTimes: [hot, cool, cool]),
        Case(name: "container scale up, a hot-CPU Pod makes it smaller", current: 3, expected: 4, requests: ones(3),
             levels: [[0, 300], [0, 500], [0, 700]], target: 30, utilization: 60, rawAverage: 600, container: "container2",
             startTimes: [hot, cool, cool]),
        Case(name: "unready Pods prevent a scale up", current: 3, expected: 3, requests: ones(3),
             levels: even(400, 500, 700), target: 30, utilization: 40, rawAverage: 800, readiness: ["True", "False", "False"]),
        Case(name: "unready hot-CPU Pods prevent a scale up", current: 3, expected: 3, requests: ones(3),
             levels: even(400, 500, 700), target: 30, utilization: 40, rawAverage: 800, readiness: ["True", "False", "False"],
             startTimes: [cool, hot, hot]),
        Case(name: "scale up ignores Failed Pods", current: 2, expected: 4, requests: ones(4), levels: even(500, 700),
             target: 30, utilization: 60, rawAverage: 1200, readiness: ["True", "True", "False", "False"],
             phases: ["Running", "Running", "Failed", "Failed"]),
        Case(name: "scale up ignores Pods being deleted", current: 2, expected: 4, requests: ones(4), levels: even(500, 700),
             target: 30, utilization: 60, rawAverage: 1200, readiness: ["True", "True", "False", "False"],
             phases: ["Running", "Running", "Running", "Running"], deleting: [false, false, true, true]),
        Case(name: "scale down", current: 5, expected: 3, requests: ones(5), levels: even(100, 300, 500, 250, 250),
             target: 50, utilization: 28, rawAverage: 560),
        Case(name: "container scale down", current: 5, expected: 3, requests: ones(5),
             levels: [[1000, 100], [1000, 300], [1000, 500], [1000, 250], [1000, 250]], target: 50, utilization: 28,
             rawAverage: 280, container: "container2"),
        Case(name: "scale down excludes unready Pods", current: 5, expected: 2, requests: ones(5),
             levels: even(100, 300, 500, 250, 250), target: 50, utilization: 30, rawAverage: 600,
             readiness: ["True", "True", "True", "False", "False"]),
        Case(name: "scale down excludes unscheduled Pods", current: 5, expected: 1, requests: ones(5), levels: even(100),
             target: 50, utilization: 10, rawAverage: 200, readiness: ["True", "False", "False", "False", "False"],
             phases: ["Running", "Pending", "Pending", "Pending", "Pending"]),
        Case(name: "scale down ignores hot-CPU Pods", current: 5, expected: 2, requests: ones(5),
             levels: even(100, 300, 500, 250, 250), target: 50, utilization: 30, rawAverage: 600,
             startTimes: [cool, cool, cool, hot, hot]),
        Case(name: "scale down ignores Failed Pods", current: 5, expected: 3, requests: ones(7),
             levels: even(100, 300, 500, 250, 250), target: 50, utilization: 28, rawAverage: 560,
             readiness: ["True", "True", "True", "True", "True", "False", "False"],
             phases: ["Running", "Running", "Running", "Running", "Running", "Failed", "Failed"]),
        Case(name: "scale down ignores Pods being deleted", current: 5, expected: 3, requests: ones(7),
             levels: even(100, 300, 500, 250, 250), target: 50, utilization: 28, rawAverage: 560,
             readiness: ["True", "True", "True", "True", "True", "False", "False"],
             phases: Array(repeating: "Running", count: 7), deleting: [false, false, false, false, false, true, true]),
        Case(name: "within tolerance", current: 3, expected: 3, requests: [900, 1000, 1100], levels: even(1010, 1030, 1020),
             target: 100, utilization: 102, rawAverage: 2040),
        Case(name: "samples of Pods not selected are left out", current: 4, expected: 24, requests: ones(4),
             levels: even(4000, 9500, 3000, 7000, 3200, 2000), target: 100, utilization: 587, rawAverage: 11750),
        Case(name: "missing samples count as the request on a scale down", current: 4, expected: 3, requests: ones(4),
             levels: even(400, 95), target: 100, utilization: 24, rawAverage: 495),
        Case(name: "missing samples, at target: no change", current: 2, expected: 2, requests: ones(2), levels: even(1000),
             target: 100, utilization: 100, rawAverage: 2000),
        Case(name: "missing samples would reverse a scale up: no change", current: 2, expected: 2, requests: ones(2),
             levels: even(1900), target: 100, utilization: 190, rawAverage: 3800),
        Case(name: "missing samples would reverse a scale down: no change", current: 2, expected: 2, requests: ones(2),
             levels: even(600), target: 100, utilization: 60, rawAverage: 1200),
        Case(name: "missing samples and an unready Pod: no change", current: 3, expected: 3, requests: ones(3),
             levels: even(100, 450), target: 50, utilization: 45, rawAverage: 900, readiness: ["False", "True", "True"]),
        Case(name: "samples only of unknown Pods", current: 1, error: "no metrics returned matched known pods",
             requests: ones(1), levels: even(100), podNames: ["an-older-pod-name"], target: 100),
        Case(name: "a container without a request", current: 1,
             error: "missing request for cpu in container container1 of Pod test-pod-0", requests: [], levels: even(200),
             target: 100),
        Case(name: "no Pods", current: 0, error: "no pods returned by selector while calculating replica count",
             requests: [], levels: [], target: 50),
        Case(name: "only unready Pods", current: 2, error: "did not receive metrics for targeted pods (pods might be unready)",
             requests: ones(2), levels: [], target: 50, phases: ["Pending", "Pending"]),
    ]

    @Test(arguments: resourceCases)
    func utilizationTargets(_ c: Case) throws {
        do throws(MetricError) {
            let r = try Self.calculator.resourceReplicas(current: c.current, targetUtilization: c.target, resource: "cpu",
                                                         container: c.container, pods: c.pods(), metrics: c.metrics(),
                                                         now: Self.now)
            #expect(c.error == nil, "expected \(c.error ?? "")")
            #expect(r.replicas == c.expected)
            #expect(r.utilization == c.utilization)
            #expect(r.rawAverage == c.rawAverage)
        } catch {
            #expect(error.message == c.error)
        }
    }

    /// Plain (average value) targets: upstream's custom-metric cases, which share the calculation with
    /// `AverageValue` resource targets (no CPU readiness rules for a resource other than cpu).
    static let plainCases: [(name: String, current: Int, levels: [Int64], target: Int64, expected: Int, average: Int64,
                             readiness: [String])] = [
        ("scale up", 3, [20000, 10000, 30000], 15000, 4, 20000, []),
        ("unready Pods still count for a non-CPU metric", 3, [50000, 10000, 30000], 15000, 6, 30000, ["True", "True", "False"]),
        ("a larger scale up", 3, [50000, 15000, 30000], 15000, 7, 31666, ["False", "True", "False"]),
        ("scale down", 5, [12000, 12000, 12000, 12000, 12000], 20000, 3, 12000, []),
        ("within tolerance", 3, [20000, 21000, 21000], 20000, 3, 20666, []),
        ("missing samples at target: no change", 5, [20000, 19000, 21000], 20000, 5, 20000, []),
    ]

    @Test func averageValueTargets() throws {
        for c in Self.plainCases {
            let pods = (0..<c.current).map { i in
                PodSample(name: "test-pod-\(i)", phase: "Running", deleted: false,
                          ready: (i < c.readiness.count ? c.readiness[i] : "True", Self.zero), startTime: Self.zero,
                          containers: [])
            }
            var metrics: [String: PodMetric] = [:]
            for (i, v) in c.levels.enumerated() { metrics["test-pod-\(i)"] = PodMetric(value: v, timestamp: Self.zero, window: 60) }
            let r = try Self.calculator.plainReplicas(current: c.current, targetAverage: c.target, resource: "qps",
                                                      pods: pods, metrics: metrics, now: Self.now)
            #expect(r.replicas == c.expected, "\(c.name)")
            #expect(r.average == c.average, "\(c.name)")
        }
    }

    /// The worked examples of the reference (§5.3): 75 % of a 50 % target on 3 Pods → 5; at a 70 %
    /// target within tolerance → 3; one Pending Pod among two at 100 % → 4.
    @Test func referenceExamples() throws {
        let calc = ReplicaCalculator()
        func pod(_ name: String, phase: String = "Running") -> PodSample {
            PodSample(name: name, phase: phase, deleted: false, ready: ("True", Self.now.addingTimeInterval(-3600)),
                      startTime: Self.now.addingTimeInterval(-3600),
                      containers: [.init(name: "c", requests: ["cpu": phase == "Pending" ? 100 : 200])])
        }
        let three = [pod("a"), pod("b"), pod("c")]
        let usage = ["a": 180, "b": 150, "c": 120].mapValues { PodMetric(value: Int64($0), timestamp: Self.now, window: 15) }
        #expect(try calc.resourceReplicas(current: 3, targetUtilization: 50, resource: "cpu", container: nil, pods: three,
                                          metrics: usage, now: Self.now).replicas == 5)
        #expect(try calc.resourceReplicas(current: 3, targetUtilization: 70, resource: "cpu", container: nil, pods: three,
                                          metrics: usage, now: Self.now).replicas == 3)
        var two = [pod("a"), pod("b"), pod("p", phase: "Pending")]
        two[0].containers[0].requests["cpu"] = 100
        two[1].containers[0].requests["cpu"] = 100
        let full = ["a": 100, "b": 100].mapValues { PodMetric(value: Int64($0), timestamp: Self.now, window: 15) }
        #expect(try calc.resourceReplicas(current: 3, targetUtilization: 50, resource: "cpu", container: nil, pods: two,
                                          metrics: full, now: Self.now).replicas == 4)
    }
}
