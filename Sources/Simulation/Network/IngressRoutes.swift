import API
import Foundation
import JSON

/// How one ingress-nginx controller is configured, from its command line.
struct IngressControllerConfig: Hashable, Sendable {
    /// `--ingress-class` (default `nginx`).
    var ingressClass = "nginx"
    /// `--controller-class` (default `k8s.io/ingress-nginx`).
    var controllerClass = "k8s.io/ingress-nginx"
    /// `--watch-ingress-without-class`.
    var watchWithoutClass = false
    /// `--publish-status-address`.
    var publishStatusAddress: String?
    /// `--publish-service` (`namespace/name`).
    var publishService: String?

    /// The configuration `argv` gives, `$(POD_NAMESPACE)` standing for `namespace`.
    init(argv: [String], namespace: String) {
        func value(_ name: String) -> String? {
            for (i, a) in argv.enumerated() {
                if a.hasPrefix(name + "=") { return String(a.dropFirst(name.count + 1)) }
                if a == name { return i + 1 < argv.count && !argv[i + 1].hasPrefix("--") ? argv[i + 1] : "true" }
            }
            return nil
        }
        let expand = { (s: String) in s.replacingOccurrences(of: "$(POD_NAMESPACE)", with: namespace) }
        if let v = value("--ingress-class") { ingressClass = v }
        if let v = value("--controller-class") { controllerClass = v }
        watchWithoutClass = value("--watch-ingress-without-class").map { $0 == "true" || $0 == "1" } ?? false
        publishStatusAddress = value("--publish-status-address").map(expand)
        publishService = value("--publish-service").map(expand)
    }
}

/// Where an Ingress path sends traffic.
struct IngressBackend: Sendable, Equatable {
    var namespace: String
    var service: String
    /// The Service port: a number or a name.
    var port: String
    /// `namespace-service-port`, as ingress-nginx names its upstreams.
    var upstreamName: String { "\(namespace)-\(service)-\(port)" }
}

/// One path rule.
struct IngressRoute: Sendable {
    enum Match: Sendable { case exact, prefix, implementationSpecific }
    var path: String
    var match: Match
    var backend: IngressBackend

    /// Whether the request path (without query) matches: `Exact` equal; `Prefix` by path elements
    /// (`/foo` matches `/foo` and `/foo/bar`, not `/foobar`); `ImplementationSpecific` as an nginx prefix
    /// location (plain string prefix).
    func matches(_ requestPath: Substring) -> Bool {
        switch match {
        case .exact: return requestPath == path
        case .implementationSpecific: return requestPath.hasPrefix(path)
        case .prefix:
            let p = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
            if p == "/" { return true }
            guard requestPath.hasPrefix(p) else { return false }
            let rest = requestPath.dropFirst(p.count)
            return rest.isEmpty || rest.hasPrefix("/")
        }
    }
}

/// The routes of one controller: servers by host, like the nginx configuration ingress-nginx renders.
/// A request goes to the server of its `Host` (exact name, then wildcard), else to the default server
/// (rules without a host); within a server an `Exact` path wins, then the longest matching prefix; no
/// match gets the default backend (an Ingress's `spec.defaultBackend`, else nginx's 404 page).
struct IngressRouteTable: Sendable {
    var hosts: [String: [IngressRoute]] = [:]
    var wildcards: [(suffix: String, routes: [IngressRoute])] = []
    var catchAll: [IngressRoute] = []
    var defaultBackend: IngressBackend?

    /// The table for the Ingresses a controller with `config` handles, oldest Ingress first (the oldest
    /// wins a host and path two Ingresses both claim, as upstream does).
    init(ingresses: [JSON], classes: [JSON], config: IngressControllerConfig) {
        let mine = ingresses.filter { Self.handles($0, classes: classes, config: config) }
            .sorted { ($0.creationTimestamp ?? "", $0.namespace ?? "", $0.name ?? "") < ($1.creationTimestamp ?? "", $1.namespace ?? "", $1.name ?? "") }
        var seen = Set<String>()
        for ing in mine {
            let ns = ing.namespace ?? "default"
            if defaultBackend == nil, let b = ing[path: ["spec", "defaultBackend"]].flatMap({ Self.backend($0, ns) }) {
                defaultBackend = b
            }
            for rule in ing[path: ["spec", "rules"]]?.arrayValue ?? [] {
                let host = (rule["host"]?.stringValue ?? "").lowercased()
                for p in rule[path: ["http", "paths"]]?.arrayValue ?? [] {
                    guard let b = p["backend"].flatMap({ Self.backend($0, ns) }) else { continue }
                    let path = p["path"]?.stringValue ?? "/"
                    let type = p["pathType"]?.stringValue ?? "ImplementationSpecific"
                    guard seen.insert("\(host) \(type) \(path)").inserted else { continue }
                    let match: IngressRoute.Match = type == "Exact" ? .exact : type == "Prefix" ? .prefix : .implementationSpecific
                    let route = IngressRoute(path: path, match: match, backend: b)
                    if host.isEmpty {
                        catchAll.append(route)
                    } else if host.hasPrefix("*.") {
                        let suffix = String(host.dropFirst(1))
                        if let i = wildcards.firstIndex(where: { $0.suffix == suffix }) {
                            wildcards[i].routes.append(route)
                        } else {
                            wildcards.append((suffix, [route]))
                        }
                    } else {
                        hosts[host, default: []].append(route)
                    }
                }
            }
        }
    }

    /// Whether a controller with `config` serves `ing` (ingress-nginx's class rules): the legacy
    /// `kubernetes.io/ingress.class` annotation must equal `--ingress-class`; `spec.ingressClassName` must
    /// name an IngressClass whose controller is `--controller-class`; an Ingress without a class is served
    /// with `--watch-ingress-without-class` or when such an IngressClass is the default.
    static func handles(_ ing: JSON, classes: [JSON], config: IngressControllerConfig) -> Bool {
        if let annotation = ing.annotations["kubernetes.io/ingress.class"] { return annotation == config.ingressClass }
        let ours = classes.filter { $0[path: ["spec", "controller"]]?.stringValue == config.controllerClass }
        if let name = ing[path: ["spec", "ingressClassName"]]?.stringValue {
            return ours.contains { $0.name == name }
        }
        return config.watchWithoutClass
            || ours.contains { $0.annotations["ingressclass.kubernetes.io/is-default-class"] == "true" }
    }

    static func backend(_ b: JSON, _ namespace: String) -> IngressBackend? {
        guard let name = b[path: ["service", "name"]]?.stringValue else { return nil }
        let port = b[path: ["service", "port", "number"]]?.intValue.map { String($0) } ?? b[path: ["service", "port", "name"]]?.stringValue
        guard let port else { return nil }
        return IngressBackend(namespace: namespace, service: name, port: port)
    }

    /// The backend for a request to `host` (without port) and `path` (without query); nil: 404.
    func route(host: String, path: Substring) -> IngressBackend? {
        let h = host.lowercased()
        let routes: [IngressRoute]
        if let r = hosts[h] {
            routes = r
        } else if let w = wildcards.first(where: { h.hasSuffix($0.suffix) && !h.dropLast($0.suffix.count).contains(".") }) {
            routes = w.routes
        } else {
            routes = catchAll
        }
        if let exact = routes.first(where: { $0.match == .exact && $0.matches(path) }) { return exact.backend }
        let best = routes.filter { $0.match != .exact && $0.matches(path) }.max { $0.path.count < $1.path.count }
        return best?.backend ?? defaultBackend
    }
}
