import API
import Foundation
import JSON

/// Computes the `endpoints.kubernetes.io/last-change-trigger-time` annotation (upstream
/// `endpointslice/util.TriggerTimeTracker`): the earliest of the trigger times that changed since the
/// previous sync of a Service, where a Pod's trigger time is its Ready condition's
/// `lastTransitionTime` and the Service's is its `creationTimestamp`. A Service seen for the first
/// time reports its creation time. Like upstream it may be off when one object changes twice between
/// two syncs.
///
/// Calls for one Service never overlap (the work queue processes a key on one worker at a time); calls
/// for different Services may.
final class TriggerTimeTracker: @unchecked Sendable {
    // Invariant: `states` is guarded by `lock`.
    private let lock = NSLock()
    private var states: [ObjectKey: State] = [:]

    private struct State {
        var serviceTriggerTime: Date?
        var podTriggerTimes: [String: Date] = [:]
    }

    /// Records the current trigger times for `service` and returns the time to publish; nil when there
    /// is none (the annotation is then removed).
    func compute(_ key: ObjectKey, service: JSON, pods: [JSON]) -> Date? {
        lock.lock()
        let previous = states[key]
        lock.unlock()

        var state = State()
        var earliestChanged: Date?
        func consider(_ t: Date) { earliestChanged = min(earliestChanged ?? t, t) }
        for pod in pods {
            guard let name = pod.name, let t = Self.podTriggerTime(pod) else { continue }
            state.podTriggerTimes[name] = t
            if t > (previous?.podTriggerTimes[name] ?? .distantPast) { consider(t) }
        }
        let serviceTime = service.creationTimestamp.flatMap(ObjectMeta.parseTimestamp)
        state.serviceTriggerTime = serviceTime
        if let serviceTime, serviceTime > (previous?.serviceTriggerTime ?? .distantPast) { consider(serviceTime) }

        lock.lock()
        states[key] = state
        lock.unlock()
        return previous == nil ? serviceTime : earliestChanged
    }

    /// Forgets a deleted Service.
    func delete(_ key: ObjectKey) {
        lock.lock()
        states[key] = nil
        lock.unlock()
    }

    /// The Ready condition's `lastTransitionTime`, whatever its status.
    static func podTriggerTime(_ pod: JSON) -> Date? {
        pod[path: ["status", "conditions"]]?.arrayValue?.first { $0["type"]?.stringValue == "Ready" }?["lastTransitionTime"]?
            .stringValue.flatMap(ObjectMeta.parseTimestamp)
    }
}
