import CMicroHTTPD

// The C callbacks handed to libmicrohttpd. Each only unwraps its arguments, recovers the Swift object from
// its `cls` pointer and forwards (performance.md §c.2):
// - the server core is passed unretained; `HTTPServer` keeps it alive until `MHD_stop_daemon` returns;
// - a `RequestContext` is retained in `*con_cls` on the first access-handler call and released in
//   `mhdRequestCompleted`;
// - a `StreamState` is retained as the content reader's `cls` and released in `mhdStreamFree`.

/// `MHD_AccessHandlerCallback`.
func mhdAccessHandler(
    cls: UnsafeMutableRawPointer?,
    connection: OpaquePointer?,
    url: UnsafePointer<CChar>?,
    method: UnsafePointer<CChar>?,
    version: UnsafePointer<CChar>?,
    uploadData: UnsafePointer<CChar>?,
    uploadDataSize: UnsafeMutablePointer<Int>?,
    requestState: UnsafeMutablePointer<UnsafeMutableRawPointer?>?
) -> MHD_Result {
    guard let cls, let connection, let url, let method, let uploadDataSize, let requestState else { return .NO }
    guard let existing = requestState.pointee else {
        let core = Unmanaged<ServerCore>.fromOpaque(cls).takeUnretainedValue()
        let context = RequestContext(core: core, connection: connection, method: String(cString: method), rawPath: url)
        requestState.pointee = Unmanaged.passRetained(context).toOpaque()
        return context.headersReceived()
    }
    let context = Unmanaged<RequestContext>.fromOpaque(existing).takeUnretainedValue()
    if uploadDataSize.pointee > 0 {
        let keep = uploadData.map { context.bodyReceived($0, count: uploadDataSize.pointee) } ?? true
        uploadDataSize.pointee = 0
        // Past the drain limit of an oversized body: close rather than read on.
        return keep ? .YES : .NO
    }
    return context.requestComplete()
}

/// `MHD_RequestCompletedCallback`: releases the request's context.
func mhdRequestCompleted(
    cls: UnsafeMutableRawPointer?,
    connection: OpaquePointer?,
    requestState: UnsafeMutablePointer<UnsafeMutableRawPointer?>?,
    reason: MHD_RequestTerminationCode
) {
    if let cls, let connection {
        Unmanaged<ServerCore>.fromOpaque(cls).takeUnretainedValue().deadlines?.requestCompleted(connection)
    }
    guard let requestState, let existing = requestState.pointee else { return }
    requestState.pointee = nil
    let context = Unmanaged<RequestContext>.fromOpaque(existing)
    context.takeUnretainedValue().requestCompleted()
    context.release()
}

/// `MHD_NotifyConnectionCallback`: connections opened and closed, for the header deadlines.
func mhdNotifyConnection(
    cls: UnsafeMutableRawPointer?,
    connection: OpaquePointer?,
    socketContext: UnsafeMutablePointer<UnsafeMutableRawPointer?>?,
    code: MHD_ConnectionNotificationCode
) {
    guard let cls, let connection else { return }
    guard let deadlines = Unmanaged<ServerCore>.fromOpaque(cls).takeUnretainedValue().deadlines else { return }
    if code == .CONNECTION_NOTIFY_STARTED {
        deadlines.connectionStarted(connection)
    } else {
        deadlines.connectionClosed(connection)
    }
}

/// `MHD_ContentReaderCallback` of a streamed body.
func mhdStreamRead(cls: UnsafeMutableRawPointer?, position: UInt64, buffer: UnsafeMutablePointer<CChar>?, max: Int)
    -> Int
{
    guard let cls, let buffer else { return MHD_CONTENT_READER_END_WITH_ERROR }
    let state = Unmanaged<StreamState>.fromOpaque(cls).takeUnretainedValue()
    return state.read(into: UnsafeMutableRawBufferPointer(start: buffer, count: max))
}

/// `MHD_ContentReaderFreeCallback` of a streamed body: the stream is done; release its state.
func mhdStreamFree(cls: UnsafeMutableRawPointer?) {
    guard let cls else { return }
    let state = Unmanaged<StreamState>.fromOpaque(cls)
    state.takeUnretainedValue().finish()
    state.release()
}

/// `MHD_UpgradeHandler`: `requestState` is the request's `RequestContext`, still retained (it is released
/// only in `mhdRequestCompleted`, after the upgraded connection is closed).
func mhdUpgraded(
    cls: UnsafeMutableRawPointer?,
    connection: OpaquePointer?,
    requestState: UnsafeMutableRawPointer?,
    extraIn: UnsafePointer<CChar>?,
    extraInSize: Int,
    socket: Int32,
    handle: OpaquePointer?
) {
    guard let handle else { return }
    guard let requestState else {
        _ = kubeling_mhd_upgrade_close(handle)
        return
    }
    var initialBytes: [UInt8] = []
    if let extraIn, extraInSize > 0 {
        extraIn.withMemoryRebound(to: UInt8.self, capacity: extraInSize) {
            initialBytes = Array(UnsafeBufferPointer(start: $0, count: extraInSize))
        }
    }
    Unmanaged<RequestContext>.fromOpaque(requestState).takeUnretainedValue()
        .upgraded(fd: socket, initialBytes: initialBytes, handle: handle)
}

/// `MHD_KeyValueIterator` collecting headers or query arguments into a `ConnectionValues.Collector`.
func mhdCollectValue(
    cls: UnsafeMutableRawPointer?, kind: MHD_ValueKind, key: UnsafePointer<CChar>?, value: UnsafePointer<CChar>?
) -> MHD_Result {
    guard let cls, let key else { return .YES }
    Unmanaged<ConnectionValues.Collector>.fromOpaque(cls).takeUnretainedValue().add(key: key, value: value)
    return .YES
}
