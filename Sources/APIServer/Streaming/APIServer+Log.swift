import API
import Foundation
import HTTP

extension APIServer {
    /// `pods/log`: the query as `LogOptions`, the runtime's pipe as a `text/plain` chunked body.
    func log(_ request: HTTPRequest, pods: ResourceInfo, namespace: String, name: String) throws(APIError) -> HTTPResponse {
        guard request.method == "GET" || request.method == "HEAD" else {
            throw APIError.methodNotAllowed("the server does not allow this method on the requested resource")
        }
        var options = try Self.logOptions(request)
        let pod = try streamingPod(pods, namespace: namespace, name: name)
        options.container = try Self.container(options.container, of: pod, name: name)
        // Upstream's apiserver has no kubelet to ask for a Pod that is not scheduled: 204, no body.
        guard let node = Pod(pod).nodeName else { return HTTPResponse(status: 204) }
        let pipe = try podRuntime(node: node).logs(namespace: namespace, pod: name, options: options)
        return HTTPResponse(status: 200, headers: [(name: "Content-Type", value: "text/plain")],
                            body: .stream(LogStream(pipe)))
    }

    /// `PodLogOptions` from the query; 400 for a value that does not parse, as upstream's decoder.
    static func logOptions(_ request: HTTPRequest) throws(APIError) -> LogOptions {
        var options = LogOptions(container: request.queryValue("container"))
        options.follow = isTrue(request.queryValue("follow"))
        options.previous = isTrue(request.queryValue("previous"))
        options.timestamps = isTrue(request.queryValue("timestamps"))
        func integer(_ key: String, minimum: Int) throws(APIError) -> Int? {
            guard let text = request.queryValue(key) else { return nil }
            guard let value = Int(text) else {
                throw APIError.badRequest("couldn't parse '\(key)': strconv.ParseInt: parsing \"\(text)\": invalid syntax")
            }
            guard value >= minimum else {
                throw APIError(code: 422, reason: "Invalid",
                               message: "PodLogOptions \"\" is invalid: \(key): Invalid value: \(value): must be greater than \(minimum == 0 ? "or equal to 0" : "0")")
            }
            return value
        }
        options.tailLines = try integer("tailLines", minimum: 0)
        options.sinceSeconds = try integer("sinceSeconds", minimum: 1)
        options.limitBytes = try integer("limitBytes", minimum: 1)
        if let text = request.queryValue("sinceTime") {
            let parser = ISO8601DateFormatter()
            guard let date = parser.date(from: text) else {
                throw APIError.badRequest("couldn't parse 'sinceTime': parsing time \"\(text)\" as \"2006-01-02T15:04:05Z07:00\": cannot parse")
            }
            options.sinceTime = date
        }
        if options.sinceTime != nil && options.sinceSeconds != nil {
            throw APIError(code: 422, reason: "Invalid",
                           message: "PodLogOptions \"\" is invalid: []: Forbidden: at most one of `sinceTime` or `sinceSeconds` may be specified")
        }
        return options
    }
}

/// A log as a chunked body: reads the runtime's pipe without blocking and is woken when it has more.
final class LogStream: HTTPStream, @unchecked Sendable {
    // Sendable invariant: only the pipe (thread-safe) is stored.
    private let pipe: BytePipe

    init(_ pipe: BytePipe) {
        self.pipe = pipe
    }

    func attach(waker: HTTPStreamWaker) {
        pipe.setReadableHandler { waker.wake() }
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) -> HTTPStreamRead {
        guard let bytes = pipe.read(max: buffer.count, timeout: 0) else { return .end }
        guard !bytes.isEmpty else { return .wait }
        buffer.copyBytes(from: bytes)
        return .data(bytes.count)
    }

    /// The client went away or the log ended: the runtime's writer is told (its writes fail).
    func closed() {
        pipe.closeRead()
    }
}
