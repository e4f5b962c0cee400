import Foundation

/// The server side of a SPDY/3.1 session over a byte channel: the peer opens streams, this side
/// replies to each and exchanges DATA on them (the subset of SPDY that streaming clients such as
/// moby/spdystream use: no server-initiated streams, no flow control, no server push).
///
/// One reader thread parses frames and dispatches them: `onStream` for each new stream (called on
/// that thread, after its SYN_REPLY; set the stream's handler there or later), DATA and FIN to the
/// stream, RST as the stream's end, PINGs with the peer's (odd) ids echoed. GOAWAY, end of stream or a
/// protocol error end the session: every stream gets `.end`, then `onClose` runs once, then the
/// reader releases the channel.
/// Writes come from any thread, serialised by one lock (the header deflater's context is shared).
public final class SPDYConnection: @unchecked Sendable {
    // Sendable invariant: `encoder`, `released` and writes to the channel are guarded by `writeLock`; `streams`
    // and `closed` by `stateLock`; the parser is used by the reader thread alone.
    private let channel: any ByteChannel
    private let writeLock = NSLock()
    private let encoder = SPDYFrameEncoder()
    private let stateLock = NSLock()
    private var streams: [UInt32: SPDYStream] = [:]
    private var closed = false
    private var released = false
    private let readerDone = DispatchSemaphore(value: 0)
    private let onStream: @Sendable (SPDYStream) -> Void
    private let onClose: @Sendable () -> Void

    /// A session over `channel`; nothing happens until `start()`.
    public init(channel: any ByteChannel, onStream: @escaping @Sendable (SPDYStream) -> Void,
                onClose: @escaping @Sendable () -> Void) {
        self.channel = channel
        self.onStream = onStream
        self.onClose = onClose
    }

    /// Starts the reader thread.
    public func start() {
        let thread = Thread { [self] in
            readLoop()
            readerDone.signal()
        }
        thread.name = "spdy-reader"
        thread.start()
    }

    /// Sends one frame; false when the channel failed.
    @discardableResult
    public func send(_ frame: SPDYFrame) -> Bool {
        writeLock.lock()
        defer { writeLock.unlock() }
        guard !released else { return false }
        return channel.write(encoder.encode(frame))
    }

    /// Ends the session from this side: waits up to `grace` seconds for the peer to go (GOAWAY or
    /// end of stream), then shuts the channel so the reader thread ends and releases it. Blocks for
    /// at most `grace`; with 0 it may be called on any thread.
    public func close(grace: Double = 0) {
        if grace > 0, readerDone.wait(timeout: .now() + grace) == .success {
            readerDone.signal()
            return
        }
        channel.shutdown()
    }

    /// True once the reader has seen the session end.
    public var isClosed: Bool {
        stateLock.lock()
        defer { stateLock.unlock() }
        return closed
    }

    private func readLoop() {
        let parser = SPDYFrameParser()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        reading: while true {
            let count = buffer.withUnsafeMutableBytes { channel.read(into: $0) }
            if count <= 0 { break }
            parser.append(buffer[0..<count])
            do {
                while let frame = try parser.next() {
                    if !dispatch(frame) { break reading }
                }
            } catch {
                send(.goAway(lastGoodStreamID: 0, status: 1))
                break
            }
        }
        stateLock.lock()
        closed = true
        let all = Array(streams.values)
        streams = [:]
        stateLock.unlock()
        for stream in all { stream.deliver(.end) }
        onClose()
        // Released under the write lock so that no send can reach a descriptor MHD may have reused.
        channel.shutdown()
        writeLock.lock()
        released = true
        channel.close()
        writeLock.unlock()
    }

    /// Handles one frame; false when the session is over.
    private func dispatch(_ frame: SPDYFrame) -> Bool {
        switch frame {
        case let .synStream(id, _, _, flags, headers):
            let stream = SPDYStream(id: id, headers: headers, connection: self)
            stateLock.lock()
            let duplicate = streams[id] != nil
            if !duplicate { streams[id] = stream }
            stateLock.unlock()
            if duplicate {
                send(.rstStream(streamID: id, status: SPDYStatus.protocolError))
                return true
            }
            send(.synReply(streamID: id, flags: 0, headers: []))
            onStream(stream)
            if flags & SPDYFrame.flagFin != 0 { stream.deliver(.end) }
        case let .data(id, flags, payload):
            stateLock.lock()
            let stream = streams[id]
            stateLock.unlock()
            // DATA for a stream this side already reset is dropped.
            guard let stream else { return true }
            if !payload.isEmpty { stream.deliver(.data(payload)) }
            if flags & SPDYFrame.flagFin != 0 { stream.deliver(.end) }
        case let .rstStream(id, _):
            stateLock.lock()
            let stream = streams.removeValue(forKey: id)
            stateLock.unlock()
            stream?.remoteReset()
        case let .ping(id):
            // Echo only the peer's pings (odd ids from a client); a peer echoes ours too, and
            // echoing those back would bounce forever.
            if id % 2 == 1 { send(.ping(id: id)) }
        case .goAway:
            return false
        case .synReply, .settings, .headers, .windowUpdate, .unknown:
            break
        }
        return true
    }
}
