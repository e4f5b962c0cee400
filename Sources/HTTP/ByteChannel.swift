/// A bidirectional byte stream with blocking I/O: an upgraded HTTP connection, or a byte stream
/// tunnelled through WebSocket messages. What SPDY sessions run over.
public protocol ByteChannel: AnyObject, Sendable {
    /// Blocks until bytes arrive; the count copied, 0 at end of stream or after `shutdown`.
    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int
    /// Blocks until all of `bytes` are sent; false when the channel failed or is closed.
    @discardableResult func write(_ bytes: [UInt8]) -> Bool
    /// Wakes blocked readers and writers (they then see the end) without releasing the channel.
    func shutdown()
    /// Releases the channel; call it once, after the threads using it have stopped.
    func close()
}

extension HTTPUpgradedConnection: ByteChannel {}
