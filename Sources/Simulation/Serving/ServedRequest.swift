import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// One request as a serving program receives it.
public struct ServedRequest: Sendable {
    /// `GET`, `POST`, …
    public var method: String
    /// Path and query.
    public var path: String
    /// Headers as sent.
    public var headers: [(name: String, value: String)]
    /// The request body.
    public var body: [UInt8]
    /// The address the connection comes from (a Pod IP, or the node's bridge for traffic from the host).
    public var clientIP: String

    /// A request from `clientIP`.
    public init(method: String, path: String, headers: [(name: String, value: String)] = [], body: [UInt8] = [],
                clientIP: String) {
        self.method = method
        self.path = path
        self.headers = headers
        self.body = body
        self.clientIP = clientIP
    }

    /// The first value of header `name`, matched case-insensitively.
    public func header(_ name: String) -> String? {
        let lower = name.lowercased()
        return headers.first { HeaderName.equals($0.name, lower) }?.value
    }

    /// The path without the query.
    public var pathOnly: Substring { path.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? "" }
}

/// What a serving program knows about where it runs.
public struct ServeEnvironment: Sendable {
    /// The Pod's hostname (its name unless `spec.hostname` says otherwise).
    public var hostname: String
    /// The Pod's IP.
    public var podIP: String
    /// The cluster clock's time of the request.
    public var now: Date
    /// Writes one line to the container's log (nil: nobody is attached).
    public var log: (@Sendable (String) -> Void)?
    /// Reads a file of the container (nil: the program sees only what it was built with).
    public var readFile: (@Sendable (String) -> [UInt8]?)?

    /// The environment of a program in a Pod named `hostname` at `podIP`, at cluster time `now`.
    public init(hostname: String, podIP: String, now: Date, log: (@Sendable (String) -> Void)? = nil) {
        self.hostname = hostname
        self.podIP = podIP
        self.now = now
        self.log = log
    }
}

/// A program that answers HTTP requests on its ports (one file per program family in `Serving/`).
public protocol HTTPProgram: Sendable {
    /// The answer to `request` arriving on `port`.
    func respond(_ request: ServedRequest, port: Int, _ env: ServeEnvironment) -> NetResponse
}

/// Timestamps in the formats servers write, computed with `gmtime_r` (no formatter objects per request).
public enum ServerTime {
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    private static let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

    private static func parts(_ date: Date) -> tm {
        var t = time_t(date.timeIntervalSince1970.rounded(.down))
        var out = tm()
        gmtime_r(&t, &out)
        return out
    }

    private static func two(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }

    /// The last `Date` header made and its second: servers answering thousands of requests a second
    /// format it once per second.
    private static let cache = DateCache()

    /// `Wed, 02 Dec 2026 10:00:00 GMT` (the HTTP `Date` header).
    public static func http(_ date: Date) -> String { cached(date, cache, formatHTTP) }

    private static func formatHTTP(_ date: Date) -> String {
        let t = parts(date)
        return "\(days[Int(t.tm_wday)]), \(two(t.tm_mday)) \(months[Int(t.tm_mon)]) \(t.tm_year + 1900) "
            + "\(two(t.tm_hour)):\(two(t.tm_min)):\(two(t.tm_sec)) GMT"
    }

    private static let werkzeugCache = DateCache()
    private static let commonCache = DateCache()

    /// `date` as `format` makes it, from `cache` when the second is the one formatted last.
    private static func cached(_ date: Date, _ cache: DateCache, _ format: (Date) -> String) -> String {
        let second = Int64(date.timeIntervalSince1970.rounded(.down))
        if let hit = cache.get(second) { return hit }
        let text = format(date)
        cache.set(second, text)
        return text
    }

    /// `02/Dec/2026 10:00:00` (Werkzeug's request log).
    public static func werkzeug(_ date: Date) -> String { cached(date, werkzeugCache, formatWerkzeug) }

    private static func formatWerkzeug(_ date: Date) -> String {
        let t = parts(date)
        return "\(two(t.tm_mday))/\(months[Int(t.tm_mon)])/\(t.tm_year + 1900) \(two(t.tm_hour)):\(two(t.tm_min)):\(two(t.tm_sec))"
    }

    /// `02/Dec/2026:10:00:00 +0000` (nginx's and Apache's common log format).
    public static func common(_ date: Date) -> String { cached(date, commonCache, formatCommon) }

    private static func formatCommon(_ date: Date) -> String {
        let t = parts(date)
        return "\(two(t.tm_mday))/\(months[Int(t.tm_mon)])/\(t.tm_year + 1900):\(two(t.tm_hour)):\(two(t.tm_min)):\(two(t.tm_sec)) +0000"
    }
}

/// One formatted timestamp per second, shared by every thread.
private final class DateCache: @unchecked Sendable {
    // Invariant: `second` and `text` are guarded by `lock`.
    private let lock = NSLock()
    private var second: Int64 = .min
    private var text = ""

    func get(_ s: Int64) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return s == second ? text : nil
    }

    func set(_ s: Int64, _ t: String) {
        lock.lock()
        second = s
        text = t
        lock.unlock()
    }
}

/// ASCII case-insensitive comparison of header names without allocating.
enum HeaderName {
    /// Whether `name` equals `lowercase` (given in lower case) ignoring ASCII case.
    static func equals(_ name: String, _ lowercase: String) -> Bool {
        guard name.utf8.count == lowercase.utf8.count else { return false }
        var a = name.utf8.makeIterator()
        var b = lowercase.utf8.makeIterator()
        while true {
            switch (a.next(), b.next()) {
            case (nil, nil): return true
            case (let x?, let y?):
                let lx = (x >= 65 && x <= 90) ? x + 32 : x
                if lx != y { return false }
            default: return false
            }
        }
    }

    /// Whether `name` is one of `lowercase` names, ignoring ASCII case.
    static func isOne(of lowercase: [String], _ name: String) -> Bool { lowercase.contains { equals(name, $0) } }
}

extension NetResponse {
    /// A response with `body` and these headers, plus `Content-Length`.
    static func with(_ status: Int, _ headers: [(name: String, value: String)], _ body: [UInt8]) -> NetResponse {
        NetResponse(status: status, headers: headers + [("Content-Length", String(body.count))], body: body)
    }
}
