import CMicroHTTPD
import Foundation

/// The server's state for one request on one connection, from the first access-handler call to
/// `NOTIFY_COMPLETED`. Retained in MHD's `*con_cls` and released when the request completes.
///
/// The request fields are written only by MHD's access-handler calls for this connection, which MHD makes one
/// at a time. The reply hand-off (`response`, `suspended`, …) is shared with `HTTPResponder` on any thread and
/// guarded by `lock`: suspend under the lock, resume after releasing it (performance.md §c.4).
final class RequestContext: SuspendedConnection, @unchecked Sendable {
    // Sendable invariant: see the type comment; request fields are confined to MHD's calls for this connection.
    private let core: ServerCore
    let connection: OpaquePointer

    private let method: String
    private let path: String
    private let query: [(name: String, value: String)]
    private let headers: [String: String]
    private var body: [UInt8] = []
    private var bodyTooLarge = false
    /// Body bytes received so far, kept or discarded.
    private var received = 0
    private var handlerCalled = false
    private var responseQueued = false
    private var upgradeHandler: (any HTTPUpgradeHandler)?

    private let lock = NSLock()
    private var response: HTTPResponse?
    private var delivered = false
    private var suspended = false
    private var completed = false

    init(core: ServerCore, connection: OpaquePointer, method: String, rawPath: UnsafePointer<CChar>) {
        self.core = core
        self.connection = connection
        self.method = method
        self.path = URLDecoding.decode(rawPath, plusAsSpace: false)
        self.query = ConnectionValues.query(of: connection)
        self.headers = ConnectionValues.headers(of: connection)
    }

    // MARK: Access-handler calls (MHD thread)

    /// The first call (headers only): the header deadline is met. A declared Content-Length over the limit is
    /// read and discarded when it is within the drain limit (the handler answers once it is in); a larger one
    /// is answered at once, before the body is read, when the handler responds synchronously (performance.md
    /// §c.6), and the connection is then closed.
    func headersReceived() -> MHD_Result {
        core.deadlines?.headersReceived(connection)
        if let declared = headers["content-length"].flatMap({ Int($0) }), declared > core.maxBodySize {
            bodyTooLarge = true
            if declared <= core.drainLimit { return .YES }
            callHandler()
            if let ready = takeResponse() {
                return queue(ready)
            }
        }
        return .YES
    }

    /// A middle call with a slice of the body; slices past the limit are dropped, never buffered. False
    /// when more than the drain limit of an oversized body has arrived: the caller closes the connection.
    func bodyReceived(_ data: UnsafePointer<CChar>, count: Int) -> Bool {
        received += count
        // A handler already called for a declared oversize (it answers later) waits for the end of the body,
        // as before; otherwise stop reading past the drain limit.
        guard !bodyTooLarge else { return handlerCalled || received <= core.drainLimit }
        if body.count + count > core.maxBodySize {
            bodyTooLarge = true
            body = []
            return received <= core.drainLimit
        }
        data.withMemoryRebound(to: UInt8.self, capacity: count) { bytes in
            body.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
        }
        return true
    }

    /// The final call (and the call after each resume): run the handler once, then queue its response or
    /// suspend until `deliver` resumes the connection.
    func requestComplete() -> MHD_Result {
        if responseQueued { return .YES }
        callHandler()
        lock.lock()
        if let ready = response {
            response = nil
            lock.unlock()
            return queue(ready)
        }
        guard core.registry.add(self) else {
            // Stopping: nobody will resume this connection again, so close it.
            lock.unlock()
            return .NO
        }
        suspended = true
        MHD_suspend_connection(connection)
        lock.unlock()
        return .YES
    }

    /// `NOTIFY_COMPLETED`: later deliveries are dropped.
    func requestCompleted() {
        lock.lock()
        completed = true
        response = nil
        lock.unlock()
    }

    private func callHandler() {
        guard !handlerCalled else { return }
        handlerCalled = true
        let request = HTTPRequest(
            method: method, path: path, query: query, headers: headers,
            body: bodyTooLarge ? [] : body, bodyTooLarge: bodyTooLarge
        )
        body = []
        core.handler(request, HTTPResponder(context: self))
    }

    private func takeResponse() -> HTTPResponse? {
        lock.lock()
        defer { lock.unlock() }
        let ready = response
        response = nil
        return ready
    }

    private func queue(_ ready: HTTPResponse) -> MHD_Result {
        responseQueued = true
        if case .upgrade(let handler) = ready.body {
            upgradeHandler = handler
        }
        return MHDResponse.queue(ready, on: connection, registry: core.registry)
    }

    /// MHD's upgrade callback (server thread): the 101 was sent; hand the socket to the upgrade handler.
    func upgraded(fd: Int32, initialBytes: [UInt8], handle: OpaquePointer) {
        let upgraded = HTTPUpgradedConnection(
            fd: fd, initialBytes: initialBytes, handle: handle, registry: core.upgrades
        )
        guard let handler = upgradeHandler else {
            upgraded.close()
            return
        }
        upgradeHandler = nil
        core.upgrades.add(upgraded)
        handler.upgraded(upgraded)
    }

    // MARK: Any thread

    /// Stores the handler's response (first one only) and resumes the connection if it waits for it.
    func deliver(_ reply: HTTPResponse) {
        lock.lock()
        guard !delivered, !completed else {
            lock.unlock()
            return
        }
        delivered = true
        response = reply
        guard suspended else {
            lock.unlock()
            return
        }
        resumeLocked()
    }

    /// Used by a responder released without responding.
    func deliverIfPending(_ reply: HTTPResponse) {
        deliver(reply)
    }

    func resumeForShutdown() {
        lock.lock()
        guard suspended else {
            lock.unlock()
            return
        }
        resumeLocked()
    }

    /// Waiting for a handler is not a stream: nothing to do on a heartbeat.
    func heartbeat() {}

    /// Requires `lock` held and `suspended`; releases the lock, then resumes.
    private func resumeLocked() {
        suspended = false
        core.registry.beginResume(self)
        lock.unlock()
        MHD_resume_connection(connection)
        core.registry.endResume()
    }
}
