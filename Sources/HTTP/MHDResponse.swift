import CMicroHTTPD

/// Turns an `HTTPResponse` into an MHD response and queues it on a connection.
enum MHDResponse {
    /// Headers MHD computes itself; a handler's values for them are ignored.
    private static let managedHeaders: Set<String> = ["content-length", "transfer-encoding"]

    static func queue(_ response: HTTPResponse, on connection: OpaquePointer, registry: SuspensionRegistry)
        -> MHD_Result
    {
        let created: OpaquePointer?
        switch response.body {
        case .bytes(let bytes):
            created = bytes.withUnsafeBytes { buffer in
                MHD_create_response_from_buffer(
                    buffer.count, UnsafeMutableRawPointer(mutating: buffer.baseAddress), .RESPMEM_MUST_COPY
                )
            }
        case .stream(let stream):
            created = streamResponse(stream, connection: connection, registry: registry)
        case .upgrade:
            // The handler is kept by the RequestContext and found again through `con_cls` in `mhdUpgraded`.
            created = MHD_create_response_for_upgrade(mhdUpgraded, nil)
        }
        guard let mhdResponse = created else { return .NO }
        defer { MHD_destroy_response(mhdResponse) }
        for (name, value) in response.headers where !managedHeaders.contains(name.lowercased()) {
            _ = MHD_add_response_header(mhdResponse, name, value)
        }
        let status = (100...999).contains(response.status) ? response.status : 500
        return MHD_queue_response(connection, UInt32(status), mhdResponse)
    }

    /// A chunked response (or one with `Content-Length` when the stream knows its size) whose reader is
    /// the stream; the `StreamState` is retained as the reader's `cls` and released by `mhdStreamFree`
    /// (or here, if MHD refuses to create the response).
    private static func streamResponse(
        _ stream: any HTTPStream, connection: OpaquePointer, registry: SuspensionRegistry
    ) -> OpaquePointer? {
        let state = StreamState(stream: stream, connection: connection, registry: registry)
        stream.attach(waker: HTTPStreamWaker(state: state))
        let retained = Unmanaged.passRetained(state)
        let size = stream.contentLength.map { UInt64($0) } ?? kubeling_mhd_size_unknown()
        let created = MHD_create_response_from_callback(
            size, StreamState.blockSize, mhdStreamRead, retained.toOpaque(), mhdStreamFree
        )
        if created == nil {
            state.finish()
            retained.release()
        }
        return created
    }
}
