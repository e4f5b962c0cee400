import API
import Foundation
import Synchronization

/// kube-apiserver's max-in-flight filter (`--max-requests-inflight`, `--max-mutating-requests-inflight`):
/// caps the requests being handled at once, read-only and mutating separately. A request over its cap is
/// answered at once with `429 TooManyRequests` and `Retry-After: 1`. Long-running requests (watches, exec,
/// attach, port-forward, logs, proxy) are not counted, as upstream's `BasicLongRunningRequestCheck`.
public final class InflightLimiter: @unchecked Sendable {
    // Sendable invariant: the counters are read and written only under `lock`; the caps are immutable.
    /// Most read-only requests (get, list, and any other GET) in flight; 0 means no cap.
    public let maxReadOnly: Int
    /// Most mutating requests in flight; 0 means no cap.
    public let maxMutating: Int
    private let lock = NSLock()
    private var inflight = (readOnly: 0, mutating: 0)
    private var dropped = (readOnly: 0, mutating: 0)

    /// A limiter with upstream's defaults: 400 read-only and 200 mutating requests.
    public init(maxReadOnly: Int = 400, maxMutating: Int = 200) {
        self.maxReadOnly = max(0, maxReadOnly)
        self.maxMutating = max(0, maxMutating)
    }

    /// A place for one request, or nil (counted as dropped) when its kind is at its cap.
    public func acquire(mutating: Bool) -> InflightSlot? {
        lock.lock()
        defer { lock.unlock() }
        if mutating {
            guard maxMutating == 0 || inflight.mutating < maxMutating else {
                dropped.mutating += 1
                return nil
            }
            inflight.mutating += 1
        } else {
            guard maxReadOnly == 0 || inflight.readOnly < maxReadOnly else {
                dropped.readOnly += 1
                return nil
            }
            inflight.readOnly += 1
        }
        return InflightSlot(limiter: self, mutating: mutating)
    }

    fileprivate func release(mutating: Bool) {
        lock.lock()
        if mutating { inflight.mutating -= 1 } else { inflight.readOnly -= 1 }
        lock.unlock()
    }

    /// Requests in flight now and requests dropped so far, by kind.
    public var figures: (inflightReadOnly: Int, inflightMutating: Int, droppedReadOnly: Int, droppedMutating: Int) {
        lock.lock()
        defer { lock.unlock() }
        return (inflight.readOnly, inflight.mutating, dropped.readOnly, dropped.mutating)
    }

    /// Upstream's long-running check: the `watch` and `proxy` verbs and the `attach`, `exec`, `proxy`, `log`
    /// and `portforward` subresources.
    static func isLongRunning(_ info: RequestInfo) -> Bool {
        guard info.isResourceRequest else { return false }
        if info.verb == "watch" || info.verb == "proxy" { return true }
        switch info.subresource {
        case "attach", "exec", "proxy", "log", "portforward": return true
        default: return false
        }
    }

    /// Upstream counts everything but get, list and watch as mutating (HEAD reads, as GET).
    static func isMutating(verb: String) -> Bool {
        switch verb {
        case "get", "list", "watch", "head": return false
        default: return true
        }
    }

    /// The 429 of a request over the cap. Upstream's filter writes it as plain text; this one is a `Status`
    /// with the same message, which client-go and kubectl read the same way.
    static let rejection = APIError(code: 429, reason: "TooManyRequests",
                                    message: "Too many requests, please try again later.", retryAfterSeconds: 1)

    /// The Prometheus lines: upstream's `apiserver_current_inflight_requests` and
    /// `apiserver_dropped_requests_total`, by `request_kind`.
    func metricsText() -> String {
        let f = figures
        var out = "# HELP apiserver_current_inflight_requests Maximal number of currently used inflight request limit of this apiserver per request kind in last second.\n"
        out += "# TYPE apiserver_current_inflight_requests gauge\n"
        out += "apiserver_current_inflight_requests{request_kind=\"mutating\"} \(f.inflightMutating)\n"
        out += "apiserver_current_inflight_requests{request_kind=\"readOnly\"} \(f.inflightReadOnly)\n"
        out += "# HELP apiserver_dropped_requests_total Number of requests dropped with 'Try again later' response.\n"
        out += "# TYPE apiserver_dropped_requests_total counter\n"
        out += "apiserver_dropped_requests_total{request_kind=\"mutating\"} \(f.droppedMutating)\n"
        out += "apiserver_dropped_requests_total{request_kind=\"readOnly\"} \(f.droppedReadOnly)\n"
        return out
    }
}

/// One request's place in an `InflightLimiter`: given back by `release()` when the request is answered, or
/// when the slot is dropped, so a request that is never answered cannot hold its place for good.
public final class InflightSlot: Sendable {
    private let limiter: InflightLimiter
    private let mutating: Bool
    /// Set by the first release; an atomic rather than a lock, as every request takes a slot.
    private let released = Atomic<Bool>(false)

    fileprivate init(limiter: InflightLimiter, mutating: Bool) {
        self.limiter = limiter
        self.mutating = mutating
    }

    deinit {
        release()
    }

    /// Gives the place back; later calls do nothing.
    public func release() {
        if !released.exchange(true, ordering: .acquiringAndReleasing) {
            limiter.release(mutating: mutating)
        }
    }
}
