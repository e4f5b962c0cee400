import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A blocking HTTP client over URLSession for load-style tests (many requests from many threads).
enum HTTPClient {
    static let session: URLSession = {
        let c = URLSessionConfiguration.ephemeral
        c.httpMaximumConnectionsPerHost = 64
        c.timeoutIntervalForRequest = 10
        return URLSession(configuration: c)
    }()

    /// Sends one request and waits; nil when the connection failed (e.g. the server died).
    static func send(_ method: String, _ url: String, body: String? = nil,
                     contentType: String = "application/json") -> (code: Int, body: Data)? {
        guard let u = URL(string: url) else { return nil }
        var req = URLRequest(url: u)
        req.httpMethod = method
        if let body {
            req.httpBody = Data(body.utf8)
            req.setValue(contentType, forHTTPHeaderField: "Content-Type")
        }
        let done = DispatchSemaphore(value: 0)
        let box = ResponseBox()
        session.dataTask(with: req) { data, resp, _ in
            if let http = resp as? HTTPURLResponse { box.set((http.statusCode, data ?? Data())) }
            done.signal()
        }.resume()
        done.wait()
        return box.get()
    }
}

final class ResponseBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value: (Int, Data)?
    func set(_ v: (Int, Data)) { lock.lock(); value = v; lock.unlock() }
    func get() -> (code: Int, body: Data)? { lock.lock(); defer { lock.unlock() }; return value.map { ($0.0, $0.1) } }
}
