import API
import Dispatch
import Foundation
import JSON

/// Records core/v1 `Event`s for one component (client-go's legacy `EventRecorder` and its correlator),
/// so `kubectl describe` and `kubectl get events` show what the cluster did. Events are written on the
/// recorder's own queue, never on the caller's; a failure is logged, never thrown (events are best
/// effort, as upstream). They are served through `events.k8s.io/v1` too (the Registry converts).
///
/// Correlation as upstream's `events_cache.go`:
/// - the same event again (source, object, type, reason, message) bumps `count` and `lastTimestamp` of
///   the Event already written, instead of writing a new one;
/// - more than 10 distinct messages with the same source, object, type and reason within 10 minutes are
///   combined into one Event whose message starts "(combined from similar events): ";
/// - a token bucket per source and object (burst 25, one more every 5 minutes) drops floods.
public final class EventRecorder: @unchecked Sendable {
    /// An Event's `type`.
    public enum EventType: String, Sendable { case normal = "Normal", warning = "Warning" }

    // Invariant: `aggregates`, `observed` and `spam` are touched only on `queue`.
    private struct Aggregate { var messages: Set<String>; var last: Date }
    private struct Observed { var name: String; var namespace: String; var count: Int64 }
    private struct Bucket { var tokens: Double; var last: Date }

    /// `source.component` (e.g. "deployment-controller", "kubelet").
    public let component: String
    /// `source.host` (the kubelet's node name; empty for controllers).
    public let host: String
    private let client: Client
    private let clock: any Clock
    private let log: @Sendable (String) -> Void
    private let queue: DispatchQueue
    private var aggregates: [String: Aggregate] = [:]
    private var observed: [String: Observed] = [:]
    private var spam: [String: Bucket] = [:]

    static let aggregateMaxMessages = 10
    static let aggregateInterval = 600.0
    static let spamBurst = 25.0
    static let spamRefillPerSecond = 1.0 / 300

    public init(client: Client, clock: any Clock, component: String, host: String = "",
                log: @escaping @Sendable (String) -> Void) {
        self.client = client
        self.clock = clock
        self.component = component
        self.host = host
        self.log = log
        queue = DispatchQueue(label: "kubeling.events.\(component)")
    }

    /// Records an event about `object` (which must carry apiVersion, kind and metadata), as happening
    /// now or at `at` (a decision's time, when the write that acted on it came later).
    public func event(_ object: JSON, _ type: EventType, reason: String, message: String, at: Date? = nil) {
        let now = at ?? clock.now()
        queue.async { [self] in record(object, type, reason, message, now) }
    }

    /// Waits until every event recorded so far has been written (tests).
    public func flush() { queue.sync {} }

    // MARK: on `queue`

    private func record(_ object: JSON, _ type: EventType, _ reason: String, _ message: String, _ now: Date) {
        let involved = Self.reference(object)
        let objectID = ([component, host] + ["kind", "namespace", "name", "uid", "apiVersion"].map {
            involved[$0]?.stringValue ?? ""
        }).joined(separator: "\u{1}")
        guard allowed(spamKey: objectID + "\u{1}" + type.rawValue, now: now) else { return }

        // Aggregation by reason: past the limit of distinct messages, one combined event.
        let aggregateKey = [objectID, type.rawValue, reason].joined(separator: "\u{1}")
        var agg = aggregates[aggregateKey] ?? Aggregate(messages: [], last: now)
        if now.timeIntervalSince(agg.last) > Self.aggregateInterval { agg = Aggregate(messages: [], last: now) }
        agg.last = now
        var text = message
        var key = aggregateKey + "\u{1}" + message
        if agg.messages.count < Self.aggregateMaxMessages || agg.messages.contains(message) {
            if agg.messages.count < Self.aggregateMaxMessages { agg.messages.insert(message) }
        } else {
            text = "(combined from similar events): " + message
            key = aggregateKey
        }
        aggregates[aggregateKey] = agg

        let stamp = ObjectMeta.timestamp(now)
        guard let events = client.resource("", "v1", "events") else { return }
        if let seen = observed[key] {
            let patch: JSON = ["count": .int(seen.count + 1), "lastTimestamp": .string(stamp), "message": .string(text)]
            do throws(APIError) {
                try client.patch(events, namespace: seen.namespace, name: seen.name, type: .merge, patch)
                observed[key]?.count += 1
                return
            } catch where error.code == 404 {
                observed[key] = nil  // deleted meanwhile: write a new one
            } catch {
                log("events: \(component): \(error.message)")
                return
            }
        }
        let namespace = object.namespace ?? "default"
        // Upstream names an Event "<object>.<hex nanoseconds>"; two in the same nanosecond of cluster time
        // (a manual or coarse clock, two components) would collide, so the number only ever grows.
        let name = (object.name ?? "unknown") + "." + String(EventNames.next(now), radix: 16)
        let meta: JSONObject = ["name": .string(name), "namespace": .string(namespace)]
        let event: JSON = [
            "apiVersion": "v1", "kind": "Event", "metadata": .object(meta),
            "involvedObject": .object(involved), "reason": .string(reason), "message": .string(text),
            "source": host.isEmpty ? ["component": .string(component)] : ["component": .string(component), "host": .string(host)],
            "firstTimestamp": .string(stamp), "lastTimestamp": .string(stamp), "count": 1, "type": .string(type.rawValue),
            "eventTime": .null, "reportingComponent": .string(component), "reportingInstance": .string(host),
        ]
        do throws(APIError) {
            try client.create(events, namespace: namespace, event)
            observed[key] = Observed(name: name, namespace: namespace, count: 1)
        } catch {
            log("events: \(component): \(error.message)")
        }
    }

    /// The spam filter's token bucket for one source and object.
    private func allowed(spamKey: String, now: Date) -> Bool {
        var b = spam[spamKey] ?? Bucket(tokens: Self.spamBurst, last: now)
        b.tokens = min(Self.spamBurst, b.tokens + max(0, now.timeIntervalSince(b.last)) * Self.spamRefillPerSecond)
        b.last = now
        let ok = b.tokens >= 1
        if ok { b.tokens -= 1 }
        spam[spamKey] = b
        return ok
    }

    /// `involvedObject`: the object's reference as upstream's `ref.GetReference` builds it.
    static func reference(_ object: JSON) -> JSONObject {
        var ref: JSONObject = [:]
        for field in ["kind", "apiVersion"] { if let v = object[field]?.stringValue { ref[field] = .string(v) } }
        if let v = object.name { ref["name"] = .string(v) }
        if let v = object.namespace { ref["namespace"] = .string(v) }
        if let v = object.uid { ref["uid"] = .string(v) }
        if let v = object.resourceVersion { ref["resourceVersion"] = .string(v) }
        return ref
    }
}

/// The number in Event names: the event's time in nanoseconds, made unique across every recorder of
/// the process by never repeating or going back.
enum EventNames {
    nonisolated(unsafe) private static var last: UInt64 = 0  // guarded by `lock`
    private static let lock = NSLock()

    static func next(_ time: Date) -> UInt64 {
        lock.lock()
        defer { lock.unlock() }
        last = max(UInt64(max(0, time.timeIntervalSince1970 * 1e9)), last + 1)
        return last
    }
}
