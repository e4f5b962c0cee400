import API
import Foundation
@testable import Simulation
import Testing

/// curl, wget and nslookup over a canned network, with the real tools' wording.
@Suite struct ShellNetworkToolsTests {
    let nginx = "library/nginx"

    @Test func curlPrintsTheBody() {
        let host = FakeShellHost(image: nginx, network: FakeNetwork.web(body: "Hello, World!"))
        let r = sh("curl -s http://web; echo; curl -s web:80/x -w ' %{http_code}\\n'", host: host)
        #expect(r.out == "Hello, World!\nHello, World! 200\n")
        #expect(r.err == "")
    }

    @Test func curlShowsTheProgressMeterWithoutATerminal() {
        let host = FakeShellHost(image: nginx, network: FakeNetwork.web(body: "hi"))
        let r = sh("curl http://web", host: host)
        #expect(r.out == "hi")
        #expect(r.err.hasPrefix("  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n"))
        #expect(r.err.contains("\r100     2  100     2    0     0 "))
    }

    @Test func curlIncludeHeadersAndOutputFile() {
        let host = FakeShellHost(image: nginx, network: FakeNetwork.web(body: "page"))
        let r = sh("curl -si http://web/; curl -so /tmp/page http://web && cat /tmp/page", host: host)
        #expect(r.out == "HTTP/1.1 200 OK\r\nServer: nginx/1.27.3\r\nContent-Type: text/html\r\nContent-Length: 4\r\n\r\npagepage")
    }

    @Test func curlSendsMethodHeadersAndData() {
        let seen = RequestLog()
        let network = FakeNetwork(dns: ["api": ["10.96.0.7"]]) { request in
            seen.add(request)
            return .success(NetResponse(status: 201, body: Array("ok".utf8)))
        }
        let host = FakeShellHost(image: nginx, network: network)
        let r = sh(#"curl -s -X PUT -H 'X-Test: 1' -d 'a=b' http://api:8080/items"#, host: host)
        #expect(r.out == "ok")
        let request = seen.requests.first
        #expect(request?.method == "PUT")
        #expect(request?.port == 8080)
        #expect(request?.path == "/items")
        #expect(request?.body == Array("a=b".utf8))
        #expect(request?.headers.contains { $0.name == "X-Test" && $0.value == "1" } == true)
    }

    @Test func curlErrors() {
        let refused = FakeShellHost(image: nginx, network: FakeNetwork(dns: ["web": ["10.96.0.5"]]))
        let r = sh("curl -s http://10.96.0.5; echo $?; curl -sS http://10.96.0.5; curl -sS http://nope; echo $?", host: refused)
        #expect(r.out == "7\n6\n")
        #expect(r.err == "curl: (7) Failed to connect to 10.96.0.5 port 80 after 0 ms: Couldn't connect to server\ncurl: (6) Could not resolve host: nope\n")
        let notFound = FakeShellHost(image: nginx, network: FakeNetwork.web(status: 404))
        let f = sh("curl -sf http://web; echo $?; curl -s -o /dev/null -w '%{http_code}' http://web", host: notFound)
        #expect(f.out == "22\n404")
    }

    @Test func busyboxWget() {
        let host = FakeShellHost(image: "library/busybox", network: FakeNetwork.web(body: "<h1>hi</h1>\n"))
        let r = sh("wget -q -O- http://web; wget -O /tmp/i http://web && cat /tmp/i", host: host)
        #expect(r.out == "<h1>hi</h1>\n<h1>hi</h1>\n")
        #expect(r.err.hasPrefix("Connecting to web (10.96.0.5:80)\nsaving to '/tmp/i'\n"))
        let refused = FakeShellHost(image: "library/busybox", network: FakeNetwork(dns: ["web": ["10.96.0.5"]]))
        let e = sh("wget -q -O- http://web; echo $?; wget -q -O- http://nope", host: refused)
        #expect(e.err == "wget: can't connect to remote host (10.96.0.5): Connection refused\nwget: bad address 'nope'\n")
        #expect(e.out == "1\n")
    }

    @Test func nslookupShapes() {
        let network = FakeNetwork(dns: ["web.default.svc.cluster.local": ["10.96.0.5"]])
        let busybox = sh("nslookup web", host: FakeShellHost(image: "library/busybox", network: network))
        #expect(busybox.out == "Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\nName:\tweb.default.svc.cluster.local\nAddress: 10.96.0.5\n\n")
        let missing = sh("nslookup nope", host: FakeShellHost(image: "library/busybox", network: network))
        #expect(missing.out.hasSuffix("** server can't find nope: NXDOMAIN\n\n"))
        #expect(missing.status == 1)
        // bind's nslookup (dnsutils added to a Debian image).
        let debian = FakeShellHost(network: network, userland: .debian(extra: ["nslookup": "/usr/bin/nslookup"]))
        #expect(sh("nslookup web", host: debian).out
                == "Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\nName:\tweb.default.svc.cluster.local\nAddress: 10.96.0.5\n\n")
    }

    @Test func pipingCurlIntoGrep() {
        let host = FakeShellHost(image: nginx, network: FakeNetwork.web(body: "<title>Welcome to nginx!</title>\n"))
        #expect(sh("curl -s web | grep -o 'Welcome[^<]*'", host: host).out == "Welcome to nginx!\n")
    }
}

/// Requests a fake network saw.
final class RequestLog: @unchecked Sendable {
    // Sendable invariant: `list` is guarded by `lock`.
    private let lock = NSLock()
    private var list: [NetRequest] = []
    func add(_ r: NetRequest) {
        lock.lock()
        list.append(r)
        lock.unlock()
    }
    var requests: [NetRequest] {
        lock.lock()
        defer { lock.unlock() }
        return list
    }
}

extension ShellNetworkToolsTests {
    @Test func curlVerbose() {
        let host = FakeShellHost(image: nginx, network: FakeNetwork.web(body: "ok"))
        let r = sh("curl -sv http://web/", host: host)
        #expect(r.out == "ok")
        #expect(r.err == """
            *   Trying 10.96.0.5:80...
            * Connected to web (10.96.0.5) port 80 (#0)
            > GET / HTTP/1.1
            > Host: web
            > User-Agent: curl/7.88.1
            > Accept: */*
            >
            < HTTP/1.1 200 OK
            < Server: nginx/1.27.3
            < Content-Type: text/html
            < Content-Length: 2
            <
            * Connection #0 to host web left intact

            """)
    }

    @Test func gnuWgetInThePythonImage() {
        let host = FakeShellHost(image: "library/python", network: FakeNetwork.web(body: "hi"))
        let r = sh("wget -qO- http://web; wget -q -O- http://nope; echo $?", host: host)
        #expect(r.out == "hi4\n")
    }
}
