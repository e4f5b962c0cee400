import CZlib

/// Why a zlib stream could not be decompressed.
public struct ZlibError: Error, Sendable, Equatable {
    /// zlib's return code (`Z_DATA_ERROR`, `Z_NEED_DICT` with no dictionary, …).
    public let code: Int32
}

/// One deflate stream that lasts as long as its owner: every `compress` continues it and ends with a
/// sync flush, so each piece can be inflated as soon as it arrives (SPDY header blocks share one
/// compression context per direction for a whole connection).
///
/// Not thread-safe: its owner serialises calls (a SPDY connection holds its write lock).
public final class ZlibDeflater {
    // The z_stream lives at a fixed address: zlib keeps a pointer back to it in its state.
    private let stream: UnsafeMutablePointer<z_stream>
    private var usable: Bool

    /// A deflater primed with `dictionary` (the stream then starts with FDICT and its Adler-32).
    public init(dictionary: [UInt8] = [], level: Int32 = Z_DEFAULT_COMPRESSION) {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        usable = kubeling_deflate_init(stream, level) == Z_OK
        if usable && !dictionary.isEmpty {
            usable = dictionary.withUnsafeBufferPointer {
                deflateSetDictionary(stream, $0.baseAddress, uInt($0.count))
            } == Z_OK
        }
    }

    deinit {
        deflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// `bytes` compressed and sync-flushed (the output ends with `00 00 ff ff`).
    public func compress(_ bytes: [UInt8]) -> [UInt8] {
        guard usable else { return [] }
        var input = bytes
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        input.withUnsafeMutableBufferPointer { inBuf in
            stream.pointee.next_in = inBuf.baseAddress
            stream.pointee.avail_in = uInt(inBuf.count)
            repeat {
                let produced: Int = chunk.withUnsafeMutableBufferPointer { outBuf in
                    stream.pointee.next_out = outBuf.baseAddress
                    stream.pointee.avail_out = uInt(outBuf.count)
                    _ = deflate(stream, Z_SYNC_FLUSH)
                    return outBuf.count - Int(stream.pointee.avail_out)
                }
                out += chunk[0..<produced]
            } while stream.pointee.avail_out == 0
            stream.pointee.next_in = nil
        }
        return out
    }
}

/// One inflate stream that lasts as long as its owner, fed piece by piece; supplies `dictionary`
/// when the stream asks for it (`Z_NEED_DICT`).
///
/// Not thread-safe: its owner serialises calls (a SPDY connection's reader thread).
public final class ZlibInflater {
    private let stream: UnsafeMutablePointer<z_stream>
    private let dictionary: [UInt8]
    private var usable: Bool

    /// An inflater that answers a preset-dictionary request with `dictionary`.
    public init(dictionary: [UInt8] = []) {
        self.dictionary = dictionary
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        usable = kubeling_inflate_init(stream) == Z_OK
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Everything `bytes` inflate to; throws on corrupt input (the stream is then unusable).
    public func decompress(_ bytes: [UInt8]) throws(ZlibError) -> [UInt8] {
        guard usable else { throw ZlibError(code: Z_STREAM_ERROR) }
        guard !bytes.isEmpty else { return [] }
        var input = bytes
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        var failure: Int32?
        input.withUnsafeMutableBufferPointer { inBuf in
            stream.pointee.next_in = inBuf.baseAddress
            stream.pointee.avail_in = uInt(inBuf.count)
            while failure == nil {
                var rc: Int32 = Z_OK
                let produced: Int = chunk.withUnsafeMutableBufferPointer { outBuf in
                    stream.pointee.next_out = outBuf.baseAddress
                    stream.pointee.avail_out = uInt(outBuf.count)
                    rc = inflate(stream, Z_SYNC_FLUSH)
                    return outBuf.count - Int(stream.pointee.avail_out)
                }
                out += chunk[0..<produced]
                if rc == Z_NEED_DICT {
                    let set = dictionary.isEmpty ? Z_NEED_DICT : dictionary.withUnsafeBufferPointer {
                        inflateSetDictionary(stream, $0.baseAddress, uInt($0.count))
                    }
                    if set != Z_OK { failure = set }
                    continue
                }
                if rc == Z_BUF_ERROR || rc == Z_STREAM_END { break }  // all input used
                if rc != Z_OK {
                    failure = rc
                    break
                }
                if stream.pointee.avail_in == 0 && stream.pointee.avail_out != 0 { break }
            }
            stream.pointee.next_in = nil
        }
        if let failure {
            usable = false
            throw ZlibError(code: failure)
        }
        return out
    }
}
