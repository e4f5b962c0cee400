import API
import HTTP
import JSON

/// The remote-command subprotocols (`X-Stream-Protocol-Version` over SPDY, `Sec-WebSocket-Protocol`
/// over WebSocket) this server speaks, and what each changes.
enum RemoteCommandProtocol: String, CaseIterable, Sendable {
    case v5 = "v5.channel.k8s.io"
    case v4 = "v4.channel.k8s.io"
    case v3 = "v3.channel.k8s.io"
    case v2 = "v2.channel.k8s.io"
    case channel = "channel.k8s.io"
    case v4Base64 = "v4.base64.channel.k8s.io"
    case base64 = "base64.channel.k8s.io"

    /// Over SPDY, in the kubelet's preference: v4 down to v2. v1 (`channel.k8s.io`) is racy and v5
    /// is what the kubelet does not offer over SPDY (real clusters answer v4 even when v5 is offered).
    static let spdy: [RemoteCommandProtocol] = [.v4, .v3, .v2]
    /// Over WebSocket, as upstream's apiserver and kubelet accept them.
    static let webSocket: [RemoteCommandProtocol] = [.v5, .v4, .v4Base64, .channel, .base64]

    /// The first of the client's `offered` protocols that is in `supported` (upstream honours the
    /// client's order).
    static func negotiate(_ offered: String?, supported: [RemoteCommandProtocol]) -> RemoteCommandProtocol? {
        let names = (offered ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        for name in names {
            if let chosen = RemoteCommandProtocol(rawValue: name), supported.contains(chosen) { return chosen }
        }
        return nil
    }

    /// Whether the error channel carries a JSON Status (v4 and later) rather than plain text.
    var statusIsJSON: Bool { self == .v5 || self == .v4 || self == .v4Base64 }
    /// Whether a resize stream exists (v3 and later; every WebSocket protocol has its channel 4).
    var hasResize: Bool { self != .v2 }
    /// Whether WebSocket payloads are base64 text frames.
    var isBase64: Bool { self == .v4Base64 || self == .base64 }

    /// What the error channel carries at the end of a session; nil for nothing (text protocols on success).
    func statusPayload(_ outcome: Result<ProcessOutcome, APIError>) -> [UInt8]? {
        if statusIsJSON { return Self.statusJSON(outcome).bytes }
        switch outcome {
        case .success(.exited(0)): return nil
        case .success(.exited(let code)): return Array("command terminated with non-zero exit code: exit code \(code)".utf8)
        case .success(.failed(let message, _)): return Array(message.utf8)
        case .failure(let error): return Array(error.message.utf8)
        }
    }

    /// The v4 Status: `Success`, `NonZeroExitCode` with the `ExitCode` cause kubectl turns into its
    /// exit code, or a plain Failure whose message kubectl prints as `error: …`.
    static func statusJSON(_ outcome: Result<ProcessOutcome, APIError>) -> JSON {
        func nonZero(_ code: Int, _ message: String) -> JSON {
            ["metadata": [:], "status": "Failure", "message": .string(message), "reason": "NonZeroExitCode",
             "details": ["causes": [["reason": "ExitCode", "message": .string(String(code))]]]]
        }
        switch outcome {
        case .success(.exited(0)):
            return ["metadata": [:], "status": "Success"]
        case .success(.exited(let code)):
            return nonZero(code, "command terminated with non-zero exit code: exit code \(code)")
        case .success(.failed(let message, let code?)) where (0...255).contains(code) && code != 0:
            return nonZero(code, message)
        case .success(.failed(let message, _)):
            return ["metadata": [:], "status": "Failure", "message": .string(message), "reason": "InternalError",
                    "code": 500]
        case .failure(let error):
            return ["metadata": [:], "status": "Failure", "message": .string(error.message),
                    "reason": .string(error.reason), "code": .int(Int64(error.code))]
        }
    }
}
