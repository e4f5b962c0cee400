import Foundation
import Testing

/// Endpoints and EndpointSlices as stock kubectl sees them (issue 9 item 5): a Deployment exposed as
/// a Service lists its two ready Pods in `get endpoints`, `get endpointslices` and `describe service`;
/// the `kubernetes` Service points at the server itself.
@Suite(.serialized) struct KubectlEndpointsTests {
    /// The rows of a `kubectl get --no-headers` table, split on blanks.
    func rows(_ text: String) -> [[String]] {
        text.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
    }

    /// Runs `args` until `done` accepts the output (or 30 s pass); returns the last output.
    func poll(_ k: Kubectl, _ args: String..., until done: (String) -> Bool) throws -> String {
        var out = ""
        let deadline = Date().addingTimeInterval(30)
        repeat {
            let r = try k.run(args)
            out = r.stdout
            if r.status == 0 && done(out) { break }
            usleep(100_000)
        } while Date() < deadline
        return out
    }

    @Test(arguments: [27, 33])
    func anExposedDeploymentListsItsTwoPodsAsEndpoints(minor: Int) throws {
        let s = try TestServer()
        defer { s.stop() }
        let k = try Kubectl(minor, server: s)
        let created = try k("create", "deployment", "web", "--image=nginx", "--replicas=2")
        #expect(created.status == 0, "\(created.stderr)")
        let exposed = try k("expose", "deployment", "web", "--port=80")
        #expect(exposed.status == 0, "\(exposed.stderr)")
        #expect(exposed.stdout.contains("service/web exposed"))

        let address = try Regex(#"10\.244\.0\.[0-9]+:80"#)
        let endpoints = try poll(k, "get", "endpoints", "web", "--no-headers") { out in
            rows(out).first.map { $0.count > 1 && $0[1].split(separator: ",").count == 2 } ?? false
        }
        let row = rows(endpoints).first ?? []
        #expect(row.first == "web", "\(endpoints)")
        let listed = row.count > 1 ? row[1].split(separator: ",").map(String.init) : []
        #expect(listed.count == 2 && listed.allSatisfy { $0.wholeMatch(of: address) != nil }, "\(endpoints)")

        let slices = rows(try k("get", "endpointslices", "-l", "kubernetes.io/service-name=web", "--no-headers").stdout)
        #expect(slices.count == 1, "\(slices)")
        if let slice = slices.first, slice.count >= 4 {
            #expect(slice[0].wholeMatch(of: try Regex("web-[a-z0-9]{5}")) != nil, "\(slice)")
            #expect(Array(slice[1...2]) == ["IPv4", "80"], "\(slice)")
            let ips = slice[3].split(separator: ",").map { "\($0):80" }.sorted()
            #expect(ips == listed.sorted(), "\(slice)")
        }

        let described = try k("describe", "service", "web")
        #expect(described.status == 0, "\(described.stderr)")
        let line = described.stdout.split(separator: "\n").first { $0.hasPrefix("Endpoints:") }.map(String.init) ?? ""
        #expect(listed.allSatisfy { line.contains($0) }, "\(described.stdout)")

        // The API server's own Service.
        let kubernetes = rows(try k("get", "endpoints", "kubernetes", "--no-headers").stdout)
        #expect(kubernetes.first.map { Array($0.prefix(2)) } == ["kubernetes", "127.0.0.1:\(s.port)"])
    }
}
