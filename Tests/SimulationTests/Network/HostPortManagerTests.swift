import API
import Foundation
import JSON
import Simulation
import TestCluster
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The host edge: real loopback listeners for hostPorts (shifted by the offset), NodePorts and
/// LoadBalancer ports, closed when their Pod or Service goes; a port that cannot be bound is reported.
@Suite(.serialized) struct HostPortManagerTests {
    /// A free loopback port (bound to 0 and released).
    static func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        _ = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) }
        }
        return Int(UInt16(bigEndian: addr.sin_port))
    }

    /// `GET path` on 127.0.0.1:port over a real socket: the raw response, or nil when refused.
    static func get(_ port: Int, _ path: String = "/") -> String? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = UInt16(port).bigEndian
        let rc = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard rc == 0 else { return nil }
        let request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        _ = request.withCString { send(fd, $0, strlen($0), 0) }
        var out = [UInt8]()
        var buf = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = recv(fd, &buf, buf.count, 0)
            if n <= 0 { break }
            out += buf[0..<n]
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Waits (real time, at most 5 s) until `check` holds, letting the cluster settle between looks.
    func eventually(_ f: NetworkFixture, _ check: () -> Bool) throws -> Bool {
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            try f.cluster.runUntilQuiet()
            if check() { return true }
            usleep(20_000)
        }
        return false
    }

    @Test func aHostPortIsServedAtItsOffsetAndClosedWhenThePodGoes() throws {
        let f = try NetworkFixture()
        let target = Self.freePort()
        let offset = target - 80
        let manager = f.cluster.start(HostPortManager.factory(network: f.network, hostPortOffset: offset))
        try f.pod("web", app: "web", image: "nginx", container: ["ports": [["containerPort": 80, "hostPort": 80]]])
        try f.cluster.advance(by: 3)
        #expect(try eventually(f) { Self.get(target)?.contains("Welcome to nginx!") == true })
        #expect((manager as? HostPortManager)?.openListeners == ["127.0.0.1:\(target)"])
        try f.cluster.client.delete(try f.cluster.resource("", "v1", "pods"), namespace: "default", name: "web",
                                    options: { var o = DeleteOptions(); o.gracePeriodSeconds = 0; return o }())
        try f.cluster.advance(by: 3)
        #expect(try eventually(f) { Self.get(target) == nil })
    }

    @Test func aNodePortAnswersThroughTheServiceAndAPortInUseIsReported() throws {
        let f = try NetworkFixture()
        // Hold a port, and map the Pod's hostPort 80 onto it.
        let holder = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(holder) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        _ = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(holder, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(holder, $0, &len) }
        }
        listen(holder, 1)
        let taken = Int(UInt16(bigEndian: addr.sin_port))
        f.cluster.start(HostPortManager.factory(network: f.network, hostPortOffset: taken - 80))
        try f.pod("web", app: "web", image: "nginx", container: ["ports": [["containerPort": 80, "hostPort": 80]]])
        try f.service("web", app: "web", ports: [("", 80, 80)], type: "NodePort")
        try f.cluster.advance(by: 3)
        let nodePort = Int(try f.cluster.get("", "v1", "services", namespace: "default", "web")?[path: ["spec", "ports"]]?[0]?["nodePort"]?.intValue ?? 0)
        #expect((30000...32767).contains(nodePort))
        #expect(try eventually(f) { Self.get(nodePort)?.contains("Welcome to nginx!") == true })
        #expect(try eventually(f) {
            ((try? f.cluster.events(about: "web")) ?? []).contains { $0.hasPrefix("HostPortUnavailable: kubeling cannot listen on 127.0.0.1:\(taken): address 127.0.0.1 port \(taken) is already in use") }
        })
    }

    @Test func aLoadBalancerServiceGetsTheNodeAddresses() throws {
        let f = try NetworkFixture(nodes: 2, statusController: true)
        try f.service("lb", app: "web", ports: [("", 80, 80)], type: "LoadBalancer")
        try f.cluster.runUntilQuiet()
        let status = try f.cluster.get("", "v1", "services", namespace: "default", "lb")?[path: ["status", "loadBalancer", "ingress"]]
        #expect(status == [["ip": "127.0.0.1"], ["ip": "127.0.0.2"]])
    }
}
