@testable import Controllers
import Foundation
import Testing

/// Stabilisation, rate limits and min/max against upstream's cases (`horizontal_test.go`, rewritten):
/// the legacy path (no `behavior`), the policies of `behavior` with their periods, and both windows.
@Suite struct HPANormalizationTests {
    static let now = Date(timeIntervalSince1970: 1_767_225_600)
    static func ago(_ seconds: Double) -> Date { now.addingTimeInterval(-seconds) }
    typealias Rec = AutoscalerHistory.Recommendation

    // MARK: without behavior

    @Test func legacyStabilizationKeepsTheHighestRecommendationOfFiveMinutes() {
        let cases: [(name: String, log: [Rec], desired: Int, expected: Int, logLength: Int)] = [
            ("empty log", [], 5, 5, 1),
            ("stabilize", [Rec(replicas: 4, at: Self.ago(120)), Rec(replicas: 5, at: Self.ago(60))], 3, 5, 3),
            ("no stabilize", [Rec(replicas: 1, at: Self.ago(120)), Rec(replicas: 2, at: Self.ago(60))], 3, 3, 3),
            ("old recommendations are replaced", [Rec(replicas: 10, at: Self.ago(600)), Rec(replicas: 9, at: Self.ago(540))], 3, 3, 2),
            ("old and recent", [Rec(replicas: 10, at: Self.ago(600)), Rec(replicas: 4, at: Self.ago(60)),
                                Rec(replicas: 5, at: Self.ago(120)), Rec(replicas: 9, at: Self.ago(540))], 3, 5, 4),
        ]
        for c in cases {
            var history = AutoscalerHistory(recommendations: c.log)
            #expect(ScaleNormalizer.stabilize(&history, desired: c.desired, window: 300, now: Self.now) == c.expected, "\(c.name)")
            #expect(history.recommendations.count == c.logLength, "\(c.name)")
        }
    }

    @Test func legacyRulesClampToMinMaxAndTwiceTheCurrentSize() {
        let cases: [(current: Int, desired: Int, min: Int, max: Int, expected: Int, reason: String)] = [
            (5, 7, 3, 8, 7, "DesiredWithinRange"),
            (3, 1, 2, 8, 2, "TooFewReplicas"),
            (1, 0, 0, 10, 0, "DesiredWithinRange"),
            (20, 1000, 1, 10, 10, "TooManyReplicas"),
            (3, 1000, 1, 2000, 6, "ScaleUpLimit"),
            (1, 1000, 1, 2000, 4, "ScaleUpLimit"),
        ]
        for c in cases {
            let (replicas, reason, _) = ScaleNormalizer.applyRules(current: c.current, desired: c.desired, min: c.min, max: c.max)
            #expect(replicas == c.expected, "\(c)")
            #expect(reason == c.reason, "\(c)")
        }
    }

    @Test func legacyNormalizationSetsTheConditions() {
        var history = AutoscalerHistory()
        ScaleNormalizer.recordInitial(&history, current: 2, now: Self.ago(15))
        let up = ScaleNormalizer.normalize(&history, current: 2, desired: 20, min: 2, max: 10, window: 300, now: Self.now)
        #expect(up.replicas == 4)
        #expect(up.ableToScale.reason == "ReadyForNewScale")
        #expect(up.scalingLimited == ConditionUpdate(type: "ScalingLimited", status: true, reason: "ScaleUpLimit",
                                                     message: "the desired replica count is increasing faster than the maximum scale rate"))
        let down = ScaleNormalizer.normalize(&history, current: 10, desired: 1, min: 2, max: 10, window: 300,
                                             now: Self.now.addingTimeInterval(15))
        #expect(down.replicas == 10)  // the recent 20, then capped at max
        #expect(down.ableToScale == ConditionUpdate(type: "AbleToScale", status: true, reason: "ScaleDownStabilized",
                                                    message: "recent recommendations were higher than current one, applying the highest recent recommendation"))
        #expect(down.scalingLimited.reason == "TooManyReplicas")
    }

    // MARK: with behavior

    static func rules(_ policies: [ScalingPolicy], select: ScalingRules.Select = .max, window: Int? = 0) -> ScalingRules {
        ScalingRules(stabilizationWindowSeconds: window, selectPolicy: select, policies: policies)
    }
    static func pods(_ n: Int, _ period: Int = 15) -> ScalingPolicy { ScalingPolicy(kind: .pods, value: n, periodSeconds: period) }
    static func percent(_ n: Int, _ period: Int = 15) -> ScalingPolicy { ScalingPolicy(kind: .percent, value: n, periodSeconds: period) }

    /// Scale events within `period` (never at its very edge), one just outside it and one outdated.
    static func events(_ changes: [Int], period: Int) -> [AutoscalerHistory.ScaleEvent] {
        changes.enumerated().map { i, c in .init(change: c, at: ago(Double(i % max(1, period - 1)))) }
            + [.init(change: 42, at: ago(Double(period + 1))), .init(change: 42, at: ago(Double(period + 100)), outdated: true)]
    }

    struct RateCase: CustomTestStringConvertible, Sendable {
        var name: String
        var up: ScalingRules = .defaultScaleUp
        var down: ScalingRules = .defaultScaleDown
        var scaleUps: [AutoscalerHistory.ScaleEvent] = []
        var scaleDowns: [AutoscalerHistory.ScaleEvent] = []
        var min = 1
        var max = 1000
        var current: Int
        var desired: Int
        var expected: Int
        var reason: String
        var testDescription: String { name }
    }

    static let rateCases: [RateCase] = [
        RateCase(name: "scale up with the default rules: 100 % beats 4 Pods", current: 10, desired: 50, expected: 20,
                 reason: "ScaleUpLimit"),
        RateCase(name: "scale up with the default rules: 4 Pods beat 100 %", current: 2, desired: 50, expected: 6,
                 reason: "ScaleUpLimit"),
        RateCase(name: "scale up: Pods larger than Percent", up: rules([pods(100), percent(100)]), current: 10, desired: 500,
                 expected: 110, reason: "ScaleUpLimit"),
        RateCase(name: "scale up: Percent larger than Pods", up: rules([pods(2), percent(100)]), current: 10, desired: 500,
                 expected: 20, reason: "ScaleUpLimit"),
        RateCase(name: "scale up: selectPolicy Min takes the smaller change", up: rules([pods(2), percent(100)], select: .min),
                 current: 10, desired: 500, expected: 12, reason: "ScaleUpLimit"),
        RateCase(name: "scale up: maxReplicas below the rate", up: rules([pods(100)]), max: 50, current: 10, desired: 60,
                 expected: 50, reason: "TooManyReplicas"),
        RateCase(name: "scale up: Pods rate", up: rules([pods(30)]), current: 10, desired: 50, expected: 40, reason: "ScaleUpLimit"),
        RateCase(name: "scale up: Percent rate", up: rules([percent(200)]), current: 10, desired: 50, expected: 30,
                 reason: "ScaleUpLimit"),
        RateCase(name: "scale up disabled", up: rules([pods(4)], select: .disabled), current: 10, desired: 50, expected: 10,
                 reason: "ScaleUpLimit"),
        RateCase(name: "scale up within range", current: 10, desired: 12, expected: 12, reason: "DesiredWithinRange"),
        RateCase(name: "scale down with the default rules", current: 10, desired: 5, expected: 5, reason: "DesiredWithinRange"),
        RateCase(name: "scale down: Max picks the larger change", down: rules([pods(20), percent(1)]), current: 100, desired: 2,
                 expected: 80, reason: "ScaleDownLimit"),
        RateCase(name: "scale down: Min picks the smaller change", down: rules([pods(20), percent(1)], select: .min),
                 current: 100, desired: 2, expected: 99, reason: "ScaleDownLimit"),
        RateCase(name: "scale down to minReplicas", down: rules([pods(100)]), min: 1, current: 10, desired: 0, expected: 1,
                 reason: "TooFewReplicas"),
        RateCase(name: "scale down: 100 % is limited by minReplicas", down: rules([percent(100)]), min: 5, current: 10,
                 desired: 2, expected: 5, reason: "TooFewReplicas"),
        RateCase(name: "scale down: Pods rate", down: rules([pods(5)]), current: 10, desired: 2, expected: 5,
                 reason: "ScaleDownLimit"),
        RateCase(name: "scale down: Percent rate rounds down", down: rules([percent(33)]), current: 10, desired: 2, expected: 6,
                 reason: "ScaleDownLimit"),
        RateCase(name: "scale down disabled", down: rules([percent(100)], select: .disabled), current: 10, desired: 2,
                 expected: 10, reason: "ScaleDownLimit"),
        // Periods: what was added within the period counts against it.
        RateCase(name: "scale up: Percent over the period after recent scale-ups", up: rules([percent(100, 60)]),
                 scaleUps: events([1, 2, 3, 4, 5], period: 60), current: 100, desired: 500, expected: 170, reason: "ScaleUpLimit"),
        RateCase(name: "scale up: maxReplicas below a large Pods rate over the period", up: rules([pods(300, 60)]),
                 scaleUps: events([1, 5, 9], period: 120), max: 200, current: 100, desired: 500, expected: 200,
                 reason: "TooManyReplicas"),
        RateCase(name: "scale up: no further growth once the period's budget is spent", up: rules([pods(5, 120), percent(0, 120)]),
                 scaleUps: events([1, 5, 9], period: 120), current: 100, desired: 500, expected: 100, reason: "ScaleUpLimit"),
        RateCase(name: "scale up: Pods rate over the period", up: rules([pods(150, 120)]), scaleUps: events([1, 5, 9], period: 120),
                 current: 100, desired: 500, expected: 235, reason: "ScaleUpLimit"),
        RateCase(name: "scale up: recent scale-downs add to the budget", up: rules([pods(4, 60)]),
                 scaleDowns: events([3], period: 60), current: 10, desired: 50, expected: 17, reason: "ScaleUpLimit"),
        RateCase(name: "scale down: Percent over the period after recent scale-downs", down: rules([percent(50, 60)]),
                 scaleDowns: events([10, 10], period: 60), current: 80, desired: 2, expected: 50, reason: "ScaleDownLimit"),
        RateCase(name: "scale down: no further shrinking once the period's budget is spent", down: rules([pods(5, 60)]),
                 scaleDowns: events([10], period: 60), current: 80, desired: 2, expected: 80, reason: "ScaleDownLimit"),
    ]

    @Test(arguments: rateCases)
    func ratesLimitTheChangePerPeriod(_ c: RateCase) {
        let history = AutoscalerHistory(scaleUps: c.scaleUps, scaleDowns: c.scaleDowns)
        let (replicas, reason, _) = ScaleNormalizer.applyRates(history, current: c.current, desired: c.desired, min: c.min,
                                                               max: c.max, scaleUp: c.up, scaleDown: c.down, now: Self.now)
        #expect(replicas == c.expected)
        #expect(reason == c.reason)
    }

    @Test func stabilizationWindowsBoundTheRecommendation() {
        let cases: [(name: String, log: [Rec], current: Int, desired: Int, up: Int, down: Int, expected: Int, reason: String)] = [
            ("scale down waits for the highest of the window", [Rec(replicas: 5, at: Self.ago(60)), Rec(replicas: 3, at: Self.ago(120))],
             4, 2, 0, 300, 4, "ScaleDownStabilized"),
            ("scale down to the highest recent recommendation", [Rec(replicas: 3, at: Self.ago(60))], 5, 2, 0, 300, 3,
             "ScaleDownStabilized"),
            ("scale down once the window has passed", [Rec(replicas: 5, at: Self.ago(301))], 5, 2, 0, 300, 2, "ScaleDownStabilized"),
            ("scale up to the lowest of the up window", [Rec(replicas: 6, at: Self.ago(30))], 4, 8, 60, 300, 6, "ScaleUpStabilized"),
            ("scale up without a window", [Rec(replicas: 6, at: Self.ago(30))], 4, 8, 0, 300, 8, "ScaleUpStabilized"),
            ("no change", [], 4, 4, 0, 300, 4, "ScaleUpStabilized"),
        ]
        for c in cases {
            var history = AutoscalerHistory(recommendations: c.log)
            let (replicas, reason, _) = ScaleNormalizer.stabilize(&history, current: c.current, desired: c.desired, upWindow: c.up,
                                                                  downWindow: c.down, now: Self.now)
            #expect(replicas == c.expected, "\(c.name)")
            #expect(reason == c.reason, "\(c.name)")
            #expect(history.recommendations.contains(Rec(replicas: c.desired, at: Self.now)), "\(c.name)")
        }
    }

    @Test func aScaleDownWithoutItsWindowTakesTheControllersDefault() {
        var history = AutoscalerHistory()
        ScaleNormalizer.recordInitial(&history, current: 10, now: Self.ago(200))
        let held = ScaleNormalizer.normalize(&history, current: 10, desired: 2, min: 1, max: 10, scaleUp: .defaultScaleUp,
                                             scaleDown: .defaultScaleDown, defaultDownWindow: 300, now: Self.now)
        #expect(held.replicas == 10)
        #expect(held.ableToScale.reason == "ScaleDownStabilized")
        let later = ScaleNormalizer.normalize(&history, current: 10, desired: 2, min: 1, max: 10, scaleUp: .defaultScaleUp,
                                              scaleDown: .defaultScaleDown, defaultDownWindow: 300, now: Self.now.addingTimeInterval(101))
        #expect(later.replicas == 2)
        #expect(later.scalingLimited.reason == "DesiredWithinRange")
    }

    @Test func scaleEventsReuseOutdatedSlots() {
        var history = AutoscalerHistory()
        let up = Self.rules([Self.pods(4, 15)])
        ScaleNormalizer.recordScale(&history, previous: 2, new: 6, scaleUp: up, scaleDown: .defaultScaleDown, now: Self.ago(60))
        ScaleNormalizer.recordScale(&history, previous: 6, new: 10, scaleUp: up, scaleDown: .defaultScaleDown, now: Self.now)
        #expect(history.scaleUps.count == 1)
        #expect(history.scaleUps.first?.change == 4)
        ScaleNormalizer.recordScale(&history, previous: 10, new: 7, scaleUp: up, scaleDown: .defaultScaleDown, now: Self.now)
        #expect(history.scaleDowns == [.init(change: 3, at: Self.now)])
    }
}
