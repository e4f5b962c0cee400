import Foundation
import HTTP
import Testing

/// The SPDY/3.1 frame codec and its zlib header compression, against bytes another zlib produced.
@Suite struct SPDYFrameTests {
    /// Adler-32 (RFC 1950 §8), written out so the test does not trust the code under test.
    static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        return b << 16 | a
    }

    @Test func theDictionaryIsSPDY3s() {
        let d = SPDYDictionary.bytes
        #expect(d.count == 1423)
        #expect(Self.adler32(d) == 0xE3C6_A7C2)
        #expect(Array(d.prefix(11)) == [0, 0, 0, 7] + Array("options".utf8))
        #expect(String(decoding: d.suffix(9), as: UTF8.self) == ",*,enq=0.")
    }

    @Test func headerBlocksShareOneCompressionContextAndSyncFlush() throws {
        let deflater = ZlibDeflater(dictionary: SPDYDictionary.bytes)
        let inflater = ZlibInflater(dictionary: SPDYDictionary.bytes)
        let first = deflater.compress(Array("streamtype error".utf8))
        let second = deflater.compress(Array("streamtype stdout".utf8))
        // The first block announces the dictionary (FDICT and its Adler-32); later ones continue the stream.
        #expect(first[1] & 0x20 != 0)
        #expect(Array(first[2..<6]) == [0xE3, 0xC6, 0xA7, 0xC2])
        #expect(Array(first.suffix(4)) == [0, 0, 0xFF, 0xFF])
        #expect(Array(second.suffix(4)) == [0, 0, 0xFF, 0xFF])
        #expect(try inflater.decompress(first) == Array("streamtype error".utf8))
        #expect(try inflater.decompress(second) == Array("streamtype stdout".utf8))
        #expect(throws: ZlibError.self) { try ZlibInflater().decompress([0x78, 0x9C, 0xFF, 0xFF, 0xFF]) }
    }

    /// Two SYN_STREAMs as a client compresses them (Python's zlib at level 9 with the dictionary).
    static let clientSynStreams: [UInt8] = [
        0x80, 0x03, 0x00, 0x01, 0x00, 0x00, 0x00, 0x28, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x78, 0xf9, 0xe3, 0xc6, 0xa7, 0xc2, 0x02, 0xa6, 0x23, 0x46, 0x70, 0x3a, 0x2b, 0x29, 0x4a, 0x4d, 0xcc, 0x85,
        0x16, 0x25, 0xac, 0xa9, 0xa0, 0x80, 0x06, 0x00, 0x00, 0x00, 0xff, 0xff,
        0x80, 0x03, 0x00, 0x01, 0x00, 0x00, 0x00, 0x19, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0xc2, 0x2a, 0x05, 0x4c, 0xcc, 0x29, 0xf9, 0xa5, 0x25, 0x00, 0x00, 0x00, 0x00, 0xff, 0xff,
    ]

    @Test func parsesAClientsSynStreamsFedByteByByte() throws {
        let parser = SPDYFrameParser()
        var frames: [SPDYFrame] = []
        for byte in Self.clientSynStreams {
            parser.append([byte])
            while let frame = try parser.next() { frames.append(frame) }
        }
        #expect(frames == [
            .synStream(streamID: 1, associatedID: 0, priority: 0, flags: 0, headers: [SPDYHeader("streamtype", "error")]),
            .synStream(streamID: 3, associatedID: 0, priority: 0, flags: 0, headers: [SPDYHeader("streamtype", "stdout")]),
        ])
    }

    @Test func everyFrameTypeRoundTrips() throws {
        let frames: [SPDYFrame] = [
            .synStream(streamID: 5, associatedID: 0, priority: 3, flags: 0,
                       headers: [SPDYHeader("streamtype", "data"), SPDYHeader("port", "8080"), SPDYHeader("requestid", "0")]),
            .synReply(streamID: 5, flags: 0, headers: []),
            .data(streamID: 5, flags: 0, payload: Array("hello".utf8)),
            .data(streamID: 5, flags: SPDYFrame.flagFin, payload: []),
            .rstStream(streamID: 7, status: SPDYStatus.cancel),
            .settings(flags: 0, entries: [(id: 4, value: 100)]),
            .ping(id: 1),
            .goAway(lastGoodStreamID: 0, status: 0),
            .headers(streamID: 5, flags: 0, headers: [SPDYHeader("x", "y")]),
            .windowUpdate(streamID: 5, delta: 65536),
        ]
        let encoder = SPDYFrameEncoder()
        let parser = SPDYFrameParser()
        parser.append(frames.flatMap { encoder.encode($0) })
        var decoded: [SPDYFrame] = []
        while let frame = try parser.next() { decoded.append(frame) }
        #expect(decoded == frames)
        // kubectl's first-block expectations: a stream with a FIN'd empty DATA is `00000003 01 000000`.
        #expect(encoder.encode(.data(streamID: 3, flags: SPDYFrame.flagFin, payload: [])) == [0, 0, 0, 3, 1, 0, 0, 0])
    }

    @Test func rejectsOtherVersionsAndBrokenHeaderBlocks() {
        let parser = SPDYFrameParser()
        parser.append([0x80, 0x02, 0x00, 0x06, 0x00, 0x00, 0x00, 0x04, 0, 0, 0, 1])
        #expect(throws: SPDYFrameError.self) { try parser.next() }
        let broken = SPDYFrameParser()
        broken.append([0x80, 0x03, 0x00, 0x02, 0x00, 0x00, 0x00, 0x08, 0, 0, 0, 1, 0x12, 0x34, 0x56, 0x78])
        #expect(throws: SPDYFrameError.self) { try broken.next() }
        let unknown = SPDYFrameParser()
        unknown.append([0x80, 0x03, 0x00, 0x0A, 0x00, 0x00, 0x00, 0x00])
        #expect((try? unknown.next()) == .unknown(type: 10))
    }
}

/// An in-memory `ByteChannel`: what the test writes, the connection reads; what it writes is kept.
final class MemoryChannel: ByteChannel, @unchecked Sendable {
    private let condition = NSCondition()
    private var incoming: [UInt8] = []
    private var ended = false
    private(set) var written: [UInt8] = []

    func feed(_ bytes: [UInt8]) {
        condition.lock()
        incoming += bytes
        condition.broadcast()
        condition.unlock()
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        condition.lock()
        defer { condition.unlock() }
        while incoming.isEmpty && !ended { condition.wait() }
        guard !incoming.isEmpty else { return 0 }
        let count = min(buffer.count, incoming.count)
        buffer.copyBytes(from: incoming[0..<count])
        incoming.removeFirst(count)
        return count
    }

    func write(_ bytes: [UInt8]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        guard !ended else { return false }
        written += bytes
        return true
    }

    var output: [UInt8] {
        condition.lock()
        defer { condition.unlock() }
        return written
    }

    func shutdown() {
        condition.lock()
        ended = true
        condition.broadcast()
        condition.unlock()
    }

    func close() { shutdown() }
}

@Suite struct WebSocketConnectionTests {
    @Test func reassemblesMaskedFragmentsAnswersPingsAndCloses() throws {
        let channel = MemoryChannel()
        let socket = WebSocketConnection(channel: channel)
        let mask: [UInt8] = [1, 2, 3, 4]
        channel.feed(WebSocketFrame(fin: false, opcode: .binary, payload: [0, 0x61]).encoded(mask: mask))
        channel.feed(WebSocketFrame(opcode: .ping, payload: Array("hb".utf8)).encoded(mask: mask))
        channel.feed(WebSocketFrame(fin: true, opcode: .continuation, payload: [0x62]).encoded(mask: mask))
        channel.feed(WebSocketFrame(opcode: .close, payload: [0x03, 0xE8]).encoded(mask: mask))
        #expect(socket.receive() == WebSocketMessage(isText: false, payload: [0, 0x61, 0x62]))
        #expect(socket.receive() == nil)
        var parser = WebSocketFrameParser()
        parser.append(channel.output)
        #expect(try parser.next() == WebSocketFrame(opcode: .pong, payload: Array("hb".utf8)))
        #expect(try parser.next() == WebSocketFrame(opcode: .close, payload: [0x03, 0xE8]))
        #expect(!socket.send(binary: [1]))  // nothing after Close
    }

    @Test func aSPDYSessionEchoesOnlyThePeersPingsAndRepliesToStreams() throws {
        let channel = MemoryChannel()
        let opened = Shared<[UInt32]>([])
        let closed = DispatchSemaphore(value: 0)
        let connection = SPDYConnection(channel: channel, onStream: { stream in
            opened.update { $0.append(stream.id) }
            stream.setHandler { event in
                if case .data(let bytes) = event { stream.write(bytes.reversed()) }
            }
        }, onClose: { closed.signal() })
        connection.start()
        // The first captured SYN_STREAM (stream 1, `streamtype: error`), as a client compressed it.
        channel.feed(Array(SPDYFrameTests.clientSynStreams.prefix(48)))
        let client = SPDYFrameEncoder()  // no header blocks from here on: its context stays unused
        channel.feed(client.encode(.ping(id: 1)) + client.encode(.ping(id: 2)))
        channel.feed([0, 0, 0, 1, 0, 0, 0, 3, 0x61, 0x62, 0x63])
        #expect(eventually(within: 5) { channel.output.count > 30 })
        channel.feed(client.encode(.goAway(lastGoodStreamID: 0, status: 0)))
        #expect(closed.wait(timeout: .now() + 5) == .success)
        let parser = SPDYFrameParser()
        parser.append(channel.output)
        var frames: [SPDYFrame] = []
        while let frame = try parser.next() { frames.append(frame) }
        #expect(opened.get() == [1])
        #expect(frames.contains(.synReply(streamID: 1, flags: 0, headers: [])))
        #expect(frames.contains(.ping(id: 1)) && !frames.contains(.ping(id: 2)))
        #expect(frames.contains(.data(streamID: 1, flags: 0, payload: [0x63, 0x62, 0x61])))
    }
}
