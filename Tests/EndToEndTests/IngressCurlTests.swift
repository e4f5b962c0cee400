import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The seed walkthrough's traffic path with real kubectl and curl: a curl on the host reaches two
/// `hello-world-flask` Pods through an ingress-nginx controller's hostPort (shifted to a free port by
/// `--host-port-offset`), a Pod that is not ready gets nothing, an unrouted path gets nginx's 404, and a
/// NodePort Service answers on the node's address.
@Suite(.serialized) struct IngressCurlTests {
    /// A TCP port on 127.0.0.1 that is free now (bound to port 0 and released).
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw HarnessError("socket failed") }
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = 0
        let bound = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { throw HarnessError("bind failed") }
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) }
        }
        return Int(UInt16(bigEndian: addr.sin_port))
    }

    /// The kind flavour of the ingress-nginx controller, cut to what routing needs.
    static let controller = """
        apiVersion: v1
        kind: Namespace
        metadata: {name: ingress-nginx}
        ---
        apiVersion: networking.k8s.io/v1
        kind: IngressClass
        metadata: {name: nginx}
        spec: {controller: k8s.io/ingress-nginx}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: ingress-nginx-controller, namespace: ingress-nginx}
        spec:
          selector: {matchLabels: {app.kubernetes.io/component: controller}}
          template:
            metadata: {labels: {app.kubernetes.io/component: controller}}
            spec:
              nodeSelector: {ingress-ready: "true"}
              containers:
              - name: controller
                image: registry.k8s.io/ingress-nginx/controller:v1.3.1
                args: [/nginx-ingress-controller, --election-id=ingress-controller-leader, --controller-class=k8s.io/ingress-nginx,
                       --ingress-class=nginx, --watch-ingress-without-class=true, --publish-status-address=localhost]
                ports:
                - {name: http, containerPort: 80, hostPort: 80, protocol: TCP}
                - {name: https, containerPort: 443, hostPort: 443, protocol: TCP}
                readinessProbe:
                  httpGet: {path: /healthz, port: 10254}
                  periodSeconds: 1
        """

    /// A Flask Pod of the app's labels whose readiness probe never passes.
    static let unready = """
        apiVersion: v1
        kind: Pod
        metadata: {name: hello-unready, labels: {app: hello-world-flask}}
        spec:
          containers:
          - name: hello-world-flask
            image: lyzhang1999/hello-world-flask:latest
            readinessProbe:
              tcpSocket: {port: 9999}
              periodSeconds: 1
        """

    /// `curl -s URL` until `done` accepts (code, body) or 30 s pass; returns the last answer.
    func poll(_ url: String, until done: (Int, String) -> Bool) throws -> (Int, String) {
        var last = (0, "")
        let deadline = Date().addingTimeInterval(30)
        repeat {
            if let r = try? curl("GET", url) { last = (r.code, r.body) }
            if done(last.0, last.1) { break }
            usleep(200_000)
        } while Date() < deadline
        return last
    }

    @Test(arguments: [27, 33])
    func curlReachesBothFlaskPodsThroughTheIngress(minor: Int) throws {
        let httpPort = try Self.freePort()
        let s = try TestServer(extraArgs: ["--host-port-offset", String(httpPort - 80)])
        defer { s.stop() }
        let k = try Kubectl(minor, server: s)
        for args in [["create", "deployment", "hello-world-flask", "--image=lyzhang1999/hello-world-flask:latest", "--replicas=2"],
                     ["create", "service", "clusterip", "hello-world-flask", "--tcp=5000:5000"],
                     ["create", "ingress", "hello-world-flask", "--rule=/=hello-world-flask:5000"]] {
            let r = try k.run(args)
            #expect(r.status == 0, "\(args): \(r.stderr)")
        }
        let applied = try k("apply", "-f", "-", stdin: Self.controller)
        #expect(applied.status == 0, "\(applied.stderr)")

        let url = "http://127.0.0.1:\(httpPort)/"
        let first = try poll(url) { code, body in code == 200 && body.hasPrefix("Hello, my name is ") }
        #expect(first.0 == 200, "\(first)")
        let names = Set(try k("get", "pods", "-l", "app=hello-world-flask", "-o", "name").stdout
            .split(separator: "\n").map { $0.replacingOccurrences(of: "pod/", with: "") })
        #expect(names.count == 2)
        var seen = Set<String>()
        for _ in 0..<10 {
            let r = try curl("GET", url)
            #expect(r.code == 200)
            seen.insert(r.body.replacingOccurrences(of: "Hello, my name is ", with: ""))
        }
        #expect(seen == names, "\(seen) vs \(names)")

        // kubectl create ingress makes `/` an Exact path: anything else is nginx's 404 page.
        let missing = try curl("GET", url + "nope")
        #expect(missing.code == 404)
        #expect(missing.body.contains("<center><h1>404 Not Found</h1></center>") && missing.body.contains("<center>nginx</center>"))

        // The Ingress shows the controller's published address.
        let address = try poll(url) { _, _ in
            ((try? k("get", "ingress", "hello-world-flask", "-o", "jsonpath={.status.loadBalancer.ingress[0].hostname}").stdout) ?? "") == "localhost"
        }
        _ = address
        #expect(try k("get", "ingress", "hello-world-flask", "-o", "jsonpath={.status.loadBalancer.ingress[0].hostname}").stdout == "localhost")

        // A Pod with the app's labels that never becomes ready gets no traffic.
        let created = try k("apply", "-f", "-", stdin: Self.unready)
        #expect(created.status == 0, "\(created.stderr)")
        _ = try poll(url) { _, _ in
            ((try? k("get", "pod", "hello-unready", "-o", "jsonpath={.status.phase}").stdout) ?? "") == "Running"
        }
        sleep(1)
        for _ in 0..<8 {
            let r = try curl("GET", url)
            #expect(r.code == 200 && !r.body.contains("hello-unready"), "\(r)")
        }

        // The walkthrough's failover: a killed Flask process is restarted in place, and meanwhile the
        // ingress sends its requests to the other Pod (every answer is still a 200).
        if let victim = names.sorted().first {
            _ = try k("exec", victim, "--", "bash", "-c", "killall python3")
            for _ in 0..<6 {
                let r = try curl("GET", url)
                #expect(r.code == 200 && r.body.hasPrefix("Hello, my name is hello-world-flask-"), "\(r)")
            }
        }

        // A NodePort Service on the node's address.
        let exposed = try k("expose", "deployment", "hello-world-flask", "--type=NodePort", "--port=5000", "--name=hello-np")
        #expect(exposed.status == 0, "\(exposed.stderr)")
        let nodePort = try k("get", "service", "hello-np", "-o", "jsonpath={.spec.ports[0].nodePort}").stdout
        let np = try poll("http://127.0.0.1:\(nodePort)/") { code, _ in code == 200 }
        #expect(np.0 == 200 && np.1.hasPrefix("Hello, my name is hello-world-flask-"), "\(np)")
    }
}
