import API
import Foundation

/// The network as the container runtime reaches it (`ContainerRuntime.network`): processes' network
/// access, port-forward and the API server proxy.
extension ClusterNetwork: PodNetwork {
    /// What a process in `instance`'s container may do (its Pod's address, namespace and loopback).
    public func access(for instance: ContainerInstance) -> any NetworkAccess {
        PodNetworkAccess(network: self, caller: NetCaller(ip: instance.podIP, podUID: instance.podUID, namespace: instance.namespace))
    }

    /// A port-forward connection to `port` of the Pod: HTTP/1.1 requests written to `toPod` are
    /// answered by the program listening there, the answers written to `fromPod` (one pumping thread per
    /// connection, ending when the client closes). Throws the kubelet's error when nothing listens.
    public func connect(namespace: String, pod name: String, port: Int) throws(APIError) -> PodConnection {
        guard let pod = pod(ObjectKey(namespace: namespace, name: name)) else {
            throw APIError.notFound(resource: "pods", group: "", name: name)
        }
        guard let container = pod.container(listeningOn: port),
              locked({ hooks }).isRunning?(pod.uid, container.name) ?? container.running else {
            throw APIError.internalError("error forwarding port \(port) to pod \(pod.uid), uid : failed to connect to localhost:\(port) inside namespace: connection refused")
        }
        let connection = PodConnection(toPod: BytePipe(), fromPod: BytePipe())
        let target = PodTarget(podUID: pod.uid, port: port, ip: pod.ip)
        let thread = Thread { [self] in pump(connection, target: target) }
        thread.name = "kubeling.port-forward"
        thread.start()
        return connection
    }

    /// Reads requests from the connection, sends each to `target`, writes the answers back.
    private func pump(_ connection: PodConnection, target: PodTarget) {
        var parser = HTTPRequestParser()
        defer { connection.fromPod.closeWrite() }
        while let bytes = connection.toPod.read() {
            parser.feed(bytes)
            while let request = parser.next() {
                let net = NetRequest(method: request.method, host: "127.0.0.1", port: target.port, path: request.path,
                                     headers: request.headers, body: request.body)
                let slot = ResultSlot()
                let done = DispatchSemaphore(value: 0)
                deliver(net, to: target, clientIP: "127.0.0.1") { result in
                    slot.result = result
                    done.signal()
                }
                done.wait()
                guard case .success(let response)? = slot.result else { return }
                guard connection.fromPod.write(HTTPRequestParser.serialize(response)) else { return }
                // A server that says so (Werkzeug's development server) closes the connection after answering.
                if response.headers.contains(where: { HeaderName.equals($0.name, "connection") && $0.value.lowercased() == "close" }) {
                    connection.toPod.closeRead()
                    return
                }
            }
            if parser.failed { return }
        }
    }
}

/// A minimal HTTP/1.1 request reader for byte streams (port-forward): request line, headers and a
/// `Content-Length` body; no chunked requests.
struct HTTPRequestParser {
    struct Request {
        var method: String
        var path: String
        var headers: [(name: String, value: String)]
        var body: [UInt8]
    }

    private var buffer: [UInt8] = []
    /// The stream is not HTTP (or uses what this reader does not support).
    private(set) var failed = false

    mutating func feed(_ bytes: [UInt8]) { buffer += bytes }

    /// The next complete request, if the buffer holds one.
    mutating func next() -> Request? {
        guard !failed, let end = headerEnd() else { return nil }
        let head = String(decoding: buffer[..<end], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let first = lines.removeFirst().split(separator: " ")
        guard first.count >= 2 else {
            failed = true
            return nil
        }
        var headers: [(name: String, value: String)] = []
        var length = 0
        for line in lines where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = String(line[..<colon])
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if HeaderName.equals(name, "content-length") { length = Int(value) ?? 0 }
            if HeaderName.equals(name, "transfer-encoding") {
                failed = true
                return nil
            }
            headers.append((name, value))
        }
        let total = end + 4 + length
        guard buffer.count >= total else { return nil }
        let body = Array(buffer[(end + 4)..<total])
        buffer.removeFirst(total)
        return Request(method: String(first[0]), path: String(first[1]), headers: headers, body: body)
    }

    /// The index of the blank line ending the headers.
    private func headerEnd() -> Int? {
        guard buffer.count >= 4 else { return nil }
        for i in 0...(buffer.count - 4) where buffer[i] == 13 && buffer[i + 1] == 10 && buffer[i + 2] == 13 && buffer[i + 3] == 10 {
            return i
        }
        return nil
    }

    /// The wire form of an answer (with `Content-Length`).
    static func serialize(_ r: NetResponse) -> [UInt8] {
        var head = "HTTP/1.1 \(r.status) \(reason(r.status))\r\n"
        for h in r.headers where !HeaderName.equals(h.name, "content-length") { head += "\(h.name): \(h.value)\r\n" }
        head += "Content-Length: \(r.body.count)\r\n\r\n"
        return Array(head.utf8) + r.body
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 301: return "Moved Permanently"
        case 302: return "Found"
        case 304: return "Not Modified"
        case 400: return "Bad Request"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        case 500: return "Internal Server Error"
        case 502: return "Bad Gateway"
        case 503: return "Service Unavailable"
        default: return "Status"
        }
    }
}
