import Foundation
import Synchronization

/// What an image ships besides its program: which shell (`bash`, busybox `ash`, Debian's `dash` as
/// `/bin/sh`, or none) and which tools, at which paths. Decided per image repository; unknown images are
/// Debian-like with bash.
public struct Userland: Sendable, Equatable {
    /// The shell dialect a name runs (wording of errors and prompts differs).
    public enum Dialect: Sendable, Equatable {
        /// GNU bash.
        case bash
        /// Debian's `/bin/sh` (`sh: 1: foo: not found`).
        case dash
        /// busybox ash (`sh: foo: not found`, prompt `/ # `).
        case ash
    }

    /// The family, for tool output styles.
    public enum Flavor: Sendable, Equatable {
        /// GNU coreutils, procps, bash (Debian, Ubuntu and images built on them).
        case gnu
        /// busybox applets (busybox, alpine).
        case busybox
        /// No shell and no tools (distroless, pause, coredns, metrics-server).
        case distroless
    }

    /// Tool output style.
    public let flavor: Flavor
    /// Executables by name → absolute path.
    public let executables: [String: String]
    /// `/etc/os-release`, if the image has one.
    public let osRelease: String?

    /// Whether the image has no shell and no tools.
    public var isDistroless: Bool { flavor == .distroless }

    /// Every executable's absolute path.
    public var executablePaths: [String] { Array(Set(executables.values)).sorted() }

    /// The shell root logs in with (`/etc/passwd`).
    public var loginShell: String { executables["bash"] ?? executables["sh"] ?? "/sbin/nologin" }

    /// Whether the userland has `command` (a name or an absolute path).
    public func has(_ command: String) -> Bool { resolve(command) != nil }

    /// The absolute path `argv0` runs (`sh` → `/bin/sh`, `/usr/bin/env` → itself), or nil when the image
    /// has no such executable. Relative paths (`./run.sh`) are files, not the userland's: see
    /// `Shell.resolve(_:host:cwd:)`.
    public func resolve(_ argv0: String) -> String? {
        if argv0.hasPrefix("/") {
            let n = VirtualFileSystem.normalize(argv0)
            if executables.values.contains(n) { return n }
            // Merged /usr: /bin/x and /usr/bin/x are the same file on Debian.
            if flavor == .gnu {
                for (a, b) in [("/bin/", "/usr/bin/"), ("/usr/bin/", "/bin/"), ("/sbin/", "/usr/sbin/"), ("/usr/sbin/", "/sbin/")]
                where n.hasPrefix(a) {
                    let other = b + n.dropFirst(a.count)
                    if executables.values.contains(other) { return n }
                }
            }
            return nil
        }
        if argv0.contains("/") { return nil }
        return executables[argv0]
    }

    /// The dialect `argv0` (a shell name or path) runs, or nil when it is not a shell of this userland.
    public func dialect(of argv0: String) -> Dialect? {
        guard resolve(argv0) != nil else { return nil }
        switch VirtualFileSystem.basename(argv0) {
        case "bash": return .bash
        case "sh": return flavor == .busybox ? .ash : .dash
        case "ash": return .ash
        case "dash": return .dash
        default: return nil
        }
    }

    /// The userland of an image, by repository as in `ImageReference.repository` (`library/nginx`,
    /// `lyzhang1999/hello-world-flask`, `coredns/coredns`).
    /// One value per repository, built once: every container of an image shares its tables (10,000
    /// nginx containers would otherwise hold 10,000 copies of the same executables dictionary).
    public static func forImage(repository: String) -> Userland {
        let repo = repository.lowercased()
        if let known = byRepository.withLock({ $0[repo] }) { return known }
        let built = build(repository: repo)
        byRepository.withLock { if $0.count < 4096 { $0[repo] = built } }  // bounded: image names are input
        return built
    }

    private static let byRepository = Mutex<[String: Userland]>([:])

    private static func build(repository repo: String) -> Userland {
        let name = repo.split(separator: "/").last.map(String.init) ?? repo
        switch name {
        case "busybox": return .busybox()
        case "alpine": return .alpine()
        case "pause", "coredns", "metrics-server", "kube-webhook-certgen", "distroless", "static", "base",
             "kube-proxy", "etcd":
            return .distroless
        case "controller" where repo.contains("ingress-nginx"):
            // ingress-nginx's controller image is alpine with bash and curl added.
            return .alpine(extra: ["bash": "/bin/bash", "curl": "/usr/bin/curl"])
        case "nginx":
            return .debian(extra: ["curl": "/usr/bin/curl"])
        case "httpd":
            return .debian()
        case "ubuntu":
            return .debian(os: "Ubuntu")
        case "debian":
            return .debian()
        case "python":
            return .python()
        case "hello-world-flask":
            // python:3 based; the walkthrough installs psmisc (killall) and apache2-utils (ab) into it.
            return .python(extra: ["killall": "/usr/bin/killall", "pkill": "/usr/bin/pkill", "ab": "/usr/bin/ab"])
        case "hpa-example":
            return .debian(extra: ["curl": "/usr/bin/curl", "php": "/usr/local/bin/php"])
        default:
            return .debian()
        }
    }

    // MARK: Families

    /// bash and coreutils, no procps, curl or wget unless added.
    public static func debian(os: String = "Debian", extra: [String: String] = [:]) -> Userland {
        var exe: [String: String] = [:]
        for tool in ["bash", "sh", "dash", "cat", "ls", "echo", "printf", "env", "hostname", "id", "whoami", "uname",
                     "date", "sleep", "true", "false", "test", "[", "head", "tail", "grep", "wc", "kill", "mkdir",
                     "rm", "touch", "cp", "mv", "pwd", "sort", "uniq", "tr", "cut", "basename", "dirname", "chmod",
                     "ln", "readlink", "seq", "yes", "tee", "timeout", "nproc", "stat", "df", "du", "tar", "sed",
                     "find", "xargs", "which", "dd"] {
            exe[tool] = "/usr/bin/" + tool
        }
        exe["bash"] = "/bin/bash"
        exe["sh"] = "/bin/sh"
        exe["dash"] = "/bin/dash"
        exe["hostname"] = "/bin/hostname"
        exe.merge(extra) { _, new in new }
        let release = os == "Ubuntu"
            ? "PRETTY_NAME=\"Ubuntu 24.04.1 LTS\"\nNAME=\"Ubuntu\"\nVERSION_ID=\"24.04\"\nID=ubuntu\nID_LIKE=debian\n"
            : "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nNAME=\"Debian GNU/Linux\"\nVERSION_ID=\"12\"\nVERSION=\"12 (bookworm)\"\nID=debian\n"
        return Userland(flavor: .gnu, executables: exe, osRelease: release)
    }

    /// The full `python:3` image (buildpack-deps: curl, wget, procps) plus `python3`.
    public static func python(extra: [String: String] = [:]) -> Userland {
        var more: [String: String] = ["curl": "/usr/bin/curl", "wget": "/usr/bin/wget", "ps": "/usr/bin/ps",
                                      "pkill": "/usr/bin/pkill", "python3": "/usr/local/bin/python3",
                                      "python": "/usr/local/bin/python", "pip": "/usr/local/bin/pip"]
        more.merge(extra) { _, new in new }
        return debian(extra: more)
    }

    /// busybox applets in `/bin`.
    public static func busybox(extra: [String: String] = [:]) -> Userland {
        var exe: [String: String] = [:]
        for tool in busyboxApplets { exe[tool] = "/bin/" + tool }
        exe["env"] = "/usr/bin/env"
        exe.merge(extra) { _, new in new }
        return Userland(flavor: .busybox, executables: exe, osRelease: nil)
    }

    /// Alpine: busybox applets in `/bin`, `/sbin`, `/usr/bin`, plus `apk`.
    public static func alpine(extra: [String: String] = [:]) -> Userland {
        var exe: [String: String] = [:]
        for tool in busyboxApplets { exe[tool] = "/bin/" + tool }
        for tool in ["env", "id", "whoami", "wc", "head", "tail", "killall", "pkill", "wget", "nslookup", "[", "test",
                     "uniq", "sort", "cut", "tr", "seq", "yes", "tee", "timeout", "nproc", "du", "find", "xargs", "which"] {
            exe[tool] = "/usr/bin/" + tool
        }
        exe["apk"] = "/sbin/apk"
        exe.merge(extra) { _, new in new }
        return Userland(flavor: .busybox, executables: exe,
                        osRelease: "NAME=\"Alpine Linux\"\nID=alpine\nVERSION_ID=3.20.3\nPRETTY_NAME=\"Alpine Linux v3.20\"\n")
    }

    /// No shell, no tools.
    public static let distroless = Userland(flavor: .distroless, executables: [:], osRelease: nil)

    static let busyboxApplets = [
        "dd", "sh", "ash", "cat", "ls", "echo", "printf", "env", "hostname", "id", "whoami", "uname", "date", "sleep",
        "true", "false", "test", "[", "head", "tail", "grep", "egrep", "wc", "ps", "kill", "killall", "pkill", "mkdir",
        "rm", "touch", "cp", "mv", "pwd", "wget", "nslookup", "sort", "uniq", "tr", "cut", "basename", "dirname",
        "chmod", "ln", "readlink", "seq", "yes", "tee", "timeout", "nproc", "stat", "df", "du", "tar", "sed", "find",
        "xargs", "which", "top", "free", "netstat", "ping", "vi", "busybox",
    ]
}
