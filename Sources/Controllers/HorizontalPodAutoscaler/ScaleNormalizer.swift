import Foundation

/// One scaling policy of `spec.behavior.scaleUp|scaleDown.policies`.
struct ScalingPolicy: Sendable, Equatable {
    enum Kind: String, Sendable { case pods = "Pods", percent = "Percent" }
    var kind: Kind
    var value: Int
    var periodSeconds: Int
}

/// `spec.behavior.scaleUp` or `scaleDown`, defaults applied.
struct ScalingRules: Sendable, Equatable {
    enum Select: String, Sendable { case max = "Max", min = "Min", disabled = "Disabled" }
    /// nil only for a scale-down left to the controller's `--horizontal-pod-autoscaler-downscale-stabilization`.
    var stabilizationWindowSeconds: Int?
    var selectPolicy: Select
    var policies: [ScalingPolicy]

    /// upstream `GenerateHPAScaleUpRules` defaults: no window, the faster of 4 Pods or 100 % per 15 s.
    static let defaultScaleUp = ScalingRules(stabilizationWindowSeconds: 0, selectPolicy: .max, policies: [
        ScalingPolicy(kind: .pods, value: 4, periodSeconds: 15), ScalingPolicy(kind: .percent, value: 100, periodSeconds: 15),
    ])
    /// upstream `GenerateHPAScaleDownRules` defaults: the controller's window, 100 % per 15 s.
    static let defaultScaleDown = ScalingRules(stabilizationWindowSeconds: nil, selectPolicy: .max, policies: [
        ScalingPolicy(kind: .percent, value: 100, periodSeconds: 15),
    ])
}

/// What one autoscaler remembers between syncs (upstream keeps these maps per HPA key): its unstabilised
/// recommendations and the scale changes it made, with their times.
struct AutoscalerHistory: Sendable, Equatable {
    struct Recommendation: Sendable, Equatable {
        var replicas: Int
        var at: Date
    }
    struct ScaleEvent: Sendable, Equatable {
        /// Replicas added (scale-up list) or removed (scale-down list); never negative.
        var change: Int
        var at: Date
        var outdated = false
    }
    var recommendations: [Recommendation] = []
    var scaleUps: [ScaleEvent] = []
    var scaleDowns: [ScaleEvent] = []
}

/// A condition the normalisation sets: type `AbleToScale` or `ScalingLimited`, its status, reason and
/// message.
struct ConditionUpdate: Sendable, Equatable {
    var type: String
    var status: Bool
    var reason: String
    var message: String
}

/// The result of normalising a recommendation: the replica count to apply and the conditions to set.
struct Normalized: Sendable, Equatable {
    var replicas: Int
    var ableToScale: ConditionUpdate
    var scalingLimited: ConditionUpdate
}

/// Turns a metric recommendation into the replica count to apply (upstream `normalizeDesiredReplicas`
/// and `normalizeDesiredReplicasWithBehaviors`): stabilisation over recent recommendations, then rate
/// limits and `minReplicas`/`maxReplicas`. Pure over the history it is given and the time `now`.
enum ScaleNormalizer {
    static let readyForNewScale = ConditionUpdate(type: "AbleToScale", status: true, reason: "ReadyForNewScale",
                                                  message: "recommended size matches current size")

    /// upstream `recordInitialRecommendation`: the first look at a target remembers its size, so a
    /// scale-down waits for the window even right after the controller starts.
    static func recordInitial(_ history: inout AutoscalerHistory, current: Int, now: Date) {
        if history.recommendations.isEmpty { history.recommendations = [.init(replicas: current, at: now)] }
    }

    // MARK: without behavior

    /// Without `spec.behavior`: the highest recommendation of the last `window` seconds, then at most
    /// twice the current size (at least 4) and within min/max (upstream `convertDesiredReplicasWithRules`).
    static func normalize(_ history: inout AutoscalerHistory, current: Int, desired: Int, min minReplicas: Int,
                          max maxReplicas: Int, window: Double, now: Date) -> Normalized {
        let stabilized = stabilize(&history, desired: desired, window: window, now: now)
        let able = stabilized != desired
            ? ConditionUpdate(type: "AbleToScale", status: true, reason: "ScaleDownStabilized",
                              message: "recent recommendations were higher than current one, applying the highest recent recommendation")
            : readyForNewScale
        let (replicas, reason, message) = applyRules(current: current, desired: stabilized, min: minReplicas, max: maxReplicas)
        return Normalized(replicas: replicas, ableToScale: able,
                          scalingLimited: ConditionUpdate(type: "ScalingLimited", status: replicas != stabilized,
                                                          reason: reason, message: message))
    }

    /// upstream `stabilizeRecommendation`: records `desired` (reusing one slot older than the window)
    /// and returns the maximum over the window.
    static func stabilize(_ history: inout AutoscalerHistory, desired: Int, window: Double, now: Date) -> Int {
        var highest = desired
        var oldIndex: Int?
        let cutoff = now.addingTimeInterval(-window)
        for (i, rec) in history.recommendations.enumerated() {
            if rec.at < cutoff {
                oldIndex = i
            } else if rec.replicas > highest {
                highest = rec.replicas
            }
        }
        let entry = AutoscalerHistory.Recommendation(replicas: desired, at: now)
        if let oldIndex { history.recommendations[oldIndex] = entry } else { history.recommendations.append(entry) }
        return highest
    }

    /// upstream `convertDesiredReplicasWithRules`.
    static func applyRules(current: Int, desired: Int, min minReplicas: Int, max maxReplicas: Int)
        -> (Int, String, String) {
        // A bogus usage report must not multiply the workload at once (upstream issue 32304).
        let scaleUpLimit = Swift.max(2 * current, 4)
        let upper: Int, reason: String, message: String
        if maxReplicas > scaleUpLimit {
            (upper, reason, message) = (scaleUpLimit, "ScaleUpLimit", "the desired replica count is increasing faster than the maximum scale rate")
        } else {
            (upper, reason, message) = (maxReplicas, "TooManyReplicas", "the desired replica count is more than the maximum replica count")
        }
        if desired < minReplicas {
            return (minReplicas, "TooFewReplicas", "the desired replica count is less than the minimum replica count")
        }
        if desired > upper { return (upper, reason, message) }
        return (desired, "DesiredWithinRange", "the desired count is within the acceptable range")
    }

    // MARK: with behavior

    /// With `spec.behavior`: stabilised between the lowest recommendation of the scale-up window and the
    /// highest of the scale-down window, then limited by the policies' rates and min/max.
    static func normalize(_ history: inout AutoscalerHistory, current: Int, desired: Int, min minReplicas: Int,
                          max maxReplicas: Int, scaleUp: ScalingRules, scaleDown: ScalingRules,
                          defaultDownWindow: Int, now: Date) -> Normalized {
        var down = scaleDown
        if down.stabilizationWindowSeconds == nil { down.stabilizationWindowSeconds = defaultDownWindow }
        let (stabilized, stableReason, stableMessage) = stabilize(&history, current: current, desired: desired,
                                                                  upWindow: scaleUp.stabilizationWindowSeconds ?? 0,
                                                                  downWindow: down.stabilizationWindowSeconds ?? 0, now: now)
        let able = stabilized != desired
            ? ConditionUpdate(type: "AbleToScale", status: true, reason: stableReason, message: stableMessage)
            : readyForNewScale
        let (replicas, reason, message) = applyRates(history, current: current, desired: stabilized, min: minReplicas,
                                                     max: maxReplicas, scaleUp: scaleUp, scaleDown: down, now: now)
        return Normalized(replicas: replicas, ableToScale: able,
                          scalingLimited: ConditionUpdate(type: "ScalingLimited", status: replicas != stabilized,
                                                          reason: reason, message: message))
    }

    /// upstream `stabilizeRecommendationWithBehaviors`: the current size brought up to the lowest
    /// recommendation of the scale-up window and down to the highest of the scale-down window; records
    /// `desired`, reusing a slot older than both windows.
    static func stabilize(_ history: inout AutoscalerHistory, current: Int, desired: Int, upWindow: Int,
                          downWindow: Int, now: Date) -> (Int, String, String) {
        var up = desired, down = desired
        let upCutoff = now.addingTimeInterval(-Double(upWindow))
        let downCutoff = now.addingTimeInterval(-Double(downWindow))
        var oldIndex: Int?
        for (i, rec) in history.recommendations.enumerated() {
            if rec.at > upCutoff { up = Swift.min(rec.replicas, up) }
            if rec.at > downCutoff { down = Swift.max(rec.replicas, down) }
            if rec.at < upCutoff && rec.at < downCutoff { oldIndex = i }
        }
        var recommendation = current
        if recommendation < up { recommendation = up }
        if recommendation > down { recommendation = down }
        let entry = AutoscalerHistory.Recommendation(replicas: desired, at: now)
        if let oldIndex { history.recommendations[oldIndex] = entry } else { history.recommendations.append(entry) }
        if desired >= current {
            return (recommendation, "ScaleUpStabilized",
                    "recent recommendations were lower than current one, applying the lowest recent recommendation")
        }
        return (recommendation, "ScaleDownStabilized",
                "recent recommendations were higher than current one, applying the highest recent recommendation")
    }

    /// upstream `convertDesiredReplicasWithBehaviorRate`.
    static func applyRates(_ history: AutoscalerHistory, current: Int, desired: Int, min minReplicas: Int,
                           max maxReplicas: Int, scaleUp: ScalingRules, scaleDown: ScalingRules, now: Date)
        -> (Int, String, String) {
        if desired > current {
            let limit = Swift.max(current, scaleUpLimit(current: current, history: history, rules: scaleUp, now: now))
            let allowed: Int, reason: String, message: String
            if maxReplicas > limit {
                (allowed, reason, message) = (limit, "ScaleUpLimit", "the desired replica count is increasing faster than the maximum scale rate")
            } else {
                (allowed, reason, message) = (maxReplicas, "TooManyReplicas", "the desired replica count is more than the maximum replica count")
            }
            if desired > allowed { return (allowed, reason, message) }
        } else if desired < current {
            let limit = Swift.min(current, scaleDownLimit(current: current, history: history, rules: scaleDown, now: now))
            let allowed: Int, reason: String, message: String
            if minReplicas < limit {
                (allowed, reason, message) = (limit, "ScaleDownLimit", "the desired replica count is decreasing faster than the maximum scale rate")
            } else {
                (allowed, reason, message) = (minReplicas, "TooFewReplicas", "the desired replica count is less than the minimum replica count")
            }
            if desired < allowed { return (allowed, reason, message) }
        }
        return (desired, "DesiredWithinRange", "the desired count is within the acceptable range")
    }

    /// upstream `calculateScaleUpLimitWithScalingRules`: the most replicas the policies allow now.
    static func scaleUpLimit(current: Int, history: AutoscalerHistory, rules: ScalingRules, now: Date) -> Int {
        if rules.selectPolicy == .disabled { return current }
        var result = rules.selectPolicy == .min ? Int(Int32.max) : Int(Int32.min)
        for policy in rules.policies {
            let start = periodStart(current: current, history: history, period: policy.periodSeconds, now: now)
            let proposed: Int
            switch policy.kind {
            case .pods: proposed = start + policy.value
            // Rounded up, or a small target could never grow.
            case .percent: proposed = Int((Double(start) * (1 + Double(policy.value) / 100)).rounded(.up))
            }
            result = rules.selectPolicy == .min ? Swift.min(result, proposed) : Swift.max(result, proposed)
        }
        return result
    }

    /// upstream `calculateScaleDownLimitWithBehaviors`: the fewest replicas the policies allow now.
    static func scaleDownLimit(current: Int, history: AutoscalerHistory, rules: ScalingRules, now: Date) -> Int {
        if rules.selectPolicy == .disabled { return current }
        var result = rules.selectPolicy == .min ? Int(Int32.min) : Int(Int32.max)
        for policy in rules.policies {
            let start = periodStart(current: current, history: history, period: policy.periodSeconds, now: now)
            let proposed: Int
            switch policy.kind {
            case .pods: proposed = start - policy.value
            case .percent: proposed = Int(Double(start) * (1 - Double(policy.value) / 100))
            }
            result = rules.selectPolicy == .min ? Swift.max(result, proposed) : Swift.min(result, proposed)
        }
        return result
    }

    /// The size at the start of a policy's period: the current size less what was added and plus what
    /// was removed within it (upstream `getReplicasChangePerPeriod`).
    static func periodStart(current: Int, history: AutoscalerHistory, period: Int, now: Date) -> Int {
        let cutoff = now.addingTimeInterval(-Double(period))
        let added = history.scaleUps.filter { $0.at > cutoff }.reduce(0) { $0 + $1.change }
        let removed = history.scaleDowns.filter { $0.at > cutoff }.reduce(0) { $0 + $1.change }
        return current - added + removed
    }

    /// upstream `storeScaleEvent`: remembers a rescale from `previous` to `new` (only with behavior),
    /// reusing a slot older than the longest policy period of that direction.
    static func recordScale(_ history: inout AutoscalerHistory, previous: Int, new: Int, scaleUp: ScalingRules,
                            scaleDown: ScalingRules, now: Date) {
        let growing = new > previous
        let longest = (growing ? scaleUp : scaleDown).policies.map(\.periodSeconds).max() ?? 0
        let cutoff = now.addingTimeInterval(-Double(longest))
        var events = growing ? history.scaleUps : history.scaleDowns
        var oldIndex: Int?
        for i in events.indices {
            if events[i].at < cutoff { events[i].outdated = true }
            if events[i].outdated { oldIndex = i }
        }
        let event = AutoscalerHistory.ScaleEvent(change: abs(new - previous), at: now)
        if let oldIndex { events[oldIndex] = event } else { events.append(event) }
        if growing { history.scaleUps = events } else { history.scaleDowns = events }
    }
}
