import API
import Foundation
@testable import Simulation
import Testing

/// Which shell and tools each image has, how argv0 resolves, and the container's standard files.
@Suite struct ShellUserlandTests {
    @Test func imagesMapToUserlands() {
        #expect(Userland.forImage(repository: "library/nginx").dialect(of: "bash") == .bash)
        #expect(Userland.forImage(repository: "library/nginx").dialect(of: "sh") == .dash)
        #expect(Userland.forImage(repository: "library/nginx").has("curl"))
        #expect(!Userland.forImage(repository: "library/nginx").has("ps"))
        #expect(Userland.forImage(repository: "library/busybox").dialect(of: "sh") == .ash)
        #expect(!Userland.forImage(repository: "library/busybox").has("bash"))
        #expect(Userland.forImage(repository: "library/alpine").has("/bin/sh"))
        #expect(Userland.forImage(repository: "coredns/coredns").isDistroless)
        #expect(!Userland.forImage(repository: "pause").has("sh"))
        let flask = Userland.forImage(repository: "lyzhang1999/hello-world-flask")
        #expect(flask.has("killall") && flask.has("ab") && flask.has("python3") && flask.has("bash"))
        #expect(Userland.forImage(repository: "library/debian").has("/usr/bin/env"))
        #expect(Userland.forImage(repository: "library/debian").has("/bin/bash"))
    }

    @Test func bashIsMissingOnBusybox() {
        let host = FakeShellHost(image: "library/busybox")
        #expect(Shell.resolve("bash", host: host) == nil)
        #expect(Shell.execNotFoundMessage("bash")
                == "OCI runtime exec failed: exec failed: unable to start container process: exec: \"bash\": executable file not found in $PATH: unknown")
        #expect(Shell.resolve("sh", host: host) == .shell(.ash))
        #expect(Shell.resolve("ls", host: host) == .tool("ls"))
        #expect(Shell.resolve("sh", host: FakeShellHost(image: "coredns/coredns")) == nil)
        #expect(Shell.resolve("python3", host: FakeShellHost(image: "library/python")) == .program("/usr/local/bin/python3"))
    }

    @Test func runningAToolDirectly() {
        let r = run(["ls", "/etc/hostname"], host: FakeShellHost())
        #expect(r.out == "/etc/hostname\n")
        #expect(r.status == 0)
    }

    @Test func programsTheShellCannotRun() {
        let r = run(["bash", "-c", "python3 app.py"], host: FakeShellHost(image: "library/python"))
        #expect(r.status == 126)
        #expect(r.err == "bash: line 1: python3: cannot run this simulated program from a shell\n")
    }

    @Test func kubeletFiles() {
        let fs = VirtualFileSystem.standardRoot(hostname: "web-1", podIP: "10.244.0.9", namespace: "shop")
        let resolv = String(decoding: (try? fs.read("/etc/resolv.conf").get()) ?? [], as: UTF8.self)
        #expect(resolv == "search shop.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n")
        let hosts = String(decoding: (try? fs.read("/etc/hosts").get()) ?? [], as: UTF8.self)
        #expect(hosts.hasPrefix("# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n"))
        #expect(hosts.hasSuffix("10.244.0.9\tweb-1\n"))
        #expect(fs.isDirectory("/tmp") && fs.isDirectory("/root") && fs.isDirectory("/proc"))
        #expect(fs.exists("/dev/null"))
    }

    @Test func sharedDirectoriesAcrossContainers() throws {
        let shared = VFSDirectory()
        let a = VirtualFileSystem.standardRoot(hostname: "p", podIP: "10.244.0.2", namespace: "default")
        let b = VirtualFileSystem.standardRoot(hostname: "p", podIP: "10.244.0.2", namespace: "default")
        a.mount(shared, at: "/cache")
        b.mount(shared, at: "/data")
        try a.write("/cache/x", Array("hi".utf8))
        #expect(try b.read("/data/x").get() == Array("hi".utf8))
        #expect(throws: VFSError.busy) { try b.remove("/data", recursive: true) }
    }
}
