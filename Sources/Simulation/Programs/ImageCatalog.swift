/// The simulated registry: what an image reference names (its normalised form, size, digest, default
/// entrypoint and cmd), and the program a container of it runs. No image is downloaded; a pull takes
/// the time its size needs at `pullBytesPerSecond`.
///
/// An image does not exist when its reference contains `doesnotexist` or `nonexistent`, or its registry
/// host ends in `.invalid`: pulling it fails as a missing tag does (`ErrImagePull`, then `ImagePullBackOff`).
public struct ImageReference: Sendable, Equatable, Hashable {
    /// As written in the pod spec.
    public let original: String
    /// `docker.io/library/nginx:latest` style, as containerd reports it.
    public let normalized: String
    /// Repository path without registry and tag (`library/nginx`, `ingress-nginx/controller`).
    public let repository: String
    /// The registry host.
    public let registry: String

    public init(_ reference: String) {
        original = reference
        var ref = reference
        var digest = ""
        if let at = ref.firstIndex(of: "@") {
            digest = String(ref[at...])
            ref = String(ref[..<at])
        }
        var tag = "latest"
        if let colon = ref.lastIndex(of: ":"), !ref[colon...].contains("/") {
            tag = String(ref[ref.index(after: colon)...])
            ref = String(ref[..<colon])
        }
        var parts = ref.split(separator: "/").map(String.init)
        if parts.count > 1, parts[0].contains(".") || parts[0].contains(":") || parts[0] == "localhost" {
            registry = parts.removeFirst()
        } else {
            registry = "docker.io"
        }
        if registry == "docker.io", parts.count == 1 { parts.insert("library", at: 0) }
        repository = parts.joined(separator: "/")
        normalized = registry + "/" + repository + (digest.isEmpty ? ":" + tag : digest)
    }

    /// Whether pulling it fails (see the type's documentation).
    public var exists: Bool {
        let lower = original.lowercased()
        return !lower.contains("doesnotexist") && !lower.contains("nonexistent") && !registry.hasSuffix(".invalid")
    }

    /// `docker.io/library/nginx@sha256:…`: a stable digest derived from the reference.
    public var imageID: String {
        registry + "/" + repository + "@sha256:" + Hex.digest(normalized, length: 64)
    }
}

/// What the catalog knows about one image family.
struct ImageInfo {
    let entrypoint: [String]
    let cmd: [String]
    let sizeBytes: Int
}

/// Images by repository (without registry), with their defaults, and the programs argv words start.
public enum ImageCatalog {
    /// How fast simulated pulls go.
    public static let pullBytesPerSecond = 100_000_000.0

    static let images: [String: ImageInfo] = [
        "library/nginx": ImageInfo(entrypoint: ["/docker-entrypoint.sh"], cmd: ["nginx", "-g", "daemon off;"], sizeBytes: 72_223_946),
        "library/httpd": ImageInfo(entrypoint: [], cmd: ["httpd-foreground"], sizeBytes: 58_133_416),
        "library/busybox": ImageInfo(entrypoint: [], cmd: ["sh"], sizeBytes: 2_155_717),
        "library/alpine": ImageInfo(entrypoint: [], cmd: ["/bin/sh"], sizeBytes: 3_623_807),
        "library/ubuntu": ImageInfo(entrypoint: [], cmd: ["/bin/bash"], sizeBytes: 29_754_422),
        "library/debian": ImageInfo(entrypoint: [], cmd: ["bash"], sizeBytes: 48_480_251),
        "library/python": ImageInfo(entrypoint: [], cmd: ["python3"], sizeBytes: 381_203_245),
        "lyzhang1999/hello-world-flask": ImageInfo(entrypoint: [], cmd: ["python3", "app.py"], sizeBytes: 51_377_882),
        "pause": ImageInfo(entrypoint: ["/pause"], cmd: [], sizeBytes: 320_368),
        "coredns/coredns": ImageInfo(entrypoint: ["/coredns"], cmd: [], sizeBytes: 18_562_039),
        "bitnami/metrics-server": ImageInfo(entrypoint: ["/opt/bitnami/metrics-server/bin/metrics-server"], cmd: [],
                                            sizeBytes: 34_871_283),
        "metrics-server/metrics-server": ImageInfo(entrypoint: ["/metrics-server"], cmd: [], sizeBytes: 19_493_711),
        "ingress-nginx/controller": ImageInfo(entrypoint: ["/usr/bin/dumb-init", "--"], cmd: ["/nginx-ingress-controller"],
                                              sizeBytes: 105_489_132),
        "ingress-nginx/kube-webhook-certgen": ImageInfo(entrypoint: ["/kube-webhook-certgen"], cmd: [], sizeBytes: 20_739_226),
        // The walkthrough's kind manifest uses these re-published copies.
        "dyrnq/ingress-nginx-controller": ImageInfo(entrypoint: ["/usr/bin/dumb-init", "--"], cmd: ["/nginx-ingress-controller"],
                                                    sizeBytes: 105_489_132),
        "dyrnq/kube-webhook-certgen": ImageInfo(entrypoint: ["/kube-webhook-certgen"], cmd: [], sizeBytes: 20_739_226),
        "polinux/stress": ImageInfo(entrypoint: [], cmd: ["stress"], sizeBytes: 4_041_495),
        "hpa-example": ImageInfo(entrypoint: ["docker-php-entrypoint"], cmd: ["apache2-foreground"], sizeBytes: 186_362_014),
    ]

    static func info(_ image: ImageReference) -> ImageInfo? {
        if let i = images[image.repository] { return i }
        // registry.k8s.io/coredns/coredns, registry.k8s.io/hpa-example, k8s.gcr.io/pause …
        return images.first { image.repository.hasSuffix($0.key) }?.value
    }

    /// The image's `ENV` (what `docker inspect` shows): PATH for all, plus what the image family sets.
    static func environment(_ image: ImageReference) -> [String: String] {
        var env = ["PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"]
        let repo = image.repository
        if repo.hasSuffix("python") || repo.hasSuffix("hello-world-flask") {
            env["PATH"] = "/usr/local/bin:" + env["PATH", default: ""]
            env["LANG"] = "C.UTF-8"
            env["PYTHON_VERSION"] = "3.11.4"
            env["GPG_KEY"] = "A035C8C19219BA821ECEA86B64E628F8D684696D"
        } else if repo.hasSuffix("library/nginx") {
            env["NGINX_VERSION"] = "1.27.0"
            env["NJS_VERSION"] = "0.8.4"
            env["PKG_RELEASE"] = "2~bookworm"
        } else if repo.hasSuffix("library/httpd") {
            env["PATH"] = "/usr/local/apache2/bin:" + env["PATH", default: ""]
            env["HTTPD_PREFIX"] = "/usr/local/apache2"
            env["HTTPD_VERSION"] = "2.4.62"
        }
        return env
    }

    /// The simulated size of an image (unknown images: 50 MB).
    public static func size(_ image: ImageReference) -> Int { info(image)?.sizeBytes ?? 50_000_000 }

    /// The argv a container runs: `command` replaces the image's entrypoint, `args` its cmd (and a
    /// `command` without `args` drops the cmd), as container runtimes do.
    public static func argv(image: ImageReference, command: [String]?, args: [String]?) -> [String] {
        let info = info(image)
        let entry = command ?? info?.entrypoint ?? []
        let rest = args ?? (command != nil ? [] : info?.cmd ?? [])
        return entry + rest
    }

    /// The program `argv` starts (with no argv: a generic long-running process).
    public static func program(argv: [String]) -> Program {
        var words = argv[...]
        // Init wrappers exec what follows them.
        while let w = words.first, ["dumb-init", "tini", "--", "docker-entrypoint.sh", "docker-php-entrypoint", "exec"]
            .contains(basename(w)) {
            words = words.dropFirst()
        }
        guard let first = words.first else { return Program(name: "process") }
        let rest = Array(words.dropFirst())
        switch basename(first) {
        case "sh", "bash", "ash", "dash", "zsh":
            if let i = rest.firstIndex(of: "-c"), i + 1 < rest.count { return ShellScript.program(rest[i + 1]) }
            // An interactive shell with no terminal reads EOF at once and exits 0.
            return Program(name: basename(first), exit: .init(after: 0, code: 0), onTerm: .ignore)
        case "sleep":
            let arg = rest.first ?? ""
            if let seconds = Double(arg) { return Program(name: "sleep", exit: .init(after: seconds, code: 0), onTerm: .ignore) }
            return Program(name: "sleep", onTerm: .ignore)
        case "echo", "true":
            return Program(name: basename(first), startupLog: basename(first) == "echo" ? [rest.joined(separator: " ")] : [],
                           exit: .init(after: 0, code: 0), onTerm: .ignore)
        case "false":
            return Program(name: "false", exit: .init(after: 0, code: 1), onTerm: .ignore)
        case "nginx":
            return Program(name: "nginx", ports: [80])
        case "httpd-foreground", "httpd", "apache2-foreground":
            return Program(name: "httpd", ports: [80])
        case "python3", "python", "flask", "gunicorn":
            if rest.isEmpty {
                return Program(name: "python3", exit: .init(after: 0, code: 0), onTerm: .ignore)  // a REPL without a terminal
            }
            // CPython has no SIGTERM handler: the signal kills it (128 + 15).
            return Program(name: "flask", ports: [5000], startupLog: [
                " * Serving Flask app 'app'", " * Debug mode: off",
                "WARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.",
                " * Running on all addresses (0.0.0.0)", " * Running on http://127.0.0.1:5000", "Press CTRL+C to quit",
            ], onTerm: .exit(code: 143, after: 0))
        case "coredns":
            return Program(name: "coredns", ports: [53, 8080, 8181])
        case "metrics-server":
            return Program(name: "metrics-server", ports: [flag(rest, "--secure-port") ?? 10250])
        case "nginx-ingress-controller":
            return Program(name: "ingress-nginx", ports: [80, 443, 8443, 10254])
        case "kube-webhook-certgen":
            return Program(name: "kube-webhook-certgen", exit: .init(after: 1, code: 0))
        case "pause":
            return Program(name: "pause")
        case "stress":
            return Stress.program(rest)
        default:
            return Program(name: basename(first))
        }
    }

    /// Whether a program is a shell (`sh -c '…'`, an interactive `sh` or `bash`).
    static func isShell(_ program: Program) -> Bool {
        ["sh", "bash", "ash", "dash", "zsh"].contains(program.name)
    }

    static func basename(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// The integer value of `--name=N` or `--name N` in `args`.
    static func flag(_ args: [String], _ name: String) -> Int? {
        for (i, a) in args.enumerated() {
            if a.hasPrefix(name + "="), let v = Int(a.dropFirst(name.count + 1)) { return v }
            if a == name, i + 1 < args.count, let v = Int(args[i + 1]) { return v }
        }
        return nil
    }
}

/// Stable pseudo-random hex strings (container IDs, image digests) derived from text.
enum Hex {
    /// `length` hex digits derived from `text` with FNV-1a rounds.
    static func digest(_ text: String, length: Int) -> String {
        var out = ""
        var seed: UInt64 = 0xcbf29ce484222325
        var round: UInt64 = 0
        while out.count < length {
            var h = seed ^ round
            for b in text.utf8 {
                h ^= UInt64(b)
                h = h &* 0x100000001b3
            }
            seed = h
            round += 1
            let chunk = String(h, radix: 16)
            out += String(repeating: "0", count: 16 - chunk.count) + chunk
        }
        return String(out.prefix(length))
    }
}
