/// Why an `HTTPServer` could not start.
public enum HTTPServerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The address is not a numeric IPv4 or IPv6 address.
    case invalidAddress(String)
    /// Another socket is already bound to the address and port.
    case addressInUse(address: String, port: Int)
    /// A socket call failed with this errno.
    case socketFailed(operation: String, errno: Int32)
    /// libmicrohttpd refused to start the daemon.
    case daemonStartFailed
    /// `start()` was called on a server that was already started.
    case alreadyStarted

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .invalidAddress(let address): return "invalid listen address \(address)"
        case .addressInUse(let address, let port): return "address \(address) port \(port) is already in use"
        case .socketFailed(let operation, let code): return "\(operation) failed with errno \(code)"
        case .daemonStartFailed: return "libmicrohttpd failed to start"
        case .alreadyStarted: return "the server was already started"
        }
    }
}
