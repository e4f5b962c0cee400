import API
import Foundation
import JSON

/// The autoscaling/v2 status a sync builds (upstream `HorizontalPodAutoscalerStatus`), written back as
/// JSON in the field order Go marshals it, zero `currentReplicas` and empty lists omitted.
struct AutoscalerStatus: Sendable, Equatable {
    var lastScaleTime: JSON?
    var currentReplicas: Int
    var desiredReplicas: Int
    /// One entry per spec metric, `{"type": ""}` for a metric that could not be computed; nil omits it.
    var currentMetrics: [JSON]?
    var conditions: [JSON]

    init(_ status: JSON?) {
        lastScaleTime = status?["lastScaleTime"].flatMap { $0.isNull ? nil : $0 }
        currentReplicas = Int(status?["currentReplicas"]?.intValue ?? 0)
        desiredReplicas = Int(status?["desiredReplicas"]?.intValue ?? 0)
        currentMetrics = status?["currentMetrics"]?.arrayValue
        conditions = status?["conditions"]?.arrayValue ?? []
    }

    /// upstream `setCondition`: updates the condition of `type` in place (appending it the first time);
    /// `lastTransitionTime` moves only when the status flips.
    mutating func set(_ type: String, _ status: Bool, reason: String, message: String, now: Date) {
        let value = status ? "True" : "False"
        let index = conditions.firstIndex { $0["type"]?.stringValue == type }
        var transition = index.flatMap { conditions[$0]["lastTransitionTime"] }
        if index.map({ conditions[$0]["status"]?.stringValue != value }) ?? true {
            transition = .string(ObjectMeta.timestamp(now))
        }
        let condition: JSON = .object(JSONObject([
            ("type", .string(type)), ("status", .string(value)), ("lastTransitionTime", transition ?? .null),
            ("reason", .string(reason)), ("message", .string(message)),
        ]))
        if let index { conditions[index] = condition } else { conditions.append(condition) }
    }

    mutating func set(_ update: ConditionUpdate, now: Date) {
        set(update.type, update.status, reason: update.reason, message: update.message, now: now)
    }

    /// The status as stored.
    var json: JSON {
        var pairs: [(String, JSON)] = []
        if let lastScaleTime { pairs.append(("lastScaleTime", lastScaleTime)) }
        if currentReplicas != 0 { pairs.append(("currentReplicas", .int(Int64(currentReplicas)))) }
        pairs.append(("desiredReplicas", .int(Int64(desiredReplicas))))
        if let currentMetrics, !currentMetrics.isEmpty { pairs.append(("currentMetrics", .array(currentMetrics))) }
        if !conditions.isEmpty { pairs.append(("conditions", .array(conditions))) }
        return .object(JSONObject(pairs))
    }
}
