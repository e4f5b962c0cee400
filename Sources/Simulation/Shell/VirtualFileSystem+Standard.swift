import Foundation

extension VirtualFileSystem {
    /// A container's usual tree: `/bin /dev /etc /home /proc /root /run /sbin /sys /tmp /usr /var …`,
    /// `/dev/null`, and the three files the kubelet writes into every container: `/etc/hostname`,
    /// `/etc/hosts` (its "Kubernetes-managed hosts file." with the Pod's IP and hostname) and
    /// `/etc/resolv.conf` (the cluster DNS Service, the namespace's search path, `ndots:5`).
    /// The userland's executables appear as files in its directories, so `ls /bin` shows something.
    public static func standardRoot(hostname: String, podIP: String, namespace: String,
                                    userland: Userland = .debian(),
                                    clusterDNS: String = "10.96.0.10",
                                    clock: @escaping @Sendable () -> Date = { Date() }) -> VirtualFileSystem {
        let fs = VirtualFileSystem(clock: clock)
        for dir in ["/bin", "/dev", "/etc", "/home", "/lib", "/media", "/mnt", "/opt", "/proc", "/root", "/run",
                    "/sbin", "/srv", "/sys", "/tmp", "/usr/bin", "/usr/sbin", "/usr/lib", "/usr/local/bin",
                    "/var/log", "/var/tmp", "/var/run"] {
            fs.place(.directory(VFSDirectory()), at: dir)
        }
        if userland.isDistroless {
            // Distroless images ship almost nothing besides the program.
            for dir in ["/bin", "/sbin", "/usr/bin", "/usr/sbin", "/usr/local/bin", "/media", "/mnt", "/opt", "/srv"] {
                try? fs.remove(dir, recursive: true)
            }
        }
        fs.place(.device(.null), at: "/dev/null")
        fs.place(.device(.zero), at: "/dev/zero")
        fs.addFile("/etc/hostname", hostname + "\n")
        fs.addFile("/etc/hosts", hostsFile(hostname: hostname, podIP: podIP))
        fs.addFile("/etc/resolv.conf", """
            search \(namespace).svc.cluster.local svc.cluster.local cluster.local
            nameserver \(clusterDNS)
            options ndots:5

            """)
        fs.addFile("/etc/passwd", "root:x:0:0:root:/root:\(userland.loginShell)\n")
        fs.addFile("/etc/group", "root:x:0:\n")
        if let release = userland.osRelease { fs.addFile("/etc/os-release", release) }
        for path in userland.executablePaths {
            fs.place(.file(VFSFile(Array("\u{7f}ELF".utf8), mode: 0o755)), at: path)
        }
        return fs
    }

    /// `/etc/hosts` as the kubelet writes it for a Pod that is not on the host network.
    public static func hostsFile(hostname: String, podIP: String) -> String {
        """
        # Kubernetes-managed hosts file.
        127.0.0.1\tlocalhost
        ::1\tlocalhost ip6-localhost ip6-loopback
        fe00::0\tip6-localnet
        fe00::0\tip6-mcastprefix
        fe00::1\tip6-allnodes
        fe00::2\tip6-allrouters
        \(podIP)\t\(hostname)

        """
    }
}
