/// What the C callbacks need from a running server: the handler, the body limits, the header deadlines and
/// the suspension registry. Passed to MHD unretained; `HTTPServer` owns it and outlives the daemon.
final class ServerCore: Sendable {
    let handler: @Sendable (HTTPRequest, HTTPResponder) -> Void
    let maxBodySize: Int
    /// How much of an oversized body is read and discarded so that a client that writes its whole body before
    /// reading (Python's http.client, urllib3) still gets the 413; past this the connection is closed.
    let drainLimit: Int
    /// The absolute header-read deadlines, or nil when the header timeout is off.
    let deadlines: HeaderDeadlines?
    let registry = SuspensionRegistry()
    let upgrades = UpgradeRegistry()

    init(maxBodySize: Int, drainLimit: Int, headerTimeoutSeconds: Int, idleTimeoutSeconds: Int,
         handler: @escaping @Sendable (HTTPRequest, HTTPResponder) -> Void) {
        deadlines = headerTimeoutSeconds > 0
            ? HeaderDeadlines(headerSeconds: headerTimeoutSeconds, idleSeconds: idleTimeoutSeconds) : nil
        self.maxBodySize = maxBodySize
        self.drainLimit = max(drainLimit, maxBodySize)
        self.handler = handler
    }
}
