import Foundation

/// WebSocket (RFC 6455) handshake helpers for use with `HTTPBody.upgrade`.
public enum WebSocket {
    /// The GUID RFC 6455 §1.3 appends to the client's key.
    private static let handshakeGUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

    /// The `Sec-WebSocket-Accept` value answering a client's `Sec-WebSocket-Key`.
    public static func acceptValue(forKey key: String) -> String {
        let digest = SHA1.digest(Array((key.trimmingCharacters(in: .whitespaces) + handshakeGUID).utf8))
        return Data(digest).base64EncodedString()
    }

    /// True when `request` asks for a WebSocket upgrade (GET with `Upgrade: websocket` and a key).
    public static func isUpgradeRequest(_ request: HTTPRequest) -> Bool {
        request.method == "GET"
            && request.header("upgrade")?.lowercased() == "websocket"
            && request.header("sec-websocket-key") != nil
    }

    /// The 101 response accepting `request`'s upgrade, with `protocol` as `Sec-WebSocket-Protocol` if given;
    /// nil when the request is not a WebSocket upgrade.
    public static func upgradeResponse(
        for request: HTTPRequest, protocol chosen: String? = nil, handler: any HTTPUpgradeHandler
    ) -> HTTPResponse? {
        guard isUpgradeRequest(request), let key = request.header("sec-websocket-key") else { return nil }
        var headers: [(name: String, value: String)] = [
            (name: "Upgrade", value: "websocket"),
            (name: "Sec-WebSocket-Accept", value: acceptValue(forKey: key)),
        ]
        if let chosen {
            headers.append((name: "Sec-WebSocket-Protocol", value: chosen))
        }
        return HTTPResponse(status: 101, headers: headers, body: .upgrade(handler))
    }
}
