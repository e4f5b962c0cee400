import API
import Foundation

/// An HTTP request travelling inside the simulated cluster network (from curl, wget or ab in a
/// container, a probe, the ingress gateway or the API server proxy). No real socket is involved.
public struct NetRequest: Sendable {
    public var method: String
    /// The host as the client named it: an IP (`10.244.0.5`, `127.0.0.1`) or a DNS name (`web`, `web.default.svc`).
    public var host: String
    public var port: Int
    /// Path and query, starting with `/`.
    public var path: String
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]

    public init(method: String = "GET", host: String, port: Int = 80, path: String = "/",
                headers: [(name: String, value: String)] = [], body: [UInt8] = []) {
        self.method = method
        self.host = host
        self.port = port
        self.path = path
        self.headers = headers
        self.body = body
    }
}

/// A program's answer to a `NetRequest`: the same shape as what the API server proxy passes back, so
/// one type serves both.
public typealias NetResponse = ProxyResponse

/// Why a request inside the cluster got no answer, as a socket would report it.
public enum NetError: Error, Sendable, Equatable {
    /// DNS had no answer for the name (curl: `Could not resolve host: x`).
    case couldNotResolve(String)
    /// Nothing listens there, or the container is not running (curl: `Failed to connect to … Connection refused`).
    case connectionRefused(host: String, port: Int)
    /// No answer in time.
    case timedOut
}

/// What a process inside one Pod can do on the cluster network. Bound to that Pod, so `127.0.0.1`
/// and `localhost` mean the Pod itself and short names are searched in its namespace as
/// `/etc/resolv.conf` says. Calls block the calling thread for the modelled time (on the cluster clock).
public protocol NetworkAccess: Sendable {
    /// A records for `name` (`web`, `web.ns`, `web.ns.svc.cluster.local`, a Pod IP as itself); empty when none.
    func resolve(_ name: String) -> [String]
    /// Sends `request` and waits for the answer.
    func http(_ request: NetRequest) -> Result<NetResponse, NetError>
}
