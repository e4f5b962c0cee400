import API
import Foundation
import HTTP

/// Exec and attach over SPDY/3.1 (what kubectl before 1.30 uses, and later ones fall back to): the
/// client opens `error`, `stdin`, `stdout`, `stderr` and `resize` streams as the request asked; the
/// process starts once all are there. At the end the outputs are FIN'd, then the error stream gets
/// the Status and its FIN, and the client closes the session.
final class SPDYRemoteCommand: HTTPUpgradeHandler, @unchecked Sendable {
    // Sendable invariant: `streams`, `started` and `connection` are guarded by `lock`.
    private let session: RemoteCommandSession
    private let version: RemoteCommandProtocol
    private let lock = NSLock()
    private var streams: [String: SPDYStream] = [:]
    private var started = false
    private var connection: SPDYConnection?

    init(session: RemoteCommandSession, version: RemoteCommandProtocol) {
        self.session = session
        self.version = version
    }

    /// The stream types the client will open for this request (upstream's expected count).
    private var expected: Set<String> {
        let request = session.request
        var types: Set<String> = ["error"]
        if request.stdin { types.insert("stdin") }
        if request.stdout { types.insert("stdout") }
        if request.stderr && !request.tty { types.insert("stderr") }
        if request.tty && version.hasResize { types.insert("resize") }
        return types
    }

    func upgraded(_ upgraded: HTTPUpgradedConnection) {
        let connection = SPDYConnection(channel: upgraded, onStream: { [self] in add($0) },
                                        onClose: { [self] in session.clientGone() })
        lock.lock()
        self.connection = connection
        lock.unlock()
        connection.start()
        // Upstream gives the client 30 s to open its streams; a session that never starts is dropped.
        DispatchQueue.global().asyncAfter(deadline: .now() + 30) { [self] in
            lock.lock()
            let idle = !started
            lock.unlock()
            if idle { connection.close() }
        }
    }

    /// A new stream (reader thread); starts the process when the set is complete.
    private func add(_ stream: SPDYStream) {
        let type = stream.header("streamtype") ?? ""
        lock.lock()
        guard expected.contains(type), streams[type] == nil, !started else {
            lock.unlock()
            stream.reset(status: SPDYStatus.protocolError)
            return
        }
        streams[type] = stream
        let ready = streams.count == expected.count
        if ready { started = true }
        let all = streams
        let connection = self.connection
        lock.unlock()
        guard ready, let connection else { return }
        begin(all, connection)
    }

    private func begin(_ streams: [String: SPDYStream], _ connection: SPDYConnection) {
        let session = self.session
        streams["stdin"]?.setHandler { event in
            switch event {
            case .data(let bytes): session.input(bytes)
            case .end: session.inputEnded()
            }
        }
        streams["resize"]?.setHandler { event in
            if case .data(let bytes) = event { session.resizeData(bytes) }
        }
        let stdout = streams["stdout"], stderr = streams["stderr"], error = streams["error"]
        let version = self.version
        session.start(RemoteCommandSession.Output(
            stdout: { stdout?.write($0) ?? false },
            stderr: { stderr?.write($0) ?? false },
            outputsDone: {
                stdout?.finish()
                stderr?.finish()
            },
            finish: { outcome in
                if let payload = version.statusPayload(outcome) { error?.write(payload) }
                error?.finish()
                // The client closes the session once it has read the error stream; give it a moment.
                connection.close(grace: 10)
            }))
    }
}
