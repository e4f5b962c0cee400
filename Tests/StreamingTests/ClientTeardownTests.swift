import Foundation
import Testing

/// A client that goes away mid-stream frees the session: the runtime's writes fail, its threads end.
@Suite struct ClientTeardownTests {
    @Test(arguments: [27, 33])
    func killingKubectlEndsTheExec(minor: Int) throws {
        let server = try StreamingServer()
        let kubectl = try Kubectl(minor, server)
        let process = try kubectl.start("exec", "p1", "--", "forever")
        #expect(eventually(within: 10) { process.stdout.string.contains("tick\ntick\n") }, "\(process.stderr.string)")
        #expect(server.runtime.active == 1)
        process.kill9()
        #expect(eventually(within: 10) { server.runtime.active == 0 })
    }

    @Test func aFollowerThatLeavesStopsTheLogWriter() throws {
        let server = try StreamingServer()
        let r = try runProgram("/usr/bin/curl", ["-s", "--max-time", "1",
                                                 "\(server.baseURL)/api/v1/namespaces/default/pods/p2/log?container=a&follow=true"])
        #expect(r.stdout.contains("a line 5\na again\na again\n"), "\(r.stdout)")  // streamed while still open
        #expect(eventually(within: 10) { server.runtime.active == 0 })
    }
}
