import API
import Foundation
import HTTP
import JSON

/// A watch as a chunked HTTP body: one JSON event per line, written as events arrive. Never blocks:
/// with nothing to send it returns `.wait` and the store's `onReady` (or the server's heartbeat)
/// wakes it. Ends at its deadline, when the store cuts it off for falling behind, or when the client
/// goes away.
final class WatchStream: HTTPStream, @unchecked Sendable {
    // Invariant: every mutable field is touched only under `lock`, except `waker`, which is set once
    // before the first read and only read afterwards, and `watch`, whose consumer side is used only
    // under `lock`.
    private let lock = NSLock()
    private var watch: ResourceWatch?
    private var pending: [UInt8] = []
    private var pendingOffset = 0
    private var ended = false
    private var waker: HTTPStreamWaker?
    private var earlyWake = false
    private let deadline: Double
    private let bookmarkInterval: Double?
    private var nextBookmark: Double
    private let bookmarkKind: String
    private let bookmarkAPIVersion: String
    private let initialEventsEndBookmark: Bool
    private var sentInitialEnd = false
    private let onClose: @Sendable () -> Void
    /// An ERROR event to send first and then end (e.g. 410 Expired at start).
    private var errorEvent: JSON?
    /// Re-encodes each event's object (Table or PartialObjectMetadata watches); the flag marks the first.
    private let transform: (@Sendable ([UInt8], Bool) -> [UInt8])?
    private var sentFirst = false

    init(deadlineSeconds: Double, bookmarkInterval: Double?, kind: String, apiVersion: String,
         initialEventsEndBookmark: Bool, transform: (@Sendable ([UInt8], Bool) -> [UInt8])?,
         onClose: @escaping @Sendable () -> Void) {
        self.transform = transform
        let now = WatchStream.now()
        deadline = now + deadlineSeconds
        self.bookmarkInterval = bookmarkInterval
        nextBookmark = now + (bookmarkInterval ?? 0)
        bookmarkKind = kind
        bookmarkAPIVersion = apiVersion
        self.initialEventsEndBookmark = initialEventsEndBookmark
        self.onClose = onClose
    }

    /// Monotonic seconds.
    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    /// Binds the watch (set once, before the stream is handed to HTTP).
    func start(_ w: ResourceWatch) {
        lock.lock()
        watch = w
        lock.unlock()
    }

    /// Makes the stream send one ERROR event with `status` and end.
    func fail(_ status: JSON) {
        lock.lock()
        errorEvent = status
        lock.unlock()
    }

    /// Called by the store when events may be pending (from its notifier thread). The events are
    /// framed here, before the wake, so the HTTP thread that sends them only copies bytes; a fan-out
    /// to a thousand watchers then shares its work between this thread and the HTTP thread.
    func notify() {
        lock.lock()
        if pendingOffset >= pending.count {
            pending.removeAll(keepingCapacity: true)
            pendingOffset = 0
            fill()
        }
        let w = waker
        if w == nil { earlyWake = true }
        lock.unlock()
        w?.wake()
    }

    func attach(waker: HTTPStreamWaker) {
        lock.lock()
        self.waker = waker
        let wakeNow = earlyWake
        let remaining = deadline - WatchStream.now()
        lock.unlock()
        if wakeNow { waker.wake() }
        // End on time even when nothing happens (the server's heartbeat is coarser than timeoutSeconds).
        if remaining < 3600 {
            DispatchQueue.global().asyncAfter(deadline: .now() + max(0, remaining) + 0.01) { [weak self] in
                self?.notify()
            }
        }
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) -> HTTPStreamRead {
        lock.lock()
        defer { lock.unlock() }
        if pendingOffset >= pending.count {
            pending.removeAll(keepingCapacity: true)
            pendingOffset = 0
            fill()
        }
        if pendingOffset < pending.count {
            let n = min(buffer.count, pending.count - pendingOffset)
            let offset = pendingOffset
            pending.withUnsafeBytes { src in
                if let from = src.baseAddress, let to = buffer.baseAddress {
                    to.copyMemory(from: from + offset, byteCount: n)
                }
            }
            pendingOffset += n
            return .data(n)
        }
        return ended ? .end : .wait
    }

    /// Appends whatever is due to `pending`; sets `ended` when the stream is over. Under `lock`.
    private func fill() {
        if ended { return }
        if let e = errorEvent {
            appendEvent("ERROR", e.bytes)
            errorEvent = nil
            ended = true
            return
        }
        guard let watch else { return }
        let events = watch.next(max: 256)
        for e in events {
            if let transform {
                appendEvent(e.type, transform(e.object, !sentFirst))
                sentFirst = true
            } else {
                appendEvent(e.type, e.object)
            }
        }
        let now = WatchStream.now()
        if initialEventsEndBookmark, !sentInitialEnd, watch.initialEventsDone {
            sentInitialEnd = true
            appendBookmark(watch.lastRevision, initialEnd: true)
        }
        if let interval = bookmarkInterval, now >= nextBookmark, events.isEmpty {
            appendBookmark(watch.lastRevision, initialEnd: false)
            nextBookmark = now + interval
        }
        if events.isEmpty, watch.isTerminated || now >= deadline {
            ended = true
        }
    }

    private func appendEvent(_ type: String, _ object: [UInt8]) {
        // Runs once per event per watcher: the framing is static text, not an interpolated string.
        switch type {
        case "ADDED": pending.append(contentsOf: Self.addedPrefix)
        case "MODIFIED": pending.append(contentsOf: Self.modifiedPrefix)
        case "DELETED": pending.append(contentsOf: Self.deletedPrefix)
        default: pending.append(contentsOf: Array("{\"type\":\"\(type)\",\"object\":".utf8))
        }
        pending.append(contentsOf: object)
        pending.append(UInt8(ascii: "}"))
        pending.append(UInt8(ascii: "\n"))
    }

    private static let addedPrefix = Array(#"{"type":"ADDED","object":"#.utf8)
    private static let modifiedPrefix = Array(#"{"type":"MODIFIED","object":"#.utf8)
    private static let deletedPrefix = Array(#"{"type":"DELETED","object":"#.utf8)

    /// A BOOKMARK carries only the kind and `metadata.resourceVersion` (upstream), plus the
    /// `k8s.io/initial-events-end` annotation after the initial events of `sendInitialEvents`.
    private func appendBookmark(_ revision: Int64, initialEnd: Bool) {
        var meta: JSONObject = ["resourceVersion": .string(String(revision)), "creationTimestamp": .null]
        if initialEnd { meta["annotations"] = ["k8s.io/initial-events-end": "true"] }
        let obj: JSON = ["kind": .string(bookmarkKind), "apiVersion": .string(bookmarkAPIVersion), "metadata": .object(meta)]
        appendEvent("BOOKMARK", obj.bytes)
    }

    func closed() {
        lock.lock()
        ended = true
        let w = watch
        watch = nil
        lock.unlock()
        w?.cancel()
        onClose()
    }
}

extension APIServer {
    /// A watch: `?watch=true` or the legacy `/watch/` path. Starts at the requested
    /// resourceVersion; one that has left the history window gets an ERROR event with a 410 Status,
    /// as upstream's watch cache answers.
    func watch(_ request: HTTPRequest, _ info: RequestInfo, _ r: ResourceInfo,
               _ format: OutputFormat) throws(APIError) -> HTTPResponse {
        var options = try listOptions(request)
        if let name = info.name {
            // Watching one object is a watch with a metadata.name field selector.
            options.fieldSelector = try FieldSelector(parsing: "metadata.name=" + name)
        }
        var timeout = minWatchTimeout * (1 + Double.random(in: 0..<1))
        if let t = request.queryValue("timeoutSeconds") {
            guard let v = Double(t), v >= 0 else { throw APIError.badRequest("invalid timeoutSeconds \"\(t)\"") }
            timeout = v
        }
        let bookmarks = APIServer.isTrue(request.queryValue("allowWatchBookmarks"))
        let sendInitial = APIServer.isTrue(request.queryValue("sendInitialEvents"))
        if sendInitial {
            guard bookmarks else {
                throw APIError(code: 422, reason: "Invalid", message: "ListOptions.meta.k8s.io \"\" is invalid: sendInitialEvents: Forbidden: sendInitialEvents requires setting allowWatchBookmarks to true")
            }
            // The initial events come from the current state, whatever the resourceVersion.
            options.resourceVersion = ""
        }
        var transform: (@Sendable ([UInt8], Bool) -> [UInt8])?
        if format != .json {
            let include = try Printing.includeObject(request.queryValue("includeObject"))
            let clock = registry.clock
            transform = { bytes, first in
                Printing.watchObject(bytes, resource: r, format: format, includeObject: include, first: first,
                                     now: clock.now())
            }
        }
        let metrics = self.metrics
        metrics.watchOpened()
        let stream = WatchStream(deadlineSeconds: timeout, bookmarkInterval: bookmarks ? bookmarkInterval : nil,
                                 kind: r.kind, apiVersion: r.groupVersion, initialEventsEndBookmark: sendInitial,
                                 transform: transform, onClose: { metrics.watchClosed() })
        do throws(APIError) {
            let w = try registry.watch(r, namespace: info.namespace, options: options,
                                       onReady: { [weak stream] in stream?.notify() })
            stream.start(w)
        } catch {
            if error.code == 410 {
                stream.fail(error.status)
            } else {
                metrics.watchClosed()
                throw error
            }
        }
        return HTTPResponse(status: 200, headers: [(name: "Content-Type", value: "application/json"),
                                                   (name: "Cache-Control", value: "no-cache, private")],
                            body: .stream(stream))
    }
}
