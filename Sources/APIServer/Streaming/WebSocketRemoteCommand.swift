import API
import Foundation
import HTTP

/// Exec and attach over WebSocket (kubectl 1.30 and later by default): one binary message per
/// write, its first byte the channel (0 stdin, 1 stdout, 2 stderr, 3 error, 4 resize, 255 the v5
/// close signal); the base64 protocols use text messages with `'0'+channel` and base64 payloads.
/// At the end: the Status on channel 3, then Close 1000.
final class WebSocketRemoteCommand: HTTPUpgradeHandler, @unchecked Sendable {
    private let session: RemoteCommandSession
    private let version: RemoteCommandProtocol

    init(session: RemoteCommandSession, version: RemoteCommandProtocol) {
        self.session = session
        self.version = version
    }

    func upgraded(_ upgraded: HTTPUpgradedConnection) {
        let socket = WebSocketConnection(channel: upgraded)
        let readerDone = DispatchSemaphore(value: 0)
        let version = self.version, session = self.session
        let send: @Sendable (UInt8, [UInt8]) -> Bool = { channel, payload in
            if version.isBase64 {
                let digit = UInt8(ascii: "0") + channel
                return socket.send(text: String(UnicodeScalar(digit)) + Data(payload).base64EncodedString())
            }
            return socket.send(binary: [channel] + payload)
        }
        session.start(RemoteCommandSession.Output(
            stdout: { send(1, $0) },
            stderr: { send(2, $0) },
            outputsDone: {},
            finish: { outcome in
                if let payload = version.statusPayload(outcome) { _ = send(3, payload) }
                socket.sendClose(code: 1000)
                // kubectl answers with its own Close; after that (or a grace) the reader stops.
                if readerDone.wait(timeout: .now() + 10) == .timedOut { socket.shutdown() }
            }))
        let reader = Thread {
            while let message = socket.receive() {
                guard let (channel, payload) = Self.decode(message, base64: version.isBase64) else { continue }
                switch channel {
                case 0: session.input(payload)
                case 4: session.resizeData(payload)
                case 255 where version == .v5:
                    // The v5 close signal: `ff <channel>` half-closes that channel (kubectl: stdin EOF).
                    if payload.first == 0 { session.inputEnded() }
                default: break
                }
            }
            session.clientGone()
            socket.close()
            readerDone.signal()
        }
        reader.name = "websocket-reader"
        reader.start()
    }

    /// The channel and payload of a client message.
    static func decode(_ message: WebSocketMessage, base64: Bool) -> (UInt8, [UInt8])? {
        guard let first = message.payload.first else { return nil }
        let rest = Array(message.payload.dropFirst())
        guard base64 else { return (first, rest) }
        guard first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9"),
              let decoded = Data(base64Encoded: Data(rest)) else { return nil }
        return (first - UInt8(ascii: "0"), Array(decoded))
    }
}
