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
    private var aggregates = RecentCache<String, Aggregate>(capacity: cacheEntries)
    private var observed = RecentCache<String, Observed>(capacity: cacheEntries)
    private var spam = RecentCache<String, Bucket>(capacity: cacheEntries)
    // Invariant: `pending` and `draining` are guarded by `pendingLock`.
    private let pendingLock = NSLock()
    private var pending: [Pending] = []
    private var draining = false

    /// Upstream's `maxLruCacheEntries`: each correlation cache remembers about this many keys.
    static let cacheEntries = 4096
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
        let item = Pending(object: object, type: type, reason: reason, message: message, time: at ?? clock.now())
        pendingLock.lock()
        pending.append(item)
        let start = !draining
        draining = true
        pendingLock.unlock()
        if start { queue.async { [self] in drain() } }
    }

    /// Waits until every event recorded so far has been written (tests).
    public func flush() {
        while true {
            queue.sync {}
            pendingLock.lock()
            let idle = !draining && pending.isEmpty
            pendingLock.unlock()
            if idle { return }
        }
    }

    // MARK: on `queue`

    /// One event as asked for, before correlation.
    private struct Pending {
        let object: JSON
        let type: EventType
        let reason: String
        let message: String
        let time: Date
    }

    /// One write a batch comes to: a new Event, or more counts on one already written.
    private struct Write {
        let key: String
        var name: String
        var namespace: String
        var event: JSON?          // a create
        var count: Int64
        var last: String
        var message: String
    }

    /// Writes what has been recorded, a batch at a time: correlation in memory first, so repeats within
    /// a batch become one write, then every write of the batch at once (they share the store's commits:
    /// a kubelet starting a thousand Pods records thousands of events).
    private func drain() {
        while true {
            pendingLock.lock()
            let batch = pending
            pending = []
            if batch.isEmpty { draining = false }
            pendingLock.unlock()
            if batch.isEmpty { return }
            var writes: [Write] = []
            var index: [String: Int] = [:]
            for item in batch {
                guard let (key, text, stamp) = correlate(item) else { continue }
                if let i = index[key] {
                    var w = writes[i]
                    w.count += 1
                    w.last = stamp
                    w.message = text
                    w.event?["count"] = .int(w.count)
                    w.event?["lastTimestamp"] = .string(stamp)
                    w.event?["message"] = .string(text)
                    writes[i] = w
                } else if let seen = observed[key] {
                    index[key] = writes.count
                    writes.append(Write(key: key, name: seen.name, namespace: seen.namespace, event: nil,
                                        count: seen.count + 1, last: stamp, message: text))
                } else {
                    index[key] = writes.count
                    writes.append(newEvent(item, key: key, text: text, stamp: stamp))
                }
            }
            perform(writes)
        }
    }

    /// The correlation key, text and timestamp of an event; nil when the spam filter drops it.
    private func correlate(_ item: Pending) -> (String, String, String)? {
        let involved = Self.reference(item.object)
        let objectID = ([component, host] + ["kind", "namespace", "name", "uid", "apiVersion"].map {
            involved[$0]?.stringValue ?? ""
        }).joined(separator: "\u{1}")
        guard allowed(spamKey: objectID + "\u{1}" + item.type.rawValue, now: item.time) else { return nil }
        // Aggregation by reason: past the limit of distinct messages, one combined event.
        let aggregateKey = [objectID, item.type.rawValue, item.reason].joined(separator: "\u{1}")
        var agg = aggregates[aggregateKey] ?? Aggregate(messages: [], last: item.time)
        if item.time.timeIntervalSince(agg.last) > Self.aggregateInterval { agg = Aggregate(messages: [], last: item.time) }
        agg.last = item.time
        var text = item.message
        var key = aggregateKey + "\u{1}" + item.message
        if agg.messages.count < Self.aggregateMaxMessages || agg.messages.contains(item.message) {
            if agg.messages.count < Self.aggregateMaxMessages { agg.messages.insert(item.message) }
        } else {
            text = "(combined from similar events): " + item.message
            key = aggregateKey
        }
        aggregates[aggregateKey] = agg
        return (key, text, ObjectMeta.timestamp(item.time))
    }

    private func newEvent(_ item: Pending, key: String, text: String, stamp: String) -> Write {
        let namespace = item.object.namespace ?? "default"
        // Upstream names an Event "<object>.<hex nanoseconds>"; two in the same nanosecond of cluster time
        // (a manual or coarse clock, two components) would collide, so the number only ever grows.
        let name = (item.object.name ?? "unknown") + "." + String(EventNames.next(item.time), radix: 16)
        let event: JSON = [
            "apiVersion": "v1", "kind": "Event", "metadata": ["name": .string(name), "namespace": .string(namespace)],
            "involvedObject": .object(Self.reference(item.object)), "reason": .string(item.reason), "message": .string(text),
            "source": host.isEmpty ? ["component": .string(component)] : ["component": .string(component), "host": .string(host)],
            "firstTimestamp": .string(stamp), "lastTimestamp": .string(stamp), "count": 1, "type": .string(item.type.rawValue),
            "eventTime": .null, "reportingComponent": .string(component), "reportingInstance": .string(host),
        ]
        return Write(key: key, name: name, namespace: namespace, event: event, count: 1, last: stamp, message: text)
    }

    /// Sends every write at once and waits for all; an Event deleted meanwhile is written anew.
    private func perform(_ writes: [Write]) {
        guard let events = client.resource("", "v1", "events"), !writes.isEmpty else { return }
        let results = WriteResults(count: writes.count)
        let group = DispatchGroup()
        for (i, w) in writes.enumerated() {
            group.enter()
            let done: WriteCompletion = { result in
                results.set(i, result)
                group.leave()
            }
            if let event = w.event {
                client.registry.create(events, namespace: w.namespace, object: event, options: WriteOptions(), completion: done)
            } else {
                let patch: JSON = ["count": .int(w.count), "lastTimestamp": .string(w.last), "message": .string(w.message)]
                client.registry.patch(events, namespace: w.namespace, name: w.name, type: .merge, patch: patch,
                                      options: WriteOptions(), completion: done)
            }
        }
        group.wait()
        for (i, w) in writes.enumerated() {
            switch results.get(i) {
            case .success?:
                observed[w.key] = Observed(name: w.name, namespace: w.namespace, count: w.count)
            case .failure(let error)? where error.code == 404 && w.event == nil:
                observed[w.key] = nil  // deleted meanwhile: the next one starts a new Event
            case .failure(let error)?:
                log("events: \(component): \(error.message)")
            case nil:
                break
            }
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

/// The results of one batch of event writes, filled from completion threads.
private final class WriteResults: @unchecked Sendable {
    // Invariant: `values` is guarded by `lock`.
    private let lock = NSLock()
    private var values: [Result<WriteResult, APIError>?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: Result<WriteResult, APIError>) {
        lock.lock()
        values[i] = value
        lock.unlock()
    }

    func get(_ i: Int) -> Result<WriteResult, APIError>? {
        lock.lock()
        defer { lock.unlock() }
        return values[i]
    }
}
