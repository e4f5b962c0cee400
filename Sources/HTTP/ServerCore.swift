/// What the C callbacks need from a running server: the handler, the body limit and the suspension registry.
/// Passed to MHD unretained; `HTTPServer` owns it and outlives the daemon.
final class ServerCore: Sendable {
    let handler: @Sendable (HTTPRequest, HTTPResponder) -> Void
    let maxBodySize: Int
    let registry = SuspensionRegistry()
    let upgrades = UpgradeRegistry()

    init(maxBodySize: Int, handler: @escaping @Sendable (HTTPRequest, HTTPResponder) -> Void) {
        self.maxBodySize = maxBodySize
        self.handler = handler
    }
}
