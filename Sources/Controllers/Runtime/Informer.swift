import API
import Dispatch
import JSON

/// Watches one resource through the Registry and hands each event, parsed, to `handler` on the
/// controller's queue. Starts with the current objects as ADDED events; if the store cuts the
/// watch off it resumes from the last revision seen, or from the current state when that has left
/// the history window.
public final class Informer: @unchecked Sendable {
    // Invariant: `watch`, `lastRevision` and `stopped` are touched only on `queue`.
    private let registry: Registry
    private let resource: ResourceInfo
    private let queue: DispatchQueue
    private let handler: @Sendable (String, JSON) -> Void
    private var watch: ResourceWatch?
    private var lastRevision: String = ""
    private var stopped = false

    /// An informer calling `handler(type, object)` on `queue`.
    public init(registry: Registry, resource: ResourceInfo, queue: DispatchQueue,
                handler: @escaping @Sendable (String, JSON) -> Void) {
        self.registry = registry
        self.resource = resource
        self.queue = queue
        self.handler = handler
    }

    /// Starts watching.
    public func start() { queue.async { self.connect() } }

    /// Stops watching.
    public func stop() {
        queue.sync {
            stopped = true
            watch?.cancel()
            watch = nil
        }
    }

    private func connect() {
        guard !stopped else { return }
        var options = ListOptions()
        options.resourceVersion = lastRevision
        do throws(APIError) {
            watch = try registry.watch(resource, namespace: nil, options: options, onReady: { [weak self] in
                guard let self else { return }
                self.queue.async { self.drain() }
            })
        } catch {
            // Expired: start over from the current state.
            lastRevision = ""
            queue.asyncAfter(deadline: .now() + 0.1) { self.connect() }
            return
        }
        drain()
    }

    private func drain() {
        guard !stopped, let w = watch else { return }
        while true {
            let events = w.next(max: 256)
            if events.isEmpty { break }
            for e in events {
                lastRevision = String(e.revision)
                if let obj = try? JSONParser.parse(e.object) { handler(e.type, obj) }
            }
        }
        if w.isTerminated {
            w.cancel()
            watch = nil
            queue.asyncAfter(deadline: .now() + 0.05) { self.connect() }
        }
    }
}
